"""Create or change the user's own exercise: text, steps, default dosage, variants and pictures."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.loader import NO_LINES, Library, Origin
from rehab_app.core.models import SCHEMA_VERSION, Category, Dosage, Exercise, Step, StepKind
from rehab_app.core.paths import AppPaths
from rehab_app.core.user_files import (
    MAX_PICTURE_BYTES,
    PICTURE_SUFFIXES,
    SaveError,
    check_exercise,
    import_picture,
    picture_problem,
    save_exercise,
    taken_ids,
    unique_id,
)
from rehab_app.core.validate import Problem, convert
from rehab_app.core.yamlsafe import Document
from rehab_app.ui.dosage_editor import DosageForm, named, problems_html
from rehab_app.ui.pictures import picture
from rehab_app.ui.texts import category_label

MAX_PICTURES = 2
PREVIEW = QSize(180, 120)
NEW_DOSAGE = Dosage(sets=2, reps=10)


@dataclass(frozen=True, slots=True)
class PictureSlot:
    """One picture: a name already in assets/ (`kept`), or a file to copy in on save (`source`)."""

    shown: Path
    kept: str = ""
    source: Path | None = None


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class ExerciseEditor(QDialog):
    """A dialog to create an exercise, or change one of the user's own; read `saved_exercise` after.

    Set `choose_file` to pick pictures without a file dialog (tests). Saving writes the file with
    `save_exercise`, copies new pictures in with `import_picture`, and updates the shared Library.
    A shipped exercise is not changed: it becomes the starting point of a new one.
    """

    def __init__(
        self,
        paths: AppPaths,
        library: Library,
        exercise: Exercise | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseEditor")
        self._paths = paths
        self._library = library
        origin = library.exercise_origins.get(exercise.id) if exercise is not None else None
        self._editing = exercise if origin is not None and origin.user else None
        self._template = exercise
        self._saved: Exercise | None = None
        self._steps: list[dict[str, Any]] = []
        self._pictures: list[PictureSlot] = []
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

    def _kind_labels(self) -> dict[StepKind, str]:
        return {
            StepKind.SETUP: self.tr("Setup"),
            StepKind.MOVEMENT: self.tr("Movement"),
            StepKind.CUE: self.tr("Cue"),
            StepKind.BREATHING: self.tr("Breathing"),
            StepKind.SAFETY: self.tr("Safety"),
        }

    def _button(self, text: str, name: str, tip: str, parent: QWidget) -> QPushButton:
        return named(QPushButton(text, parent), name, text.replace("&", "").rstrip("…"), tip)

    def _text_box(
        self, parent: QWidget, name: str, label: str, tip: str, lines: int
    ) -> QPlainTextEdit:
        edit = named(QPlainTextEdit(parent), name, label, tip)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)
        return edit

    def _build(self) -> None:
        body = QWidget(self)
        columns = QHBoxLayout(body)
        columns.setSpacing(14)
        columns.addLayout(self._build_about(body), 1)
        columns.addLayout(self._build_steps(body), 1)
        columns.addLayout(self._build_tips(body), 1)
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
        self.save_button = self._button(
            self.tr("Sa&ve exercise"), "saveExerciseButton",
            self.tr("Save the exercise to your exercises folder"), self,
        )  # fmt: skip
        self.save_button.setDefault(True)
        self.cancel_button = self._button(
            self.tr("Cancel"), "cancelButton", self.tr("Close without saving"), self
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.problems_label, 1)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def _build_about(self, body: QWidget) -> QVBoxLayout:
        box = QGroupBox(self.tr("About the exercise"), body)
        box.setObjectName("aboutGroup")
        self.name_edit = named(
            QLineEdit(box), "exerciseName", self.tr("Exercise name"),
            self.tr("The name shown in the library and the player"),
        )  # fmt: skip
        self.id_label = named(
            QLabel(box), "exerciseId", self.tr("File name"),
            self.tr("The exercise is saved under this id; it cannot change later"),
        )  # fmt: skip
        self.category = named(
            QComboBox(box), "exerciseCategory", self.tr("Category"),
            self.tr("What kind of exercise it is; the library filters by this"),
        )  # fmt: skip
        for cat in Category:
            self.category.addItem(category_label(cat), cat.value)
        self.summary = self._text_box(
            box,
            "exerciseSummary",
            self.tr("Summary"),
            self.tr("One or two sentences: what it is for"),
            3,
        )
        self.start_position = self._text_box(
            box, "startPosition", self.tr("Start position"),
            self.tr("How to get into position before the first step"), 3,
        )  # fmt: skip
        form = QFormLayout(box)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("Saved as:"), self.id_label)
        form.addRow(self.tr("Cate&gory:"), self.category)
        form.addRow(self.tr("Su&mmary:"), self.summary)
        form.addRow(self.tr("Start pos&ition:"), self.start_position)
        pictures = QGroupBox(self.tr("Pictures (start and end position)"), body)
        pictures.setObjectName("picturesGroup")
        grid = QGridLayout(pictures)
        self.previews: list[QLabel] = []
        self.choose_buttons: list[QPushButton] = []
        self.remove_picture_buttons: list[QPushButton] = []
        for n in range(MAX_PICTURES):
            preview = named(
                QLabel(pictures), f"picturePreview{n + 1}",
                self.tr("Picture {0}").format(n + 1), self.tr("Preview of picture {0}").format(n + 1),
            )  # fmt: skip
            preview.setFixedSize(PREVIEW)
            preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
            preview.setFrameShape(QFrame.Shape.StyledPanel)
            choose = self._button(
                self.tr("Choose picture…"), f"choosePicture{n + 1}Button",
                self.tr("Pick an SVG, PNG, JPEG or WebP file; it is copied into your data folder"),
                pictures,
            )  # fmt: skip
            remove = self._button(
                self.tr("Remove"), f"removePicture{n + 1}Button",
                self.tr("Remove picture {0}").format(n + 1), pictures,
            )  # fmt: skip
            grid.addWidget(preview, 0, n)
            grid.addWidget(choose, 1, n)
            grid.addWidget(remove, 2, n)
            self.previews.append(preview)
            self.choose_buttons.append(choose)
            self.remove_picture_buttons.append(remove)
        self.picture_note = QLabel(pictures)
        self.picture_note.setObjectName("pictureNote")
        self.picture_note.setWordWrap(True)
        self.picture_note.setVisible(False)
        grid.addWidget(self.picture_note, 3, 0, 1, MAX_PICTURES)
        column = QVBoxLayout()
        column.addWidget(box)
        column.addWidget(pictures)
        column.addStretch(1)
        return column

    def _build_steps(self, body: QWidget) -> QVBoxLayout:
        box = QGroupBox(self.tr("Steps"), body)
        box.setObjectName("stepsGroup")
        self.step_list = named(
            QListWidget(box), "stepList", self.tr("Steps"),
            self.tr("The numbered steps, in the order the player shows them"),
        )  # fmt: skip
        self.step_list.setWordWrap(True)
        self.step_list.setAlternatingRowColors(True)
        self.add_step_button = self._button(
            self.tr("Add step"), "addStepButton", self.tr("Add a step after the selected one"), box
        )
        self.remove_step_button = self._button(
            self.tr("Remove"), "removeStepButton", self.tr("Remove the selected step"), box
        )
        self.step_up_button = self._button(
            self.tr("Up"), "stepUpButton", self.tr("Move the selected step up"), box
        )
        self.step_down_button = self._button(
            self.tr("Down"), "stepDownButton", self.tr("Move the selected step down"), box
        )
        self.step_text = self._text_box(
            box, "stepText", self.tr("Step text"), self.tr("What to do in this step"), 2
        )
        self.step_kind = named(
            QComboBox(box), "stepKind", self.tr("Step kind"),
            self.tr("Setup, movement, cue, breathing or safety"),
        )  # fmt: skip
        for kind, label in self._kind_labels().items():
            self.step_kind.addItem(label, kind.value)
        self.step_seconds = named(
            QSpinBox(box), "stepSeconds", self.tr("Step seconds"),
            self.tr("Optional: how long this step lasts within a rep or hold"),
        )  # fmt: skip
        self.step_seconds.setRange(0, 7200)
        self.step_seconds.setSuffix(self.tr(" s"))
        self.step_seconds.setSpecialValueText(self.tr("Not timed"))
        row = QHBoxLayout()
        for button in (self.add_step_button, self.remove_step_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.step_up_button, self.step_down_button):
            row.addWidget(button)
        form = QFormLayout()
        form.addRow(self.tr("Step te&xt:"), self.step_text)
        form.addRow(self.tr("Kind:"), self.step_kind)
        form.addRow(self.tr("Secon&ds:"), self.step_seconds)
        layout = QVBoxLayout(box)
        layout.addWidget(self.step_list, 1)
        layout.addLayout(row)
        layout.addLayout(form)
        dosage_box = QGroupBox(self.tr("Default dosage"), body)
        dosage_box.setObjectName("dosageGroup")
        self.dosage = DosageForm(False, dosage_box)
        QVBoxLayout(dosage_box).addWidget(self.dosage)
        column = QVBoxLayout()
        column.addWidget(box, 1)
        column.addWidget(dosage_box)
        return column

    def _build_tips(self, body: QWidget) -> QVBoxLayout:
        box = QGroupBox(self.tr("Tips (one per line)"), body)
        box.setObjectName("tipsGroup")
        tips = (
            ("targetsEdit", self.tr("Targets"), self.tr("Muscles or skills it works")),
            ("cuesEdit", self.tr("Cues"), self.tr("Helpful cues")),
            ("mistakesEdit", self.tr("Common mistakes"), self.tr("Common mistakes")),
            ("cautionsEdit", self.tr("Cautions"), self.tr("When to stop or take care")),
        )
        self.targets, self.cues, self.mistakes, self.cautions = (
            self._text_box(box, name, label, self.tr("{0}, one per line").format(tip), 3)
            for name, label, tip in tips
        )
        form = QFormLayout(box)
        form.addRow(self.tr("T&argets:"), self.targets)
        form.addRow(self.tr("&Cues:"), self.cues)
        form.addRow(self.tr("Mista&kes:"), self.mistakes)
        form.addRow(self.tr("Cautions:"), self.cautions)
        variants = QGroupBox(self.tr("Variants"), body)
        variants.setObjectName("variantsGroup")
        self.easier = self._variant_list(variants, "easierList", self.tr("Easier variants"))
        self.harder = self._variant_list(variants, "harderList", self.tr("Harder variants"))
        grid = QGridLayout(variants)
        for col, (text, widget) in enumerate(
            ((self.tr("Easier:"), self.easier), (self.tr("Harder:"), self.harder))
        ):
            label = QLabel(text, variants)
            label.setBuddy(widget)
            grid.addWidget(label, 0, col)
            grid.addWidget(widget, 1, col)
        column = QVBoxLayout()
        column.addWidget(box)
        column.addWidget(variants, 1)
        return column

    def _variant_list(self, parent: QWidget, name: str, label: str) -> QListWidget:
        widget = named(
            QListWidget(parent), name, label,
            self.tr("Tick the exercises the player may offer instead"),
        )  # fmt: skip
        own = self._editing.id if self._editing is not None else None
        for exercise in sorted(self._library.exercises.values(), key=lambda e: e.name.lower()):
            if exercise.id == own:
                continue
            item = QListWidgetItem(exercise.name, widget)
            item.setToolTip(exercise.name)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        widget.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        return widget

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for n in range(MAX_PICTURES):
            self.choose_buttons[n].clicked.connect(lambda _c=False, n=n: self.choose_picture(n))
            self.remove_picture_buttons[n].clicked.connect(
                lambda _c=False, n=n: self.remove_picture(n)
            )
        self.add_step_button.clicked.connect(self.add_step)
        self.remove_step_button.clicked.connect(self.remove_step)
        self.step_up_button.clicked.connect(lambda: self.move_step(-1))
        self.step_down_button.clicked.connect(lambda: self.move_step(1))
        self.step_list.currentRowChanged.connect(self._show_step)
        self.step_text.textChanged.connect(self._step_edited)
        self.step_kind.currentIndexChanged.connect(self._step_edited)
        self.step_seconds.valueChanged.connect(self._step_edited)
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
                self._steps = [{"text": "", "kind": StepKind.MOVEMENT.value, "seconds": None}]
            else:
                name = exercise.name
                if self._editing is None:
                    name = self.tr("{0} (mine)").format(exercise.name)[:200]
                self.name_edit.setText(name)
                self.category.setCurrentIndex(self.category.findData(exercise.category.value))
                self.summary.setPlainText(exercise.summary)
                self.start_position.setPlainText(exercise.start_position)
                self._steps = [
                    {"text": s.text, "kind": s.kind.value, "seconds": s.seconds, "i18n": s}
                    for s in exercise.steps
                ]
                self.dosage.show_values(exercise.dosage)
                for edit, items in (
                    (self.targets, exercise.targets),
                    (self.cues, exercise.cues),
                    (self.mistakes, exercise.mistakes),
                    (self.cautions, exercise.cautions),
                ):
                    edit.setPlainText("\n".join(items))
                for widget, ids in ((self.easier, exercise.easier), (self.harder, exercise.harder)):
                    for i in range(widget.count()):
                        item = widget.item(i)
                        if item.data(Qt.ItemDataRole.UserRole) in ids:
                            item.setCheckState(Qt.CheckState.Checked)
                shown = self._library.images.get(exercise.id, ())
                self._pictures = [
                    PictureSlot(path, kept=name)
                    for path, name in zip(shown, exercise.images, strict=False)
                ][:MAX_PICTURES]
            self._fill_steps(0)
            self._show_pictures()
        finally:
            self._loading = False

    def form_data(self) -> dict[str, Any]:
        """The form as plain data, in the file format (pictures not yet copied are left out)."""
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
            "steps": steps,
            "dosage": dosage,
        }
        for key in ("name", "summary"):
            translations = getattr(self._template, f"{key}_i18n", None)
            if translations and getattr(self._template, key) == data[key]:
                data[f"{key}_i18n"] = dict(translations)
        for key, edit in (
            ("targets", self.targets),
            ("cues", self.cues),
            ("mistakes", self.mistakes),
            ("cautions", self.cautions),
        ):
            if lines := _lines(edit):
                data[key] = lines
        for key, widget in (("easier", self.easier), ("harder", self.harder)):
            ids = [
                widget.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked
            ]
            if ids:
                data[key] = ids
        kept = [slot.kept for slot in self._pictures if slot.source is None]
        if kept:
            data["images"] = kept
        return data

    def build(self) -> tuple[Exercise | None, list[Problem]]:
        """The exercise the form describes, or the loader's messages saying what is wrong."""
        exercise, problems = convert(Document(self.form_data(), NO_LINES.lines), Exercise, None)
        if exercise is None:
            return None, problems
        return exercise, check_exercise(exercise, self._library)

    # ----- steps -----

    def _step_label(self, n: int, step: dict[str, Any]) -> str:
        extra = [self._kind_labels()[StepKind(step["kind"])].lower()]
        if step["seconds"]:
            extra.append(self.tr("{0} s").format(step["seconds"]))
        text = step["text"].strip() or self.tr("(no text yet)")
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
        self._validate()

    def add_step(self) -> None:
        """Add an empty step after the selected one and start typing it."""
        row = self.step_list.currentRow() + 1 if self._steps else 0
        self._steps.insert(row, {"text": "", "kind": StepKind.MOVEMENT.value, "seconds": None})
        self._fill_steps(row)
        self.step_text.setFocus()
        self._validate()

    def remove_step(self) -> None:
        """Remove the selected step."""
        row = self.step_list.currentRow()
        if 0 <= row < len(self._steps):
            del self._steps[row]
            self._fill_steps(row)
            self._validate()

    def move_step(self, step: int) -> None:
        """Move the selected step up (-1) or down (+1)."""
        row = self.step_list.currentRow()
        to = row + step
        if 0 <= row < len(self._steps) and 0 <= to < len(self._steps):
            self._steps.insert(to, self._steps.pop(row))
            self._fill_steps(to)
            self._validate()

    # ----- pictures -----

    def choose_picture(self, n: int) -> None:
        """Ask for a picture file for slot `n` (0 or 1); it is copied in on save."""
        chosen = self.choose_file()
        if chosen is None:
            return
        try:
            with chosen.open("rb") as handle:
                why = picture_problem(chosen.name, handle.read(MAX_PICTURE_BYTES + 1))
        except OSError as exc:
            why = exc.strerror or str(exc)
        self.picture_note.setVisible(why is not None)
        if why is not None:
            self.picture_note.setText(self.tr("{0} was not added: {1}.").format(chosen.name, why))
            return
        slot = PictureSlot(chosen, source=chosen)
        if n < len(self._pictures):
            self._pictures[n] = slot
        else:
            self._pictures.append(slot)
        self._show_pictures()
        self._validate()

    def remove_picture(self, n: int) -> None:
        """Drop picture `n` from the exercise (files already copied stay in the data folder)."""
        if n < len(self._pictures):
            del self._pictures[n]
            self._show_pictures()
            self._validate()

    def _show_pictures(self) -> None:
        ratio = self.devicePixelRatioF()
        for n, preview in enumerate(self.previews):
            slot = self._pictures[n] if n < len(self._pictures) else None
            if slot is None:
                preview.clear()
                preview.setText(self.tr("No picture"))
            else:
                pixmap = picture(slot.shown, PREVIEW, ratio=ratio)
                if pixmap.isNull():
                    preview.setText(self.tr("Cannot show\n{0}").format(slot.shown.name))
                else:
                    preview.setPixmap(pixmap)
            # Pictures fill the slots in order: the second one needs the first.
            self.choose_buttons[n].setEnabled(n <= len(self._pictures))
            self.remove_picture_buttons[n].setEnabled(slot is not None)

    def _ask_for_picture(self) -> Path | None:
        patterns = " ".join(f"*{suffix}" for suffix in PICTURE_SUFFIXES)
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a picture"),
            str(Path.home()),
            self.tr("Pictures ({0})").format(patterns),
        )
        return Path(name) if name else None

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
                for n, slot in enumerate(self._pictures, start=1)
            ]
            data = self.form_data()
            if names:
                data["images"] = names
            final, found = convert(Document(data, NO_LINES.lines), Exercise, None)
            if final is None:
                raise SaveError("; ".join(p.message for p in found))
            path = save_exercise(self._paths, final)
        except (OSError, SaveError) as exc:
            self.problems_label.setText(html.escape(self.tr("Not saved: {0}").format(exc)))
            return False
        self._register(final, path)
        self._saved = final
        self.accept()
        return True

    def _register(self, exercise: Exercise, path: Path) -> None:
        """Make the saved exercise usable at once, as the loader would have loaded it."""
        key = exercise.id
        shipped = (self._paths.shipped_exercises / f"{key}.yaml").exists()
        images = []
        for name in exercise.images:
            for folder in (self._paths.user_assets, self._paths.shipped_assets):
                if (folder / name).is_file():
                    images.append(folder / name)
                    break
        self._library.exercises[key] = exercise
        self._library.exercise_origins[key] = Origin(path, True, shipped)
        self._library.images[key] = tuple(images)
