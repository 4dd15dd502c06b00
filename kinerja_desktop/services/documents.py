"""Printing: build a document, register it (verification code, content hash), render the PDF;
and check a code read off paper against the registry and the database as it is now."""

from __future__ import annotations

import errno
import re
import secrets
import uuid as uuid_module
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO
from collections.abc import Callable

from kinerja_desktop.domain import documents as docs
from kinerja_desktop.domain.dates import format_date
from kinerja_desktop.domain import evaluations as rules
from kinerja_desktop.domain.documents import DocumentRecord, Stamp
from kinerja_desktop.domain.evaluations import EvaluationRecord
from kinerja_desktop.domain.scoring import ScoringSettings
from kinerja_desktop.domain.paper import PAPER_SIZES
from kinerja_desktop.errors import InputFileError, KinerjaError, OperationCancelled, os_reason
from kinerja_desktop.domain.options import PAPER
from kinerja_desktop.services import agreement_document, evaluation_document
from kinerja_desktop.services import settings as dataset
from kinerja_desktop.services.evaluations import EvaluationService
from kinerja_desktop.services.setup import stored_paper
from kinerja_desktop.storage import document_repo, evaluation_repo, program_repo
from kinerja_desktop.storage.database import Database

Target = str | Path | BinaryIO


@dataclass(frozen=True)
class Verification:
    """What a code (or a QR text) read off paper says."""

    found: bool
    message: str  # one Indonesian sentence for the user
    record: DocumentRecord | None = None
    matches: bool = False  # the content still hashes to what was printed
    current: bool = False  # no later revision or reprint replaced it


