"""Editors for the target table: combo boxes for kinds and lists, spin boxes for numbers, a
date edit limited to the program's days."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDoubleSpinBox, QLineEdit,
                               QStyledItemDelegate, QWidget)

from kinerja_desktop.domain import programs as rules
from kinerja_desktop.errors import ValidationError
from kinerja_desktop.gui.programs.target_model import COLUMNS, SELESAI, TargetModel
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.formatting import locale, to_qdate
from kinerja_desktop.gui.shared.date_edit import TypedDateEdit
from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.gui.shared.widgets import combo_line_edit, make_date_edit


def _refuse(field: str, message: str) -> None:
    raise ValidationError.single(field, message)


class TargetDelegate(QStyledItemDelegate):
    """Chooses each column's editor; the model turns the value into a saved change."""

    def __init__(self, model: TargetModel, parent=None):
        super().__init__(parent)
        self.model = model

    def _header(self) -> str:
        """The due-date column's title as the table shows it (translated there)."""
        column = next(n for n, c in enumerate(COLUMNS) if c[0] == "tenggat")
        return str(self.model.headerData(column, Qt.Orientation.Horizontal))

    def _key(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return COLUMNS[index.column()][0]

    def createEditor(self, parent: QWidget, option,  # noqa: N802 - Qt's name
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        key = self._key(index)
        if key in ("jenis", "prioritas", "pembangunan"):
            combo = QComboBox(parent)
            items: list[tuple[str | int | None, str]]  # codes, or a priority's id
            if key == "jenis":
                items = [(c, domain_word(t)) for c, t in rules.TARGET_KINDS.items()]
            elif key == "prioritas":
                items = [(c, domain_word(t)) for c, t in rules.PRIORITIES.items()]
            else:
                items = [(None, self.tr("(tidak ada)"))] + [
                    (p.id, p.display) for p in self.model.priorities.values() if p.active]
            for code, text in items:
                combo.addItem(text, code)
            combo.setObjectName(f"{key}Editor")
            return combo
        if key == "satuan":
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for unit in rules.COMMON_UNITS:
                combo.addItem(unit, unit)
            combo.addItem(self.tr("Selesai/Belum (tanpa angka)"), SELESAI)
            combo_line_edit(combo).setMaxLength(rules.MAX_UNIT)
            combo.setObjectName("satuanEditor")
            return combo
        if key in ("target", "bobot"):
            spin = QDoubleSpinBox(parent)
            spin.setLocale(locale())
            spin.setDecimals(2)
            if key == "bobot":
                spin.setRange(0, 100)
                spin.setSuffix(" %")
            else:
                spin.setRange(0.01, 1_000_000_000)
            spin.setObjectName(f"{key}Editor")
            return spin
        if key == "tenggat":
            edit = make_date_edit(parent)
            program = self.model.program
            if program is not None:
                # The day before the start stands for "no due date".
                edit.setMinimumDate(to_qdate(program.start_date - timedelta(days=1)))
                edit.setMaximumDate(to_qdate(program.end_date))
                edit.setSpecialValueText(self.tr("(tanpa tenggat)"))
            edit.setObjectName("tenggatEditor")
            return edit
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(rules.MAX_TITLE if key == "judul" else rules.MAX_TEXT)
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Qt commits a spin box on Enter or Tab after re-reading its text, which puts the old
        # due date back over text that is not a date; refuse aloud and keep the cell open.
        if (isinstance(editor, TypedDateEdit) and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab,
                                    Qt.Key.Key_Backtab)
                and editor.problem()):
            attempt(editor.window(), lambda: _refuse(self._header(), editor.problem()))
            return True
        return super().eventFilter(editor, event)

    def setEditorData(self, editor: QWidget,  # noqa: N802 - Qt's name
                      index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        key = self._key(index)
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            if found >= 0:
                editor.setCurrentIndex(found)
            elif editor.isEditable():
                editor.setEditText(str(value or ""))
            return
        if isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value or 0))
            editor.selectAll()
            return
        if key == "tenggat" and isinstance(editor, QDateEdit):
            editor.setDate(value if isinstance(value, QDate) and value.isValid()
                           else editor.minimumDate())
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model,  # noqa: N802 - Qt's name
                     index: QModelIndex | QPersistentModelIndex) -> None:
        key = self._key(index)
        if isinstance(editor, QComboBox):
            if editor.isEditable():
                text = editor.currentText().strip()
                chosen = editor.currentData() if editor.currentIndex() >= 0 and \
                    editor.itemText(editor.currentIndex()) == text else None
                model.setData(index, SELESAI if chosen == SELESAI else text)
            else:
                model.setData(index, editor.currentData())
            return
        if isinstance(editor, QDoubleSpinBox):
            editor.interpretText()
            value = editor.value()
            model.setData(index, f"{value:.2f}" if key == "bobot" else value)
            return
        if key == "tenggat" and isinstance(editor, QDateEdit):
            if isinstance(editor, TypedDateEdit) and editor.problem():
                # Text that is not a date (or lies outside the program) must not quietly
                # keep the old due date: say so, and change nothing.
                attempt(editor.window(), lambda: _refuse(self._header(), editor.problem()))
                return
            day = editor.date()
            model.setData(index, QDate() if day == editor.minimumDate() else day)
            return
        super().setModelData(editor, model, index)
