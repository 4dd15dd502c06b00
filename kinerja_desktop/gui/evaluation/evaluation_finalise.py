"""Around finalising: the warning before a 100-day evaluation is sealed early, and the offer to
print the sheet afterwards."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kinerja_desktop.domain.evaluations import EvaluationRecord
from kinerja_desktop.domain.periods import HUNDRED_DAYS
from kinerja_desktop.gui.shared.formatting import format_date
from kinerja_desktop.services.database import Database


def early_warning(record: EvaluationRecord, evaluation_date) -> str | None:
    """The warning when a 100-day evaluation is dated before day 100, else None.

    Day 1 is the inauguration day and day 100 is day 1 + 99 calendar days (the program's end,
    shared/domain.md): the 100-day evaluation judges the whole period, so it is due then."""
    if record.program_kind != HUNDRED_DAYS or evaluation_date >= record.program_end:
        return None
    day = (evaluation_date - record.program_start).days + 1
    return QCoreApplication.translate(
        "EvaluationFinalise",
        "Evaluasi ini bertanggal {0}, baru hari ke-{1} dari 100 hari program "
        "(hari ke-1 adalah tanggal pelantikan, {2}).\n\nEvaluasi program 100 hari "
        "menilai seluruh masa program, jadi semestinya dilakukan pada hari ke-100 "
        "({3}) atau sesudahnya; hari libur dan akhir pekan tetap dihitung.\n\n"
        "Tetap finalkan sekarang, {4} hari sebelum masa program berakhir?").format(
        format_date(evaluation_date), day, format_date(record.program_start),
        format_date(record.program_end), (record.program_end - evaluation_date).days)


def confirm_early(parent: QWidget, record: EvaluationRecord, evaluation_date) -> bool:
    """True when not early, or when the user confirms finalising early (default: No)."""
    text = early_warning(record, evaluation_date)
    if text is None:
        return True
    title = QCoreApplication.translate("EvaluationFinalise", "Evaluasi sebelum hari ke-100")
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


PRINT, SAVE, LATER = "cetak", "simpan", "nanti"


def ask_print(parent: QWidget) -> str:
    """Cetak, Simpan PDF or Nanti (Esc and closing: Nanti)."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("EvaluationFinalise", "Evaluasi final"),
                      QCoreApplication.translate(
                          "EvaluationFinalise",
                          "Evaluasi telah difinalkan. Cetak lembar evaluasi sekarang?"),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("printOfferBox")
    print_button = box.addButton(QCoreApplication.translate("EvaluationFinalise", "&Cetak"),
                           QMessageBox.ButtonRole.AcceptRole)
    save_button = box.addButton(QCoreApplication.translate("EvaluationFinalise", "&Simpan PDF"),
                           QMessageBox.ButtonRole.ActionRole)
    later = box.addButton(QCoreApplication.translate("EvaluationFinalise", "&Nanti"),
                           QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(print_button)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    return PRINT if clicked is print_button else SAVE if clicked is save_button else LATER


def offer_print(parent: QWidget, db: Database, record: EvaluationRecord) -> None:
    """After finalising: print now through the shared printing, or later."""
    choice = ask_print(parent)
    if choice == LATER:
        return
    from kinerja_desktop.gui.documents.printing import print_document
    print_document(parent, db, "evaluasi", record.id, choice == SAVE,
                   f"evaluasi - {record.official_name}.pdf")
