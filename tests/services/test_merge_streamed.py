"""Issue 19: the streamed merge (SQL joins on the attached file, chunks, set-based writes) gives
exactly what the row-by-row merge gave on tricky data, issues a number of statements that does
not grow with the rows nobody changed, and rebuilds the roster rows of changed officials only."""

from __future__ import annotations

import random
import shutil
import sqlite3
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest

from kinerja_desktop.services.demo import load_demo
from kinerja_desktop.services.merge import apply_merge, plan_merge
from kinerja_desktop.storage import merge_attach, merge_plan, merge_repo, roster_repo
from kinerja_desktop.storage.database import Database, open_database
from kinerja_desktop.storage.models import utc_now
from tests.helpers.dump import dump_database
from tests.services import merge_reference, test_merge
from tests.services.test_merge import by_uuid, file_of, now, one, sql

# The SQLite engine itself (ATTACH, its statements, its temporary triggers, a row-by-row
# reference on files); the server's merge is held to the file's in test_merge_server.py.
pytestmark = pytest.mark.sqlite_only

pair = test_merge.pair  # the fixture: the demo database and a copy taken to another PC

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


def add(db: Database, table: str, **values) -> tuple[int, str]:
    record_uuid = str(uuid.uuid4())
    values = {"uuid": record_uuid, "created_at": now(), "modified_at": now(), **values}
    names = ", ".join(f'"{k}"' for k in values)
    sql(db, f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(values))})',
        tuple(values.values()))
    return one(db, f'SELECT id FROM "{table}" WHERE uuid = ?', (record_uuid,))[0], record_uuid


def change(db: Database, table: str, row_id: int, **values) -> None:
    sets = ", ".join(f'"{k}" = ?' for k in values)
    sql(db, f'UPDATE "{table}" SET {sets}, modified_at = ? WHERE id = ?',
        (*values.values(), now(), row_id))


def ids(db: Database, statement: str, params: tuple = ()) -> list[int]:
    return [r[0] for r in db.execute_sql(statement, params).fetchall()]


def add_officials(db: Database, count: int, seed: int = 1) -> None:
    """`count` more officials, each with a current post in one of the units, in one go."""
    rng = random.Random(seed)
    units = ids(db, "SELECT id FROM unit ORDER BY id")
    stamp = now()
    officials, posts = [], []
    first = (one(db, "SELECT max(id) FROM official")[0] or 0) + 1
    for n in range(count):
        official_id = first + n
        birth = date(1975, 1, 1) + timedelta(days=n)
        officials.append((official_id, str(uuid.UUID(int=rng.getrandbits(128))), stamp, stamp,
                          f"{birth:%Y%m%d}2005031{n % 999 + 1:03d}", f"Pegawai {n}", "",
                          "S.E.", "III/a", "L", birth.isoformat(), 1))
        posts.append((str(uuid.UUID(int=rng.getrandbits(128))), stamp, stamp, official_id,
                      f"Analis {n % 7}", rng.choice(units), "2020-01-02"))
    with db.atomic():
        db.executemany("INSERT INTO official (id, uuid, created_at, modified_at, nip, name, "
                       "front_title, back_title, rank, sex, birth_date, active) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", officials)
        db.executemany("INSERT INTO appointment (uuid, created_at, modified_at, official_id, "
                       "post_title, unit_id, start_date) VALUES (?,?,?,?,?,?,?)", posts)
        roster_repo.refresh_all(db)


def add_evidence(db: Database) -> None:
    """Progress reports with evidence files (BLOBs) and a scanned signature."""
    for n, target_id in enumerate(ids(db, "SELECT id FROM target ORDER BY id")):
        progress_id, _ = add(db, "progress_update", target_id=target_id, date="2019-08-01",
                             realised=10.5 * (n + 1), note="")
        content = PNG + bytes([n]) * 100
        add(db, "attachment", progress_id=progress_id, filename=f"bukti-{n}.png",
            mime_type="image/png", size=len(content), sha256=f"{n:064d}", content=content)
    change(db, "signatory", ids(db, "SELECT id FROM signatory")[0], signature_png=PNG)


