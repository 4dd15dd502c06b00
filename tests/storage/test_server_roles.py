"""Who may do what on a shared server (issue 20): the administrator sets up three roles
(`server-roles --siapkan`; the server_logins fixture), each staff member logs in with an
account of their own in one of them; a reader's account opens read-only and every save is
refused in words, an operator saves, and the history names the person. Needs
KINERJA_TEST_DATABASE_URL (the run on the test server); the roles are the cluster's, the
logins made for a test are dropped again."""

from __future__ import annotations



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
