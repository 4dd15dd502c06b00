"""Issue 20: a PC's file merged into the shared server does exactly what merging it into a PC's
file does (the same plan, the same rows), rebuilds only the changed officials' roster rows,
waits for other writers naming them, and is the administrator's to do. Run on the test
server only (KINERJA_TEST_DATABASE_URL); tests/services/test_merge.py runs the merge's rules
on both stores."""

from __future__ import annotations

import contextlib
import io
import shutil
import sqlite3
from pathlib import Path

import pytest

from kinerja_desktop.cli import run
from kinerja_desktop.errors import DatabaseLockedError, KinerjaError, OperationCancelled
from kinerja_desktop.services.database import open_database_for_use
from kinerja_desktop.services.merge import MergeError, apply_merge, plan_merge
from kinerja_desktop.services.take_home import default_name, take_home, taken_from
from kinerja_desktop.storage import merge_attach, merge_repo, roster_repo
from kinerja_desktop.storage.database import current_operator, open_database
from kinerja_desktop.storage.merge_repo import dataset_id
from kinerja_desktop.storage.server import open_server
from kinerja_desktop.storage.server_copy import export_to_file, load_into_empty_server
from kinerja_desktop.storage.models import utc_now
from kinerja_desktop.services.demo import load_demo
from tests.helpers.fixtures import SERVER_SKIP
from tests.helpers.dump import _server_connection, dump_database, table_rows
from tests.services.test_merge import file_of
from tests.services.test_merge_streamed import add_officials, change, ids, one, tricky_pair


@pytest.fixture
def server(server_schema):
    """An empty server schema, opened as the app opens it."""
    db = open_server(server_schema)
    yield db
    db.close()


def _merge(db, theirs: Path, keep: frozenset[str]):
    with merge_attach.attached(db, theirs), db.atomic():
        plan = merge_repo.merge_from(db, theirs, keep, record_peer=True)
        roster_repo.refresh(db, plan.touched_officials)
    return plan


def _content(path: Path, since: str) -> dict[str, list[tuple]]:
    """Every merged table's rows with ids left out and references as the referenced record's
    UUID (a server numbers new rows by its own sequence, which a refused insert also moves
    on), the roster's rows by their official's UUID, and the times the merge itself wrote
    (decided conflicts) as NOW."""
    def shown(value):
        return "NOW" if isinstance(value, str) and value >= since and value[:2] == "20" \
            and value[:4] < "2099" else value
    result = {}
    with contextlib.closing(sqlite3.connect(path)) as con:
        uuids = {table: dict(con.execute(f'SELECT id, uuid FROM "{table}"').fetchall())
                 for table in merge_repo.MERGE_TABLES}
        for table in (*merge_repo.MERGE_TABLES, "setting", "tombstone", "merge_peer",
                      "roster_entry"):
            cursor = con.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            parents = {r[3]: r[2] for r in con.execute(f'PRAGMA foreign_key_list("{table}")')}
            if table == "roster_entry":
                parents["official_id"] = "official"
            rows = []
            for row in cursor.fetchall():
                rows.append(tuple(
                    (name, uuids[parents[name]].get(value) if name in parents else shown(value))
                    for name, value in zip(names, row, strict=True) if name != "id"))
            result[table] = sorted(rows, key=repr)
    return result


def _audit(path: Path) -> list[tuple]:
    """The history the merge wrote, by what it says (the acting account aside: a file names
    the PC's login, a server its session's operator)."""
    with contextlib.closing(sqlite3.connect(path)) as con:
        return sorted(con.execute("SELECT action, entity, entity_uuid, summary FROM audit_entry"
                                  ).fetchall(), key=repr)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_merging_into_the_server_does_exactly_what_merging_into_a_file_does(server, tmp_path,
                                                                              seed):
    ours, theirs, keep = tricky_pair(tmp_path, seed)
    load_into_empty_server(server, ours)
    since = str(utc_now())
    file_copy = tmp_path / "ini-salinan.db"
    shutil.copy(ours, file_copy)
    on_file = open_database(file_copy)
    try:
        expected = _merge(on_file, theirs, keep)
    finally:
        on_file.close()
    got = _merge(server, theirs, keep)
    assert got.conflicts == expected.conflicts and got.conflicts
    assert got.counts == expected.counts
    assert (got.peer_id, got.baseline) == (expected.peer_id, expected.baseline)
    assert sorted(got.touched_officials) == sorted(set(got.touched_officials))
    back = tmp_path / "dari-server.db"
    export_to_file(server, back)
    assert _content(back, since) == _content(file_copy, since)
    assert _audit(back) == _audit(file_copy)
    # The same file again changes nothing more.
    before = dump_database(server)
    assert _merge(server, theirs, keep).changes == 0
    assert dump_database(server) == before


