"""Issue 17: a final evaluation whose seal does not verify is never printed or verified as the
evaluation in force; a revision still in draft leaves the final one (and its printed copies)
in force."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest

from kinerja_desktop.cli import EXIT_INVALID, EXIT_OK, run
from kinerja_desktop.errors import KinerjaError
from kinerja_desktop.services.documents import DocumentService, SealBrokenError, seal_holds
from kinerja_desktop.services.evaluations import EvaluationService


def final_evaluation(db) -> int:
    return next(r.id for r in EvaluationService(db).evaluations() if r.final)


def printed(db) -> int:
    return db.execute_sql('SELECT count(*) FROM "printed_document"').fetchone()[0]


def tamper(db, evaluation_id: int) -> None:
    """What a file from elsewhere can carry: the content changed, the seal left as it was."""
    (text,) = db.execute_sql('SELECT "content_json" FROM "evaluation" WHERE id = ?',
                                    (evaluation_id,)).fetchone()
    assert '"notes": "' in text
    with db.atomic():
        db.execute_sql('UPDATE "evaluation" SET "content_json" = ? WHERE id = ?',
                              (text.replace('"notes": "', '"notes": "Diubah diam-diam. ', 1),
                               evaluation_id))


def cli(*argv) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run([str(a) for a in argv], out, err)
    return code, out.getvalue(), err.getvalue()


def test_the_demo_seals_hold(demo_db):
    service = EvaluationService(demo_db)
    assert all(seal_holds(r, service.settings()) for r in service.evaluations())


def test_a_final_evaluation_with_a_broken_seal_is_not_printed(demo_db, tmp_path):
    evaluation_id = final_evaluation(demo_db)
    tamper(demo_db, evaluation_id)
    record = EvaluationService(demo_db).get(evaluation_id)
    assert not seal_holds(record, EvaluationService(demo_db).settings())
    service = DocumentService(demo_db)
    before = printed(demo_db)
    with pytest.raises(SealBrokenError) as refused:
        service.print("evaluasi", evaluation_id, tmp_path / "satu.pdf")
    assert record.official_name in str(refused.value)
    assert f"id {evaluation_id}" in str(refused.value)
    assert "tidak dicetak" in str(refused.value)
    with pytest.raises(SealBrokenError, match=record.official_name):
        service.print_batch(service.final_evaluations(), tmp_path / "semua.pdf", False)
    assert printed(demo_db) == before  # nothing registered, no code handed out
    assert not (tmp_path / "satu.pdf").exists() and not (tmp_path / "semua.pdf").exists()


def test_a_code_printed_before_the_seal_broke_is_not_in_force(demo_db):
    evaluation_id = final_evaluation(demo_db)
    service = DocumentService(demo_db)
    _sheet, record = service.prepare("evaluasi", evaluation_id)
    assert service.verify(record.code).current
    tamper(demo_db, evaluation_id)
    result = service.verify(record.code)
    assert result.found and not result.matches and not result.current
    assert result.message.startswith("PERINGATAN") and "segel" in result.message


def test_cli_print_batch_and_verify_document_refuse_a_broken_seal(demo_db, tmp_path):
    path = demo_db.location
    evaluation_id = final_evaluation(demo_db)
    _sheet, record = DocumentService(demo_db).prepare("evaluasi", evaluation_id)
    tamper(demo_db, evaluation_id)
    name = EvaluationService(demo_db).get(evaluation_id).official_name
    demo_db.close()
    code, out, err = cli("--db", path, "print", "batch", "-o", tmp_path / "semua.pdf")
    assert code == EXIT_INVALID and out == "" and name in err and "segel" in err
    assert "Traceback" not in err and not (tmp_path / "semua.pdf").exists()
    code, out, err = cli("--db", path, "verify-document", record.code)
    assert code == EXIT_INVALID and "PERINGATAN" in out and "Traceback" not in err


def test_a_draft_revision_leaves_the_printed_final_in_force(demo_db, tmp_path):
    evaluation_id = final_evaluation(demo_db)
    documents = DocumentService(demo_db)
    evaluations = EvaluationService(demo_db, lambda: date(2019, 9, 22))
    _sheet, record = documents.prepare("evaluasi", evaluation_id)
    revision = evaluations.revise(evaluation_id, "Realisasi dikoreksi")
    result = documents.verify(record.code)
    assert result.matches and result.current and "versi terkini" in result.message
    assert documents.final_evaluations() == [evaluation_id]  # still the one in force
    path = demo_db.location
    demo_db.close()
    code, out, _err = cli("--db", path, "verify-document", record.code)
    assert code == EXIT_OK and "versi terkini" in out

    from kinerja_desktop.services.database import open_database_for_use
    db = open_database_for_use(path)
    try:
        evaluations = EvaluationService(db)
        content = evaluations.get(revision).content
        evaluations.finalise(revision, replace(content, notes="Koreksi"))
        later = DocumentService(db).verify(record.code)
        assert later.found and not later.current and "bukan versi terkini" in later.message
        assert DocumentService(db).final_evaluations() == [revision]
    finally:
        db.close()


def test_unreadable_evaluation_content_is_said_plainly(demo_db, tmp_path):
    evaluation_id = final_evaluation(demo_db)
    service = DocumentService(demo_db)
    _sheet, record = service.prepare("evaluasi", evaluation_id)
    with demo_db.atomic():
        demo_db.execute_sql('UPDATE "evaluation" SET "content_json" = ? WHERE id = ?',
                                   ('{"bukan": "evaluasi"}', evaluation_id))
    # Listing the batch reads no content (it runs on the window's UI thread); printing it
    # says what is wrong and leaves no file, in one PDF or one per official.
    assert service.final_evaluations() == [evaluation_id]
    out = tmp_path / "keluaran"
    out.mkdir()
    for one_per_official, target in ((False, out / "batch.pdf"), (True, out / "folder")):
        with pytest.raises(KinerjaError, match="rusak"):
            service.print_batch([evaluation_id], target, one_per_official)
    with pytest.raises(KinerjaError, match="rusak"):
        service.print("evaluasi", evaluation_id, out / "x.pdf")
    assert [p for p in out.rglob("*") if p.is_file()] == []
    result = service.verify(record.code)
    assert result.found and not result.current and "rusak" in result.message
