"""The review table's model: a count query plus pages of sessions read only when they are shown."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from rehab_app.core.history.store import HistoryFilter, HistoryStore, SessionRow, SortKey
from rehab_app.core.session.plan import format_duration
from rehab_app.core.session.record import Outcome

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryModel", "Date"),
    QT_TRANSLATE_NOOP("HistoryModel", "Program"),
    QT_TRANSLATE_NOOP("HistoryModel", "Duration"),
    QT_TRANSLATE_NOOP("HistoryModel", "Completed"),
    QT_TRANSLATE_NOOP("HistoryModel", "Pain before → after"),
    QT_TRANSLATE_NOOP("HistoryModel", "Effort"),
)
SORT_KEYS = (
    SortKey.DATE,
    SortKey.PROGRAM,
    SortKey.DURATION,
    SortKey.COMPLETED,
    SortKey.PAIN,
    SortKey.EFFORT,
)
_OUTCOME_TEXT = {
    Outcome.COMPLETED: QT_TRANSLATE_NOOP("HistoryModel", "completed"),
    Outcome.ENDED_EARLY: QT_TRANSLATE_NOOP("HistoryModel", "ended early"),
    Outcome.INTERRUPTED: QT_TRANSLATE_NOOP("HistoryModel", "interrupted"),
    Outcome.IN_PROGRESS: QT_TRANSLATE_NOOP("HistoryModel", "in progress"),
}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
Index: TypeAlias = QModelIndex | QPersistentModelIndex


def outcome_text(outcome: Outcome) -> str:
    """`ended_early` -> `ended early` (in the user's language)."""
    return QCoreApplication.translate("HistoryModel", str(_OUTCOME_TEXT[outcome]))


def pain_text(before: int | None, after: int | None) -> str:
    """`3 → 2`, with `–` for a score that was not given."""
    return f"{'–' if before is None else before} → {'–' if after is None else after}"


class HistoryModel(QAbstractTableModel):
    """Finished sessions, filtered and sorted by SQL; only pages that are displayed are read.

    `rowCount` comes from one COUNT query, so jumping to the end reads the last page only
    (cost independent of history size), instead of fetchMore-ing every page on the way.
    """

    PAGE_SIZE = 200
    MAX_CACHED_PAGES = 8

    def __init__(self, store: HistoryStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = HistoryFilter()
        self._sort = (SortKey.DATE, True)
        self._pages: OrderedDict[int, list[SessionRow]] = OrderedDict()
        self.page_reads = 0
        self._count = store.count_sessions(self._filter)

    @property
    def history_filter(self) -> HistoryFilter:
        """The filter in use."""
        return self._filter

    @property
    def cached_pages(self) -> list[int]:
        """Numbers of the pages held in memory (for tests and benchmarks)."""
        return sorted(self._pages)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Number of matching sessions (0 under any parent: this is a flat table)."""
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """The six review columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt API
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles."""
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            title = self.tr(str(COLUMNS[section]))
            if role == Qt.ItemDataRole.DisplayRole:
                return title
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Sort by {0}").format(title.lower())
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, alignment, tooltip, and the session id under SESSION_ID_ROLE."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _cell(row, column)
        if role == SESSION_ID_ROLE:
            return row.session_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((_LEFT if column < 2 else _RIGHT).value)
        if role == Qt.ItemDataRole.ToolTipRole:
            started = row.started_utc.astimezone().strftime("%H:%M")
            return self.tr("{0}, {1} at {2}: {3}").format(
                row.program_name, row.local_date, started, outcome_text(row.outcome)
            )
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in the order of `column` (each sort column has an index)."""
        if not 0 <= column < len(SORT_KEYS):
            return
        wanted = (SORT_KEYS[column], order is Qt.SortOrder.DescendingOrder)
        if wanted != self._sort:
            self.beginResetModel()
            self._sort = wanted
            self._pages.clear()
            self.endResetModel()

    def set_filter(self, flt: HistoryFilter) -> None:
        """Show only sessions matching `flt`."""
        if flt != self._filter:
            self._filter = flt
            self.refresh()

    def refresh(self) -> None:
        """Forget cached rows and re-count (after a session was added, edited or deleted)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self._store.count_sessions(self._filter)
        self.endResetModel()

    def row_at(self, row: int) -> SessionRow | None:
        """The session shown at `row`, reading its page if needed."""
        if not 0 <= row < self._count:
            return None
        page_no, offset = divmod(row, self.PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            page = self._read_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def _read_page(self, page_no: int) -> list[SessionRow]:
        key, descending = self._sort
        page = self._store.sessions_page(
            self._filter,
            key,
            descending,
            offset=page_no * self.PAGE_SIZE,
            limit=self.PAGE_SIZE,
            total=self._count,
        )
        self.page_reads += 1
        self._pages[page_no] = page
        while len(self._pages) > self.MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page


def _cell(row: SessionRow, column: int) -> str:
    if column == 0:
        return row.local_date.isoformat()
    if column == 1:
        return row.program_name
    if column == 2:
        return format_duration(row.active_s)
    if column == 3:
        pct = f"{round(row.completed_fraction * 100)} %"
        return pct if row.outcome is Outcome.COMPLETED else f"{pct} ({outcome_text(row.outcome)})"
    if column == 4:
        return pain_text(row.pain_before, row.pain_after)
    return "–" if row.effort is None else str(row.effort)
