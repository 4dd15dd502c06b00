"""The registry of printed documents, and scanned signatures of signatories."""

from __future__ import annotations

from kinerja_desktop.domain.documents import DOCUMENT_LAYOUT, DocumentRecord
from kinerja_desktop.errors import NotFoundError
from kinerja_desktop.storage.database import Database
from kinerja_desktop.storage.models import (BaseModel, Evaluation, Handover, PrintedDocument,
                                            Program, Signatory)


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
