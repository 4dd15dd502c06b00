"""Batch printing on a shared server (issue 20: "long operations (import, batch printing,
merge into the server) take the locks they need and say who holds them when they wait"): the
batch holds its evaluations against changes while it prints, a colleague's save of one waits
and is told whom for, and a batch that finds one being saved says whom it waits for. Needs
KINERJA_TEST_DATABASE_URL (the server pass)."""

from __future__ import annotations

import threading
import time

import pytest

from kinerja_desktop.errors import DatabaseLockedError
from kinerja_desktop.services.documents import DocumentService
from kinerja_desktop.storage import server_locks
from kinerja_desktop.storage.database import set_actor_provider
from kinerja_desktop.storage.models import Evaluation
from kinerja_desktop.storage.server import open_server
from tests.helpers.evaluation_batch import build_batch
from tests.helpers.fixtures import SERVER_SKIP, server_url

pytestmark = pytest.mark.skipif(not server_url(), reason=SERVER_SKIP)
PC = server_locks.pc_name()[:20]


@pytest.fixture
def batch(db):
    return build_batch(db, 3)


def test_a_colleagues_save_of_a_sheet_being_printed_waits_and_names_the_printer(
        db, batch, tmp_path):
    colleague = open_server(db.server)
    colleague.execute_sql("SET lock_timeout = '300ms'")  # the app waits 15 s; the test less
    refused: list[str] = []

    def after_a_sheet(done: int, _total: int) -> None:
        if done == 1:  # mid-batch: a colleague saves the last sheet's evaluation
            # (a save that changes nothing still takes the row, as any save does)
            try:
                with colleague.atomic():
                    colleague.update(Evaluation, status=Evaluation.status).where(
                        Evaluation.id == batch[-1]).execute()
            except DatabaseLockedError as exc:
                refused.append(str(exc))
    set_actor_provider(lambda: "Ani")
    try:
        records = DocumentService(db).print_batch(batch, tmp_path / "semua.pdf", False,
                                                  progress=after_a_sheet)
        assert len(records) == len(batch)
        assert len(refused) == 1 and refused[0].startswith(
            f"Data ini sedang dipakai oleh Ani ({PC}) di server (")
        with colleague.atomic():  # once the batch has ended, the save goes through
            colleague.update(Evaluation, status=Evaluation.status).where(
                Evaluation.id == batch[-1]).execute()
    finally:
        set_actor_provider(None)
        colleague.close()


def test_a_batch_that_finds_a_sheet_being_saved_says_whom_it_waits_for(db, batch, tmp_path):
    holding = threading.Event()

    def budi_saving() -> None:
        budi = open_server(db.server)
        try:
            with budi.atomic():
                budi.update(Evaluation, status=Evaluation.status).where(
                    Evaluation.id == batch[0]).execute()
                holding.set()
                time.sleep(1.5)
        finally:
            budi.close()
    set_actor_provider(lambda: "Budi")
    saver = threading.Thread(target=budi_saving)
    saver.start()
    try:
        assert holding.wait(10)
        said: list[str] = []
        started = time.monotonic()
        records = DocumentService(db).print_batch(batch, tmp_path / "semua.pdf", False,
                                                  waiting=said.append)
        waited = time.monotonic() - started
    finally:
        saver.join(30)
        set_actor_provider(None)
    assert len(records) == len(batch) and waited > 1.0
    assert said == [f"Menunggu Budi ({PC}) selesai menyimpan data di server…"]


def test_a_batch_that_gives_up_prints_nothing_and_names_who_holds_it(db, batch, tmp_path):
    db.execute_sql("SET lock_timeout = '300ms'")  # the hold waits as long as this session
    before = printed(db)
    budi = open_server(db.server)
    set_actor_provider(lambda: "Budi")
    try:
        with budi.atomic():
            budi.update(Evaluation, status=Evaluation.status).where(
                Evaluation.id == batch[1]).execute()
            with pytest.raises(DatabaseLockedError) as caught:
                DocumentService(db).print_batch(batch, tmp_path / "semua.pdf", False)
    finally:
        set_actor_provider(None)
        budi.close()
    assert str(caught.value).startswith(f"Data sedang dipakai oleh Budi ({PC}) di server (")
    assert "tidak ada yang dicetak" in str(caught.value)
    assert not (tmp_path / "semua.pdf").exists()
    assert printed(db) == before  # no sheet registered


def printed(db) -> int:
    return db.execute_sql("SELECT count(*) FROM printed_document").fetchone()[0]
