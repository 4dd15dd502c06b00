"""The evaluation wizard's target table: realisation, evidence seen, the evaluator's note and
feedback (umpan balik), and under PP 46/2011 each activity's quality, time and cost (Perka BKN
1/2013), edited in place on the wizard's working copy; achievement and value follow live."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QStyledItemDelegate, QWidget

from kinerja_desktop.domain import evaluations as rules
from kinerja_desktop.domain import scoring
from kinerja_desktop.domain.achievement import POLARITIES, POLARITY_MARKS, target_text
from kinerja_desktop.domain.evaluations import MAX_NOTE, EvaluationContent, TargetAssessment
from kinerja_desktop.domain.programs import TARGET_KINDS, format_number, label
from kinerja_desktop.domain.scheme_catalog import MATRIX_2022, PP46, WEIGHTED
from kinerja_desktop.errors import Problem
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
    ("arah", QT_TRANSLATE_NOOP("AssessmentModel", "Arah")),
    ("bobot", QT_TRANSLATE_NOOP("AssessmentModel", "Bobot (%)")),
    ("target", QT_TRANSLATE_NOOP("AssessmentModel", "Target")),
    ("realisasi", QT_TRANSLATE_NOOP("AssessmentModel", "Realisasi")),
    ("capaian", QT_TRANSLATE_NOOP("AssessmentModel", "Capaian")),
    ("nilai", QT_TRANSLATE_NOOP("AssessmentModel", "Nilai")),
    ("kualitas_target", QT_TRANSLATE_NOOP("AssessmentModel", "Target\nkualitas")),
    ("kualitas", QT_TRANSLATE_NOOP("AssessmentModel", "Realisasi\nkualitas")),
    ("waktu_target", QT_TRANSLATE_NOOP("AssessmentModel", "Target\nwaktu")),
    ("waktu", QT_TRANSLATE_NOOP("AssessmentModel", "Realisasi\nwaktu")),
    ("biaya_target", QT_TRANSLATE_NOOP("AssessmentModel", "Target\nbiaya (Rp)")),
    ("biaya", QT_TRANSLATE_NOOP("AssessmentModel", "Realisasi\nbiaya (Rp)")),
    ("berkas", QT_TRANSLATE_NOOP("AssessmentModel", "Berkas")),
    ("bukti", QT_TRANSLATE_NOOP("AssessmentModel", "Bukti dilihat")),
    ("catatan", QT_TRANSLATE_NOOP("AssessmentModel", "Catatan penilai")),
    ("umpan_balik", QT_TRANSLATE_NOOP("AssessmentModel", "Umpan balik")),
)
COLUMN = {key: number for number, (key, _header) in enumerate(COLUMNS)}
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
NUMERIC = ("no", "bobot", "target", "realisasi", "capaian", "nilai", "kualitas_target",
           "kualitas", "waktu_target", "waktu", "biaya_target", "biaya", "berkas")

# Perka BKN 1/2013's aspects of an activity: column -> (PerkaFigures field, name in messages).
PERKA: dict[str, tuple[str, str]] = {
    "kualitas_target": ("quality_target", QT_TRANSLATE_NOOP("AssessmentModel",
                                                            "target kualitas")),
    "kualitas": ("quality_realised", QT_TRANSLATE_NOOP("AssessmentModel",
                                                       "realisasi kualitas")),
    "waktu_target": ("time_target", QT_TRANSLATE_NOOP("AssessmentModel", "target waktu")),
    "waktu": ("time_realised", QT_TRANSLATE_NOOP("AssessmentModel", "realisasi waktu")),
    "biaya_target": ("cost_target", QT_TRANSLATE_NOOP("AssessmentModel", "target biaya")),
    "biaya": ("cost_realised", QT_TRANSLATE_NOOP("AssessmentModel", "realisasi biaya")),
}
TEXT_COLUMNS = ("catatan", "umpan_balik")
_GROUPED = re.compile(r"^-?\d{1,3}(\.\d{3})+$")


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


def parse_number(text: str) -> Decimal | None:
    """A number as Indonesian staff type it: '12,5', '170.395.000', '170.395.000,50',
    'Rp 1.500' (None when empty; ValueError when it is no number)."""
    value = text.strip()
    if value[:2].casefold() == "rp":
        value = value[2:].strip()
    value = value.replace(" ", "")
    if not value:
        return None
    if "," in value:
        value = value.replace(".", "").replace(",", ".")
    elif _GROUPED.match(value):
        value = value.replace(".", "")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ValueError(text) from None
    if not number.is_finite():
        raise ValueError(text)
    return number


def grouped(value: Decimal | None) -> str:
    """170395000 -> '170.395.000'; 12.5 -> '12,5' (Indonesian separators)."""
    if value is None:
        return ""
    text = f"{Decimal(value).normalize():f}"
    whole, _, fraction = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = f"{int(whole.lstrip('-') or 0):,}".replace(",", ".")
    return sign + digits + ("," + fraction if fraction else "")


def score_text(value: Decimal | None) -> str:
    """A score with two decimals and a decimal comma: 85,50 (— when there is none)."""
    if value is None:
        return "—"
    return f"{scoring.round2(value):f}".replace(".", ",")


class AssessmentModel(QAbstractTableModel):
    """Rows are the targets of the evaluation (the wizard's own list, changed in place)."""

    changed = Signal()  # a value was edited

    def __init__(self, parent=None):
        super().__init__(parent)
        self.content: EvaluationContent | None = None
        self.targets: list[TargetAssessment] = []
        self.settings = scoring.ScoringSettings()
        self.file_counts: dict[int, int] = {}
        self.read_only = False
        # Text typed into a Perka column that is no number: kept (shown red, named in the
        # problems) instead of being dropped, so the evaluator sees what went wrong.
        self.invalid: dict[tuple[int, str], str] = {}

    @property
    def scheme(self) -> str:
        return self.content.scheme if self.content is not None else WEIGHTED

    def set_content(self, content: EvaluationContent, settings: scoring.ScoringSettings,
                    file_counts: dict[int, int] | None = None) -> None:
        self.beginResetModel()
        self.content = content
        self.targets = content.targets
        self.settings = settings
        self.file_counts = dict(file_counts or {})
        self.invalid = {}
        self.endResetModel()

    def target(self, row: int) -> TargetAssessment | None:
        return self.targets[row] if 0 <= row < len(self.targets) else None

    def figures(self, row: int) -> tuple[Decimal | None, Decimal | None]:
        """(achievement in percent, value under the scheme); None while not filled in."""
        t = self.targets[row]
        if t.realised is None or self.content is None:
            return None, None
        return rules.target_figures(self.content, t, self.settings)

    def achievement(self, row: int) -> Decimal | None:
        return self.figures(row)[0]

    def hidden_columns(self) -> list[int]:
        """Columns the scheme does not use: the Perka aspects outside PP 46/2011, the value
        under PermenPANRB 6/2022 (no score)."""
        hidden = []
        if self.scheme != PP46:
            hidden += [COLUMN[key] for key in PERKA]
        if self.scheme == MATRIX_2022 and (self.content is None
                                           or self.content.scheme_version >= 2):
            hidden.append(COLUMN["nilai"])
        return hidden

    def problems(self) -> list[Problem]:
        """Figures typed that are no number, each named by its row and field."""
        found = []
        for (row, key), text in sorted(self.invalid.items()):
            found.append(Problem("aspek", self.tr(
                "Baris {0}, {1}: '{2}' bukan angka. Tulis angka seperti 12 atau 12,5.").format(
                row + 1, self.tr(PERKA[key][1]), text), row=row + 1))
        return found

    # Qt model ---------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.targets)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key = COLUMNS[section][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "nilai":
                if self.content is not None and self.content.scheme_version == 1:
                    return self.tr("Kontribusi")
                return domain_word(scoring.VALUE_HEADINGS.get(self.scheme, "")) or \
                    self.tr(COLUMNS[section][1])
            return self.tr(COLUMNS[section][1])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(key)
        return None

    def _header_tip(self, key: str) -> str | None:
        if key == "capaian":
            if self.scheme == WEIGHTED:
                return self.tr("Capaian menurut arah target, paling tinggi {0}%.").format(
                    format_number(self.settings.cap * 100))
            return self.tr("Capaian menurut arah target (naik: realisasi/target; turun: "
                           "(2 × target − realisasi)/target).")
        if key == "arah":
            return self.tr("↑ makin tinggi makin baik · ↓ makin rendah makin baik · ↔ dalam "
                           "rentang")
        if key in ("waktu_target", "waktu"):
            return self.tr("Perka BKN 1/2013: waktu dalam satuan yang sama (bulan atau hari) "
                           "pada target dan realisasi.")
        if key in ("biaya_target", "biaya"):
            return self.tr("Perka BKN 1/2013: biaya boleh kosong; tanpa target biaya, aspek "
                           "biaya tidak dihitung.")
        if key in ("kualitas_target", "kualitas"):
            return self.tr("Perka BKN 1/2013: mutu hasil kerja, target biasanya 100.")
        if key == "umpan_balik":
            return self.tr("Umpan balik penilai atas target ini (tercetak pada lembar "
                           "evaluasi).")
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
        elif key in TEXT_COLUMNS or (key in PERKA and self.scheme == PP46):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.targets):
            return None
        t = self.targets[index.row()]
        key = COLUMNS[index.column()][0]
        bad = self.invalid.get((index.row(), key))
        if role == Qt.ItemDataRole.DisplayRole:
            return bad if bad is not None else self._display(t, key, index.row())
        if role == Qt.ItemDataRole.EditRole:
            if key == "realisasi":
                return float(t.realised) if t.realised is not None else None
            if key == "catatan":
                return t.note
            if key == "umpan_balik":
                return t.feedback
            if key in PERKA:
                return bad if bad is not None else self._display(t, key, index.row())
            return self._display(t, key, index.row())
        if role == Qt.ItemDataRole.CheckStateRole:
            if key == "bukti":
                return Qt.CheckState.Checked if t.evidence_seen else Qt.CheckState.Unchecked
            if key == "realisasi" and t.measure == "selesai":
                return Qt.CheckState.Checked if (t.realised or 0) >= 1 \
                    else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(t, key, index.row())
        if role == Qt.ItemDataRole.BackgroundRole and (
                bad is not None or (key == "realisasi" and t.realised is not None
                                    and t.realised < 0)):
            return ERROR_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return RIGHT
        return None

    def _tooltip(self, t: TargetAssessment, key: str, row: int) -> str | None:
        if (row, key) in self.invalid:
            return self.tr("Bukan angka: tulis angka seperti 12 atau 12,5.")
        if key == "realisasi" and t.realised is not None and t.realised < 0:
            return self.tr("Realisasi tidak boleh negatif.")
        if key == "arah":
            return domain_word(POLARITIES.get(t.polarity, t.polarity))
        if key in ("judul", "catatan", "umpan_balik"):
            return self._display(t, key, row) or None
        return None

    def _display(self, t: TargetAssessment, key: str, row: int) -> str:
        if key == "no":
            return str(row + 1)
        if key == "judul":
            kind = domain_word(label(TARGET_KINDS, t.kind))
            return f"{t.title} ({kind})" if t.kind == "inovasi" else t.title
        if key == "arah":
            return POLARITY_MARKS.get(t.polarity, "")
        if key == "bobot":
            return format_number(t.weight)
        if key == "target":
            if t.measure == "selesai":
                return self.tr("selesai")
            shown = target_text(t.polarity, t.target_value, t.target_max, format_number)
            return f"{shown} {t.unit}".strip()
        if key == "realisasi":
            if t.realised is None:
                return self.tr("(belum diisi)")
            if t.measure == "selesai":
                return self.tr("selesai") if t.realised >= 1 else self.tr("belum")
            return f"{format_number(t.realised)} {t.unit}".strip()
        if key == "capaian":
            value = self.achievement(row)
            return "—" if value is None else f"{format_number(value)}%"
        if key == "nilai":
            value = self.figures(row)[1]
            return score_text(value)
        if key in PERKA:
            return grouped(getattr(t.perka, PERKA[key][0]))
        if key == "berkas":
            count = self.file_counts.get(t.target_id or -1, 0)
            return str(count) if count else "—"
        if key == "bukti":
            return ""
        if key == "catatan":
            return t.note
        if key == "umpan_balik":
            return t.feedback
        return ""

    def setData(self, index: QModelIndex | QPersistentModelIndex, value,  # noqa: N802 - Qt's name
                role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only or \
                not self.flags(index) & (Qt.ItemFlag.ItemIsEditable
                                         | Qt.ItemFlag.ItemIsUserCheckable):
            return False
        row = index.row()
        t = self.targets[row]
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
            elif key == "umpan_balik":
                t.feedback = str(value or "").strip()
            elif key in PERKA:
                self._set_perka(row, t, key, value)
            else:
                return False
        else:
            return False
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.changed.emit()
        return True

    def _set_perka(self, row: int, t: TargetAssessment, key: str, value) -> None:
        """A Perka figure typed: a number is kept in the target, other text is kept as typed
        and named in the problems until it is corrected."""
        try:
            number = value if isinstance(value, Decimal) or value is None else \
                parse_number(str(value))
        except ValueError:
            self.invalid[(row, key)] = str(value).strip()
            return
        self.invalid.pop((row, key), None)
        t.perka = replace(t.perka, **{PERKA[key][0]: number})


class AssessmentDelegate(QStyledItemDelegate):
    """A spin box for a realisation (its lowest value meaning "not filled in"), a line for a
    note, feedback or a Perka figure (typed the Indonesian way: 12,5 or 170.395.000)."""

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
            if key in PERKA:
                editor.setObjectName("perkaEditor")
                editor.setMaxLength(40)
                editor.setAlignment(Qt.AlignmentFlag.AlignRight)
            else:
                editor.setObjectName("feedbackEditor" if key == "umpan_balik"
                                     else "noteEditor")
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
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
            return
        super().setModelData(editor, model, index)
