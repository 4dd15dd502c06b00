"""Printing: build a document, register it (verification code, content hash), render the PDF;
and check a code read off paper against the registry and the database as it is now."""

from __future__ import annotations

import errno
import secrets
import uuid as uuid_module
from dataclasses import dataclass, replace
from datetime import date, datetime
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
from kinerja_desktop.domain import qr_payload
from kinerja_desktop.domain.qr_payload import QrPayload, QrTextError
from kinerja_desktop.errors import InputFileError, KinerjaError, OperationCancelled, os_reason
from kinerja_desktop.domain.options import PAPER, RANGE_DASH
from kinerja_desktop.domain.puebi import DASHES, EN_DASH
from kinerja_desktop.services import agreement_document, evaluation_document, office_key
from kinerja_desktop.services import settings as dataset
from kinerja_desktop.services.document_builder import PrintData
from kinerja_desktop.services.evaluations import EvaluationService
from kinerja_desktop.services.setup import stored_paper
from kinerja_desktop.storage import document_repo, evaluation_repo, program_repo, server_locks
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
    # A signed QR text: whether a known office key's signature holds, whose, and what the
    # QR says (so that the checker compares it with the paper).
    signed: bool = False
    issuer: str = ""  # the office, as its key file (or, for ours, the settings) names it
    key_id: str = ""
    unknown_key: bool = False  # signed by a key this database does not know
    code: str = ""
    kind: str = ""
    printed_on: date | None = None
    summary: str = ""

    @property
    def accepted(self) -> bool:
        """Whether the paper can be taken as issued and (where this database can tell) in
        force: the registry says so, or, without a registry entry here, the signature of a
        known office holds (whether it was replaced since is the issuer's to say)."""
        if self.record is None and self.signed:
            return self.matches
        return self.found and self.matches and self.current