class DocumentService:
    """Printing and checking documents over one open database."""

    def __init__(self, db: Database, today: Callable[[], date] = date.today):
        self.db = db
        self.today = today

    # Settings ---------------------------------------------------------------------------------
    def paper(self) -> str:
        return stored_paper(self.db)

    def set_paper(self, paper: str) -> None:
        if paper not in PAPER_SIZES:
            raise KinerjaError(f"Ukuran kertas '{paper}' tidak dikenal; pilih A4 atau F4.")
        with self.db.atomic():
            dataset.set(self.db, PAPER, paper)

    # Building ---------------------------------------------------------------------------------
    def _evaluation(self, evaluation_id: int, with_images: bool):
        record = read_evaluation(self.db, evaluation_id)
        settings = EvaluationService(self.db).settings()
        refuse_a_broken_seal(record, settings)
        return record.uuid, evaluation_document.evaluation_sheet(self.db, record, settings,
                                                                 with_images)

    def _agreement(self, program_id: int, with_images: bool):
        program = program_repo.get_program(self.db, program_id, with_stats=False)
        return program.uuid, agreement_document.agreement_sheet(self.db, program_id, with_images)

    def _handover(self, handover_id: int, with_images: bool):
        from kinerja_desktop.services import handover_document
        return handover_document.build_minutes(self.db, handover_id, with_images)

    _BUILDERS = {"evaluasi": "_evaluation", "kesepakatan": "_agreement",
                 "serah_terima": "_handover"}

    def _build(self, kind: str, subject_id: int, with_images: bool):
        return getattr(self, self._BUILDERS[kind])(subject_id, with_images)

    def _new_code(self) -> str:
        while True:
            code = docs.make_code(secrets.randbelow(len(docs.CODE_ALPHABET) ** 8))
            if not document_repo.code_exists(self.db, code):
                return code

    def _stamped(self, kind: str, subject_uuid: str, document) -> tuple[object, DocumentRecord]:
        digest = docs.content_hash(document)
        record = document_repo.register(self.db, kind, subject_uuid, self._new_code(), digest,
                                        docs.DOCUMENT_KINDS[kind], document.paper,
                                        str(uuid_module.uuid4()))
        return replace(document, stamp=Stamp(record.uuid, record.code, digest)), record

    def prepare(self, kind: str, subject_id: int, with_images: bool = False):
        """The document, registered and stamped, ready to render (one transaction)."""
        with self.db.atomic():
            subject_uuid, document = self._build(kind, subject_id, with_images)
            return self._stamped(kind, subject_uuid, document)

    def print(self, kind: str, subject_id: int, target: Target,
              with_images: bool = False) -> DocumentRecord:
        """Build, register and render one document to a path or a binary file."""
        _refuse_a_folder(target)
        document, record = self.prepare(kind, subject_id, with_images)
        render_to(document, target)
        return record

    # Batch ------------------------------------------------------------------------------------
    def final_evaluations(self, inauguration_day: date | None = None) -> list[int]:
        """Ids of the final evaluations in force (not replaced by a final revision), of the
        100-day programs of an inauguration or of all programs, in name order."""
        try:
            records = evaluation_repo.list_evaluations(self.db)
        except UNREADABLE as exc:
            raise KinerjaError("Isi salah satu evaluasi di basis data rusak dan tidak dapat "
                               "dibaca; tidak ada yang dicetak.") from exc
        replaced = {r.revision_of_id for r in records if r.final and r.revision_of_id}
        ids = []
        day_programs = None
        if inauguration_day is not None:
            from kinerja_desktop.storage import board_repo
            day_programs = {row.program_id
                            for row in board_repo.board_rows(self.db, inauguration_day)}
        for r in records:
            if r.final and r.id not in replaced and (day_programs is None
                                                     or r.program_id in day_programs):
                ids.append(r.id)
        return ids

    def print_batch(self, evaluation_ids: list[int], target: Path, one_per_official: bool,
                    with_images: bool = False,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> list[DocumentRecord]:
        """All the sheets into one PDF, or one PDF per sheet into a folder. Cancelling keeps
        nothing half written: the one PDF is written to a temporary file first."""
        if not evaluation_ids:
            raise KinerjaError("Tidak ada evaluasi final untuk dicetak.")
        if not one_per_official:
            _refuse_a_folder(target)
        # Every seal before anything is registered: one bad evaluation prints nothing.
        settings = EvaluationService(self.db).settings()
        broken = [problem for problem in (
            seal_problem(read_evaluation(self.db, i), settings) for i in evaluation_ids)
            if problem]
        if broken:
            raise SealBrokenError(" ".join(_capital(p) for p in broken) + " " + NOT_PRINTED)
        total = len(evaluation_ids)
        prepared = []
        for done, evaluation_id in enumerate(evaluation_ids):
            if cancelled and cancelled():
                raise OperationCancelled("Pencetakan dibatalkan; tidak ada berkas yang ditulis.")
            prepared.append(self.prepare("evaluasi", evaluation_id, with_images))
            if progress:
                progress(done + 1, total * 2)
        if one_per_official:
            target.mkdir(parents=True, exist_ok=True)
            for done, (document, _record) in enumerate(prepared):
                if cancelled and cancelled():
                    raise OperationCancelled("Pencetakan dibatalkan.")
                name = _file_name(document)
                render_to(document, _free_path(target / name))
                if progress:
                    progress(total + done + 1, total * 2)
            return [r for _d, r in prepared]
        from kinerja_desktop import reports
        partial = target.with_name(target.name + ".sebagian")
        try:
            reports.render_many([d for d, _r in prepared], str(partial),
                                progress=(lambda d, t: progress(total + d, total * 2))
                                if progress else None, cancelled=cancelled)
            if cancelled and cancelled():
                raise OperationCancelled("Pencetakan dibatalkan; tidak ada berkas yang ditulis.")
            partial.replace(target)
        except OSError as exc:
            raise InputFileError(f"Berkas '{target}' tidak dapat ditulis: {os_reason(exc)}.") \
                from exc
        finally:
            partial.unlink(missing_ok=True)
        return [r for _d, r in prepared]

    # Checking ---------------------------------------------------------------------------------
    def verify(self, text: str) -> Verification:
        """Check a code ('K7Q2-9XPM') or a QR text ('KINERJA:code:hash16')."""
        text = text.strip()
        qr = re.fullmatch(r"KINERJA:([A-Z0-9-]+):(?:[0-9a-f-]{36}:)?([0-9a-f]{16})", text)
        code = docs.normalise_code(qr.group(1) if qr else text)
        record = document_repo.by_code(self.db, code)
        if record is None:
            return Verification(False, f"Kode {code or text!r} tidak terdaftar: dokumen ini tidak "
                                       f"dicetak dari basis data ini, atau kodenya salah ketik.")
        if qr and not record.content_hash.startswith(qr.group(2)):
            return Verification(True, f"PERINGATAN: kode {code} terdaftar, tetapi isi QR tidak "
                                      f"cocok dengan dokumen yang dicetak. Salinan ini mungkin "
                                      f"telah diubah.", record)
        broken = self._broken_seal(record)
        if broken:
            return Verification(True, f"PERINGATAN: kode {code} terdaftar, tetapi {broken} "
                                      f"Dokumen ini tidak dapat dinyatakan berlaku.", record)
        matches = self._still_matches(record)
        latest = document_repo.latest_for(self.db, record.subject_uuid)
        # A later print of the same content is the same document; another content is newer.
        current = matches and (latest is None or latest.content_hash == record.content_hash)
        printed = format_date(record.printed_at.date())
        what = f"{record.title}, dicetak {printed}"
        if not matches:
            message = (f"Kode {code}: {what}. Isi dokumen di basis data telah berubah sejak "
                       f"dicetak (mis. ada revisi); salinan ini bukan versi terkini.")
        elif not current:
            message = f"Kode {code}: {what}. Isi cocok, tetapi sudah ada cetakan yang lebih baru."
        else:
            message = f"Kode {code}: {what}. Cocok dengan basis data dan merupakan versi terkini."
        return Verification(True, message, record, matches, current)

    def _still_matches(self, record: DocumentRecord) -> bool:
        """Build the document again from today's data and compare hashes."""
        subject_id = document_repo.subject_id(self.db, record.kind, record.subject_uuid)
        if subject_id is None:
            return False
        try:
            if record.kind == "evaluasi" and self._finally_revised(subject_id):
                return False
            _uuid, document = self._build(record.kind, subject_id, False)
        except KinerjaError:
            return False
        document = replace(document, paper=record.paper)
        return docs.content_hash(document) == record.content_hash

    def _finally_revised(self, evaluation_id: int) -> bool:
        """Whether a FINAL revision replaced the evaluation: a revision still in draft leaves
        the final one in force (and its printed copies current) until it is finalised."""
        return any(read_evaluation(self.db, revision).final
                   for revision in evaluation_repo.revisions_of(self.db, evaluation_id))

    def _broken_seal(self, record: DocumentRecord) -> str | None:
        """For a printed evaluation: why the evaluation's seal fails today, or None."""
        if record.kind != "evaluasi":
            return None
        subject_id = document_repo.subject_id(self.db, record.kind, record.subject_uuid)
        if subject_id is None:
            return None
        try:
            evaluation = read_evaluation(self.db, subject_id)
        except KinerjaError:
            return "isi evaluasinya di basis data rusak dan tidak dapat dibaca."
        return seal_problem(evaluation, EvaluationService(self.db).settings())


# Seals of final evaluations ----------------------------------------------------------------------
# What reading an evaluation whose stored content is not ours raises (json, keys, types).
UNREADABLE = (ValueError, KeyError, TypeError, ArithmeticError)


def read_evaluation(db: Database, evaluation_id: int) -> EvaluationRecord:
    """The evaluation; a KinerjaError naming it when its stored content cannot be read."""
    try:
        return evaluation_repo.get(db, evaluation_id)
    except UNREADABLE as exc:
        raise KinerjaError(f"Isi evaluasi {evaluation_id} di basis data rusak dan tidak dapat "
                           f"dibaca; evaluasi ini tidak dicetak.") from exc


class SealBrokenError(KinerjaError):
    """A final evaluation's content no longer hashes to its seal: it is not printed."""


NOT_PRINTED = ("Evaluasi yang segelnya tidak cocok tidak dicetak sebagai evaluasi yang "
               "berlaku; periksa asal datanya (mis. berkas gabungan dari PC lain) dan buat "
               "revisi bila perlu.")


def seal_holds(record: EvaluationRecord, settings: ScoringSettings) -> bool:
    """Whether a final evaluation's stored content still hashes to its stored seal (a draft
    has no seal: True). Scored with the settings sealed in it; an evaluation sealed without
    them (before they were sealed in) with today's or the default ones."""
    if not record.final:
        return True
    if not record.content_hash:
        return False
    tried: list[ScoringSettings] = []
    for used in (record.content.scoring_settings(settings),
                 record.content.scoring_settings(ScoringSettings())):
        if used in tried:
            continue
        tried.append(used)
        try:
            result = rules.compute(record.content, used)
            digest = rules.content_hash(record.content, result, record.program_uuid)
        except (ArithmeticError, KeyError, TypeError, ValueError):  # content no rule can score
            return False
        if digest == record.content_hash:
            return True
    return False


def seal_problem(record: EvaluationRecord, settings: ScoringSettings) -> str | None:
    """One sentence naming a final evaluation whose seal fails, or None."""
    if seal_holds(record, settings):
        return None
    return (f"segel evaluasi final {record.official_name} tanggal {format_date(record.date)} "
            f"(id {record.id}) tidak cocok dengan isinya: isinya diubah di luar aplikasi.")


def refuse_a_broken_seal(record: EvaluationRecord, settings: ScoringSettings) -> None:
    problem = seal_problem(record, settings)
    if problem:
        raise SealBrokenError(f"{_capital(problem)} {NOT_PRINTED}")


def _capital(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def _refuse_a_folder(target: Target) -> None:
    """A folder chosen as the PDF is refused before anything is registered (writing would
    fail anyway, on Windows as 'access denied')."""
    if isinstance(target, (str, Path)) and Path(target).is_dir():
        reason = os_reason(IsADirectoryError(errno.EISDIR, "folder", str(target)))
        raise InputFileError(f"Berkas '{target}' tidak dapat ditulis: {reason}.")


def render_to(document, target: Target) -> int:
    """Render with reports/, turning file errors into a plain message."""
    from kinerja_desktop import reports
    try:
        return reports.render(document, str(target) if isinstance(target, Path) else target)
    except OSError as exc:
        raise InputFileError(f"Berkas PDF tidak dapat ditulis ({target}): {os_reason(exc)}.") \
            from exc


def _file_name(document) -> str:
    person = next((r.value for r in document.official if r.label == "NAMA"), "evaluasi")
    safe = "".join(ch if ch.isalnum() or ch in " .-_" else "_" for ch in person).strip()
    return f"Evaluasi - {safe}.pdf"


def _free_path(path: Path) -> Path:
    number = 1
    candidate = path
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
    return candidate


# Scanned signatures ----------------------------------------------------------------------------
MAX_SIGNATURE_BYTES = 2 * 1024 * 1024
_IMAGE_MAGIC = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG"}


def signature_image(db: Database, signatory_id: int) -> bytes | None:
    return document_repo.signature_png(db, signatory_id)


def set_signature_image(db: Database, signatory_id: int, path: str | Path | None) -> None:
    """Store a scanned signature (PNG or JPEG, at most 2 MB), or remove it with None."""
    content = None
    if path is not None:
        path = Path(path)
        try:
            if path.stat().st_size > MAX_SIGNATURE_BYTES:
                raise KinerjaError(f"Gambar '{path.name}' lebih dari 2 MB; pindai ulang dengan "
                                   f"resolusi lebih rendah.")
            content = path.read_bytes()
        except OSError as exc:
            raise InputFileError(f"Berkas '{path.name}' tidak dapat dibaca: {os_reason(exc)}.") \
                from exc
        if not any(content.startswith(magic) for magic in _IMAGE_MAGIC):
            raise KinerjaError(f"Berkas '{path.name}' bukan gambar PNG atau JPEG.")
    with db.atomic():
        document_repo.set_signature_png(db, signatory_id, content)