@pytest.fixture
def laptop(db, tmp_path):
    """(the server with the demo data and 40 more officials, the laptop's file taken home
    from it, open)."""
    if not db.is_server:
        pytest.skip(SERVER_SKIP)
    load_demo(db)
    add_officials(db, 40)
    path = tmp_path / "laptop.db"
    export_to_file(db, path)
    other = open_database(path)
    yield db, other
    other.close()


def test_only_the_changed_officials_roster_rows_are_rebuilt_on_the_server(laptop):
    server, other = laptop
    officials = ids(server, "SELECT id FROM official ORDER BY id")
    renamed, moved, untouched = officials[0], officials[1], officials[-1]
    change(other, "official", renamed, name="Nama Baru")
    post = ids(other, "SELECT id FROM appointment WHERE official_id = ? AND end_date IS NULL",
               (moved,))[0]
    current = one(other, "SELECT unit_id FROM appointment WHERE id = ?", (post,))[0]
    units = ids(other, "SELECT id FROM unit ORDER BY id")
    change(other, "appointment", post, unit_id=next(u for u in units if u != current))
    change(other, "program", ids(other, "SELECT id FROM program")[0], note="catatan")
    their_file = file_of(other)
    plan = apply_merge(server, their_file)
    assert moved in plan.touched_officials and renamed in plan.touched_officials
    assert untouched not in plan.touched_officials
    assert len(plan.touched_officials) < len(officials) / 2
    # What was rebuilt is exactly what a whole rebuild gives.
    derived = dump_database(server)["roster_entry"]
    with server.atomic():
        roster_repo.refresh_all(server)
    assert dump_database(server)["roster_entry"] == derived
    row = one(server, "SELECT * FROM roster_entry WHERE official_id = ?", (renamed,))
    assert any("Nama Baru" in str(value) for value in row)


def test_the_merge_waits_for_another_writer_and_names_it(laptop):
    server, other = laptop
    change(other, "official", 2, name="Nama Baru")
    theirs = file_of(other)
    before = dump_database(server)
    server.execute_sql("SET lock_timeout = '300ms'")
    heard: list[str] = []
    with contextlib.closing(_server_connection(server)) as other:
        other.execute("SET application_name = 'Kinerja Desktop: Budi @ PC-02'")
        other.execute("BEGIN")  # Budi is saving: his transaction holds the table
        other.execute("UPDATE official SET front_title = 'Prof.' WHERE id = 1")
        with pytest.raises(DatabaseLockedError, match="Budi \\(PC-02\\)"):
            apply_merge(server, theirs, progress=lambda _d, _t, text: heard.append(text))
        other.execute("ROLLBACK")
    assert "Menunggu Budi (PC-02) selesai menyimpan data di server…" in heard
    assert dump_database(server) == before  # nothing of the merge was written


