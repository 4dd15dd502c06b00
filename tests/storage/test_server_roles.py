"""Who may do what on a shared server (issue 20): the administrator sets up three roles
(`server-roles --siapkan`; the server_logins fixture), each staff member logs in with an
account of their own in one of them; a reader's account opens read-only and every save is
refused in words, an operator saves, and the history names the person. Needs
KINERJA_TEST_DATABASE_URL (the run on the test server); the roles are the cluster's, the
logins made for a test are dropped again."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kinerja_desktop.domain.officials import OfficialInput
from kinerja_desktop.errors import ReadOnlyDatabaseError, StorageError
from kinerja_desktop.services.database import open_database_for_use
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import server_roles
from kinerja_desktop.storage.database import set_actor_provider
from tests.helpers.dump import dump_database
from tests.helpers.fixtures import SERVER_SKIP, server_url
from tests.helpers.nips import many_nips

pytestmark = pytest.mark.skipif(not server_url(), reason=SERVER_SKIP)


def test_each_account_has_its_role(db, server_logins):
    assert server_roles.role_of(db) == server_roles.ADMIN  # the tables' owner
    for kind, expected in (("operator", server_roles.OPERATOR),
                           ("penilai", server_roles.EVALUATOR)):
        other = open_database_for_use(server_logins[kind])
        try:
            assert other.role == expected, kind
        finally:
            other.close()
    # An account given no role may not even read: said plainly, with what to ask for.
    with pytest.raises(StorageError) as caught:
        open_database_for_use(server_logins["tanpa_peran"])
    assert str(caught.value).startswith("Akun Anda tidak berhak atas data ini di server (")
    assert "peran kinerja_operator atau kinerja_penilai" in str(caught.value)


def test_a_readers_account_opens_read_only_and_every_save_is_refused(db, server_logins):
    RosterService(db).create(OfficialInput(many_nips(1)[0], "Anas Dwisatya"))
    before = dump_database(db)
    reader = open_database_for_use(server_logins["penilai"])
    try:
        assert "adalah penilai" in reader.read_only
        assert reader.execute_sql("SELECT name FROM official").fetchall() == [
            ("Anas Dwisatya",)]
        with pytest.raises(ReadOnlyDatabaseError) as caught:
            RosterService(reader).create(OfficialInput(many_nips(2)[1], "Budi"))
        user = server_logins["penilai"].user
        assert str(caught.value).startswith(
            f"Akun {user} di server adalah penilai (peran kinerja_penilai)")
    finally:
        reader.close()
    assert dump_database(db) == before


def test_an_operator_saves_and_the_history_names_the_person(db, server_logins):
    operator = open_database_for_use(server_logins["operator"])
    set_actor_provider(lambda: "Budi (Bagian Organisasi)")
    try:
        assert operator.read_only == ""
        RosterService(operator).create(OfficialInput(many_nips(1)[0], "Anas Dwisatya"))
    finally:
        set_actor_provider(None)
        operator.close()
    actors = {a for (a,) in db.execute_sql(
        "SELECT actor FROM audit_entry WHERE entity = 'official'")}
    assert actors == {"Budi (Bagian Organisasi)"}


def test_the_offices_settings_are_the_administrators(db, server_logins):
    """An operator changes no letterhead, scoring or key: the services say so in words (the
    commands reach them), and the server's own guard refuses any other way in."""
    from kinerja_desktop.domain.options import PAPER
    from kinerja_desktop.services import settings as dataset
    from kinerja_desktop.services import setup
    from kinerja_desktop.services.documents import DocumentService
    from kinerja_desktop.services.evaluations import EvaluationService
    from kinerja_desktop.errors import KinerjaError
    with db.atomic():
        dataset.set(db, setup.GOVERNMENT, "Pemerintah Kabupaten Serang")
    before = dump_database(db)
    operator = open_database_for_use(server_logins["operator"])
    try:
        settings = setup.load_settings(operator)
        changed = dataclasses.replace(settings, institution="Pemerintah Kabupaten Lain",
                                      place="Serang")
        with pytest.raises(KinerjaError) as caught:
            setup.save_settings(operator, changed)
        assert str(caught.value).startswith(
            "Pengaturan kantor ('instansi') hanya dapat diubah oleh administrator server; "
            "akun Anda adalah operator.")
        service = EvaluationService(operator)
        with pytest.raises(KinerjaError, match="^Pengaturan kantor .'pengaturan_penilaian'."):
            service.save_settings(service.settings())
        assert dump_database(db) == before
        # Around the app (an old version, a SQL tool): the server's trigger, in the same words.
        for statement in ("UPDATE setting SET value = 'x' WHERE key = 'instansi'",
                          "DELETE FROM setting WHERE key = 'instansi'",
                          "INSERT INTO setting (key, value) VALUES ('kop_laman', 'x.go.id')"):
            with pytest.raises(StorageError) as caught, operator.atomic():
                operator.execute_sql(statement)
            assert str(caught.value).startswith(
                "Pengaturan kantor (kop, penilaian, kunci kantor) hanya dapat diubah oleh "
                "administrator server ("), statement
        assert dump_database(db) == before
        # The rest of the table stays the operator's: the paper chosen when printing.
        DocumentService(operator).set_paper("F4")
        assert dataset.get(db, PAPER) == "F4"
    finally:
        operator.close()
    admin = open_database_for_use(server_logins["admin"])
    try:
        setup.save_settings(admin, changed)
        assert dataset.get(db, setup.GOVERNMENT) == "Pemerintah Kabupaten Lain"
    finally:
        admin.close()