def tricky_pair(tmp_path: Path, seed: int) -> tuple[Path, Path, frozenset[str]]:
    """(ours, theirs, keep_theirs): one dataset split in two and changed on both PCs in every
    way the merge's rules tell apart."""
    rng = random.Random(seed)
    base = open_database(tmp_path / "dasar.db")
    load_demo(base)
    add_officials(base, 40, seed)
    add_evidence(base)
    base.close()
    ours_path, theirs_path = tmp_path / "ini.db", tmp_path / "lain.db"
    shutil.copy(base.path, ours_path)
    shutil.copy(base.path, theirs_path)
    ours, theirs = open_database(ours_path), open_database(theirs_path)
    keep: set[str] = set()
    extra = ids(ours, "SELECT id FROM official WHERE name LIKE 'Pegawai %' ORDER BY id")
    rng.shuffle(extra)
    # Officials changed here only, there only, on both (a conflict, some decided for theirs),
    # and the same change on both (unchanged).
    for official_id in extra[0:6]:
        change(ours, "official", official_id, name=f"Ini {official_id}")
    for official_id in extra[4:10]:
        change(theirs, "official", official_id, name=f"Lain {official_id}",
               back_title=rng.choice(["S.H.", "S.Kom.", ""]))
    keep |= {one(ours, "SELECT uuid FROM official WHERE id = ?", (extra[rng.choice([4, 5])],))[0]}
    for db in (ours, theirs):
        change(db, "official", extra[10], rank="III/b")
    # Deletions: there (cascading to posts), here, deleted here but changed there, deleted
    # there but changed here afterwards.
    sql(theirs, "DELETE FROM official WHERE id = ?", (extra[11],))
    sql(ours, "DELETE FROM official WHERE id = ?", (extra[12],))
    sql(ours, "DELETE FROM official WHERE id = ?", (extra[13],))
    change(theirs, "official", extra[13], name="Diubah di sana")
    if seed % 2:
        keep.add(one(theirs, "SELECT uuid FROM official WHERE id = ?", (extra[13],))[0])
    post = ids(theirs, "SELECT id FROM appointment WHERE official_id = ?", (extra[14],))[0]
    sql(theirs, "DELETE FROM appointment WHERE id = ?", (post,))
    change(ours, "appointment", post, decree_number="800/1")
    sql(theirs, "DELETE FROM handover_item WHERE id = (SELECT max(id) FROM handover_item)")
    sql(ours, "DELETE FROM target WHERE id = (SELECT max(id) FROM target)")
    program = one(theirs, "SELECT p.id FROM program p WHERE NOT EXISTS (SELECT 1 FROM "
                          "evaluation e WHERE e.program_id = p.id) ORDER BY p.id")[0]
    sql(theirs, "DELETE FROM target WHERE program_id = ?", (program,))
    sql(theirs, "DELETE FROM program_status_change WHERE program_id = ?", (program,))
    sql(theirs, "DELETE FROM program WHERE id = ?", (program,))
    add(ours, "evaluation", program_id=program, date="2019-09-21", scheme="bobot",
        content_json="{}")  # here a new evaluation needs it: RESTRICT keeps it
    # Posts moved (another unit, another official, ended) and a unit renamed: roster rows.
    units = ids(theirs, "SELECT id FROM unit ORDER BY id")
    for official_id in extra[15:18]:
        post = ids(theirs, "SELECT id FROM appointment WHERE official_id = ?", (official_id,))[0]
        change(theirs, "appointment", post, unit_id=rng.choice(units))
    post = ids(theirs, "SELECT id FROM appointment WHERE official_id = ?", (extra[18],))[0]
    change(theirs, "appointment", post, official_id=extra[19])
    post = ids(ours, "SELECT id FROM appointment WHERE official_id = ?", (extra[20],))[0]
    change(ours, "appointment", post, end_date="2024-12-31")
    change(theirs, "unit", rng.choice(units), short_name="Baru", name="Unit Berganti Nama")
    # New there: a unit, an official with a post in it, one whose NIP was added here too,
    # an evaluation and its revision (a reference to a row of the same table, same chunk),
    # a revision of the final evaluation, evidence.
    unit_id, _ = add(theirs, "unit", name="Dinas Baru", short_name="DB", kind="dinas")
    official_id, _ = add(theirs, "official", nip="199001012015011001", name="Pendatang",
                         sex="L", birth_date="1990-01-01")
    add(theirs, "appointment", official_id=official_id, unit_id=unit_id, post_title="Kepala",
        start_date="2024-01-01")
    for db, name in ((ours, "Versi Ini"), (theirs, "Versi Lain")):
        add(db, "official", nip="198801012010011001", name=name, sex="L",
            birth_date="1988-01-01")
    final = by_uuid(theirs, "evaluation", one(theirs, "SELECT uuid FROM evaluation")[0])
    program = final["program_id"]
    draft, _ = add(theirs, "evaluation", program_id=program, date="2019-10-01",
                   scheme=final["scheme"], content_json="{}")
    add(theirs, "evaluation", program_id=program, date="2019-10-02", scheme=final["scheme"],
        content_json='{"x": 1}', revision_of_id=draft, revision_reason="koreksi")
    add(theirs, "evaluation", program_id=program, date="2019-10-03", scheme=final["scheme"],
        content_json=final["content_json"], revision_of_id=final["id"],
        revision_reason="koreksi")
    attachments = ids(ours, "SELECT id FROM attachment ORDER BY id")
    change(theirs, "attachment", attachments[0], content=PNG + b"lain")
    change(ours, "attachment", attachments[1], content=PNG + b"ini")
    change(theirs, "attachment", attachments[1], content=PNG + b"sana", filename="lain.png")
    progress_id = ids(theirs, "SELECT id FROM progress_update ORDER BY id")[0]
    add(theirs, "attachment", progress_id=progress_id, filename="baru.png",
        mime_type="image/png", size=len(PNG), sha256="f" * 64, content=PNG)
    change(theirs, "signatory", ids(theirs, "SELECT id FROM signatory")[0],
           signature_png=PNG + b"2")
    # A clock gone wrong there; settings added, changed there, changed on both.
    change(theirs, "official", extra[21], name="Jam Salah")
    sql(theirs, "UPDATE official SET modified_at = '2099-01-01 00:00:00.000000' WHERE id = ?",
        (extra[21],))
    if seed % 3 == 0:
        keep.add(one(theirs, "SELECT uuid FROM official WHERE id = ?", (extra[21],))[0])
    sql(theirs, "INSERT INTO setting (key, value) VALUES ('kota', 'Serang')")
    sql(theirs, "UPDATE setting SET value = 'Banten Lain' WHERE key = 'provinsi'")
    sql(ours, "UPDATE setting SET value = 'Di Sini' WHERE key = 'tempat'")
    sql(theirs, "UPDATE setting SET value = 'Di Sana' WHERE key = 'tempat'")
    if seed % 2 == 0:
        keep.add("tempat")
    for db in (ours, theirs):  # as the services leave it after each change
        with db.atomic():
            roster_repo.refresh_all(db)
        db.close()
    return ours_path, theirs_path, frozenset(keep)


