"""The exercise editor's box that says what "left" and "right" mean for a one-sided exercise."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from rehab_app.core.models import Exercise
from rehab_app.ui.common.controls import named
from rehab_app.ui.common.texts import translate

# The texts keep the ExerciseEditor translation context: the catalogue files them there.


class SidesBox(QGroupBox):
    """Two lines: what the left side and the right side of the exercise are.

    Signals:
        sides_edited(): either text changed.
    """

    sides_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ExerciseEditor", "Left and right"), parent)
        self.setObjectName("sidesGroup")
        self._template: Exercise | None = None
        note = QLabel(
            translate(
                "ExerciseEditor",
                "For exercises done one side at a time: the player shows and says this with the"
                " side. Leave both empty if the exercise works both sides at once.",
            ),
            self,
        )
        note.setWordWrap(True)
        self.left_side = named(
            QLineEdit(self), "leftSide", translate("ExerciseEditor", "What left means"),
            translate("ExerciseEditor", "E.g. Your left knee lifts, so lie on your right side."),
        )  # fmt: skip
        self.right_side = named(
            QLineEdit(self), "rightSide", translate("ExerciseEditor", "What right means"),
            translate("ExerciseEditor", "E.g. Your right knee lifts, so lie on your left side."),
        )  # fmt: skip
        for edit in (self.left_side, self.right_side):
            edit.setMaxLength(200)
            edit.setPlaceholderText(edit.toolTip())
            edit.textChanged.connect(lambda _text: self.sides_edited.emit())
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(translate("ExerciseEditor", "&Left:"), self.left_side)
        form.addRow(translate("ExerciseEditor", "Ri&ght:"), self.right_side)

    def show_exercise(self, exercise: Exercise) -> None:
        """Fill the two lines from `exercise` (empty when it does not say)."""
        self._template = exercise
        sides = exercise.sides
        self.left_side.setText(sides.left if sides else "")
        self.right_side.setText(sides.right if sides else "")

    def sides_data(self) -> dict[str, Any]:
        """`{"sides": {...}}` in the file format, or nothing when both lines are empty.

        Translations of a text stay only while the text is unchanged.
        """
        left, right = self.left_side.text().strip(), self.right_side.text().strip()
        if not left and not right:
            return {}
        sides: dict[str, Any] = {}
        before = self._template.sides if self._template is not None else None
        for key, text in (("left", left), ("right", right)):
            if text:
                sides[key] = text
            translations = getattr(before, f"{key}_i18n", None)
            if before is not None and translations and getattr(before, key) == text:
                sides[f"{key}_i18n"] = dict(translations)
        return {"sides": sides}
