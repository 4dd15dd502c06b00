"""Roster export and `roster list --json` streamed (issue 19): the same rows, order and bytes as
a whole list gives, in memory that does not grow with the roster."""

from __future__ import annotations

import io
import json
import tracemalloc
from datetime import date, timedelta

import pytest

from kinerja_desktop.cli import run
from kinerja_desktop.cli.roster import write_json_list
from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.domain.roster import RosterFilter
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.services.roster_io import export_roster, import_roster, roster_records
from tests.helpers.tables import read_table
from kinerja_desktop.storage import roster_repo
from tests.helpers.nips import make_nip, many_nips
from tests.helpers.tables import HEADER, row, write_csv


def json_as_a_list(records: list[dict]) -> str:
    """What `roster list --json` printed when it held the whole list."""
    values = [{k: v.isoformat() if isinstance(v, date) else v for k, v in r.items()}
              for r in records]
    return json.dumps(values, ensure_ascii=False, indent=2) + "\n"


def with_archived_names(db) -> RosterService:
    """The demo roster plus archived officials whose names sort between the active ones, two
    officials with the same name, and names beyond ASCII."""
    roster = RosterService(db)
    nips = many_nips(6, start=500)
    for nip, name, active in zip(nips, ("Abdullah", "Bambang Arsip", "Zaenal", "Élodie Sétiawan",
                                        "Abdullah", "Ñoño \"Kutip\" \\ Garis"),
                                 (False, False, True, False, True, False), strict=True):
        official_id, _ = roster.create(OfficialInput(nip, name, back_title="M.Si."),
                                       [AppointmentInput("Staf", "Dinas Sosial")])
        if not active:
            roster.set_active(official_id, False)
    return roster


@pytest.mark.parametrize("status", ["aktif", "arsip", "semua"])
def test_streamed_rows_in_the_roster_order(demo_db, status):
    with_archived_names(demo_db)
    ids = roster_repo.search_ids(demo_db, RosterFilter(status=status))
    streamed = list(roster_repo.iter_export_rows(demo_db, status))
    assert [r.official_id for r in streamed] == ids
    assert streamed == roster_repo.export_rows(demo_db, ids)
    assert len(streamed) == roster_repo.count(demo_db, status)


@pytest.mark.parametrize("archived", [False, True])
def test_json_written_one_record_at_a_time_is_the_list(demo_db, archived):
    with_archived_names(demo_db)
    records = list(roster_records(demo_db, include_archived=archived))
    out = io.StringIO()
    write_json_list(iter(records), out)
    assert out.getvalue() == json_as_a_list(records)
    assert json.loads(out.getvalue())[0]["nama"] == "Abdullah"


def test_json_of_an_empty_roster_and_for_an_ascii_console(db, tmp_path):
    out = io.StringIO()
    write_json_list(iter([]), out)
    assert out.getvalue() == "[]\n"
    with_archived_names(db)
    records = list(roster_records(db, include_archived=True))
    with (tmp_path / "ascii.txt").open("w", encoding="ascii") as handle:
        write_json_list(iter(records), handle)
    text = (tmp_path / "ascii.txt").read_text(encoding="ascii")
    assert "\\u00c9lodie" in text
    assert text == json.dumps([{k: v.isoformat() if isinstance(v, date) else v
                                for k, v in r.items()} for r in records], indent=2) + "\n"


def test_the_cli_lists_what_the_records_are(demo_db):
    with_archived_names(demo_db)
    expected = json_as_a_list(list(roster_records(demo_db, include_archived=True)))
    out = io.StringIO()
    assert run(["--db", demo_db.location, "roster", "list", "--json", "--semua"], out,
               io.StringIO()) == 0
    assert out.getvalue() == expected
    out = io.StringIO()
    assert run(["--db", demo_db.location, "roster", "list"], out, io.StringIO()) == 0
    assert out.getvalue().splitlines()[-1] == "9 pejabat."


def big_roster(db, tmp_path, count: int) -> None:
    nips = [make_nip(f"{date(1971, 1, 1) + timedelta(days=n // 900):%Y%m%d}", "199601", 1,
                     1 + n % 900) for n in range(count)]
    rows = [row(nip, f"Pegawai Nomor {n}", f"Kepala Seksi {n % 40}", "Dinas Sosial",
                gelar_belakang="S.Sos.", pangkat_golongan="III/c", eselon="IV.a",
                jenis_pengisian="Promosi", tanggal_pelantikan="2020-02-03",
                nomor_sk=f"821.2/Kep.{n}-BKPSDM/2020")
            for n, nip in enumerate(nips)]
    report = import_roster(db, write_csv(tmp_path / "besar.csv", HEADER, rows))
    assert report.applied and report.new == count


def peak_while(work) -> int:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_export_memory_does_not_grow_with_the_roster(db, tmp_path):
    """A CSV export of 3,000 officials peaks at the memory of one of 1,000: rows are read in
    batches of 500 while written (as a whole list, each official added a kilobyte or so)."""
    big_roster(db, tmp_path, 3000)
    target = tmp_path / "ekspor.csv"
    peaks, records = {}, {}
    for limit in (1000, 3000):
        db.execute_sql("UPDATE roster_entry SET active = CASE WHEN official_id <= ? THEN 1 "
                       "ELSE 0 END", (limit,))
        peaks[limit] = peak_while(lambda: export_roster(db, target))
        assert len(read_table(target).rows) == limit
        records[limit] = peak_while(lambda: sum(1 for _ in roster_records(db)))
    assert peaks[3000] - peaks[1000] < 200_000, peaks
    assert records[3000] - records[1000] < 200_000, records


def test_an_xlsx_export_streams_and_keeps_its_rows(db, tmp_path):
    big_roster(db, tmp_path, 700)
    target = tmp_path / "ekspor.xlsx"
    assert export_roster(db, target) == 700
    table = read_table(target)
    assert table.header == HEADER
    assert [r[1][1] for r in table.rows] == [r["nama"] for r in roster_records(db)]
