"""The roster model: Qt's model contract, lazy fetching, filters and sorting."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.gui.roster.roster_model import OFFICIAL_ID_ROLE, RosterModel
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage.roster_repo import RosterFilter
from tests.helpers.nips import many_nips


def _fill(db, count: int) -> RosterService:
    roster = RosterService(db)
    for i, nip in enumerate(many_nips(count)):
        roster.create(OfficialInput(nip, f"Pegawai {i:04d}", rank="IV/a"),
                      [AppointmentInput(f"Kepala Bidang {i % 7}", f"Dinas Nomor {i % 5}",
                                        "III.b")])
    return roster


def test_model_passes_qt_model_tester(qtmodeltester, app, demo_db):
    model = RosterModel(RosterService(demo_db))
    model.set_filter(RosterFilter())
    assert model.rowCount() == 7
    qtmodeltester.check(model, force_py=True)


def test_model_tester_on_empty_and_filtered(qtmodeltester, app, demo_db):
    model = RosterModel(RosterService(demo_db))
    model.set_filter(RosterFilter(text="tidak-ada-yang-cocok"))
    assert model.rowCount() == 0
    qtmodeltester.check(model, force_py=True)


def test_demo_rows_display_indonesian_values(app, demo_db):
    model = RosterModel(RosterService(demo_db))
    model.set_filter(RosterFilter(text="abdullah"))
    assert model.rowCount() == 1
    values = [model.index(0, c).data() for c in range(model.columnCount())]
    assert values[0] == "Abdullah"
    assert values[1] == "19661120 198903 1 007"
    assert values[3] == "Kepala Dinas Kependudukan dan Catatan Sipil"
    assert values[6] == "Rotasi"
    assert values[7] == "14 Juni 2019"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Nama"
    assert model.index(0, 0).data(OFFICIAL_ID_ROLE) == model.official_id(0)


def test_model_fetches_only_rows_near_the_view(app, db, monkeypatch):
    roster = _fill(db, 600)
    model = RosterModel(roster)
    fetched: list[int] = []
    original = roster.rows
    monkeypatch.setattr(roster, "rows", lambda ids: (fetched.append(len(ids)), original(ids))[1])
    model.set_filter(RosterFilter())
    assert model.rowCount() == 600
    assert fetched == []  # ids only: no row is loaded until the view asks
    model.index(0, 0).data()
    model.index(10, 3).data()
    # A new filter's first rows: a screen of them, not a scroll's block.
    assert fetched == [RosterModel.FIRST_BLOCK] and RosterModel.FIRST_BLOCK < RosterModel.BLOCK
    model.index(599, 0).data()
    # The list's end: the block starts a quarter of a block before the row asked for.
    assert fetched == [RosterModel.FIRST_BLOCK, 600 - (599 - RosterModel.BLOCK // 4)]
    model.index(300, 0).data()
    assert fetched[2] == RosterModel.BLOCK


def test_sorting_by_header_reorders(app, db):
    _fill(db, 30)
    model = RosterModel(RosterService(db))
    model.set_filter(RosterFilter())
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Pegawai 0029"
    model.sort(1, Qt.SortOrder.AscendingOrder)
    nips = [model.index(r, 1).data().replace(" ", "") for r in range(model.rowCount())]
    assert nips == sorted(nips)


def test_archived_rows_are_grey(app, demo_db):
    roster = RosterService(demo_db)
    official_id = roster.search(RosterFilter(text="ajat"))[0]
    roster.set_active(official_id, False)
    model = RosterModel(roster)
    model.set_filter(RosterFilter(status="arsip"))
    assert model.rowCount() == 1
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    model.set_filter(RosterFilter(status="aktif"))
    assert model.rowCount() == 6


def _counting_searches(monkeypatch, roster: RosterService) -> list[int]:
    """Every whole search the model runs (reading all the ids), by number of ids."""
    searched: list[int] = []
    original = roster.search
    monkeypatch.setattr(roster, "search",
                        lambda f: (searched.append(len(ids := original(f))), ids)[1])
    return searched


def test_a_long_list_reads_its_first_ids_and_the_rest_only_when_asked(app, db, monkeypatch):
    roster = _fill(db, 30)
    monkeypatch.setattr(RosterModel, "FIRST_IDS", 10)
    monkeypatch.setattr(RosterModel, "BLOCK", 4)
    monkeypatch.setattr(RosterModel, "FIRST_BLOCK", 4)
    searched = _counting_searches(monkeypatch, roster)
    model = RosterModel(roster)
    model.set_filter(RosterFilter())
    assert model.rowCount() == 30  # counted, not read
    assert [model.index(r, 0).data() for r in range(5)] == [
        f"Pegawai {i:04d}" for i in range(5)]
    assert searched == []  # the first screen came from the first ids
    assert model.index(29, 0).data() == "Pegawai 0029"  # scrolled to the end: the rest read
    assert searched == [30]
    assert model.official_id(20) == roster.search(RosterFilter())[20]


def test_an_official_past_the_first_ids_is_found(app, db, monkeypatch):
    roster = _fill(db, 30)
    monkeypatch.setattr(RosterModel, "FIRST_IDS", 10)
    ids = roster.search(RosterFilter())
    model = RosterModel(roster)
    model.set_filter(RosterFilter())
    assert model.row_of(ids[3]) == 3
    assert model.row_of(ids[25]) == 25
    assert model.row_of(-1) is None


def test_a_short_result_is_one_query_without_a_count(app, db, monkeypatch):
    roster = _fill(db, 30)
    from kinerja_desktop.services.roster_pages import RosterPages
    counted: list[RosterFilter] = []
    original = RosterPages.count
    monkeypatch.setattr(RosterPages, "count",
                        lambda self, f: (counted.append(f), original(self, f))[1])
    model = RosterModel(roster)
    expected = len(roster.search(RosterFilter(text="pegawai 0002")))
    assert 0 < expected < 30
    model.set_filter(RosterFilter(text="pegawai 0002"))
    assert model.rowCount() == expected and counted == []
    model.set_filter(RosterFilter())
    assert counted == []  # 30 is fewer than the first ids read: all of them
    monkeypatch.setattr(RosterModel, "FIRST_IDS", 10)
    model.set_filter(RosterFilter(status="semua"))
    assert model.rowCount() == 30 and len(counted) == 1



def test_a_search_reads_all_its_ids_in_one_query(app, db, monkeypatch):
    """A keystroke in the search box: one query for the whole list (no first page, no count,
    no second read to keep the selected official), however long the list."""
    roster = _fill(db, 30)
    monkeypatch.setattr(RosterModel, "FIRST_IDS", 10)
    from kinerja_desktop.services.roster_pages import RosterPages
    paged: list[str] = []
    for name in ("first", "count"):
        original = getattr(RosterPages, name)
        monkeypatch.setattr(RosterPages, name,
                            lambda self, *a, _o=original, _n=name: (paged.append(_n),
                                                                    _o(self, *a))[1])
    searched = _counting_searches(monkeypatch, roster)
    model = RosterModel(roster)
    everyone = roster.search(RosterFilter(text="pegawai"))
    searched.clear()
    model.set_filter(RosterFilter(text="pegawai"))
    assert model.rowCount() == 30 and searched == [30] and paged == []
    assert model.row_of(everyone[25]) == 25 and model.index(29, 0).data() == "Pegawai 0029"
    assert searched == [30]  # nothing read again

def test_model_tester_past_the_first_ids(qtmodeltester, app, db, monkeypatch):
    roster = _fill(db, 25)
    monkeypatch.setattr(RosterModel, "FIRST_IDS", 10)
    model = RosterModel(roster)
    model.set_filter(RosterFilter(sort="nip", descending=True))
    assert model.rowCount() == 25
    qtmodeltester.check(model, force_py=True)
    nips = [model.index(r, 1).data().replace(" ", "") for r in range(25)]
    assert nips == sorted(nips, reverse=True)


def test_a_list_that_changed_since_it_was_counted_is_read_again(app, db, qtbot, monkeypatch):
    """Another program (the CLI) wrote between the count and the rest of the ids: the rows
    counted are shown, and the list is read again from the event loop."""
    roster = _fill(db, 30)
    monkeypatch.setattr(RosterModel, "FIRST_IDS", 10)
    model = RosterModel(roster)
    model.set_filter(RosterFilter())
    roster.set_active(roster.search(RosterFilter())[-1], False)  # one fewer active
    assert model.index(25, 0).data() is not None
    assert model.index(29, 0).data() is None  # past the end of what is there now
    qtbot.waitUntil(lambda: model.rowCount() == 29)
