"""The shared server's one scheduled export (issue 20: "a server has one scheduled export, not
one per PC"): at most one a day whichever PC's task runs first, none while another runs, the
oldest removed past the number kept and nothing else in the folder touched; on the command
line for Task Scheduler. The server's tests need KINERJA_TEST_DATABASE_URL (the server pass)."""

from __future__ import annotations

import contextlib
import io
from datetime import datetime, timedelta

import pytest

from kinerja_desktop.cli import run
from kinerja_desktop.domain.officials import OfficialInput
from kinerja_desktop.errors import KinerjaError
from kinerja_desktop.services import server_export
from kinerja_desktop.services.backup import verify_backup
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage.database import set_actor_provider
from kinerja_desktop.storage.server_locks import pc_name
from tests.helpers.fixtures import SERVER_SKIP, server_url
from tests.helpers.nips import many_nips

on_server = pytest.mark.skipif(not server_url(), reason=SERVER_SKIP)
NIGHT = datetime(2026, 12, 7, 2, 0)


def at(when: datetime):
    return lambda: when


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "Cadangan kantor"
    target.mkdir()
    return target


def test_a_file_database_has_no_scheduled_export(db, folder):
    if db.is_server:
        pytest.skip("about a PC's own file")
    with pytest.raises(KinerjaError, match="^Ekspor terjadwal hanya untuk server kantor"):
        server_export.scheduled_export(db, folder)
    assert server_export.last_export(db) is None
    assert list(folder.iterdir()) == []


@on_server
def test_one_export_a_day_whoever_runs_it(db, folder):
    RosterService(db).create(OfficialInput(many_nips(1)[0], "Anas Dwisatya"))
    set_actor_provider(lambda: "Tugas terjadwal")
    try:
        made = server_export.scheduled_export(db, folder, now=at(NIGHT))
    finally:
        set_actor_provider(None)
    stem = server_export.export_stem(db)
    assert made.result is not None and made.skipped == "" and made.removed == []
    assert made.result.path == folder / f"kinerja-{stem}-20261207-0200.kinerja"
    report = verify_backup(made.result.path)
    assert report.ok and report.counts["official"] == 1
    last = server_export.last_export(db)
    assert last == server_export.LastExport(NIGHT, f"Tugas terjadwal @ {pc_name()}",
                                            made.result.path.name)

    # Another PC's task the same day (scheduled there too by mistake): nothing written.
    again = server_export.scheduled_export(db, folder, now=at(NIGHT + timedelta(hours=7)))
    assert again.result is None
    assert again.skipped == (f"Ekspor server hari ini sudah dibuat pukul 02.00 oleh Tugas "
                             f"terjadwal @ {pc_name()} ({made.result.path.name}); dilewati.")
    assert sorted(p.name for p in folder.iterdir()) == [
        made.result.path.name, made.result.path.name + ".sha256"]
    # Asked for on purpose, it is written, beside the first.
    forced = server_export.scheduled_export(db, folder, force=True, now=at(NIGHT))
    assert forced.result is not None
    assert forced.result.path.name == f"kinerja-{stem}-20261207-0200-2.kinerja"


@on_server
def test_older_exports_are_removed_past_the_number_kept_and_nothing_else(db, folder):
    stem = server_export.export_stem(db)
    others = ["kinerja-PC-SETDA-01-20261101-0900.kinerja", "catatan.txt",
              f"kinerja-{stem}-lama.kinerja"]
    for name in others:
        (folder / name).write_text("bukan ekspor ini")
    written = []
    for day in range(4):
        outcome = server_export.scheduled_export(db, folder, keep=2,
                                                 now=at(NIGHT + timedelta(days=day)))
        assert outcome.result is not None
        written.append(outcome.result.path)
    assert server_export.exports_in(folder, stem) == [written[3], written[2]]
    assert not any(p.exists() or (p.parent / (p.name + ".sha256")).exists()
                   for p in written[:2])
    assert all((folder / name).read_text() == "bukan ekspor ini" for name in others)
    assert server_export.last_export(db).file == written[3].name


@on_server
def test_an_export_another_pc_is_writing_is_not_written_twice(db, folder):
    from tests.helpers.dump import _server_connection
    with contextlib.closing(_server_connection(db)) as budi:
        budi.execute("SET application_name = 'Kinerja Desktop: Budi @ PC-SERVER'")
        budi.execute("SELECT pg_advisory_lock(%s, hashtext(current_schema()))",
                     (server_export._LOCK_CLASS,))
        outcome = server_export.scheduled_export(db, folder, now=at(NIGHT))
    assert outcome.result is None
    assert outcome.skipped == "Ekspor server sedang dibuat oleh Budi (PC-SERVER); dilewati."
    assert list(folder.iterdir()) == [] and server_export.last_export(db) is None
    # Once Budi's session ended, the lock is free again.
    assert server_export.scheduled_export(db, folder, now=at(NIGHT)).result is not None


@on_server
def test_a_hand_edited_record_counts_as_none(db, folder):
    from kinerja_desktop.domain.options import SERVER_EXPORT
    from kinerja_desktop.services import settings as dataset
    with db.atomic():
        dataset.set(db, SERVER_EXPORT, '{"waktu": "kemarin"}')
    assert server_export.last_export(db) is None
    assert server_export.scheduled_export(db, folder, now=at(NIGHT)).result is not None


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_the_command_refuses_a_missing_folder_and_a_file_database(db, tmp_path):
    code, out, err = cli("--db", str(tmp_path / "kinerja.db"), "ekspor-server",
                         str(tmp_path / "tidak-ada"))
    assert code == 2 and out == ""
    assert err.strip() == f"Folder ekspor '{tmp_path / 'tidak-ada'}' tidak ada atau bukan folder."
    code, out, err = cli("--db", str(tmp_path / "kinerja.db"), "ekspor-server", str(tmp_path))
    assert code == 2 and err.startswith("Ekspor terjadwal untuk server kantor")
    code, _out, err = cli("--db", str(tmp_path / "kinerja.db"), "ekspor-server",
                          str(tmp_path), "--simpan", "0")
    assert code == 2 and "--simpan paling sedikit 1" in err


@on_server
def test_the_command_for_task_scheduler(db, folder):
    RosterService(db).create(OfficialInput(many_nips(1)[0], "Anas Dwisatya"))
    address = db.server.display()
    code, out, err = cli("--db", address, "ekspor-server", str(folder), "--simpan", "3")
    assert code == 0 and err == ""
    assert out.startswith(f"Ekspor server ditulis dan diperiksa: {folder}")
    assert "(1 pejabat, 0 program, 0 evaluasi;" in out
    code, out, err = cli("--db", address, "ekspor-server", str(folder))
    assert code == 0 and out.startswith("Ekspor server hari ini sudah dibuat pukul ")