def normalised(path: Path, since: str) -> dict:
    """The whole database, with the times the merge itself wrote (decided, deleted) as NOW and
    the audit history without its random UUIDs and times."""
    def shown(value):
        return "NOW" if isinstance(value, str) and value >= since and value[:2] == "20" \
            and value[:4] < "2099" else value
    dump = dump_database(path, include_audit=False)
    result = {table: sorted((tuple(shown(v) for v in row) for row in rows), key=repr)
              for table, rows in dump.items()}
    with sqlite3.connect(path) as con:
        result["audit_entry"] = sorted(con.execute(
            "SELECT actor, action, entity, entity_uuid, summary, details_json "
            "FROM audit_entry").fetchall(), key=repr)
    return result


def merge_both_ways(tmp_path: Path, ours: Path, theirs: Path, keep: frozenset[str]):
    """(plan, database) of the row-by-row merge and of the streamed one, each with its roster
    rebuilt as its service does (all of it, or the changed officials')."""
    results = []
    for name in ("lama", "baru"):
        path = tmp_path / f"{name}.db"
        shutil.copy(ours, path)
        db = open_database(path)
        try:
            if name == "lama":
                with db.atomic():
                    plan = merge_reference.merge_from(db, theirs, keep, record_peer=True)
                    roster_repo.refresh_all(db)
            else:
                with merge_attach.attached(db, theirs), db.atomic():
                    plan = merge_repo.merge_from(db, theirs, keep, record_peer=True)
                    roster_repo.refresh(db, plan.touched_officials)
        finally:
            db.close()
        results.append((plan, path))
    return results


