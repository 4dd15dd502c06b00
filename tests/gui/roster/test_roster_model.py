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
    assert sum(fetched) <= RosterModel.BLOCK
    model.index(599, 0).data()
    assert len(fetched) == 2 and sum(fetched) <= 2 * RosterModel.BLOCK


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
