"""Progress reports on targets and their evidence files (kept inside the database)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path, PurePath
from collections.abc import Callable, Iterable

from kinerja_desktop.domain import programs as rules
from kinerja_desktop.domain.evidence import (HEAD_BYTES, EvidenceFile, ProgressRecord,
                                             check_file, clean_evidence_name,
                                             evidence_problem, evidence_problems)
from kinerja_desktop.domain.officials import raise_if_errors
from kinerja_desktop.domain.programs import ProgressInput
from kinerja_desktop.errors import InputFileError, KinerjaError, Problem, os_reason
from kinerja_desktop.storage import program_repo as repo
from kinerja_desktop.storage.database import Database
from kinerja_desktop.storage.program_repo import Snapshot


def read_evidence(path: str | Path) -> EvidenceFile:
    """Read a chosen file after checking its type and size (a huge file is never read)."""
    path = Path(path)
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        raise InputFileError(f"Berkas '{path.name}' tidak dapat dibaca: {os_reason(exc)}.") from exc
    raise_if_errors(check_file(path.name, size))
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise InputFileError(f"Berkas '{path.name}' tidak dapat dibaca: {os_reason(exc)}.") from exc
    # Checked again, with what it holds: the file may have grown between stat() and read, and
    # a name says nothing of the content ('laporan.pdf' may be a program).
    raise_if_errors(evidence_problems(EvidenceFile(path.name, content)))
    return EvidenceFile(clean_evidence_name(path.name, content[:HEAD_BYTES]), content)


def openable_evidence(evidence: EvidenceFile) -> EvidenceFile:
    """A stored file under the name it may be written out and opened under, when it holds an
    allowed document; otherwise a KinerjaError naming it. However the file arrived (typed,
    imported, merged, restored), a program or script is never handed to the system:
    'laporan.exe' holding a PDF becomes 'laporan.pdf'; one holding a program is refused."""
    head = evidence.content[:HEAD_BYTES]
    name = clean_evidence_name(evidence.filename, head)
    problem = evidence_problem(name, head, len(evidence.content))
    if problem is not None:  # said of the name the user sees in the list
        problem = evidence_problem(evidence.filename, head, len(evidence.content)) or problem
        raise KinerjaError(f"{problem} Berkas ini tidak dibuka dan tidak disalin keluar.")
    return EvidenceFile(name, evidence.content)


def write_for_opening(evidence: EvidenceFile, folder: str | Path) -> Path:
    """Write a stored document into a folder to open it (see openable_evidence)."""
    return write_evidence(openable_evidence(evidence), folder)


def copy_path(chosen: str | Path, evidence: EvidenceFile) -> Path:
    """Where "save a copy" writes: the chosen path, with the evidence's own extension added
    when the chosen one says another type ('salinan.exe' -> 'salinan.exe.pdf'). ``evidence``
    is what openable_evidence returned."""
    chosen = Path(chosen)
    suffix = PurePath(evidence.filename).suffix
    same = {".jpg", ".jpeg"} if suffix.lower() in (".jpg", ".jpeg") else \
        {".tif", ".tiff"} if suffix.lower() in (".tif", ".tiff") else {suffix.lower()}
    if chosen.suffix.lower() in same:
        return chosen
    return chosen.with_name(chosen.name.rstrip(". ") + suffix)


def write_evidence(evidence: EvidenceFile, folder: str | Path) -> Path:
    """Save a stored file into a folder (to open or copy it), never overwriting another file,
    under its clean name (never a program's extension, whatever name it was stored under)."""
    folder = Path(folder)
    name = clean_evidence_name(evidence.filename, evidence.content[:HEAD_BYTES])
    target = folder / name
    stem, suffix = target.stem, target.suffix
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{stem} ({number}){suffix}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target.write_bytes(evidence.content)
    except OSError as exc:
        raise InputFileError(f"Berkas '{target}' tidak dapat ditulis: {os_reason(exc)}.") from exc
    return target


class ProgressService:
    """Progress reports and evidence over one open database."""

    def __init__(self, db: Database, today: Callable[[], date] = date.today):
        self.db = db
        self.today = today

    def reports(self, target_id: int) -> list[ProgressRecord]:
        return repo.list_progress(self.db, target_id)

    def evidence(self, attachment_id: int) -> EvidenceFile:
        return repo.attachment_content(self.db, attachment_id)

    def _program_for_target(self, target_id: int):
        program = repo.get_program(self.db, repo.target_program(self.db, target_id),
                                   with_stats=False)
        if not rules.progress_allowed(program.status):
            raise KinerjaError(f"Program berstatus {rules.label(rules.STATUSES, program.status)}: "
                               f"progres tidak dapat diubah lagi.")
        return program

    def add_report(self, target_id: int, data: ProgressInput,
                   files: Iterable[EvidenceFile] = ()) -> int:
        """Record progress with its evidence files, all or nothing."""
        program = self._program_for_target(target_id)
        measure = repo.get_target(self.db, target_id).data.measure
        files = list(files)
        problems = rules.validate_progress(data, measure, program.start_date, self.today())
        for evidence in files:
            problems += evidence_problems(evidence)
        raise_if_errors(problems)
        with self.db.atomic():
            progress_id = repo.insert_progress(self.db, target_id, data)
            for evidence in files:
                repo.insert_attachment(self.db, progress_id, evidence)
        return progress_id

    def add_files(self, progress_id: int, files: Iterable[EvidenceFile]) -> list[int]:
        self._program_for_target(repo.progress_target(self.db, progress_id))
        files = list(files)
        problems = []
        for evidence in files:
            problems += evidence_problems(evidence)
        if not files:
            problems.append(Problem("bukti", "Tidak ada berkas yang dipilih."))
        raise_if_errors(problems)
        with self.db.atomic():
            return [repo.insert_attachment(self.db, progress_id, evidence) for evidence in files]

    def delete_report(self, progress_id: int) -> Snapshot:
        self._program_for_target(repo.progress_target(self.db, progress_id))
        with self.db.atomic():
            snapshot = repo.snapshot_progress(self.db, progress_id)
            repo.delete_progress(self.db, progress_id)
        return snapshot

    def delete_file(self, attachment_id: int) -> Snapshot:
        progress_id = repo.attachment_owner(self.db, attachment_id)
        self._program_for_target(repo.progress_target(self.db, progress_id))
        with self.db.atomic():
            snapshot = repo.snapshot_attachment(self.db, attachment_id)
            repo.delete_attachment(self.db, attachment_id)
        return snapshot

    def restore(self, snapshot: Snapshot) -> None:
        """Put back a deleted report or file (undo)."""
        row = snapshot.rows[0][1][0]
        target_id = row.get("target") or repo.progress_target(self.db, row["progress"])
        self._program_for_target(target_id)
        with self.db.atomic():
            repo.restore(self.db, snapshot)