class DocumentService:
    """Printing and checking documents over one open database."""

    def __init__(self, db: Database, today: Callable[[], date] = date.today):
        self.db = db
        self.today = today
        # Who signs the documents printed last (print, print_batch) with scanned signatures
        # asked for but none stored: "Name (heading)", for the warning the caller gives.
        self.unscanned: list[str] = []

    # Settings ---------------------------------------------------------------------------------
    def paper(self) -> str:
        return stored_paper(self.db)

    def set_paper(self, paper: str) -> None:
        if paper not in PAPER_SIZES:
            raise KinerjaError(f"Ukuran kertas '{paper}' tidak dikenal; pilih A4 atau F4.")
        with self.db.atomic():
            dataset.set(self.db, PAPER, paper)

    # Building ---------------------------------------------------------------------------------
    def _evaluation(self, evaluation_id: int, with_images: bool, batch: PrintBatch):
        record = read_evaluation(self.db, evaluation_id)
        refuse_a_broken_seal(record, batch.settings)
        return record.uuid, evaluation_document.evaluation_sheet(
            self.db, record, batch.settings, with_images, batch.shared)

    def _agreement(self, program_id: int, with_images: bool, batch: PrintBatch):
        program = program_repo.get_program(self.db, program_id, with_stats=False)
        return program.uuid, agreement_document.agreement_sheet(self.db, program_id, with_images)

    def _handover(self, handover_id: int, with_images: bool, batch: PrintBatch):
        from kinerja_desktop.services import handover_document
        return handover_document.build_minutes(self.db, handover_id, with_images)

    def _memo(self, handover_id: int, with_images: bool, batch: PrintBatch):
        from kinerja_desktop.services import handover_document
        return handover_document.build_memo(self.db, handover_id, with_images)

    _BUILDERS = {"evaluasi": "_evaluation", "kesepakatan": "_agreement",
                 "serah_terima": "_handover", "memori": "_memo"}

    def _build(self, kind: str, subject_id: int, with_images: bool,
               batch: PrintBatch | None = None):
        batch = batch or PrintBatch(self.db)
        return getattr(self, self._BUILDERS[kind])(subject_id, with_images, batch)

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
        # The QR carries the code, the hash and what the paper shows, signed by the office's
        # key (made here at the first print when the setup did not make it).
        payload = QrPayload(record.code, kind, digest, "", self.today(),
                            document_summary(document))
        signed = office_key.sign(self.db, payload)
        return replace(document, stamp=Stamp(record.uuid, record.code, digest, signed)), record

    def prepare(self, kind: str, subject_id: int, with_images: bool = False,
                batch: PrintBatch | None = None):
        """The document, registered and stamped, ready to render (one transaction). With
        images, the signers still without a scanned signature are added to `self.unscanned`.
        `batch`: what the documents of one batch read alike, read once for all of them."""
        with self.db.atomic():
            subject_uuid, document = self._build(kind, subject_id, with_images, batch)
            if with_images:
                self._note_unscanned(document)
            return self._stamped(kind, subject_uuid, document)

    def _note_unscanned(self, document) -> None:
        for signer in getattr(document, "signers", ()):
            if signer.signature_png is None:
                heading = signer.heading.strip().rstrip(",")
                who = f"{signer.name} ({heading})" if heading else signer.name
                if who not in self.unscanned:
                    self.unscanned.append(who)

    def print(self, kind: str, subject_id: int, target: Target,
              with_images: bool = False) -> DocumentRecord:
        """Build, register and render one document to a path or a binary file."""
        _refuse_a_folder(target)
        self.unscanned = []
        document, record = self.prepare(kind, subject_id, with_images)
        render_to(document, target, record.printed_at, range_dash(self.db))
        return record

    # Batch ------------------------------------------------------------------------------------
    def final_evaluations(self, inauguration_day: date | None = None) -> list[int]:
        """Ids of the final evaluations in force (not replaced by a final revision), of the
        100-day programs of an inauguration or of all programs, in name order. Their content
        is not read here (the window asks this on its UI thread): a damaged one is reported
        when the batch comes to print it, and nothing is printed."""
        finals = evaluation_repo.finals(self.db)
        replaced = {revised for _id, _program, revised in finals if revised}
        day_programs = None
        if inauguration_day is not None:
            from kinerja_desktop.storage import board_repo
            day_programs = {row.program_id
                            for row in board_repo.board_rows(self.db, inauguration_day)}
        return [evaluation_id for evaluation_id, program_id, _revised in finals
                if evaluation_id not in replaced
                and (day_programs is None or program_id in day_programs)]

    def print_batch(self, evaluation_ids: list[int], target: Path, one_per_official: bool,
                    with_images: bool = False,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None,
                    waiting: Callable[[str], None] | None = None) -> list[DocumentRecord]:
        """_print_batch, with the batch's evaluations held against changes on a server while
        it prints (the sheets are those whose seals were checked); a colleague's save of one
        of them waits, told whom for, and the batch, when it must wait for a colleague's
        save, tells `waiting` whom it waits for."""
        if not evaluation_ids:
            raise KinerjaError("Tidak ada evaluasi final untuk dicetak.")
        with server_locks.rows_held(self.db, "evaluation", evaluation_ids, self.db.location,
                                    waiting):
            return self._print_batch(evaluation_ids, target, one_per_official, with_images,
                                     progress, cancelled)

    def _print_batch(self, evaluation_ids: list[int], target: Path, one_per_official: bool,
                     with_images: bool, progress: Callable[[int, int], None] | None,
                     cancelled: Callable[[], bool] | None) -> list[DocumentRecord]:
        """All the sheets into one PDF, or one PDF per sheet into a folder. Cancelling keeps
        nothing half written: the one PDF is written to a temporary file first.

        Streamed: each sheet is read, registered, laid out and written in turn, then dropped
        (memory does not grow with the number of sheets); what every sheet shares (settings,
        letterheads, signatories, their images, the dash of ranges) is read once per batch.
        Every seal is checked before anything is registered: one bad evaluation prints
        nothing. `progress(done, total)` counts sheets."""
        self.unscanned = []
        if not one_per_official:
            _refuse_a_folder(target)
        batch = PrintBatch(self.db)
        # Every seal before anything is registered: one bad evaluation prints nothing. The
        # records are read one at a time and not kept.
        broken = [problem for problem in (
            seal_problem(read_evaluation(self.db, i), batch.settings) for i in evaluation_ids)
            if problem]
        if broken:
            raise SealBrokenError(" ".join(_capital(p) for p in broken) + " " + NOT_PRINTED)
        total = len(evaluation_ids)
        records: list[DocumentRecord] = []

        def sheets():
            """Each sheet when the layout asks for it: read, registered, stamped."""
            for evaluation_id in evaluation_ids:
                if cancelled and cancelled():
                    # One PDF per sheet: the files of the sheets before stay written.
                    raise OperationCancelled("Pencetakan dibatalkan." if one_per_official
                                             and records else CANCELLED)
                document, record = self.prepare("evaluasi", evaluation_id, with_images, batch)
                records.append(record)
                yield document

        from kinerja_desktop import reports
        if one_per_official:
            target.mkdir(parents=True, exist_ok=True)
            with reports.batch_images():  # the emblems read once for all the files
                for done, document in enumerate(sheets(), start=1):
                    render_to(document, _free_path(target / _file_name(document)),
                              records[-1].printed_at, batch.dash)
                    if progress:
                        progress(done, total)
            return records
        partial = target.with_name(target.name + ".sebagian")
        try:
            reports.render_many(sheets(), str(partial), progress=progress, cancelled=cancelled,
                                printed_at=lambda: records[-1].printed_at, dash=batch.dash,
                                total=total)
            if cancelled and cancelled():
                raise OperationCancelled(CANCELLED)
            partial.replace(target)
        except OSError as exc:
            raise InputFileError(f"Berkas '{target}' tidak dapat ditulis: {os_reason(exc)}.") \
                from exc
        finally:
            partial.unlink(missing_ok=True)
        return records

    # Checking ---------------------------------------------------------------------------------
    def verify(self, text: str) -> Verification:
        """Check a code ('K7Q2-9XPM'), a signed QR text ('KINERJA2:…': offline, against this
        office's key and the other offices' keys imported here, then against the registry
        when it has the code) or a QR text printed before issue 18 ('KINERJA:code:hash16')."""
        text = text.strip()
        if qr_payload.is_signed_text(text):
            return self._verify_signed(text)
        legacy = qr_payload.parse_legacy(text)
        code = docs.normalise_code(legacy[0] if legacy else text)
        record = document_repo.by_code(self.db, code)
        if record is None:
            return Verification(False, f"Kode {code or text!r} tidak terdaftar: dokumen ini tidak "
                                       f"dicetak dari basis data ini, atau kodenya salah ketik.")
        if legacy and not record.content_hash.startswith(legacy[1]):
            return Verification(True, f"PERINGATAN: kode {code} terdaftar, tetapi isi QR tidak "
                                      f"cocok dengan dokumen yang dicetak. Salinan ini mungkin "
                                      f"telah diubah.", record)
        return self._registry_check(record)

    def _verify_signed(self, text: str) -> Verification:
        """A signed QR text: the signature first (no registry needed), then the registry."""
        try:
            signed = qr_payload.parse(text)
        except QrTextError as exc:
            return Verification(False, f"Isi kode QR tidak dapat dibaca: {exc}. Pindai ulang, "
                                       f"atau ketik kode verifikasi yang tercetak di kaki "
                                       f"dokumen (mis. K7Q2-9XPM).")
        p = signed.payload

        def told(found: Verification, issuer: str = "", unknown_key: bool = False
                 ) -> Verification:
            """`found` with what the QR says (and, signed, by whom)."""
            return replace(found, code=p.code, kind=p.kind, printed_on=p.printed_on,
                           summary=p.summary, key_id=p.key_id, signed=bool(issuer),
                           issuer=issuer, unknown_key=unknown_key)

        key, holds = office_key.signer_of(self.db, signed)
        record = document_repo.by_code(self.db, p.code)
        in_registry = record is not None and record.content_hash == p.content_hash
        if key is None:
            unknown = (f"Kode QR {p.code} ditandatangani dengan kunci kantor {p.key_id} yang "
                       f"belum dikenal di basis data ini, jadi asal dan keutuhannya tidak dapat "
                       f"diperiksa. Minta berkas kunci publik ({office_key.KEY_FILE_SUFFIX}) "
                       f"kepada kantor penerbit, cocokkan sidik jarinya lewat telepon (diawali "
                       f"{p.key_id[:4]} {p.key_id[4:]}), lalu impor lewat menu Evaluasi → Kunci "
                       f"kantor… atau perintah `office-key import BERKAS`.")
            if in_registry:
                assert record is not None
                checked = self._registry_check(record)
                return told(replace(checked, message=f"{unknown} Kode ini terdaftar di basis "
                                                     f"data ini: {checked.message}"),
                            unknown_key=True)
            return told(Verification(False, unknown), unknown_key=True)
        if not holds:
            return told(Verification(False, f"PERINGATAN: tanda tangan kantor pada kode QR "
                                            f"{p.code} tidak cocok dengan isinya: isi QR ini "
                                            f"telah diubah (atau salah terbaca). Dokumen ini "
                                            f"tidak dapat dinyatakan asli."))
        issuer = key.office or "kantor ini"
        title = docs.DOCUMENT_KINDS.get(p.kind, p.kind)
        shows = f"; kertasnya harus menyebut: {p.summary}" if p.summary else ""
        opening = (f"Tanda tangan kantor sah: diterbitkan oleh {issuer} (kunci "
                   f"{key.key_id}). {title}, kode {p.code}, dicetak "
                   f"{format_date(p.printed_on)}{shows}.")
        if record is None:
            return told(Verification(True, f"{opening} Register dokumen kantor penerbit tidak "
                                           f"ada di basis data ini, jadi revisi atau cetakan "
                                           f"yang lebih baru tidak dapat diperiksa di sini; "
                                           f"tanyakan kepada kantor penerbit bila perlu.",
                                     matches=True), issuer)
        if not in_registry:
            return told(Verification(True, f"{opening} PERINGATAN: kode {p.code} terdaftar di "
                                           f"basis data ini dengan isi yang lain daripada yang "
                                           f"ditandatangani; tanyakan kepada kantor penerbit.",
                                     record), issuer)
        return told(self._registry_check(record, opening), issuer)

    def _registry_check(self, record: DocumentRecord, lead: str = "") -> Verification:
        """The registry's word on a printed document: its seal, whether today's data still
        build the same content, and whether a later print replaced it. `lead`: what the
        message opens with instead of the code, the title and the print date."""
        code = record.code
        broken = self._broken_seal(record)
        if broken:
            return Verification(True, f"{lead} PERINGATAN: kode {code} terdaftar, tetapi "
                                      f"{broken} Dokumen ini tidak dapat dinyatakan "
                                      f"berlaku.".lstrip(), record)
        printed = format_date(record.printed_at.date())
        lead = lead or f"Kode {code}: {record.title}, dicetak {printed}."
        if record.layout < docs.DOCUMENT_LAYOUT:
            # Printed before the official forms: today's builders make another layout, whose
            # hash says nothing about whether the data changed. Said so, not guessed.
            return Verification(True, f"{lead} Dokumen ini terdaftar, tetapi dicetak dengan "
                                      f"format lama (sebelum formulir resmi) sehingga isinya "
                                      f"tidak dapat dibandingkan otomatis dengan data "
                                      f"sekarang; cocokkan isinya dengan data di aplikasi atau "
                                      f"cetak ulang dokumennya.", record)
        matches = self._still_matches(record)
        # Of the same kind: the Memori and the Berita Acara print the same handover.
        latest = document_repo.latest_for(self.db, record.subject_uuid, record.kind)
        # A later print of the same content is the same document; another content is newer.
        current = matches and (latest is None or latest.content_hash == record.content_hash)
        if not matches:
            message = (f"{lead} Isi dokumen di basis data telah berubah sejak dicetak (mis. ada "
                       f"revisi); salinan ini bukan versi terkini.")
        elif not current:
            message = f"{lead} Isi cocok, tetapi sudah ada cetakan yang lebih baru."
        else:
            message = f"{lead} Cocok dengan basis data dan merupakan versi terkini."
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


