"""The roster's search a page at a time gives exactly what the whole search gives: the same
ids in the same order, and their number, for every kind of filter (FTS5 and plain)."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest

from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.domain.roster import RosterFilter
from kinerja_desktop.services.demo import load_demo
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import migrations, roster_pages, roster_repo
from kinerja_desktop.storage.database import open_database
from kinerja_desktop.storage.roster_repo import SORT_COLUMNS
from tests.helpers.fixtures import SERVER_SKIP, new_server_schema as _schema, server_url
from tests.helpers.nips import many_nips


@pytest.fixture(scope="module", params=["fts", "plain", pytest.param("server", marks=(
        pytest.mark.skipif(not server_url(), reason=SERVER_SKIP)))])
def db(request, tmp_path_factory):
    """The demo and 60 more officials (same names, ranks, units and dates repeated, some
    archived), in a database with the FTS5 search table, the plain one, or on the test
    server (pg_trgm), built once."""
    with contextlib.ExitStack() as stack:
        yield from _filled(request, tmp_path_factory, stack)


def _filled(request, tmp_path_factory, stack):
    if request.param == "server":
        from kinerja_desktop.storage.server import open_server
        database = open_server(stack.enter_context(contextlib.contextmanager(_schema)()))
    else:
        with pytest.MonkeyPatch.context() as patch:
            if request.param == "plain":
                patch.setattr(migrations, "fts5_trigram_available", lambda handle: False)
            database = open_database(tmp_path_factory.mktemp("pages") / f"{request.param}.db")
    assert database.fts is (request.param == "fts")
    load_demo(database)
    roster = RosterService(database)
    for n, nip in enumerate(many_nips(60)):
        official_id, _ = roster.create(
            OfficialInput(nip, f"Pegawai {'Ahmad' if n % 3 else 'Siti'} {n % 7}",
                          rank=("III/a", "III/b", "IV/a")[n % 3]),
            [AppointmentInput(f"Kepala Bidang {n % 4}", f"Dinas Nomor {n % 5}",
                              ("III.a", "III.b", "")[n % 3], ("promosi", "mutasi", "plt")[n % 3],
                              start_date=date(2019, 1 + n % 12, 1 + n % 9))])
        if n % 11 == 0:
            roster.set_active(official_id, False)
    yield database
    database.close()


TEXTS = ["", "pegawai", "ahmad 3", "ke", "pp", "kh", "a", "%", "_", "kepala bidang 2",
         "dinas nomor", "iii", "19", "zzz-tidak-ada", "plt.", "b 1"]


@pytest.mark.parametrize("status", ["aktif", "arsip", "semua"])
def test_pages_give_what_the_whole_search_gives(db, status):
    for text in TEXTS:
        for sort in SORT_COLUMNS:
            for descending in (False, True):
                f = RosterFilter(text=text, status=status, sort=sort, descending=descending)
                whole = roster_repo.search_ids(db, f)
                assert roster_pages.count_matching(db, f) == len(whole), f
                for limit in (1, 7, 500):
                    assert roster_pages.first_ids(db, f, limit) == whole[:limit], (f, limit)


def test_the_search_matches_something_here(db):
    """The comparison above means something: most filters find a few, not none or all."""
    sizes = [len(roster_repo.search_ids(db, RosterFilter(text=t, status="semua")))
             for t in TEXTS]
    assert sum(1 for n in sizes if 0 < n < sizes[0]) >= 8


def test_unit_eselon_and_filling_filters(db):
    unit_id = RosterService(db).units()[0].id
    for f in (RosterFilter(unit_id=unit_id), RosterFilter(eselon="III.b"),
              RosterFilter(filling="plt", text="kepala"),
              RosterFilter(unit_id=unit_id, eselon="III.a", status="semua")):
        whole = roster_repo.search_ids(db, f)
        assert roster_pages.count_matching(db, f) == len(whole)
        assert roster_pages.first_ids(db, f, 3) == whole[:3]
