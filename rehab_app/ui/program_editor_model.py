"""The program editor's document (value, undo stack, file) and list model (drag through moveRows)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec
from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QStyle

from rehab_app.core.loader import Library, Origin, read_model, yaml_files
from rehab_app.core.models import SCHEMA_VERSION, Program, ProgramItem
from rehab_app.core.paths import AppPaths
from rehab_app.core.plan import SegmentKind, build_plan, effective_dosage, format_duration
from rehab_app.core.user_files import (
    SaveError,
    check_program,
    delete_user_file,
    restore_user_file,
    save_program,
    taken_ids,
    unique_id,
)
from rehab_app.core.validate import Problem
from rehab_app.ui.texts import dosage_text

ITEM_MIME = "application/x-rehab-program-item-row"
ID_ROLE = Qt.ItemDataRole.UserRole
AnyIndex = QModelIndex | QPersistentModelIndex
# One id for every mergeable edit; mergeWith then compares the field keys.
_FIELD_EDIT_ID = 0x5E7


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
        self, library: Library, mover: Callable[[int, int], bool], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._library = library
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
            texts.append((f"{exercise.name} · {format_duration(work.get(row, 0))}", dosage))
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


class EditCommand(QUndoCommand):
    """One edit: undo puts back the previous program value, redo the new one.

    Edits with the same `merge_key` (typing in one box, spinning one spin box) merge while
    they follow each other, so one undo takes back the whole run.
    """

    def __init__(
        self,
        document: ProgramDocument,
        text: str,
        after: Program,
        change: RowChange,
        rows: tuple[int, int],
        merge_key: str,
    ) -> None:
        super().__init__(text)
        self.document = document
        self.before = document.program
        self.after = after
        self.change = change
        self.rows = rows
        self.merge_key = merge_key

    def id(self) -> int:
        """Mergeable edits share one id; the rest never merge."""
        return _FIELD_EDIT_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        """Fold a following edit of the same field into this one."""
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        """Show the new value."""
        self.document.apply(self.after, self.change, self.rows[1])

    def undo(self) -> None:
        """Show the previous value."""
        self.document.apply(self.before, self.change.inverse(), self.rows[0])


class DeleteCommand(QUndoCommand):
    """Deleting the program's file; undo writes the same bytes back."""

    def __init__(self, document: ProgramDocument, path: Path, data: bytes) -> None:
        super().__init__(document.tr("Delete program"))
        self.document = document
        self.path = path
        self.data = data
        self._already_done = True

    def redo(self) -> None:
        """Delete the file (the first time, ProgramDocument.delete already did)."""
        if not self._already_done:
            try:
                self.data = delete_user_file(self.path, self.document.paths)
            except SaveError as exc:
                self.document.status_changed.emit(str(exc))
                return
        self._already_done = False
        self.document.show_deleted(True)

    def undo(self) -> None:
        """Write the deleted file back."""
        try:
            restore_user_file(self.path, self.data, self.document.paths)
        except SaveError as exc:
            self.document.status_changed.emit(str(exc))
            return
        self.document.show_deleted(False)


