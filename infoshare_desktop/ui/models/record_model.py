"""The decision list's model: a window onto the database, never the whole list.

``rowCount`` comes from one COUNT; rows are read in blocks as the view asks for
them, and only a few blocks are kept. Sorting is done by the database, so the
model stays the same size at 1,000 or 100,000 decisions.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from infoshare_desktop.services.database import StorageError
from infoshare_desktop.services.errors import ServiceError
from infoshare_desktop.services.records import RecordSort, RecordSummary
from infoshare_desktop.ui.models.tables import RecordsModel

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
#: Reads the number of rows for the current filters.
CountFn = Callable[[], int]
#: Reads one block: (sort, offset, limit) -> summaries in that order.
PageFn = Callable[[RecordSort, int, int], list[RecordSummary]]
#: Reads the count and the first block together: (sort, limit) -> (count, summaries).
FirstFn = Callable[[RecordSort, int], tuple[int, list[RecordSummary]]]

#: The database column each shown column sorts by (in ``RecordsModel.columns`` order).
SORT_KEYS = (
    "reference", "decided_at", "case_reference", "author", "recipient", "outcome", "consent",
    "status",
)


class RecordPageModel(QAbstractTableModel):
    """Decision summaries in blocks of ``block_size`` rows, ``cached_blocks`` kept at once."""

    columns = RecordsModel.columns

    def __init__(
        self,
        count: CountFn,
        page: PageFn,
        parent: QObject | None = None,
        *,
        block_size: int = 200,
        cached_blocks: int = 5,
        first: FirstFn | None = None,
    ) -> None:
        super().__init__(parent)
        self._count_fn = count
        self._page_fn = page
        self._first_fn = first
        self.block_size = block_size
        self.cached_blocks = cached_blocks
        self.sort_order = RecordSort()
        self._rows = 0
        self._blocks: OrderedDict[int, list[RecordSummary]] = OrderedDict()
        #: Whether the last read failed (the view says so rather than showing stale rows).
        self.failed = False

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Count again and forget every block; raises the service's error for the caller.

        The first block is read at once, so a broken database shows up here, in
        the view's refresh, not later in ``data()``.
        """
        if self._first_fn is not None:
            count, first = self._first_fn(self.sort_order, self.block_size)
        else:
            count = self._count_fn()
            first = self._page_fn(self.sort_order, 0, self.block_size) if count else []
        self.beginResetModel()
        self._rows = count
        self._blocks.clear()
        if first:
            self._blocks[0] = first
        self.failed = False
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = 0
        self._blocks.clear()
        self.endResetModel()

    def _block(self, number: int) -> list[RecordSummary]:
        if self._blocks and next(reversed(self._blocks)) == number:
            return self._blocks[number]  # the block just used: the usual case
        block = self._blocks.get(number)
        if block is not None:
            self._blocks.move_to_end(number)
            return block
        try:
            block = self._page_fn(self.sort_order, number * self.block_size, self.block_size)
        except (ServiceError, StorageError) as error:
            # Only the kind of error: the message could name a record.
            log.warning("Could not read part of the decision list (%s)", type(error).__name__)
            self.failed = True
            return []
        self._blocks[number] = block
        while len(self._blocks) > self.cached_blocks:
            self._blocks.popitem(last=False)
        return block

    def summary(self, row: int) -> RecordSummary | None:
        """The summary on ``row`` (read with its block if needed), or None."""
        if not 0 <= row < self._rows:
            return None
        block = self._block(row // self.block_size)
        offset = row % self.block_size
        return block[offset] if offset < len(block) else None

    def row_at(self, row: int) -> RecordSummary:
        summary = self.summary(row)
        if summary is None:
            raise IndexError(row)
        return summary

    def loaded_row_of(self, record_id: int) -> int | None:
        """The row of a record among the blocks already read (None if not among them)."""
        for number, block in self._blocks.items():
            for offset, summary in enumerate(block):
                if summary.id == record_id:
                    return number * self.block_size + offset
        return None

    def cached_rows(self) -> int:
        """How many summaries are held now (at most ``block_size * cached_blocks``)."""
        return sum(len(block) for block in self._blocks.values())

    # --- Qt's model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        summary = self.summary(index.row())
        if summary is None:
            return None
        return self.columns[index.column()].display(summary)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.columns):
            return None
        return self.columns[section].header()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database; the rows are read again from the top."""
        if not 0 <= column < len(SORT_KEYS):
            return
        wanted = RecordSort(SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        if wanted == self.sort_order:
            return
        self.sort_order = wanted
        if self._rows == 0:
            return
        self.layoutAboutToBeChanged.emit()
        self._blocks.clear()
        # Rows move to places not yet read: no persistent index can follow them.
        self.changePersistentIndexList(
            self.persistentIndexList(), [QModelIndex()] * len(self.persistentIndexList())
        )
        self.layoutChanged.emit()
