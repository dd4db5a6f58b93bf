"""The program editor's document: the program value, its undo stack of edits, and its file."""

from __future__ import annotations

from pathlib import Path

import msgspec
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from rehab_app.core.content.user_files import (
    SaveError,
    check_program,
    taken_ids,
    unique_id,
)
from rehab_app.core.content.validate import Problem
from rehab_app.core.content.workspace import Workspace
from rehab_app.core.i18n import pick
from rehab_app.core.models import SCHEMA_VERSION, Program, ProgramItem
from rehab_app.ui.editor.program.model import RowChange

# One id for every mergeable edit; mergeWith then compares the field keys.
_FIELD_EDIT_ID = 0x5E7


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
        super().__init__(QCoreApplication.translate("ProgramDocument", "Delete program"))
        self.document = document
        self.path = path
        self.data = data
        self._already_done = True

    def redo(self) -> None:
        """Delete the file (the first time, ProgramDocument.delete already did)."""
        if not self._already_done:
            try:
                self.data, _change = self.document.workspace.delete_file(self.path)
            except SaveError as exc:
                self.document.status_changed.emit(str(exc))
                return
        self._already_done = False
        self.document.show_deleted(True)

    def undo(self) -> None:
        """Write the deleted file back."""
        try:
            self.document.workspace.restore_file(self.path, self.data)
        except SaveError as exc:
            self.document.status_changed.emit(str(exc))
            return
        self.document.show_deleted(False)


class ProgramDocument(QObject):
    """The program being edited: an immutable value replaced by undoable commands, and its file.

    The undo stack's clean state is the saved file. Saving and deleting go through the
    workspace, which keeps the shared Library in step with the files.

    Signals:
        changed(object, int): a new program value is shown (a RowChange, and a row to select).
        status_changed(str): a short message for the user (saved, or why not).
        saved(str): the program with this id was written.
    """

    changed = Signal(object, int)
    status_changed = Signal(str)
    saved = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        parent: QObject | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.paths = workspace.paths
        self.library = workspace.library
        self.language = language
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
        if exercise is None:
            return exercise_id
        return pick(exercise.name, exercise.name_i18n, self.language)

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
            changes: dict[str, object] = {field: value}
            if field == "note" and value != item.note:
                changes["note_i18n"] = {}  # a new note drops the translations of the old one
            item = msgspec.structs.replace(item, **changes)
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
        """Change one program setting; a new name, description or stage drops stale translations."""
        extra: dict[str, object] = {}
        if field in ("name", "description", "stage"):
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
            self.workspace.save_program(self._program)
        except SaveError as exc:
            self.status_changed.emit(str(exc))
            return False
        self.persisted = True
        self.id_follows_name = False
        self._saved = self._program
        self.undo_stack.setClean()
        self.changed.emit(RowChange("data"), -1)
        self.status_changed.emit(self.tr("Saved."))
        self.saved.emit(self._id)
        return True

    def delete(self) -> bool:
        """Delete the user's file; undo writes it back."""
        if not self.persisted or self.deleted:
            return False
        path = self.file_path()
        try:
            data, _change = self.workspace.delete_file(path)
        except SaveError as exc:
            self.status_changed.emit(str(exc))
            return False
        self.undo_stack.push(DeleteCommand(self, path, data))
        return True

    def show_deleted(self, deleted: bool) -> None:
        """Mark the program deleted (or back); the workspace already updated the Library."""
        self.deleted = deleted
        self.status_changed.emit("")
        self.changed.emit(RowChange("data"), -1)

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


def replace(program: Program, **changes: object) -> Program:
    """A copy of `program` with some fields changed (typed wrapper of msgspec's replace)."""
    changed: Program = msgspec.structs.replace(program, **changes)
    return changed