def test_only_the_administrator_merges_into_the_server(db, server_logins, tmp_path):
    load_demo(db)
    theirs = tmp_path / "laptop.db"
    export_to_file(db, theirs)
    home = open_database(theirs)
    try:
        change(home, "official", 2, name="Dari Laptop")
    finally:
        home.close()
    for kind in ("operator", "penilai"):
        account = open_database_for_use(server_logins[kind])
        try:
            for attempt in (plan_merge, apply_merge):
                with pytest.raises(MergeError, match="Hanya administrator server"):
                    attempt(account, theirs)
        finally:
            account.close()
    # An administrator's own login (not the tables' owner) has every right the merge needs:
    # the session's temporary tables, the locks, the history, the roster.
    admin = open_database_for_use(server_logins["admin"])
    try:
        assert admin.role == "kinerja_admin"
        plan = apply_merge(admin, theirs)
        assert plan.counts["official"].updated == 1
    finally:
        admin.close()
    assert one(db, "SELECT name FROM official WHERE id = 2") == ("Dari Laptop",)
    (actor,) = db.execute_sql("SELECT actor FROM audit_entry WHERE entity = 'official' AND "
                              "summary LIKE 'Dari Laptop%'").fetchone()
    assert actor == current_operator()  # the history names who merged


# "Bawa pulang" ------------------------------------------------------------------------------

def test_taken_home_edited_on_the_laptop_and_merged_back(laptop, tmp_path):
    server, other = laptop
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = take_home(server, usb / default_name())
    assert copy.path.exists() and copy.counts["official"] > 40
    assert [p.name for p in copy.path.parent.iterdir()] == [copy.path.name]  # no leftovers
    home = open_database(copy.path)
    try:
        assert taken_from(home).startswith(server.server.display())
        # One more dataset to merge with (a copy written for another purpose keeps the
        # server's).
        assert dataset_id(server) is not None and dataset_id(home) is not None
        assert dataset_id(home) != dataset_id(server) == dataset_id(other)
        change(home, "official", 3, name="Diubah di Rumah")
        change(home, "official", 4, back_title="S.H.")
    finally:
        home.close()
    change(server, "official", 4, back_title="M.Si.")  # the same record, at the office
    plan = apply_merge(server, copy.path)
    assert plan.counts["official"].updated == 1
    (conflict,) = plan.conflicts
    assert conflict.decidable and conflict.theirs == {"back_title": "S.H."}
    assert one(server, "SELECT name FROM official WHERE id = 3") == ("Diubah di Rumah",)
    assert one(server, "SELECT back_title FROM official WHERE id = 4") == ("M.Si.",)
    # The copy's own marks stay on the laptop.
    assert table_rows(server, "SELECT value FROM setting WHERE key = 'dibawa_pulang_dari'") == []
    # Settled for the laptop's version the second time; after that nothing is left to do.
    plan = apply_merge(server, copy.path, keep_theirs={conflict.uuid})
    assert one(server, "SELECT back_title FROM official WHERE id = 4") == ("S.H.",)
    assert apply_merge(server, copy.path).changes == 0


def test_bawa_pulang_refuses_a_file_database_and_an_existing_file(laptop, tmp_path):
    server, other = laptop
    with pytest.raises(KinerjaError, match="basis data ini sebuah berkas"):
        take_home(other, tmp_path / "x.db")
    existing = tmp_path / "ada.db"
    existing.write_bytes(b"isi lama")
    with pytest.raises(KinerjaError, match="sudah ada"):
        take_home(server, existing)
    assert existing.read_bytes() == b"isi lama"
    with pytest.raises(OperationCancelled):
        take_home(server, tmp_path / "batal.db", cancelled=lambda: True)
    assert [p.name for p in tmp_path.iterdir() if "batal" in p.name] == []


def test_the_commands_take_home_and_merge_back(laptop, tmp_path):
    server, _ = laptop
    where = server.server.display()
    target = tmp_path / "rumah.db"
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", where, "bawa-pulang", str(target)], out, err) == 0, err.getvalue()
    assert f"Data server disalin ke {target}" in out.getvalue()
    assert f"merge {target}" in out.getvalue()
    home = open_database(target)
    try:
        change(home, "official", 5, name="Dari Laptop")
    finally:
        home.close()
    out = io.StringIO()
    assert run(["--db", where, "merge", str(target)], out, err) == 0, err.getvalue()
    assert one(server, "SELECT name FROM official WHERE id = 5") == ("Dari Laptop",)
    err = io.StringIO()
    assert run(["--db", str(target), "bawa-pulang", str(tmp_path / "lagi.db")], io.StringIO(),
               err) == 2
    assert "sebutkan --db postgresql://" in err.getvalue()
