"""The exercise editor's first box: name, file name, category, summary and start position."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from rehab_app.core.models import Category, Exercise
from rehab_app.ui.common.controls import named
from rehab_app.ui.common.texts import category_label, translate
from rehab_app.ui.editor.exercise.controls import text_box

# The texts keep the ExerciseEditor translation context: the catalogue files them there.


class AboutBox(QGroupBox):
    """What the exercise is called and is for, and how to get into position."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ExerciseEditor", "About the exercise"), parent)
        self.setObjectName("aboutGroup")
        self.name_edit = named(
            QLineEdit(self), "exerciseName", translate("ExerciseEditor", "Exercise name"),
            translate("ExerciseEditor", "The name shown in the library and the player"),
        )  # fmt: skip
        self.id_label = named(
            QLabel(self), "exerciseId", translate("ExerciseEditor", "File name"),
            translate(
                "ExerciseEditor", "The exercise is saved under this id; it cannot change later"
            ),
        )  # fmt: skip
        self.category = named(
            QComboBox(self), "exerciseCategory", translate("ExerciseEditor", "Category"),
            translate("ExerciseEditor", "What kind of exercise it is; the library filters by this"),
        )  # fmt: skip
        for cat in Category:
            self.category.addItem(category_label(cat), cat.value)
        self.summary = text_box(
            self, "exerciseSummary", translate("ExerciseEditor", "Summary"),
            translate("ExerciseEditor", "One or two sentences: what it is for"), 3,
        )  # fmt: skip
        self.start_position = text_box(
            self, "startPosition", translate("ExerciseEditor", "Start position"),
            translate("ExerciseEditor", "How to get into position before the first step"), 3,
        )  # fmt: skip
        form = QFormLayout(self)
        form.addRow(translate("ExerciseEditor", "&Name:"), self.name_edit)
        form.addRow(translate("ExerciseEditor", "Saved as:"), self.id_label)
        form.addRow(translate("ExerciseEditor", "Categor&y:"), self.category)
        form.addRow(translate("ExerciseEditor", "Su&mmary:"), self.summary)
        form.addRow(translate("ExerciseEditor", "Start pos&ition:"), self.start_position)

    def show_exercise(self, exercise: Exercise, name: str) -> None:
        """Fill the fields from `exercise`, under the name `name`."""
        self.name_edit.setText(name)
        self.category.setCurrentIndex(self.category.findData(exercise.category.value))
        self.summary.setPlainText(exercise.summary)
        self.start_position.setPlainText(exercise.start_position)
