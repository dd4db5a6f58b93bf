"""The dialogs the program editor opens: the unsaved-changes question and the exercise editor."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from rehab_app.core.content.workspace import Workspace
from rehab_app.core.models import Exercise
from rehab_app.ui.common.texts import translate
from rehab_app.ui.editor.exercise.editor import ExerciseEditor

Button = QMessageBox.StandardButton


def ask_unsaved(parent: QWidget, name: str) -> Button:
    """Ask whether to save the changes to the program called `name`: Save, Discard or Cancel."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("ProgramEditor", "Unsaved changes"),
        translate("ProgramEditor", "Save your changes to “{0}”?").format(name),
        Button.Save | Button.Discard | Button.Cancel,
        parent,
    )
    box.setObjectName("unsavedPrompt")
    box.setDefaultButton(Button.Save)
    box.exec()
    return box.standardButton(box.clickedButton())


def run_exercise_editor(
    workspace: Workspace,
    exercise: Exercise | None,
    parent: QWidget,
    language: str | None = None,
) -> Exercise | None:
    """Edit `exercise` (None: a new one) in the exercise dialog; the saved exercise, or None."""
    dialog = ExerciseEditor(workspace, exercise, parent, language)
    try:
        dialog.exec()
        return dialog.saved_exercise
    finally:
        dialog.deleteLater()
