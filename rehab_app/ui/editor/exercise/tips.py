"""The exercise editor's tips, one per line, and its ticks for easier and harder variants."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from rehab_app.core.content.loader import Library
from rehab_app.core.i18n import pick
from rehab_app.core.models import Exercise
from rehab_app.ui.common.controls import named
from rehab_app.ui.common.texts import translate
from rehab_app.ui.editor.exercise.controls import text_box

# The texts keep the ExerciseEditor translation context: the catalogue files them there.


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class TipsBox(QGroupBox):
    """Targets, cues, common mistakes and cautions, one per line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ExerciseEditor", "Tips (one per line)"), parent)
        self.setObjectName("tipsGroup")
        tips = (
            ("targetsEdit", translate("ExerciseEditor", "Targets"),
             translate("ExerciseEditor", "Muscles or skills it works")),
            ("cuesEdit", translate("ExerciseEditor", "Cues"),
             translate("ExerciseEditor", "Helpful cues")),
            ("mistakesEdit", translate("ExerciseEditor", "Common mistakes"),
             translate("ExerciseEditor", "Common mistakes")),
            ("cautionsEdit", translate("ExerciseEditor", "Cautions"),
             translate("ExerciseEditor", "When to stop or take care")),
        )  # fmt: skip
        one_per_line = translate("ExerciseEditor", "{0}, one per line")
        self.targets, self.cues, self.mistakes, self.cautions = (
            text_box(self, name, label, one_per_line.format(tip), 3) for name, label, tip in tips
        )
        form = QFormLayout(self)
        form.addRow(translate("ExerciseEditor", "T&argets:"), self.targets)
        form.addRow(translate("ExerciseEditor", "&Cues:"), self.cues)
        form.addRow(translate("ExerciseEditor", "Mista&kes:"), self.mistakes)
        form.addRow(translate("ExerciseEditor", "Cautions:"), self.cautions)

    def _edits(self) -> tuple[tuple[str, QPlainTextEdit], ...]:
        return (
            ("targets", self.targets),
            ("cues", self.cues),
            ("mistakes", self.mistakes),
            ("cautions", self.cautions),
        )

    def show_exercise(self, exercise: Exercise) -> None:
        """Fill the boxes from `exercise`."""
        for edit, items in (
            (self.targets, exercise.targets),
            (self.cues, exercise.cues),
            (self.mistakes, exercise.mistakes),
            (self.cautions, exercise.cautions),
        ):
            edit.setPlainText("\n".join(items))

    def tips_data(self) -> dict[str, list[str]]:
        """The boxes that are not empty, as lists of lines in the file format."""
        return {key: lines for key, edit in self._edits() if (lines := _lines(edit))}


class VariantsBox(QGroupBox):
    """Ticks for the exercises the player may offer instead: easier ones and harder ones."""

    def __init__(
        self,
        library: Library,
        own: str | None,
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(translate("ExerciseEditor", "Variants"), parent)
        self.setObjectName("variantsGroup")
        self._library = library
        self._language = language
        self._own = own
        self.easier = self._variant_list(
            "easierList", translate("ExerciseEditor", "Easier variants")
        )
        self.harder = self._variant_list(
            "harderList", translate("ExerciseEditor", "Harder variants")
        )
        grid = QGridLayout(self)
        for col, (text, widget) in enumerate(
            (
                (translate("ExerciseEditor", "Easier:"), self.easier),
                (translate("ExerciseEditor", "Harder:"), self.harder),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, 0, col)
            grid.addWidget(widget, 1, col)

    def _variant_list(self, name: str, label: str) -> QListWidget:
        widget = named(
            QListWidget(self), name, label,
            translate("ExerciseEditor", "Tick the exercises the player may offer instead"),
        )  # fmt: skip
        names = {
            e.id: pick(e.name, e.name_i18n, self._language)
            for e in self._library.exercises.values()
        }
        for key in sorted(names, key=lambda k: names[k].lower()):
            if key == self._own:
                continue
            item = QListWidgetItem(names[key], widget)
            item.setToolTip(names[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        widget.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        return widget

    def show_exercise(self, exercise: Exercise) -> None:
        """Tick the exercise's own variants."""
        for widget, ids in ((self.easier, exercise.easier), (self.harder, exercise.harder)):
            for i in range(widget.count()):
                item = widget.item(i)
                if item.data(Qt.ItemDataRole.UserRole) in ids:
                    item.setCheckState(Qt.CheckState.Checked)

    def variants_data(self) -> dict[str, list[str]]:
        """The ticked exercises' ids, easier and harder, leaving out a side with none ticked."""
        data: dict[str, list[str]] = {}
        for key, widget in (("easier", self.easier), ("harder", self.harder)):
            ids = [
                widget.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked
            ]
            if ids:
                data[key] = ids
        return data