class PrintBatch:
    """What the documents of one print (one, or a batch) read alike, read once: the scoring
    settings, the dash of ranges, and document_builder.PrintData (letterheads, signatories,
    scanned signatures). Made per print and dropped with it: nothing outlives a batch."""

    def __init__(self, db: Database):
        self.db = db
        self.shared = PrintData(db)
        self._settings: ScoringSettings | None = None
        self._dash: str | None = None

    @property
    def settings(self) -> ScoringSettings:
        if self._settings is None:
            self._settings = EvaluationService(self.db).settings()
        return self._settings

    @property
    def dash(self) -> str:
        if self._dash is None:
            self._dash = range_dash(self.db)
        return self._dash


CANCELLED = "Pencetakan dibatalkan; tidak ada berkas yang ditulis."


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


# The QR's summary -----------------------------------------------------------------------------
def document_summary(document) -> str:
    """What the paper shows, in a few words the signed QR carries (domain/qr_payload): whose
    document and its outcome ("Anas Dwisatya - Cukup (85,33)", "Jajang KH ke Abdullah"), so
    that whoever checks a QR can see whether the paper in their hand says the same."""
    outgoing = _named(getattr(document, "outgoing", ()))
    incoming = _named(getattr(document, "incoming", ()))
    if outgoing and incoming:  # the handover documents
        return qr_payload.summary_text(f"{outgoing} ke {incoming}")
    parties = getattr(document, "parties", ())
    person = (_named(getattr(document, "official", ()))
              or next((_named(getattr(p, "rows", ())) for p in parties), "")
              or next((s.name for s in getattr(document, "signers", ())), ""))
    result = list(getattr(document, "result", ()))
    at = next((i for i, row in enumerate(result) if "predikat" in row.label.lower()), None)
    if at is not None:  # an evaluation: its predicate, and the final score printed above it
        outcome = result[at].value
        if at and result[at - 1].label.lower().startswith("nilai"):
            outcome = f"{outcome} ({result[at - 1].value})"
        return qr_payload.summary_text(person, outcome)
    targets = len(getattr(document, "targets", ()))
    return qr_payload.summary_text(person, f"{targets} target" if targets else "")


