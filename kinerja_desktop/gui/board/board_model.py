"""The monitoring board as a Qt table model: one row per program (a BoardRow), read-only."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kinerja_desktop.domain.board import FLAGS, BoardRow
from kinerja_desktop.domain.board_chart import predicate_colour, predicate_rank
from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.domain.periods import kind_label
from kinerja_desktop.domain.programs import STATUSES, format_number
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.formatting import format_date
from kinerja_desktop.gui.shared.i18n import QT_TRANSLATE_NOOP

PROGRAM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OFFICIAL_ID_ROLE = Qt.ItemDataRole.UserRole + 2
FRACTION_ROLE = Qt.ItemDataRole.UserRole + 3  # float 0..1: how far into the period today is
TARGETS_ROLE = Qt.ItemDataRole.UserRole + 4  # [(weight %, achievement or None), …]
FLAGS_ROLE = Qt.ItemDataRole.UserRole + 5  # the flag codes, most urgent first
EVALUATION_ID_ROLE = Qt.ItemDataRole.UserRole + 6  # the latest evaluation's id, or None
SORT_ROLE = Qt.ItemDataRole.UserRole + 7

# Flag code -> (short text for the chip, colour); the long labels are the domain's FLAGS
# (shown through domain_word).
FLAG_STYLE: dict[str, tuple[str, str]] = {
    "terlambat": (QT_TRANSLATE_NOOP("BoardModel", "Terlambat"), "#c62828"),
    "evaluasi_segera": (QT_TRANSLATE_NOOP("BoardModel", "Evaluasi ≤ 14 hr"), "#e65100"),
    "tanpa_progres": (QT_TRANSLATE_NOOP("BoardModel", "Tanpa progres"), "#6a1b9a"),
    "bobot_belum_disepakati": (QT_TRANSLATE_NOOP("BoardModel", "Belum disepakati"), "#546e7a"),
}
assert set(FLAG_STYLE) == set(FLAGS)


def day_fraction(row: BoardRow) -> float:
    """0 before the start, 1 on the last day and after."""
    p = row.position
    if p is None or p.total <= 0:
        return 0.0
    return min(max(p.day, 0), p.total) / p.total


class BoardModel(QAbstractTableModel):
    """Programs on the board, in the order last sorted (by name at first)."""

    COLUMNS = (
        ("pejabat", QT_TRANSLATE_NOOP("BoardModel", "Pejabat")),
        ("unit", QT_TRANSLATE_NOOP("BoardModel", "Unit")),
        ("hari", QT_TRANSLATE_NOOP("BoardModel", "Hari")),
        ("progres", QT_TRANSLATE_NOOP("BoardModel", "Progres")),
        ("target", QT_TRANSLATE_NOOP("BoardModel", "Target")),
        ("tanda", QT_TRANSLATE_NOOP("BoardModel", "Tanda")),
        ("evaluasi", QT_TRANSLATE_NOOP("BoardModel", "Evaluasi")),
    )
    COLUMN = {key: n for n, (key, _label) in enumerate(COLUMNS)}

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[BoardRow] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._flag_brushes = {code: QBrush(QColor(colour))
                              for code, (_text, colour) in FLAG_STYLE.items()}

    # Rows -------------------------------------------------------------------------------------
    def set_rows(self, rows: list[BoardRow]) -> None:
        """Show these rows (sorted as the view last asked)."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._rows.sort(key=self._sort_key(self._sort[0]),
                            reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def rows(self) -> list[BoardRow]:
        return list(self._rows)

    def board_row(self, row: int) -> BoardRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, program_id: int) -> int | None:
        for n, row in enumerate(self._rows):
            if row.program_id == program_id:
                return n
        return None

    def replace_row(self, program_id: int, row: BoardRow | None) -> bool:
        """One program read again: its cells change in place (the row keeps its place), or
        the row goes (None: the program is gone or left the board). False if not shown."""
        n = self.row_of(program_id)
        if n is None:
            return False
        if row is None:
            self.beginRemoveRows(QModelIndex(), n, n)
            del self._rows[n]
            self.endRemoveRows()
        else:
            self._rows[n] = row
            self.dataChanged.emit(self.index(n, 0), self.index(n, len(self.COLUMNS) - 1))
        return True

    # Qt model interface -----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.COLUMNS)):
            return self.tr(self.COLUMNS[section][1])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self.board_row(index.row())
        if row is None:
            return None
        key = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        if role == PROGRAM_ID_ROLE:
            return row.program_id
        if role == OFFICIAL_ID_ROLE:
            return row.official_id
        if role == FRACTION_ROLE:
            return day_fraction(row)
        if role == TARGETS_ROLE:
            return [(float(t.weight), t.achievement) for t in row.targets]
        if role == FLAGS_ROLE:
            return list(row.flags)
        if role == EVALUATION_ID_ROLE:
            return row.evaluations[-1].id if row.evaluations else None
        if role == SORT_ROLE:
            return self._sort_key(index.column())(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "tanda" and row.flags:
                return self._flag_brushes[row.flags[0]]
            if key == "evaluasi" and row.latest_predicate:
                return QBrush(QColor(predicate_colour(row.latest_predicate)))
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("progres", "hari"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: BoardRow, key: str) -> str:
        if key == "pejabat":
            return row.official_name
        if key == "unit":
            return row.unit_label
        if key == "hari":
            p = row.position
            if p is None:
                return ""
            if p.day < 1:
                return self.tr("Belum mulai")
            if p.finished:
                return self.tr("Selesai")
            return f"{p.day}/{p.total}"
        if key == "progres":
            progress = row.progress
            return "—" if progress is None else f"{progress:.0f}%"
        if key == "target":
            return (self.tr("{0} target").format(len(row.targets)) if row.targets
                    else self.tr("Belum ada target"))
        if key == "tanda":
            return ", ".join(self.tr(FLAG_STYLE[code][0]) for code in row.flags)
        finals = row.final_evaluations()
        if finals:
            latest = finals[-1]
            text = domain_word(latest.predicate)
            if latest.score is not None:
                text += f" ({format_number(latest.score)})"
            return text + (f" · {len(finals)}×" if len(finals) > 1 else "")
        if row.evaluations:
            return self.tr("Draft evaluasi")
        return "—"

    def _tooltip(self, row: BoardRow, key: str) -> str | None:
        if key == "pejabat":
            return "\n".join((row.official_name, self.tr("NIP {0}").format(format_nip(row.nip)),
                              row.post_title,
                              self.tr("Program {0}, {1} – {2} · {3}").format(
                                  domain_word(kind_label(row.kind)),
                                  format_date(row.start_date), format_date(row.end_date),
                                  domain_word(STATUSES.get(row.status, row.status)))))
        if key == "unit":
            return row.unit_name
        if key == "hari":
            return self._day_text(row) + "\n" + self.tr("{0} – {1}").format(
                format_date(row.start_date), format_date(row.end_date))
        if key in ("progres", "target"):
            return self._targets_text(row)
        if key == "tanda":
            if not row.flags:
                return self.tr("Tidak ada yang perlu diperhatikan")
            return "\n".join(domain_word(FLAGS[code]) for code in row.flags)
        if not row.evaluations:
            return self.tr("Belum ada evaluasi")
        lines = []
        for e in row.evaluations:
            if e.status == "final":
                text = domain_word(e.predicate) + (
                    f" ({format_number(e.score)})" if e.score is not None else "")
                lines.append(self.tr("{0}: final, {1}").format(format_date(e.date), text))
            else:
                lines.append(self.tr("{0}: draft").format(format_date(e.date)))
        return "\n".join(lines) + "\n" + self.tr("Klik dua kali untuk membuka evaluasi terakhir")

    def _day_text(self, row: BoardRow) -> str:
        p = row.position
        if p is None:
            return ""
        if p.day < 1:
            return self.tr("Belum dimulai (mulai {0} hari lagi)").format(1 - p.day)
        if p.finished:
            return self.tr("Selesai ({0} hari)").format(p.total)
        return self.tr("Hari ke-{0} dari {1}, sisa {2} hari").format(p.day, p.total,
                                                                      p.total - p.day)

    def _targets_text(self, row: BoardRow) -> str:
        if not row.targets:
            return self.tr("Belum ada target")
        progress = row.progress
        lines = [self.tr("Progres tertimbang: {0}").format(
            "—" if progress is None else f"{progress:.0f}%")]
        for t in row.targets:
            title = t.title if len(t.title) <= 60 else t.title[:59] + "…"
            if t.achievement is None:
                lines.append(self.tr("• {0} (bobot {1}%): belum ada laporan").format(
                    title, format_number(t.weight)))
            else:
                lines.append(self.tr("• {0} (bobot {1}%): capaian {2}%").format(
                    title, format_number(t.weight), f"{t.achievement * 100:.0f}"))
        return "\n".join(lines)

    # Sorting ----------------------------------------------------------------------------------
    def _sort_key(self, column: int):
        key = self.COLUMNS[column][0] if 0 <= column < len(self.COLUMNS) else "pejabat"

        def name(row: BoardRow) -> str:
            return row.official_name.casefold()

        if key == "unit":
            return lambda r: (r.unit_label.casefold(), name(r))
        if key == "hari":
            return lambda r: (r.position.day if r.position else 0, name(r))
        if key == "progres":
            return lambda r: (-1.0 if r.progress is None else r.progress, name(r))
        if key == "target":
            return lambda r: (len(r.targets), name(r))
        if key == "tanda":
            order = list(FLAGS)
            return lambda r: (len(r.flags), [-order.index(c) for c in r.flags], name(r))
        if key == "evaluasi":
            def evaluation(r: BoardRow):
                finals = r.final_evaluations()
                last = finals[-1] if finals else None
                return (predicate_rank(last.predicate) if last else -1,
                        float(last.score) if last and last.score is not None else -1.0,
                        name(r))
            return evaluation
        return lambda r: (name(r), r.start_date, r.program_id)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self._rows[i.row()].program_id if 0 <= i.row() < len(self._rows) else None
               for i in old]
        self._rows.sort(key=self._sort_key(column),
                        reverse=order == Qt.SortOrder.DescendingOrder)
        where = {r.program_id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(old, [
            self.index(where[pid], i.column()) if pid in where else QModelIndex()
            for pid, i in zip(ids, old, strict=True)])
        self.layoutChanged.emit()