class ProgramDocument(QObject):
    """The program being edited: an immutable value replaced by undoable commands, and its file.

    The undo stack's clean state is the saved file. The shared Library is updated in place on
    save, delete and undo of a delete.

    Signals:
        changed(object, int): a new program value is shown (a RowChange, and a row to select).
        status_changed(str): a short message for the user (saved, or why not).
        saved(str): the program with this id was written.
        library_changed(): programs in the shared Library were added or removed.
    """

    changed = Signal(object, int)
    status_changed = Signal(str)
    saved = Signal(str)
    library_changed = Signal()

    def __init__(self, paths: AppPaths, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.library = library
        self.undo_stack = QUndoStack(self)
        self._program = self.blank()
        self._saved: Program | None = None
        self._id = self._program.id
        self.persisted = False
        self.id_follows_name = True
        self.copy_of = ""
        self.deleted = False

    @property
    def program(self) -> Program:
        """The current value (not necessarily saved)."""
        return self._program

    def is_dirty(self) -> bool:
        """Whether there are edits that are not saved."""
        return not self.deleted and not self.undo_stack.isClean()

    def blank(self) -> Program:
        """An empty program with a free id."""
        name = self.tr("My program")
        return Program(
            schema_version=SCHEMA_VERSION,
            id=unique_id(name, self.taken_ids()),
            name=name,
            description=self.tr("My own routine."),
            items=(),
            stage=self.tr("general"),
        )

    def start(
        self, program: Program, persisted: bool, follows_name: bool = False, copy_of: str = ""
    ) -> None:
        """Edit `program` from a clean undo stack; `copy_of` names the shipped original."""
        self.undo_stack.clear()
        self.deleted = False
        self.persisted = persisted
        self._saved = program if persisted else None
        self._id = program.id
        self.id_follows_name = follows_name
        self.copy_of = copy_of
        self.status_changed.emit("")
        self.apply(program, RowChange("reset"), 0)

    def apply(self, program: Program, change: RowChange, row: int) -> None:
        """Make `program` current (the commands call this); the file id never changes here."""
        if program.id != self._id:
            program = replace(program, id=self._id)
        self._program = program
        self.changed.emit(change, row)

    def push(
        self,
        text: str,
        after: Program,
        change: RowChange = RowChange(),  # noqa: B008 - immutable
        rows: tuple[int, int] = (-1, -1),
        key: str = "",
    ) -> None:
        """Record an edit on the undo stack (nothing when it changes nothing)."""
        if self.deleted or after == self._program:
            return
        self.undo_stack.push(EditCommand(self, text, after, change, rows, key))

    def exercise_name(self, exercise_id: str) -> str:
        """An exercise's name, or its id when unknown."""
        exercise = self.library.exercises.get(exercise_id)
        return exercise.name if exercise is not None else exercise_id

    def add(self, exercise_id: str, row: int, selected: int) -> None:
        """Insert an exercise at `row`."""
        items = list(self._program.items)
        items.insert(row, ProgramItem(exercise=exercise_id))
        after = replace(self._program, items=tuple(items))
        text = self.tr("Add {0}").format(self.exercise_name(exercise_id))
        self.push(text, after, RowChange("insert", row), (selected, row))

    def remove(self, row: int) -> None:
        """Remove the item at `row`."""
        if not 0 <= row < len(self._program.items):
            return
        items = list(self._program.items)
        removed = items.pop(row)
        after = replace(self._program, items=tuple(items))
        text = self.tr("Remove {0}").format(self.exercise_name(removed.exercise))
        self.push(text, after, RowChange("remove", row), (row, min(row, len(items) - 1)))

    def move(self, row: int, to: int) -> bool:
        """Move the item at `row` so it ends up at `to`."""
        count = len(self._program.items)
        if self.deleted or row == to or not (0 <= row < count and 0 <= to < count):
            return False
        items = list(self._program.items)
        items.insert(to, items.pop(row))
        after = replace(self._program, items=tuple(items))
        text = self.tr("Move {0}").format(self.exercise_name(items[to].exercise))
        self.push(text, after, RowChange("move", row, to), (row, to))
        return True

    def set_item_field(self, row: int, field: str, value: object, dosage: bool = False) -> None:
        """Change one field of an item (or of its dosage changes); runs of one field merge."""
        if not 0 <= row < len(self._program.items):
            return
        item = self._program.items[row]
        if dosage:
            item = msgspec.structs.replace(
                item, dosage=msgspec.structs.replace(item.dosage, **{field: value})
            )
        else:
            item = msgspec.structs.replace(item, **{field: value})
        items = list(self._program.items)
        items[row] = item
        labels = {
            "sets": self.tr("sets"),
            "reps": self.tr("reps"),
            "hold_s": self.tr("hold"),
            "rep_s": self.tr("rep time"),
            "rest_s": self.tr("rest between sets"),
            "per_side": self.tr("sides"),
            "rest_after_s": self.tr("rest after"),
            "note": self.tr("note"),
        }
        label = labels.get(field, field)
        text = self.tr("Change {0} of {1}").format(label, self.exercise_name(item.exercise))
        after = replace(self._program, items=tuple(items))
        self.push(text, after, rows=(row, row), key=f"{row}.{field}")

    def set_setting(self, field: str, value: object, label: str, row: int) -> None:
        """Change one program setting; a new name or description drops stale translations."""
        extra: dict[str, object] = {}
        if field in ("name", "description"):
            extra[f"{field}_i18n"] = {}
        after = replace(self._program, **{field: value}, **extra)
        self.push(self.tr("Change {0}").format(label), after, rows=(row, row), key=field)

    def check(self) -> list[Problem]:
        """The loader's messages about the current value."""
        return check_program(self._program, self.library)

    def save(self) -> bool:
        """Write the program to the user's folder (a new one gets its id from its name)."""
        if self.deleted:
            return False
        if self.check():
            self.status_changed.emit(self.tr("Fix the problems below before saving."))
            return False
        if self.id_follows_name and not self.persisted:
            self._id = unique_id(self._program.name, self.taken_ids())
            self._program = replace(self._program, id=self._id)
        try:
            path = save_program(self.paths, self._program)
        except SaveError as exc:
            self.status_changed.emit(str(exc))
            return False
        self.persisted = True
        self.id_follows_name = False
        self._saved = self._program
        self._register(path)
        self.undo_stack.setClean()
        self.changed.emit(RowChange("data"), -1)
        self.status_changed.emit(self.tr("Saved."))
        self.saved.emit(self._id)
        self.library_changed.emit()
        return True

    def delete(self) -> bool:
        """Delete the user's file; undo writes it back."""
        if not self.persisted or self.deleted:
            return False
        path = self.file_path()
        try:
            data = delete_user_file(path, self.paths)
        except SaveError as exc:
            self.status_changed.emit(str(exc))
            return False
        self.undo_stack.push(DeleteCommand(self, path, data))
        return True

    def show_deleted(self, deleted: bool) -> None:
        """Mark the program deleted (or back), keeping the shared Library in step."""
        self.deleted = deleted
        key = self._id
        if deleted:
            self.library.programs.pop(key, None)
            self.library.program_origins.pop(key, None)
            self._reload_shipped(key)
        else:
            self._register(self.file_path())
        self.status_changed.emit("")
        self.changed.emit(RowChange("data"), -1)
        self.library_changed.emit()

    def discard(self) -> None:
        """Go back to the saved state (the edits stay on the redo side)."""
        clean = self.undo_stack.cleanIndex()
        if clean >= 0:
            self.undo_stack.setIndex(clean)
        else:
            self.undo_stack.clear()

    def file_path(self) -> Path:
        """Where the program is (or will be) saved."""
        return self.paths.user_programs / f"{self._id}.yaml"

    def taken_ids(self) -> set[str]:
        """Program ids already in use, broken files included."""
        return taken_ids(self.paths, self.library, "program")

    def _register(self, path: Path) -> None:
        """Put the saved program into the shared Library as the user's."""
        if self._saved is None:
            return
        key = self._id
        shipped = any(p.stem == key for p in yaml_files(self.paths.shipped_programs))
        self.library.programs[key] = self._saved
        self.library.program_origins[key] = Origin(path, True, shipped)

    def _reload_shipped(self, key: str) -> None:
        """After deleting a file that replaced a shipped program, the shipped one is back."""
        for path in yaml_files(self.paths.shipped_programs):
            if path.stem == key and (result := read_model(path, Program, [])) is not None:
                self.library.programs[key] = result[0]
                self.library.program_origins[key] = Origin(path, False)


def replace(program: Program, **changes: object) -> Program:
    """A copy of `program` with some fields changed (typed wrapper of msgspec's replace)."""
    changed: Program = msgspec.structs.replace(program, **changes)
    return changed
