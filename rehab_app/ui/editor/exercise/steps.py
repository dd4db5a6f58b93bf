"""The exercise editor's steps: the numbered list, its buttons and the selected step's fields."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.models import Step, StepKind
from rehab_app.ui.common.controls import named, named_button
from rehab_app.ui.common.texts import translate
from rehab_app.ui.editor.exercise.controls import text_box

# The texts keep the ExerciseEditor translation context: the catalogue files them there.


def kind_labels() -> dict[StepKind, str]:
    """Each step kind's name in the user's language."""
    return {
        StepKind.SETUP: translate("ExerciseEditor", "Setup"),
        StepKind.MOVEMENT: translate("ExerciseEditor", "Movement"),
        StepKind.CUE: translate("ExerciseEditor", "Cue"),
        StepKind.BREATHING: translate("ExerciseEditor", "Breathing"),
        StepKind.SAFETY: translate("ExerciseEditor", "Safety"),
    }


def _empty_step() -> dict[str, Any]:
    return {"text": "", "kind": StepKind.MOVEMENT.value, "seconds": None}


class StepsEditor(QGroupBox):
    """The steps in the order the player shows them, and the selected step's text, kind and time.

    Signals:
        steps_edited(): a step was added, removed, moved or changed.
    """

    steps_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ExerciseEditor", "Steps"), parent)
        self.setObjectName("stepsGroup")
        self._steps: list[dict[str, Any]] = []
        self._loading = False
        self.step_list = named(
            QListWidget(self), "stepList", translate("ExerciseEditor", "Steps"),
            translate("ExerciseEditor", "The numbered steps, in the order the player shows them"),
        )  # fmt: skip
        self.step_list.setWordWrap(True)
        self.step_list.setAlternatingRowColors(True)
        self.add_step_button = named_button(
            translate("ExerciseEditor", "Add step"), "addStepButton",
            translate("ExerciseEditor", "Add a step after the selected one"), self,
        )  # fmt: skip
        self.remove_step_button = named_button(
            translate("ExerciseEditor", "Remove"), "removeStepButton",
            translate("ExerciseEditor", "Remove the selected step"), self,
        )  # fmt: skip
        self.step_up_button = named_button(
            translate("ExerciseEditor", "Up"), "stepUpButton",
            translate("ExerciseEditor", "Move the selected step up"), self,
        )  # fmt: skip
        self.step_down_button = named_button(
            translate("ExerciseEditor", "Down"), "stepDownButton",
            translate("ExerciseEditor", "Move the selected step down"), self,
        )  # fmt: skip
        self.step_text = text_box(
            self, "stepText", translate("ExerciseEditor", "Step text"),
            translate("ExerciseEditor", "What to do in this step"), 2,
        )  # fmt: skip
        self.step_kind = named(
            QComboBox(self), "stepKind", translate("ExerciseEditor", "Step kind"),
            translate("ExerciseEditor", "Setup, movement, cue, breathing or safety"),
        )  # fmt: skip
        for kind, label in kind_labels().items():
            self.step_kind.addItem(label, kind.value)
        self.step_seconds = named(
            QSpinBox(self), "stepSeconds", translate("ExerciseEditor", "Step seconds"),
            translate("ExerciseEditor", "Optional: how long this step lasts within a rep or hold"),
        )  # fmt: skip
        self.step_seconds.setRange(0, 7200)
        self.step_seconds.setSuffix(translate("ExerciseEditor", " s"))
        self.step_seconds.setSpecialValueText(translate("ExerciseEditor", "Not timed"))
        self._lay_out()
        self.add_step_button.clicked.connect(self.add_step)
        self.remove_step_button.clicked.connect(self.remove_step)
        self.step_up_button.clicked.connect(lambda: self.move_step(-1))
        self.step_down_button.clicked.connect(lambda: self.move_step(1))
        self.step_list.currentRowChanged.connect(self._show_step)
        self.step_text.textChanged.connect(self._step_edited)
        self.step_kind.currentIndexChanged.connect(self._step_edited)
        self.step_seconds.valueChanged.connect(self._step_edited)

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        for widget in (self.add_step_button, self.remove_step_button):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.step_up_button, self.step_down_button):
            row.addWidget(widget)
        form = QFormLayout()
        form.addRow(translate("ExerciseEditor", "Step te&xt:"), self.step_text)
        form.addRow(translate("ExerciseEditor", "Kind:"), self.step_kind)
        form.addRow(translate("ExerciseEditor", "Secon&ds:"), self.step_seconds)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_list, 1)
        layout.addLayout(row)
        layout.addLayout(form)

    def show_steps(self, steps: Sequence[Step] | None) -> None:
        """Show these steps and select the first; None starts a new exercise with one empty step."""
        if steps is None:
            self._steps = [_empty_step()]
        else:
            self._steps = [
                {"text": s.text, "kind": s.kind.value, "seconds": s.seconds, "i18n": s}
                for s in steps
            ]
        self._fill_steps(0)

    def steps_data(self) -> list[dict[str, Any]]:
        """The steps as plain data, in the file format."""
        steps = []
        for step in self._steps:
            plain: dict[str, Any] = {"text": step["text"].strip(), "kind": step["kind"]}
            source = step.get("i18n")
            # Translations stay only while the text they translate is unchanged.
            if isinstance(source, Step) and source.text_i18n and source.text == plain["text"]:
                plain["text_i18n"] = dict(source.text_i18n)
            if step["seconds"]:
                plain["seconds"] = step["seconds"]
            steps.append(plain)
        return steps

    def _step_label(self, n: int, step: dict[str, Any]) -> str:
        # Not lower-cased: German nouns keep their capital (Vorbereitung, Bewegung).
        extra = [kind_labels()[StepKind(step["kind"])]]
        if step["seconds"]:
            extra.append(translate("ExerciseEditor", "{0} s").format(step["seconds"]))
        text = step["text"].strip() or translate("ExerciseEditor", "(no text yet)")
        return f"{n + 1}. {text}  ({', '.join(extra)})"

    def _fill_steps(self, select: int) -> None:
        self.step_list.blockSignals(True)
        self.step_list.clear()
        for n, step in enumerate(self._steps):
            self.step_list.addItem(self._step_label(n, step))
        self.step_list.blockSignals(False)
        if self._steps:
            self.step_list.setCurrentRow(max(0, min(select, len(self._steps) - 1)))
        self._show_step(self.step_list.currentRow())

    def _show_step(self, row: int) -> None:
        has = 0 <= row < len(self._steps)
        for widget in (self.step_text, self.step_kind, self.step_seconds, self.remove_step_button):
            widget.setEnabled(has)
        self.step_up_button.setEnabled(has and row > 0)
        self.step_down_button.setEnabled(has and row < len(self._steps) - 1)
        if not has:
            return
        step = self._steps[row]
        was_loading, self._loading = self._loading, True
        try:
            if self.step_text.toPlainText() != step["text"]:
                self.step_text.setPlainText(step["text"])
            self.step_kind.setCurrentIndex(self.step_kind.findData(step["kind"]))
            self.step_seconds.setValue(step["seconds"] or 0)
        finally:
            self._loading = was_loading

    def _step_edited(self) -> None:
        row = self.step_list.currentRow()
        if self._loading or not 0 <= row < len(self._steps):
            return
        step = {
            "text": self.step_text.toPlainText(),
            "kind": self.step_kind.currentData(),
            "seconds": self.step_seconds.value() or None,
        }
        self._steps[row] = step
        item = self.step_list.item(row)
        item.setText(self._step_label(row, step))
        self.steps_edited.emit()

    def add_step(self) -> None:
        """Add an empty step after the selected one and start typing it."""
        row = self.step_list.currentRow() + 1 if self._steps else 0
        self._steps.insert(row, _empty_step())
        self._fill_steps(row)
        self.step_text.setFocus()
        self.steps_edited.emit()

    def remove_step(self) -> None:
        """Remove the selected step."""
        row = self.step_list.currentRow()
        if 0 <= row < len(self._steps):
            del self._steps[row]
            self._fill_steps(row)
            self.steps_edited.emit()

    def move_step(self, step: int) -> None:
        """Move the selected step up (-1) or down (+1)."""
        row = self.step_list.currentRow()
        to = row + step
        if 0 <= row < len(self._steps) and 0 <= to < len(self._steps):
            self._steps.insert(to, self._steps.pop(row))
            self._fill_steps(to)
            self.steps_edited.emit()
