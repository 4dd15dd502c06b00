"""The evaluation wizard's target table: realisation, evidence seen and the evaluator's note are
edited in place on the wizard's working copy; the achievement follows live."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QStyledItemDelegate, QWidget

from kinerja_desktop.domain import scoring
from kinerja_desktop.domain.evaluations import MAX_NOTE, TargetAssessment
from kinerja_desktop.domain.programs import TARGET_KINDS, format_number, label
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.formatting import locale
from kinerja_desktop.gui.shared.i18n import QT_TRANSLATE_NOOP

ERROR_BRUSH = QBrush(QColor("#fde2e1"))
MAX_REALISED = 1_000_000_000
NOT_FILLED = -0.01  # the spin box's lowest value stands for "not filled in"

# (key, header)
COLUMNS = (
    ("no", QT_TRANSLATE_NOOP("AssessmentModel", "No")),
    ("judul", QT_TRANSLATE_NOOP("AssessmentModel", "Judul target")),
    ("bobot", QT_TRANSLATE_NOOP("AssessmentModel", "Bobot (%)")),
    ("target", QT_TRANSLATE_NOOP("AssessmentModel", "Target")),
    ("realisasi", QT_TRANSLATE_NOOP("AssessmentModel", "Realisasi")),
    ("capaian", QT_TRANSLATE_NOOP("AssessmentModel", "Capaian")),
    ("berkas", QT_TRANSLATE_NOOP("AssessmentModel", "Berkas")),
    ("bukti", QT_TRANSLATE_NOOP("AssessmentModel", "Bukti dilihat")),
    ("catatan", QT_TRANSLATE_NOOP("AssessmentModel", "Catatan penilai")),
)
COLUMN = {key: number for number, (key, _header) in enumerate(COLUMNS)}
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def is_checked(value) -> bool:
    """A check state as PySide hands it over: the enum or its int."""
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    try:
        return int(value) == Qt.CheckState.Checked.value
    except (TypeError, ValueError):
        return False


def to_decimal(value) -> Decimal | None:
    """A realisation typed or spun: None when empty, two decimals at most."""
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip().replace(",", ".")
        if not value:
            return None
    try:
        number = Decimal(str(round(float(value), 2)))
    except (InvalidOperation, TypeError, ValueError, OverflowError):
        raise ValueError(value) from None
    if not number.is_finite():
        raise ValueError(value)
    return number


class AssessmentModel(QAbstractTableModel):
    """Rows are the targets of the evaluation (the wizard's own list, changed in place)."""

    changed = Signal()  # a value was edited

    def __init__(self, parent=None):
        super().__init__(parent)
        self.targets: list[TargetAssessment] = []
        self.cap = scoring.ScoringSettings().cap
        self.file_counts: dict[int, int] = {}
        self.read_only = False

    def set_targets(self, targets: list[TargetAssessment], cap: Decimal,
                    file_counts: dict[int, int] | None = None) -> None:
        self.beginResetModel()
        self.targets = targets
        self.cap = cap
        self.file_counts = dict(file_counts or {})
        self.endResetModel()

    def target(self, row: int) -> TargetAssessment | None:
        return self.targets[row] if 0 <= row < len(self.targets) else None

    def achievement(self, row: int) -> Decimal | None:
        """Achievement in percent (one decimal), None while nothing is filled in."""
        t = self.targets[row]
        if t.realised is None:
            return None
        return scoring.round1(t.as_result().achievement(self.cap) * 100)

    # Qt model ---------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.targets)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(COLUMNS[section][1])
            if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][0] == "capaian":
                return self.tr("Realisasi dibagi target, paling tinggi {0}%.").format(
                    format_number(self.cap * 100))
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        key = COLUMNS[index.column()][0]
        target = self.targets[index.row()]
        if key == "realisasi":
            if target.measure == "selesai":
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsEditable
        elif key == "bukti":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif key == "catatan":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.targets):
            return None
        t = self.targets[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(t, key, index.row())
        if role == Qt.ItemDataRole.EditRole:
            if key == "realisasi":
                return float(t.realised) if t.realised is not None else None
            if key == "catatan":
                return t.note
            return self._display(t, key, index.row())
        if role == Qt.ItemDataRole.CheckStateRole:
            if key == "bukti":
                return Qt.CheckState.Checked if t.evidence_seen else Qt.CheckState.Unchecked
            if key == "realisasi" and t.measure == "selesai":
                return Qt.CheckState.Checked if (t.realised or 0) >= 1 \
                    else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "realisasi" and t.realised is not None and t.realised < 0:
                return self.tr("Realisasi tidak boleh negatif.")
            if key in ("judul", "catatan"):
                return self._display(t, key, index.row()) or None
            return None
        if role == Qt.ItemDataRole.BackgroundRole and key == "realisasi" and \
                t.realised is not None and t.realised < 0:
            return ERROR_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("no", "bobot", "target",
                                                                 "realisasi", "capaian",
                                                                 "berkas"):
            return RIGHT
        return None

    def _display(self, t: TargetAssessment, key: str, row: int) -> str:
        if key == "no":
            return str(row + 1)
        if key == "judul":
            kind = domain_word(label(TARGET_KINDS, t.kind))
            return f"{t.title} ({kind})" if t.kind == "inovasi" else t.title
        if key == "bobot":
            return format_number(t.weight)
        if key == "target":
            if t.measure == "selesai":
                return self.tr("selesai")
            return f"{format_number(t.target_value)} {t.unit}".strip()
        if key == "realisasi":
            if t.realised is None:
                return self.tr("(belum diisi)")
            if t.measure == "selesai":
                return self.tr("selesai") if t.realised >= 1 else self.tr("belum")
            return f"{format_number(t.realised)} {t.unit}".strip()
        if key == "capaian":
            value = self.achievement(row)
            return "—" if value is None else f"{format_number(value)}%"
        if key == "berkas":
            count = self.file_counts.get(t.target_id or -1, 0)
            return str(count) if count else "—"
        if key == "bukti":
            return ""
        if key == "catatan":
            return t.note
        return ""

    def setData(self, index: QModelIndex | QPersistentModelIndex, value,  # noqa: N802 - Qt's name
                role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only or \
                not self.flags(index) & (Qt.ItemFlag.ItemIsEditable
                                         | Qt.ItemFlag.ItemIsUserCheckable):
            return False
        t = self.targets[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.CheckStateRole:
            if key == "bukti":
                t.evidence_seen = is_checked(value)
            elif key == "realisasi" and t.measure == "selesai":
                t.realised = Decimal(1) if is_checked(value) else Decimal(0)
            else:
                return False
        elif role == Qt.ItemDataRole.EditRole:
            if key == "realisasi":
                try:
                    t.realised = to_decimal(value)
                except ValueError:
                    return False
            elif key == "catatan":
                t.note = str(value or "").strip()
            else:
                return False
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), len(COLUMNS) - 1))
        self.changed.emit()
        return True


class AssessmentDelegate(QStyledItemDelegate):
    """A spin box for a realisation (its lowest value meaning "not filled in"), a line for a
    note."""

    def createEditor(self, parent: QWidget, option,  # noqa: N802 - Qt's name
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        key = COLUMNS[index.column()][0]
        if key == "realisasi":
            spin = QDoubleSpinBox(parent)
            spin.setObjectName("realisedEditor")
            spin.setLocale(locale())
            spin.setDecimals(2)
            spin.setRange(NOT_FILLED, MAX_REALISED)
            spin.setGroupSeparatorShown(True)
            spin.setSpecialValueText(self.tr("(belum diisi)"))
            return spin
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setObjectName("noteEditor")
            editor.setMaxLength(MAX_NOTE)
        return editor

    def setEditorData(self, editor: QWidget,  # noqa: N802 - Qt's name
                      index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QDoubleSpinBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setValue(NOT_FILLED if value is None else float(value))
            editor.selectAll()
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model,  # noqa: N802 - Qt's name
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QDoubleSpinBox):
            editor.interpretText()
            value = editor.value()
            model.setData(index, None if value <= NOT_FILLED else value)
            return
        super().setModelData(editor, model, index)
