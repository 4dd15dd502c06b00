"""The selected program's targets as an editable table: edits go to the editor, which saves
them (undoably) through the services; drag and drop reorders."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from collections.abc import Callable

from PySide6.QtCore import (QAbstractTableModel, QByteArray, QDate, QMimeData, QModelIndex,
                            QPersistentModelIndex, Qt)
from PySide6.QtGui import QBrush, QColor

from kinerja_desktop.domain import programs as rules
from kinerja_desktop.domain.achievement import HIGHER, POLARITIES, POLARITY_MARKS, target_text
from kinerja_desktop.domain.programs import (DevelopmentPriority, ProgramRecord, TargetInput,
                                             TargetRecord)
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.formatting import format_date, from_qdate
from kinerja_desktop.gui.shared.i18n import QT_TRANSLATE_NOOP

MIME_TYPE = "application/x-kinerja-target-row"
SELESAI = "__selesai__"  # the unit column's choice for a done/not-done target
TARGET_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_BRUSH = QBrush(QColor("#fde2e1"))
ERROR_TEXT = QBrush(QColor("#b00020"))

# (key, header, problem field shown in this column)
COLUMNS = (
    ("no", QT_TRANSLATE_NOOP("TargetModel", "No"), None),
    ("jenis", QT_TRANSLATE_NOOP("TargetModel", "Jenis"), "jenis"),
    ("judul", QT_TRANSLATE_NOOP("TargetModel", "Judul target"), "judul"),
    ("bobot", QT_TRANSLATE_NOOP("TargetModel", "Bobot (%)"), "bobot"),
    ("target", QT_TRANSLATE_NOOP("TargetModel", "Nilai target"), "target"),
    ("satuan", QT_TRANSLATE_NOOP("TargetModel", "Satuan"), "satuan"),
    ("prioritas", QT_TRANSLATE_NOOP("TargetModel", "Kepentingan"), "prioritas"),
    ("tenggat", QT_TRANSLATE_NOOP("TargetModel", "Tenggat"), "tenggat"),
    ("indikator", QT_TRANSLATE_NOOP("TargetModel", "Indikator kinerja"), "indikator"),
    ("pembangunan", QT_TRANSLATE_NOOP("TargetModel", "Prioritas pembangunan"),
     "prioritas_pembangunan"),
    ("capaian", QT_TRANSLATE_NOOP("TargetModel", "Realisasi terakhir"), None),
)
COLUMN = {key: number for number, (key, _header, _field) in enumerate(COLUMNS)}
# The roles that show a row's problems (the only ones that need its check).
_PROBLEM_ROLES = frozenset({Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole,
                            Qt.ItemDataRole.ForegroundRole})
_RIGHT_ALIGNED = frozenset({"no", "target", "bobot", "capaian"})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
EDITABLE = frozenset({"jenis", "judul", "indikator", "target", "satuan", "bobot", "prioritas",
                      "tenggat", "pembangunan"})
# Combined once: flags() runs for every visible cell at each paint, and each | of two Qt flags
# makes a Python enum member (a sixth of the editor's first paint went to them).
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_MOVABLE = _READ_ONLY | Qt.ItemFlag.ItemIsDragEnabled
_EDITABLE_CELL = _MOVABLE | Qt.ItemFlag.ItemIsEditable
# data() runs several times for every visible cell at each paint: its roles looked up once.
_DISPLAY, _EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
_ALIGNMENT, _TOOLTIP = Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole
_BACKGROUND, _FOREGROUND = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole


class TargetModel(QAbstractTableModel):
    """Rows are the targets of one program, in their saved order."""

    def __init__(self, save: Callable[[int, TargetInput, str], bool],
                 move: Callable[[int, int], bool], parent=None):
        super().__init__(parent)
        self._save, self._move = save, move
        self.program: ProgramRecord | None = None
        self.targets: list[TargetRecord] = []
        self.priorities: dict[int, DevelopmentPriority] = {}
        # Each row's problems, checked when a cell of it is first drawn (a program of a few
        # hundred targets opens without checking rows nobody has scrolled to).
        self._problems: dict[int, dict[str, str]] = {}

    # Contents ---------------------------------------------------------------------------------
    def set_targets(self, program: ProgramRecord | None, targets: list[TargetRecord],
                    priorities: list[DevelopmentPriority]) -> None:
        same_rows = (program is not None and self.program is not None
                     and program.id == self.program.id
                     and [t.id for t in targets] == [t.id for t in self.targets])
        if not same_rows:
            self.beginResetModel()
        self.program, self.targets = program, list(targets)
        self.priorities = {p.id: p for p in priorities}
        self._problems = {}
        if same_rows:
            # The same rows with new values: an open cell editor (whose commit caused this
            # reload) stays valid, which a reset would pull out from under it.
            if self.targets:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self.targets) - 1, len(COLUMNS) - 1))
        else:
            self.endResetModel()

    def _check(self, target: TargetRecord) -> dict[str, str]:
        if self.program is None:
            return {}
        problems: dict[str, str] = {}
        for p in rules.validate_target(target.data, self.program.start_date,
                                       self.program.end_date):
            problems.setdefault(p.field, p.message)
            if p.field in ("arah", "target_maks"):  # shown on the target's cell
                problems.setdefault("target", p.message)
        if target.data.weight <= 0:
            problems.setdefault("bobot", self.tr("Beri bobot lebih dari 0 sebelum program "
                                                 "disepakati."))
        return problems

    def problems(self, row: int) -> dict[str, str]:
        """What is wrong with the row's target, by field (checked once per load)."""
        found = self._problems.get(row)
        if found is None:
            found = self._problems[row] = self._check(self.targets[row])
        return found

    def target(self, row: int) -> TargetRecord | None:
        return self.targets[row] if 0 <= row < len(self.targets) else None

    def row_of(self, target_id: int) -> int | None:
        for row, target in enumerate(self.targets):
            if target.id == target_id:
                return row
        return None

    def weight_total(self) -> Decimal:
        return sum((t.data.weight for t in self.targets), Decimal(0))

    def editable(self) -> bool:
        return self.program is not None and self.program.editable

    # Qt model ---------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.targets)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(COLUMNS[section][1])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable() else Qt.ItemFlag.NoItemFlags
        if not self.editable():
            return _READ_ONLY
        key = COLUMNS[index.column()][0]
        if key in EDITABLE and not (key == "target"
                                    and self.targets[index.row()].data.measure == "selesai"):
            return _EDITABLE_CELL
        return _MOVABLE

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self.targets):
            return None
        target = self.targets[row]
        key, _header, problem_field = COLUMNS[index.column()]
        if role == _DISPLAY:
            return self._display(target, key, row)
        if role == _EDIT:
            return self._edit_value(target, key)
        if role == TARGET_ID_ROLE:
            return target.id
        if role not in _PROBLEM_ROLES:
            if role == _ALIGNMENT and key in _RIGHT_ALIGNED:
                return _RIGHT
            return None
        problem = self.problems(row).get(problem_field) if problem_field else None
        if role == _TOOLTIP:
            if problem:
                return problem
            if key == "target" and target.data.measure == "angka":
                # The polarity in words: the cell shows only its sign ("≤ 7", "2–4").
                polarity = target.data.polarity
                return f"{POLARITY_MARKS.get(polarity, '')} " \
                       f"{domain_word(POLARITIES.get(polarity, polarity))}".strip()
            if key in ("judul", "indikator"):
                return self._display(target, key, row) or None
            return None
        if role == _BACKGROUND and problem:
            return ERROR_BRUSH
        if role == _FOREGROUND and problem:
            return ERROR_TEXT
        return None

    def _display(self, target: TargetRecord, key: str, row: int) -> str:
        d = target.data
        if key == "no":
            return str(row + 1)
        if key == "jenis":
            return domain_word(rules.label(rules.TARGET_KINDS, d.kind))
        if key == "judul":
            return d.title
        if key == "indikator":
            return d.indicator
        if key == "target":
            if d.measure == "selesai":
                return "—"
            return target_text(d.polarity, d.target_value, d.target_max, rules.format_number)
        if key == "satuan":
            if d.measure == "selesai":
                return domain_word(rules.label(rules.MEASURES, "selesai"))
            return d.unit
        if key == "bobot":
            return rules.format_number(d.weight)
        if key == "prioritas":
            return domain_word(rules.label(rules.PRIORITIES, d.priority))
        if key == "tenggat":
            return format_date(d.due_date)
        if key == "pembangunan":
            return target.priority_link_title
        if key == "capaian":
            return self._achievement_text(target)
        return ""

    def _achievement_text(self, target: TargetRecord) -> str:
        if target.latest_realised is None:
            return self.tr("belum ada laporan")
        if target.data.measure == "selesai":
            return self.tr("selesai") if target.latest_realised >= 1 else self.tr("belum")
        value = rules.format_number(round(target.latest_realised, 2))
        share = target.achievement
        percent = f" ({rules.format_number(round(share * 100, 1))}%)" if share is not None else ""
        return f"{value}{percent}"

    @staticmethod
    def _edit_value(target: TargetRecord, key: str):
        d = target.data
        if key == "jenis":
            return d.kind
        if key == "judul":
            return d.title
        if key == "indikator":
            return d.indicator
        if key == "target":
            return float(d.target_value or 0)
        if key == "satuan":
            return SELESAI if d.measure == "selesai" else d.unit
        if key == "bobot":
            return float(d.weight)
        if key == "prioritas":
            return d.priority
        if key == "tenggat":
            return QDate(d.due_date.year, d.due_date.month, d.due_date.day) if d.due_date \
                else QDate()
        if key == "pembangunan":
            return d.priority_link_id
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value,  # noqa: N802 - Qt's name
                role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable():
            return False
        target = self.targets[index.row()]
        key = COLUMNS[index.column()][0]
        try:
            new = self._changed(target.data, key, value)
        except (TypeError, ValueError):
            return False
        if new == target.data:
            return False
        header = self.tr(COLUMNS[index.column()][1])
        return self._save(target.id, new, self.tr("Ubah {0} target {1}").format(
            header.lower(), index.row() + 1))

    @staticmethod
    def _changed(d: TargetInput, key: str, value) -> TargetInput:
        if key == "jenis":
            return replace(d, kind=str(value))
        if key == "judul":
            return replace(d, title=" ".join(str(value).split()))
        if key == "indikator":
            return replace(d, indicator=str(value).strip())
        if key == "target":
            return replace(d, target_value=float(value))
        if key == "satuan":
            if value == SELESAI:
                # Done or not done has no direction and no range: they go with the number.
                return replace(d, measure="selesai", unit="", target_value=None,
                               polarity=HIGHER, target_max=None)
            unit = " ".join(str(value).split())
            return replace(d, measure="angka", unit=unit,
                           target_value=d.target_value if d.measure == "angka" else None)
        if key == "bobot":
            return replace(d, weight=rules.parse_weight(value))
        if key == "prioritas":
            return replace(d, priority=str(value))
        if key == "tenggat":
            due = from_qdate(value) if isinstance(value, QDate) and value.isValid() else (
                value if isinstance(value, date) else None)
            return replace(d, due_date=due)
        if key == "pembangunan":
            return replace(d, priority_link_id=int(value) if value else None)
        raise ValueError(key)

    # Drag and drop: rows move within the table -------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(self.targets[rows[0]].id).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return self.editable() and data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            target_id = int(bytes(data.data(MIME_TYPE)).decode())
        except ValueError:
            return False
        old = self.row_of(target_id)
        if old is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.targets)
        new = row - 1 if row > old else row  # the row leaves its place before it lands
        if new != old:
            self._move(target_id, new)
        # False: the model is reset from the database, so the view must not remove the
        # dragged row itself.
        return False
