"""Create or change the user's own exercise: text, steps, default dosage, variants and pictures."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.content.loader import NO_LINES
from rehab_app.core.content.user_files import (
    SaveError,
    check_exercise,
    import_picture,
    taken_ids,
    unique_id,
)
from rehab_app.core.content.validate import Problem, convert
from rehab_app.core.content.workspace import Workspace
from rehab_app.core.content.yamlsafe import Document
from rehab_app.core.i18n import LINE_LISTS, pick
from rehab_app.core.models import SCHEMA_VERSION, Dosage, Exercise
from rehab_app.ui.common.controls import named, named_button
from rehab_app.ui.editor.exercise.about import AboutBox
from rehab_app.ui.editor.exercise.pictures import PicturesBox, ask_for_picture
from rehab_app.ui.editor.exercise.sides import SidesBox
from rehab_app.ui.editor.exercise.steps import StepsEditor
from rehab_app.ui.editor.exercise.tips import TipsBox, VariantsBox
from rehab_app.ui.editor.program.dosage_controls import problems_html
from rehab_app.ui.editor.program.dosage_form import DosageForm

NEW_DOSAGE = Dosage(sets=2, reps=10)


class ExerciseEditor(QDialog):
    """A dialog to create an exercise, or change one of the user's own; read `saved_exercise` after.

    Set `choose_file` to pick pictures without a file dialog (tests). Saving copies new pictures
    in with `import_picture` and writes the file through the workspace, which updates the Library.
    A shipped exercise is not changed: it becomes the starting point of a new one.
    """

    def __init__(
        self,
        workspace: Workspace,
        exercise: Exercise | None,
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseEditor")
        # Other exercises' names are shown in `language`; this one's texts stay as written.
        self._language = language
        self._workspace = workspace
        self._paths = workspace.paths
        self._library = library = workspace.library
        origin = library.exercise_origins.get(exercise.id) if exercise is not None else None
        self._editing = exercise if origin is not None and origin.user else None
        self._template = exercise
        self._saved: Exercise | None = None
        self._loading = False
        self._problems: list[str] = []
        self.choose_file: Callable[[], Path | None] = self._ask_for_picture
        self.setWindowTitle(
            self.tr("Edit exercise") if self._editing is not None else self.tr("New exercise")
        )
        self.setAccessibleName(self.windowTitle())
        self._build()
        self._fill(exercise)
        self._connect()
        self._validate()
        self.resize(1180, 720)

    @property
    def saved_exercise(self) -> Exercise | None:
        """The exercise as saved, once the dialog was accepted."""
        return self._saved

    @property
    def problems(self) -> list[str]:
        """What must be fixed before saving (empty: ready)."""
        return list(self._problems)

    def exercise_id(self) -> str:
        """The id the exercise is (or will be) saved under."""
        if self._editing is not None:
            return self._editing.id
        name = self.name_edit.text().strip()
        return unique_id(name or "custom", taken_ids(self._paths, self._library, "exercise"))

    # ----- building -----

    def _build(self) -> None:
        body = QWidget(self)
        columns = QHBoxLayout(body)
        columns.setSpacing(14)
        self._about = AboutBox(body)
        self._pictures = PicturesBox(body)
        self._steps = StepsEditor(body)
        dosage_box = QGroupBox(self.tr("Default dosage"), body)
        dosage_box.setObjectName("dosageGroup")
        self.dosage = DosageForm(False, dosage_box)
        QVBoxLayout(dosage_box).addWidget(self.dosage)
        self._sides = SidesBox(body)
        self._tips = TipsBox(body)
        own = self._editing.id if self._editing is not None else None
        self._variants = VariantsBox(self._library, own, body, self._language)
        self._share_controls()
        about = QVBoxLayout()
        about.addWidget(self._about)
        about.addWidget(self._pictures)
        about.addStretch(1)
        steps = QVBoxLayout()
        steps.addWidget(self._steps, 1)
        steps.addWidget(dosage_box)
        steps.addWidget(self._sides)
        tips = QVBoxLayout()
        tips.addWidget(self._tips)
        tips.addWidget(self._variants, 1)
        for column in (about, steps, tips):
            columns.addLayout(column, 1)
        scroll = QScrollArea(self)
        scroll.setObjectName("exerciseScroll")
        scroll.setAccessibleName(self.tr("Exercise details"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.problems_label = named(
            QLabel(self), "exerciseProblems", self.tr("Problems"),
            self.tr("What must be fixed before this exercise can be saved"),
        )  # fmt: skip
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.RichText)
        self.problems_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.problems_label.setMargin(6)
        self.save_button = named_button(
            self.tr("Sa&ve exercise"), "saveExerciseButton",
            self.tr("Save the exercise to your exercises folder"), self,
        )  # fmt: skip
        self.save_button.setDefault(True)
        self.cancel_button = named_button(
            self.tr("Cancel"), "cancelButton", self.tr("Close without saving"), self
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.problems_label, 1)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def _share_controls(self) -> None:
        # Callers and tests reach every control on the dialog itself, whichever box holds it.
        about, pictures, steps, tips = self._about, self._pictures, self._steps, self._tips
        self.name_edit, self.id_label = about.name_edit, about.id_label
        self.category, self.summary = about.category, about.summary
        self.start_position = about.start_position
        self.previews, self.picture_note = pictures.previews, pictures.picture_note
        self.choose_buttons = pictures.choose_buttons
        self.remove_picture_buttons = pictures.remove_picture_buttons
        self.step_list, self.step_text = steps.step_list, steps.step_text
        self.step_kind, self.step_seconds = steps.step_kind, steps.step_seconds
        self.add_step_button = steps.add_step_button
        self.remove_step_button = steps.remove_step_button
        self.step_up_button, self.step_down_button = steps.step_up_button, steps.step_down_button
        self.targets, self.cues = tips.targets, tips.cues
        self.mistakes, self.cautions = tips.mistakes, tips.cautions
        self.easier, self.harder = self._variants.easier, self._variants.harder
        self.left_side, self.right_side = self._sides.left_side, self._sides.right_side

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for n, (choose, remove) in enumerate(
            zip(self.choose_buttons, self.remove_picture_buttons, strict=True)
        ):
            choose.clicked.connect(lambda _c=False, n=n: self.choose_picture(n))
            remove.clicked.connect(lambda _c=False, n=n: self.remove_picture(n))
        self._steps.steps_edited.connect(self._validate)
        self._sides.sides_edited.connect(self._validate)
        self.name_edit.textChanged.connect(self._validate)
        self.category.currentIndexChanged.connect(self._validate)
        for edit in (
            self.summary, self.start_position, self.targets, self.cues, self.mistakes, self.cautions
        ):  # fmt: skip
            edit.textChanged.connect(self._validate)
        self.dosage.field_edited.connect(lambda *_: self._validate())
        self.dosage.problem_changed.connect(self._validate)
        for variants in (self.easier, self.harder):
            variants.itemChanged.connect(lambda _item: self._validate())

    # ----- filling and reading the form -----

    def _fill(self, exercise: Exercise | None) -> None:
        self._loading = True
        try:
            if exercise is None:
                self.dosage.show_values(NEW_DOSAGE)
                self._steps.show_steps(None)
                self._pictures.show_kept((), ())
            else:
                name = exercise.name
                if self._editing is None:
                    # A copy is named in the user's language, so "(mine)" reads as one name.
                    plain = pick(exercise.name, exercise.name_i18n, self._language)
                    name = self.tr("{0} (mine)").format(plain)[:200]
                self._about.show_exercise(exercise, name)
                self._steps.show_steps(exercise.steps)
                self.dosage.show_values(exercise.dosage)
                self._sides.show_exercise(exercise)
                self._tips.show_exercise(exercise)
                self._variants.show_exercise(exercise)
                shown = self._library.images.get(exercise.id, ())
                self._pictures.show_kept(shown, exercise.images)
        finally:
            self._loading = False

    def form_data(self) -> dict[str, Any]:
        """The form as plain data, in the file format (pictures not yet copied are left out)."""
        dosage: dict[str, Any] = {}
        for key, value in self.dosage.values().items():
            if value is not None:
                dosage[key] = list(value) if isinstance(value, tuple) else value
        data: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "id": self.exercise_id(),
            "name": self.name_edit.text().strip(),
            "category": self.category.currentData(),
            "summary": self.summary.toPlainText().strip(),
            "start_position": self.start_position.toPlainText().strip(),
            "steps": self._steps.steps_data(),
            "dosage": dosage,
        }
        # Translations stay only while the text they translate is unchanged.
        for key in ("name", "summary", "start_position"):
            translations = getattr(self._template, f"{key}_i18n", None)
            if translations and getattr(self._template, key) == data[key]:
                data[f"{key}_i18n"] = dict(translations)
        data.update(self._sides.sides_data())
        if self._template is not None and self._template.safety_tags:
            # Not editable here yet; a copy must still avoid what the original avoids.
            data["safety_tags"] = [tag.value for tag in self._template.safety_tags]
        data.update(self._tips.tips_data())
        for key in LINE_LISTS:
            translations = getattr(self._template, f"{key}_i18n", None)
            if translations and list(getattr(self._template, key)) == data.get(key, []):
                data[f"{key}_i18n"] = {lang: list(lines) for lang, lines in translations.items()}
        data.update(self._variants.variants_data())
        if kept := self._pictures.kept():
            data["images"] = kept
        return data

    def build(self) -> tuple[Exercise | None, list[Problem]]:
        """The exercise the form describes, or the loader's messages saying what is wrong."""
        exercise, problems = convert(Document(self.form_data(), NO_LINES.lines), Exercise, None)
        if exercise is None:
            return None, problems
        return exercise, check_exercise(exercise, self._library)

    # ----- steps and pictures -----

    def add_step(self) -> None:
        """Add an empty step after the selected one and start typing it."""
        self._steps.add_step()

    def remove_step(self) -> None:
        """Remove the selected step."""
        self._steps.remove_step()

    def move_step(self, step: int) -> None:
        """Move the selected step up (-1) or down (+1)."""
        self._steps.move_step(step)

    def choose_picture(self, n: int) -> None:
        """Ask for a picture file for slot `n` (0 or 1); it is copied in on save."""
        chosen = self.choose_file()
        if chosen is not None and self._pictures.put(n, chosen):
            self._validate()

    def remove_picture(self, n: int) -> None:
        """Drop picture `n` from the exercise (files already copied stay in the data folder)."""
        if self._pictures.remove(n):
            self._validate()

    def _ask_for_picture(self) -> Path | None:
        return ask_for_picture(self)

    # ----- checking and saving -----

    def _validate(self) -> None:
        if self._loading:
            return
        named = bool(self.name_edit.text().strip())
        self.id_label.setText(self.exercise_id() if named else self.tr("(made from the name)"))
        _exercise, found = self.build()
        lines = [f"{p.field}: {p.message}" if p.field else p.message for p in found]
        if (problem := self.dosage.problem()) is not None:
            lines.append(problem)
        self._problems = lines
        self.save_button.setEnabled(not lines)
        self.problems_label.setText(
            problems_html(
                lines, self.tr("No problems: ready to save."), self.tr("Fix before saving:")
            )
        )

    def save(self) -> bool:
        """Copy new pictures in, write the exercise, update the Library and close; False if not."""
        self._validate()
        exercise, found = self.build()
        if exercise is None or self._problems:
            return False
        try:
            names = [
                slot.kept
                if slot.source is None
                else import_picture(self._paths, slot.source, exercise.id, n)
                for n, slot in enumerate(self._pictures.slots, start=1)
            ]
            data = self.form_data()
            if names:
                data["images"] = names
            final, found = convert(Document(data, NO_LINES.lines), Exercise, None)
            if final is None:
                raise SaveError("; ".join(p.message for p in found))
            self._workspace.save_exercise(final)
        except (OSError, SaveError) as exc:
            self.problems_label.setText(html.escape(self.tr("Not saved: {0}").format(exc)))
            return False
        self._saved = final
        self.accept()
        return True
