"""The registry of printed documents, scanned signatures of signatories, and what a printed
sheet reads in one query where the aggregates' repositories would take one per row."""

from __future__ import annotations

from datetime import date

from kinerja_desktop.domain.documents import DOCUMENT_LAYOUT, DocumentRecord
from kinerja_desktop.errors import NotFoundError
from kinerja_desktop.storage.database import Database, as_tuples
from kinerja_desktop.storage.models import (Appointment, Attachment, BaseModel, Evaluation,
                                            Handover, PrintedDocument, ProgressUpdate, Program,
                                            Signatory)


def _record(d: PrintedDocument) -> DocumentRecord:
    return DocumentRecord(d.id, d.uuid, d.kind, d.subject_uuid, d.code, d.content_hash, d.title,
                          d.created_at, d.paper, d.layout)


def code_exists(db: Database, code: str) -> bool:
    return db.select(PrintedDocument).where(PrintedDocument.code == code).exists()


def register(db: Database, kind: str, subject_uuid: str, code: str, content_hash: str,
             title: str, paper: str, uuid: str,
             layout: int = DOCUMENT_LAYOUT) -> DocumentRecord:
    document_id = db.insert(PrintedDocument, uuid=uuid, kind=kind, subject_uuid=subject_uuid,
                            code=code, content_hash=content_hash, title=title, paper=paper,
                            layout=layout)
    return _record(db.select(PrintedDocument).where(PrintedDocument.id == document_id).get())


def by_code(db: Database, code: str) -> DocumentRecord | None:
    d: PrintedDocument | None = db.select(PrintedDocument).where(
        PrintedDocument.code == code).first()
    return _record(d) if d else None


def latest_for(db: Database, subject_uuid: str, kind: str | None = None
               ) -> DocumentRecord | None:
    """The newest print of a subject; of one kind when given (the Berita Acara and the Memori
    print the same handover)."""
    condition = PrintedDocument.subject_uuid == subject_uuid
    if kind is not None:
        condition &= PrintedDocument.kind == kind
    d: PrintedDocument | None = (
        db.select(PrintedDocument).where(condition)
        .order_by(PrintedDocument.created_at.desc(), PrintedDocument.id.desc()).first())
    return _record(d) if d else None


def signature_png(db: Database, signatory_id: int) -> bytes | None:
    row: Signatory | None = db.select(Signatory, Signatory.signature_png).where(
        Signatory.id == signatory_id).first()
    if row is None:
        raise NotFoundError(f"Penandatangan dengan id {signatory_id} tidak ditemukan.")
    return bytes(row.signature_png) if row.signature_png is not None else None


def set_signature_png(db: Database, signatory_id: int, content: bytes | None) -> None:
    if not db.update(Signatory, signature_png=content).where(
            Signatory.id == signatory_id).execute():
        raise NotFoundError(f"Penandatangan dengan id {signatory_id} tidak ditemukan.")


def subject_id(db: Database, kind: str, subject_uuid: str) -> int | None:
    """The id of what a document printed (evaluation, program, handover), None if gone."""
    model: type[BaseModel] = {"evaluasi": Evaluation, "kesepakatan": Program,
                              "serah_terima": Handover, "memori": Handover}[kind]
    row: BaseModel | None = db.select(model, model.id).where(model.uuid == subject_uuid).first()
    return row.id if row else None


def evidence_names(db: Database, target_ids: list[int], up_to: date) -> dict[int, list[str]]:
    """Per target, the names of the evidence files of its progress reports dated up to
    `up_to`, oldest report first (a report's files in the order attached): what an evaluation
    sheet prints, in one query for all of a program's targets."""
    if not target_ids:
        return {}
    query = (db.select(ProgressUpdate, ProgressUpdate.target_id, Attachment.filename)
             .join(Attachment, on=(Attachment.progress == ProgressUpdate.id))
             .where(ProgressUpdate.target.in_(target_ids) & (ProgressUpdate.date <= up_to))
             .order_by(ProgressUpdate.target_id, ProgressUpdate.date, ProgressUpdate.id,
                       Attachment.id))
    names: dict[int, list[str]] = {}
    for target_id, filename in as_tuples(query):
        names.setdefault(target_id, []).append(filename)
    return names


def post_filling(db: Database, appointment_id: int) -> tuple[str | None, int | None] | None:
    """How a post was filled (vocab.FILLING_METHODS) and its inauguration's id; None when the
    appointment is gone. One row, where the official's record would read every post."""
    row: Appointment | None = db.select(Appointment, Appointment.filling,
                                        Appointment.inauguration).where(
        Appointment.id == appointment_id).first()
    return (row.filling, row.inauguration_id) if row else None