def _named(rows) -> str:
    return next((row.value for row in rows
                 if row.label.strip().upper() == "NAMA" and row.value.strip("- ")), "")


def _capital(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def _refuse_a_folder(target: Target) -> None:
    """A folder chosen as the PDF is refused before anything is registered (writing would
    fail anyway, on Windows as 'access denied')."""
    if isinstance(target, (str, Path)) and Path(target).is_dir():
        reason = os_reason(IsADirectoryError(errno.EISDIR, "folder", str(target)))
        raise InputFileError(f"Berkas '{target}' tidak dapat ditulis: {reason}.")


def range_dash(db: Database) -> str:
    """The dash of ranges the office chose (options.RANGE_DASH): PUEBI's en dash or EYD V's
    em dash."""
    return DASHES.get(dataset.get(db, RANGE_DASH), EN_DASH)


def render_to(document, target: Target, printed_at: datetime | None = None,
              dash: str = EN_DASH) -> int:
    """Render with reports/, turning file errors into a plain message. `printed_at` is the
    registry's time of the print (naive UTC), which the PDF records as its creation date;
    `dash` the office's dash of ranges (range_dash)."""
    from kinerja_desktop import reports
    try:
        return reports.render(document, str(target) if isinstance(target, Path) else target,
                              printed_at=printed_at, dash=dash)
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
