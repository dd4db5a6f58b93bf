"""The program editor's header: title, total time, file and undo buttons, and the deleted banner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from rehab_app.core.models import Program
from rehab_app.core.session.plan import format_duration
from rehab_app.ui.common.controls import named, named_button
from rehab_app.ui.common.texts import translate
from rehab_app.ui.editor.program.widgets import redo_keys, scale_font, with_keys


class EditorHeader:
    """The controls above the editor's lists: `title_row`, `button_row` and `deleted_banner`.

    Not a widget itself, so the editor's widget tree and layout stay as they were. Its texts are
    translated under the editor's context ("ProgramEditor").
    """

    def __init__(self, editor: QWidget) -> None:
        self.undo_keys = [QKeySequence(QKeySequence.StandardKey.Undo)]
        self.redo_keys = redo_keys()
        self.title = QLabel(editor)
        self.title.setObjectName("editorTitle")
        scale_font(self.title, 1.4)
        self.copy_note = QLabel(editor)
        self.copy_note.setObjectName("copyNote")
        self.copy_note.setWordWrap(True)
        self.total_label = named(
            QLabel(editor), "totalLabel", translate("ProgramEditor", "Total time"),
            translate("ProgramEditor", "How long a session of this program takes, rests included"),
        )  # fmt: skip
        scale_font(self.total_label, 1.2)
        self.status_label = QLabel(editor)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.new_button = named_button(
            translate("ProgramEditor", "&New program"),
            "newButton",
            translate("ProgramEditor", "Start a new, empty program"),
            editor,
        )
        self.duplicate_button = named_button(
            translate("ProgramEditor", "D&uplicate"),
            "duplicateButton",
            translate("ProgramEditor", "Make a copy of this program"),
            editor,
        )
        self.delete_button = named_button(
            translate("ProgramEditor", "De&lete program"), "deleteButton", translate("ProgramEditor", "Delete your program file (you can undo it)"),
            editor,
        )  # fmt: skip
        self.undo_button = named_button(
            translate("ProgramEditor", "Undo"),
            "undoButton",
            translate("ProgramEditor", "Undo"),
            editor,
        )
        self.redo_button = named_button(
            translate("ProgramEditor", "Redo"),
            "redoButton",
            translate("ProgramEditor", "Redo"),
            editor,
        )
        self.save_button = named_button(
            translate("ProgramEditor", "Save"),
            "saveButton",
            translate("ProgramEditor", "Save the program"),
            editor,
        )
        self.close_button = named_button(
            translate("ProgramEditor", "&Close"),
            "closeButton",
            translate("ProgramEditor", "Close the editor"),
            editor,
        )
        self.title_row = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.copy_note)
        self.title_row.addLayout(titles, 1)
        self.title_row.addWidget(self.total_label, 0, Qt.AlignmentFlag.AlignTop)
        self.button_row = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            self.button_row.addWidget(button)
        self.button_row.addSpacing(16)
        self.button_row.addWidget(self.undo_button)
        self.button_row.addWidget(self.redo_button)
        self.button_row.addSpacing(16)
        self.button_row.addWidget(self.status_label, 1)
        self.button_row.addWidget(self.save_button)
        self.button_row.addWidget(self.close_button)
        self.deleted_banner = QFrame(editor)
        self.deleted_banner.setObjectName("deletedBanner")
        self.deleted_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.deleted_label = QLabel(self.deleted_banner)
        self.deleted_label.setObjectName("deletedLabel")
        self.undo_delete_button = named_button(
            translate("ProgramEditor", "Undo delete"), "undoDeleteButton", translate("ProgramEditor", "Put the program file back (Ctrl+Z)"),
            self.deleted_banner,
        )  # fmt: skip
        banner = QHBoxLayout(self.deleted_banner)
        banner.addWidget(self.deleted_label, 1)
        banner.addWidget(self.undo_delete_button)
        self.deleted_banner.setVisible(False)

    def show_program(self, program: Program, copy_of: str, total: int | None) -> None:
        """Show whose copy this is and the program's total time (None: not known)."""
        self.title.setAccessibleName(program.name)
        note = translate("ProgramEditor", "This is your copy of {0}; the original stays as it was.")
        self.copy_note.setText(note.format(copy_of))
        self.copy_note.setVisible(bool(copy_of))
        count = len(program.items)
        self.total_label.setText(
            translate("ProgramEditor", "Total {0} · {1} exercise(s)").format(
                format_duration(total) if total is not None else "–", count
            )
            if count
            else translate("ProgramEditor", "No exercises yet")
        )

    def show_deleted(self, name: str, deleted: bool) -> None:
        """Show or hide the banner that says the program's file was deleted."""
        self.deleted_banner.setVisible(deleted)
        text = translate("ProgramEditor", "“{0}” was deleted. Undo (Ctrl+Z) puts it back.")
        self.deleted_label.setText(text.format(name))

    def enable(self, editing: bool, can_save: bool, persisted: bool) -> None:
        """Enable Save, Delete and Duplicate as far as the program's state allows."""
        self.save_button.setEnabled(can_save)
        self.delete_button.setEnabled(editing and persisted)
        self.duplicate_button.setEnabled(editing)

    def show_undo(self, stack: QUndoStack, name: str, dirty: bool) -> None:
        """Name the edits Undo and Redo would take back, and mark an unsaved title."""
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        undo = (
            translate("ProgramEditor", "Undo {0}").format(stack.undoText())
            if stack.canUndo()
            else translate("ProgramEditor", "Undo")
        )
        redo = (
            translate("ProgramEditor", "Redo {0}").format(stack.redoText())
            if stack.canRedo()
            else translate("ProgramEditor", "Redo")
        )
        self.undo_button.setToolTip(with_keys(undo, self.undo_keys))
        self.redo_button.setToolTip(with_keys(redo, self.redo_keys))
        changed = translate("ProgramEditor", " (not saved)") if dirty else ""
        self.title.setText((name or translate("ProgramEditor", "Untitled program")) + changed)