@pytest.mark.parametrize("chunk", [3, 500])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_streamed_merge_does_exactly_what_the_row_by_row_merge_did(tmp_path, monkeypatch,
                                                                       seed, chunk):
    monkeypatch.setattr(merge_repo, "CHUNK_ROWS", chunk)  # chunk edges inside every table
    ours, theirs, keep = tricky_pair(tmp_path, seed)
    since = str(utc_now())
    (old, old_path), (new, new_path) = merge_both_ways(tmp_path, ours, theirs, keep)
    assert new.conflicts == old.conflicts
    assert new.counts == old.counts
    assert (new.peer_id, new.baseline) == (old.peer_id, old.baseline)
    reasons = {c.reason for c in new.conflicts}
    # The data is tricky indeed: every kind of conflict the rules name is there.
    assert {merge_plan.UNIQUE_CLASH, "diubah di kedua PC; data PC ini dipertahankan",
            "dihapus di PC lain tetapi diubah di PC ini; tetap ada",
            "dihapus di PC lain tetapi masih dipakai data lain di PC ini; tetap ada",
            "pengaturan berbeda; nilai PC ini dipertahankan"} <= reasons
    assert any(r.startswith("jam PC lain") for r in reasons) or seed % 3 == 0
    assert any(c.table == "attachment" and c.ours.get("content", "").startswith("<berkas")
               for c in new.conflicts)
    assert new.counts["evaluation"].added == 3 and new.counts["official"].deleted == 1
    assert normalised(new_path, since) == normalised(old_path, since)


def test_merging_twice_with_the_streamed_merge_changes_nothing_more(tmp_path):
    ours, theirs, keep = tricky_pair(tmp_path, 4)
    db = open_database(ours)
    try:
        for round_ in range(2):
            with merge_attach.attached(db, theirs), db.atomic():
                plan = merge_repo.merge_from(db, theirs, keep, record_peer=True)
                roster_repo.refresh(db, plan.touched_officials)
            if round_ == 0:
                assert plan.changes > 10
                before = dump_database(ours)
        assert plan.changes == 0 and dump_database(ours) == before
    finally:
        db.close()


# Statements ------------------------------------------------------------------------------------

def statements_of_a_merge(tmp_path: Path, unchanged: int) -> tuple[int, int]:
    """(statements a dry run and a merge of a copy with `unchanged` more officials nobody
    changed and five changed on each side issue, rows of theirs)."""
    folder = tmp_path / str(unchanged)
    folder.mkdir()
    ours = open_database(folder / "ini.db")
    load_demo(ours)
    add_officials(ours, unchanged)
    ours.close()
    shutil.copy(ours.path, folder / "lain.db")
    ours, theirs = open_database(ours.path), open_database(folder / "lain.db")
    extra = ids(ours, "SELECT id FROM official WHERE name LIKE 'Pegawai %' ORDER BY id")
    for official_id in extra[:5]:
        change(ours, "official", official_id, name=f"Ini {official_id}")
    for official_id in extra[-5:]:
        change(theirs, "official", official_id, name=f"Lain {official_id}")
    add(theirs, "unit", name="Dinas Baru")
    other = file_of(theirs)
    rows = sum(one(ours, f'SELECT count(*) FROM "{t}"')[0]
               for t in (*merge_repo.MERGE_TABLES, *merge_repo.INSERT_ONLY))
    seen: list[str] = []
    ours.handle.connection().set_trace_callback(seen.append)
    try:
        plan_merge(ours, other)
        plan = apply_merge(ours, other)
    finally:
        ours.handle.connection().set_trace_callback(None)
        ours.close()
    assert plan.counts["official"].updated == 5 and plan.counts["unit"].added == 1
    # Statements of this connection (the copy is checked on connections of its own); a
    # trigger's statements are traced as "-- TRIGGER …" and are not round trips.
    return len([s for s in seen if not s.startswith("--")]), rows


def test_a_merge_issues_statements_per_chunk_and_change_not_per_row(tmp_path, monkeypatch):
    monkeypatch.setattr(merge_repo, "CHUNK_ROWS", 500)
    few, few_rows = statements_of_a_merge(tmp_path, 100)
    many, many_rows = statements_of_a_merge(tmp_path, 1600)
    assert many_rows - few_rows >= 6000  # officials, posts and their audit history
    # A dry run and a merge, each over ~6,000 more rows of theirs: at most three statements
    # per chunk of 500 (where it ends, the join finding what differs, the chunk's writes),
    # none per unchanged row; the rest is a fixed number per table.
    chunks = (many_rows - few_rows) // 500 + 2
    assert many - few <= 2 * 3 * chunks, (few, many)
    assert many < many_rows / 10, (many, many_rows)


