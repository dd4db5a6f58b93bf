"""The program editor's list model: a program's items as rows, reordered by drag or moveRows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from rehab_app.core.content.loader import Library
from rehab_app.core.i18n import pick
from rehab_app.core.models import Program
from rehab_app.core.session.plan import SegmentKind, build_plan, effective_dosage, format_duration
from rehab_app.ui.common.texts import dosage_text

ITEM_MIME = "application/x-rehab-program-item-row"
ID_ROLE = Qt.ItemDataRole.UserRole
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class RowChange:
    """How the list's rows changed between two program values, so views keep their selection."""

    kind: str = "data"  # data | insert | remove | move | reset
    row: int = -1
    to: int = -1

    def inverse(self) -> RowChange:
        """The change that undoes this one."""
        if self.kind == "insert":
            return RowChange("remove", self.row)
        if self.kind == "remove":
            return RowChange("insert", self.row)
        if self.kind == "move":
            return RowChange("move", self.to, self.row)
        return self


def total_seconds(program: Program, library: Library) -> int | None:
    """Planned length of `program`, or None while an item names an unknown exercise."""
    if any(item.exercise not in library.exercises for item in program.items):
        return None
    return build_plan(program, library.exercise).total_s


class ProgramItemsModel(QAbstractListModel):
    """A program's items as rows; a drop or moveRows asks `mover(from_row, to_row)` to move one.

    The model never changes the program itself: the editor pushes an undo command, whose redo
    calls `show_program`, so a drag, Ctrl+Up and undo all take the same path.
    """

    def __init__(
        self,
        library: Library,
        mover: Callable[[int, int], bool],
        parent: QObject | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._language = language
        self._mover = mover
        self._program: Program | None = None
        self._texts: list[tuple[str, str]] = []
        self._problems: dict[int, list[str]] = {}

    @property
    def program(self) -> Program | None:
        """The program shown."""
        return self._program

    def show_program(self, program: Program, change: RowChange = RowChange("reset")) -> None:
        """Show `program`, telling views which rows were inserted, removed or moved."""
        root = QModelIndex()
        if change.kind == "insert":
            self.beginInsertRows(root, change.row, change.row)
        elif change.kind == "remove":
            self.beginRemoveRows(root, change.row, change.row)
        elif change.kind == "move":
            after = change.to + 1 if change.to > change.row else change.to
            self.beginMoveRows(root, change.row, change.row, root, after)
        elif change.kind == "reset":
            self.beginResetModel()
        self._program = program
        self._texts = self._describe(program)
        if change.kind == "insert":
            self.endInsertRows()
        elif change.kind == "remove":
            self.endRemoveRows()
        elif change.kind == "move":
            self.endMoveRows()
        elif change.kind == "reset":
            self.endResetModel()
        # Row numbers and timings of the other rows may have changed too.
        if self._texts and change.kind != "reset":
            self.dataChanged.emit(self.index(0), self.index(len(self._texts) - 1))

    def set_problems(self, problems: dict[int, list[str]]) -> None:
        """Mark rows that have problems (row -> messages)."""
        if problems == self._problems:
            return
        self._problems = problems
        if self._texts:
            self.dataChanged.emit(self.index(0), self.index(len(self._texts) - 1))

    def _describe(self, program: Program) -> list[tuple[str, str]]:
        known = all(item.exercise in self._library.exercises for item in program.items)
        plan = build_plan(program, self._library.exercise) if known else None
        work: dict[int, int] = {}
        for segment in plan.segments if plan else ():
            if segment.kind not in (SegmentKind.REST_EXERCISE, SegmentKind.GET_READY):
                work[segment.item_index] = work.get(segment.item_index, 0) + segment.duration_s
        texts = []
        for row, item in enumerate(program.items):
            exercise = self._library.exercises.get(item.exercise)
            if exercise is None:
                texts.append((item.exercise, self.tr("unknown exercise")))
                continue
            dosage = dosage_text(effective_dosage(exercise.dosage, item.dosage))
            name = pick(exercise.name, exercise.name_i18n, self._language)
            texts.append((f"{name} · {format_duration(work.get(row, 0))}", dosage))
        return texts

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Number of items (none below an item)."""
        return 0 if parent.isValid() else len(self._texts)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Two lines per item: number and name, then dosage and time."""
        if not index.isValid() or self._program is None or index.row() >= len(self._texts):
            return None
        row = index.row()
        name, detail = self._texts[row]
        item = self._program.items[row]
        problems = self._problems.get(row, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row + 1}. {name}\n{detail}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            extra = self.tr(", has a problem") if problems else ""
            return f"{row + 1}. {name}, {detail}{extra}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [name, detail]
            if item.note:
                lines.append(item.note)
            lines.extend(problems)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole and problems:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == ID_ROLE:
            return item.exercise
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Items can be dragged; drops land between items, never on one."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        """Only moves within the list."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        """Only moves within the list."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        """The private type that carries a dragged row number."""
        return [ITEM_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt API
        """The dragged row (the list allows one selected row)."""
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(ITEM_MIME, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def dropMimeData(  # noqa: N802 - Qt API
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        """A drop that the view did not turn into moveRows: move the carried row."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ITEM_MIME):
            return False
        raw = bytes(data.data(ITEM_MIME).data()).decode()
        rows = [int(r) for r in raw.split(",") if r.isdigit()]
        if len(rows) != 1:
            return False
        before = row if row >= 0 else (parent.row() if parent.isValid() else self.rowCount())
        return self.moveRows(QModelIndex(), rows[0], 1, QModelIndex(), before)

    def moveRows(  # noqa: N802 - Qt API
        self,
        source_parent: AnyIndex,
        source_row: int,
        count: int,
        destination_parent: AnyIndex,
        destination_child: int,
    ) -> bool:
        """Move one row to sit before `destination_child` (Qt's convention)."""
        if count != 1 or source_parent.isValid() or destination_parent.isValid():
            return False
        if not 0 <= source_row < self.rowCount() or not 0 <= destination_child <= self.rowCount():
            return False
        target = destination_child if destination_child < source_row else destination_child - 1
        if target == source_row:
            return False
        return self._mover(source_row, target)
