"""A small read-only table model over a Python list, for the dialogs' short tables."""

from __future__ import annotations

from typing import Generic, TypeVar
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

T = TypeVar("T")


class ListTableModel(QAbstractTableModel, Generic[T]):
    """Rows are `items`; subclasses name their columns in HEADERS (QT_TRANSLATE_NOOP'd with
    the subclass's name as context) and answer data()."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[T] = []

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def item(self, index: QModelIndex) -> T | None:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        return self.items[index.row()]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return self.tr(self.HEADERS[section])
        return None