# The roster ------------------------------------------------------------------------------------

def test_only_the_roster_rows_of_changed_officials_are_rewritten(pair):
    ours, theirs = pair
    officials = ids(ours, "SELECT id FROM official ORDER BY id")
    renamed, moved = officials[0], officials[1]
    change(theirs, "official", renamed, name="Nama Baru")
    post = ids(theirs, "SELECT id FROM appointment WHERE official_id = ? AND end_date IS NULL",
               (moved,))[0]
    units = ids(theirs, "SELECT id FROM unit ORDER BY id")
    current_unit = one(theirs, "SELECT unit_id FROM appointment WHERE id = ?", (post,))[0]
    change(theirs, "appointment", post, unit_id=next(u for u in units if u != current_unit))
    # A unit renamed: everyone holding a current post there shows the new name.
    unit = one(ours, "SELECT unit_id FROM appointment WHERE end_date IS NULL AND official_id "
                     "NOT IN (?, ?) ORDER BY id", (renamed, moved))[0]
    change(theirs, "unit", unit, short_name="Nama Unit Baru")
    holders = set(ids(ours, "SELECT official_id FROM appointment WHERE unit_id = ? AND "
                            "end_date IS NULL", (unit,)))
    # A change that is no roster's business (a program's note) and a decided conflict.
    change(theirs, "program", ids(theirs, "SELECT id FROM program")[0], note="catatan")
    change(ours, "official", officials[-1], back_title="S.Sos.")
    change(theirs, "official", officials[-1], back_title="S.H.")
    other = file_of(theirs)
    ours.execute_sql("CREATE TEMP TABLE roster_writes (official_id INTEGER)")
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        ours.execute_sql(f"CREATE TEMP TRIGGER roster_{event.lower()} AFTER {event} ON "
                         f"main.roster_entry BEGIN INSERT INTO roster_writes VALUES "
                         f"({row}.official_id); END")
    before = {r[0]: r for r in ours.execute_sql("SELECT * FROM roster_entry").fetchall()}
    plan = apply_merge(ours, other)
    assert plan.counts["official"].updated == 1 and len(plan.conflicts) == 1
    rewritten = set(ids(ours, "SELECT official_id FROM roster_writes"))
    assert rewritten == {renamed, moved} | holders
    assert len(rewritten) < len(officials)
    after = {r[0]: r for r in ours.execute_sql("SELECT * FROM roster_entry").fetchall()}
    assert "Nama Baru" in after[renamed][3] and after[moved] != before[moved]
    assert all(after[h][8] == "Nama Unit Baru" for h in holders if after[h][6] == unit)
    unchanged = set(officials) - rewritten
    assert unchanged and all(after[o] == before[o] for o in unchanged)


def test_the_other_file_is_attached_only_while_merging(pair):
    ours, theirs = pair
    change(theirs, "official", 1, name="Nama Baru")
    other = file_of(theirs)
    apply_merge(ours, other)
    plan_merge(ours, other)
    names = [r[1] for r in ours.execute_sql("PRAGMA database_list").fetchall()]
    assert names == ["main"] or names == ["main", "temp"]
    temp = ours.execute_sql("SELECT name FROM temp.sqlite_master").fetchall()
    assert temp == []  # no tracking trigger or table left behind
    with pytest.raises(RuntimeError):
        with ours.atomic():
            with merge_attach.attached(ours, other):
                pass


def test_a_sqlite_without_uri_names_attaches_the_plain_path(pair, monkeypatch):
    """Python's own SQLite on Windows is built without USE_URI: a file: name would be taken
    literally there (an empty new file), so the plain path is attached and checked."""
    monkeypatch.setattr(merge_attach, "_reads_uri_names", lambda db: False)
    ours, theirs = pair
    change(theirs, "official", 1, name="Nama Baru")
    plan = apply_merge(ours, file_of(theirs))
    assert plan.counts["official"].updated == 1
    assert one(ours, "SELECT name FROM official WHERE id = 1") == ("Nama Baru",)