def test_the_office_key_is_made_by_whoever_prints_first_but_replaced_by_no_operator(
        db, server_logins):
    from kinerja_desktop.domain.options import OFFICE_KEY
    from kinerja_desktop.services import office_key
    from kinerja_desktop.services import settings as dataset
    assert dataset.get(db, OFFICE_KEY) == b""
    operator = open_database_for_use(server_logins["operator"])
    try:
        made = office_key.own_key(operator)  # the first print's signature makes it
        assert office_key.own_key(db).public_key == made.public_key
        with pytest.raises(StorageError, match="^Pengaturan kantor "), operator.atomic():
            operator.execute_sql("UPDATE setting SET value = '' WHERE key = 'kunci_kantor'")
    finally:
        operator.close()
    assert office_key.own_key(db).public_key == made.public_key


def test_an_operator_removes_no_demo_from_the_server(db, server_logins):
    from kinerja_desktop.errors import KinerjaError
    from kinerja_desktop.services.demo import load_demo
    from kinerja_desktop.services.demo_removal import removal_unavailable, remove_demo
    load_demo(db)
    before = dump_database(db)
    operator = open_database_for_use(server_logins["operator"])
    try:
        reason = removal_unavailable(operator)
        assert reason == ("Hanya administrator server yang dapat menghapus data contoh dari "
                          "server kantor.")
        with pytest.raises(KinerjaError, match="^Hanya administrator server"):
            remove_demo(operator)
    finally:
        operator.close()
    assert dump_database(db) == before


def test_an_operators_office_key_import_on_the_command_line_is_refused(
        db, server_logins, tmp_path, monkeypatch):
    import io

    from kinerja_desktop.cli import run as cli_run
    from kinerja_desktop.services import office_key
    from kinerja_desktop.services.database import open_database
    from kinerja_desktop.services import settings as dataset
    from kinerja_desktop.services.setup import GOVERNMENT
    other_office = open_database(tmp_path / "lain.db")
    try:
        with other_office.atomic():
            dataset.set(other_office, GOVERNMENT, "Pemerintah Kabupaten Lebak")
        office_key.export_public(other_office, tmp_path / "kunci.pub")
    finally:
        other_office.close()
    before = dump_database(db)
    # The operator's password in a password file, as on the operator's PC (libpq's own).
    import os
    login = server_logins["operator"]
    pgpass = tmp_path / "pgpass"
    known = os.environ.get("PGPASSFILE")
    pgpass.write_text((Path(known).read_text() if known else "") +
                      f"\n{login.host}:{login.port}:*:{login.user}:{login.password}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    out, err = io.StringIO(), io.StringIO()
    code = cli_run(["--db", server_logins["operator"].display(), "office-key", "import",
                    str(tmp_path / "kunci.pub")], out, err)
    assert code == 1 and out.getvalue() == ""
    assert "Pengaturan kantor ('kunci_kantor_dikenal') hanya dapat diubah oleh administrator " \
           "server; akun Anda adalah operator." in err.getvalue()
    assert server_logins["operator"].password not in err.getvalue()
    assert dump_database(db) == before
