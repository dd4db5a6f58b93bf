"""The program editor's panels: the selected item's dosage, rest and note, and program settings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.models import Exercise, Program, ProgramItem
from rehab_app.ui.common.controls import named
from rehab_app.ui.editor.program.dosage_form import MAX_SECONDS, DosageForm


class ItemPanel(QGroupBox):
    """The selected program item: its dosage changes, the rest after it and a note.

    Signals:
        dosage_edited(str, object): a dosage field changed (None: the exercise's default).
        item_edited(str, object): `rest_after_s` or `note` changed (None: default or none).
    """

    dosage_edited = Signal(str, object)
    item_edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemGroup")
        self._loading = False
        self.dosage = DosageForm(True, self)
        self.rest_after = named(
            QSpinBox(self), "restAfterSpin", self.tr("Rest after this exercise"),
            self.tr("Rest after this exercise instead of the program's rest between exercises"),
        )  # fmt: skip
        self.rest_after.setRange(-1, MAX_SECONDS)
        self.rest_after.setSuffix(self.tr(" s"))
        self.rest_after.setAccelerated(True)
        self.note_edit = named(
            QLineEdit(self), "noteEdit", self.tr("Note"),
            self.tr("A reminder shown in the player during this exercise"),
        )  # fmt: skip
        self.note_edit.setPlaceholderText(self.tr("Optional, e.g. swap the leading side each set"))
        form = QFormLayout()
        form.addRow(self.tr("Rest a&fter:"), self.rest_after)
        form.addRow(self.tr("Note:"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.dosage)
        layout.addLayout(form)
        self.dosage.field_edited.connect(self.dosage_edited)
        self.rest_after.valueChanged.connect(self._rest_edited)
        self.note_edit.textChanged.connect(self._note_edited)
        self.show_item(None, None, 0)

    def inputs(self) -> tuple[QWidget, ...]:
        """Every input control of the panel."""
        return (*self.dosage.inputs(), self.rest_after, self.note_edit)

    def show_item(self, item: ProgramItem | None, exercise: Exercise | None, rest: int) -> None:
        """Fill the panel (None: nothing selected); `rest` is the program's rest between."""
        self.setEnabled(item is not None)
        if item is None:
            self.setTitle(self.tr("Selected exercise: none"))
            item, exercise = ProgramItem(exercise="none"), None
        else:
            name = exercise.name if exercise is not None else item.exercise
            self.setTitle(self.tr("Selected exercise: {0}").format(name))
        self._loading = True
        try:
            self.dosage.set_base(exercise.dosage if exercise is not None else None)
            self.dosage.show_values(item.dosage)
            self.rest_after.setSpecialValueText(self.tr("Default: {0} s").format(rest))
            wanted = -1 if item.rest_after_s is None else item.rest_after_s
            if self.rest_after.value() != wanted:
                self.rest_after.setValue(wanted)
            if (self.note_edit.text().strip() or None) != item.note:
                self.note_edit.setText(item.note or "")
        finally:
            self._loading = False

    def _rest_edited(self, value: int) -> None:
        if not self._loading:
            self.item_edited.emit("rest_after_s", None if value < 0 else value)

    def _note_edited(self, text: str) -> None:
        if not self._loading:
            self.item_edited.emit("note", text.strip() or None)


class SettingsPanel(QGroupBox):
    """A program's own settings: name, description, stage, pain ceiling, rests, sessions a week.

    Signals:
        setting_edited(str, object, str): a field changed: its name, new value, and a label.
    """

    setting_edited = Signal(str, object, str)

    def __init__(self, stages: list[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Program settings"), parent)
        self.setObjectName("settingsGroup")
        self._loading = False
        self.name_edit = named(
            QLineEdit(self),
            "nameEdit",
            self.tr("Program name"),
            self.tr("The name in the program list"),
        )
        self.description_edit = named(
            QPlainTextEdit(self), "descriptionEdit", self.tr("Description"),
            self.tr("What the program is for, how often to do it, when to move on"),
        )  # fmt: skip
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.stage_edit = named(
            QLineEdit(self), "stageEdit", self.tr("Stage"),
            self.tr("Shown in the program list: acute, mobility, core, return to run…"),
        )  # fmt: skip
        completer = QCompleter(stages, self.stage_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.stage_edit.setCompleter(completer)
        self.pain_ceiling = self._spin(
            "painCeilingSpin", self.tr("Pain ceiling"),
            self.tr("Pain above this (0 to 10) during a session brings up the stop rules"), 0, 10,
            self.tr(" / 10"),
        )  # fmt: skip
        self.get_ready = self._spin(
            "getReadySpin", self.tr("Get ready"), self.tr("Countdown before the first exercise")
        )
        self.rest_between = self._spin(
            "restBetweenSpin", self.tr("Rest between exercises"),
            self.tr("Rest after each exercise, unless the exercise sets its own"),
        )  # fmt: skip
        self.sessions = self._spin(
            "sessionsSpin", self.tr("Sessions per week"), self.tr("How many sessions a week you aim for"),
            1, 21, "",
        )  # fmt: skip
        form = QFormLayout(self)
        form.addRow(self.tr("Na&me:"), self.name_edit)
        form.addRow(self.tr("Descr&iption:"), self.description_edit)
        form.addRow(self.tr("Sta&ge:"), self.stage_edit)
        form.addRow(self.tr("Pain ceiling:"), self.pain_ceiling)
        form.addRow(self.tr("Get read&y:"), self.get_ready)
        form.addRow(self.tr("Rest &between:"), self.rest_between)
        form.addRow(self.tr("Sessions a &week:"), self.sessions)
        self.name_edit.textChanged.connect(lambda t: self._edited("name", t, self.tr("name")))
        self.stage_edit.textChanged.connect(lambda t: self._edited("stage", t, self.tr("stage")))
        self.description_edit.textChanged.connect(
            lambda: self._edited(
                "description", self.description_edit.toPlainText(), self.tr("description")
            )
        )
        for spin, field, label in (
            (self.pain_ceiling, "pain_ceiling", self.tr("pain ceiling")),
            (self.get_ready, "get_ready_s", self.tr("get ready time")),
            (self.rest_between, "rest_between_s", self.tr("rest between exercises")),
            (self.sessions, "sessions_per_week", self.tr("sessions per week")),
        ):
            spin.valueChanged.connect(lambda v, f=field, n=label: self._edited(f, v, n))

    def _spin(
        self, name: str, text: str, tip: str, low: int = 0, high: int = MAX_SECONDS,
        suffix: str | None = None,
    ) -> QSpinBox:  # fmt: skip
        spin = named(QSpinBox(self), name, text, tip)
        spin.setRange(low, high)
        spin.setSuffix(self.tr(" s") if suffix is None else suffix)
        spin.setAccelerated(True)
        return spin

    def inputs(self) -> tuple[QWidget, ...]:
        """Every input control of the panel."""
        return (
            self.name_edit, self.description_edit, self.stage_edit, self.pain_ceiling,
            self.get_ready, self.rest_between, self.sessions,
        )  # fmt: skip

    def show_program(self, program: Program) -> None:
        """Fill the fields, leaving alone any that already say the same (keeps the cursor)."""
        self._loading = True
        try:
            for edit, text in ((self.name_edit, program.name), (self.stage_edit, program.stage)):
                if edit.text().strip() != text:
                    edit.setText(text)
            if self.description_edit.toPlainText().strip() != program.description:
                self.description_edit.setPlainText(program.description)
            for spin, value in (
                (self.pain_ceiling, program.pain_ceiling),
                (self.get_ready, program.get_ready_s),
                (self.rest_between, program.rest_between_s),
                (self.sessions, program.sessions_per_week),
            ):
                if spin.value() != value:
                    spin.setValue(value)
        finally:
            self._loading = False

    def _edited(self, field: str, value: object, label: str) -> None:
        if not self._loading:
            self.setting_edited.emit(
                field, value.strip() if isinstance(value, str) else value, label
            )
