"""The editors' forms: dosage spin boxes, the selected program item, and program settings."""

from __future__ import annotations

import html
import re
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.models import Dosage, DosageOverride, Exercise, Program, ProgramItem, Reps

W = TypeVar("W", bound=QWidget)

FIELDS = ("sets", "reps", "hold_s", "rep_s", "rest_s", "per_side")
_PYRAMID = re.compile(r"^\s*\d+(\s*-\s*\d+)*\s*$")
_STACK_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
_EXTRA_REDO = QKeySequence("Ctrl+Y")
MAX_SECONDS = 7200
MAX_SHOWN_PROBLEMS = 6


def named(widget: W, object_name: str, accessible: str, tip: str) -> W:
    """Give a control its object name, accessible name and tooltip; returns it."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    widget.setToolTip(tip)
    return widget


def parse_pyramid(text: str) -> tuple[int, ...] | None:
    """`"5-3-1"` -> `(5, 3, 1)`; None unless the text is whole numbers joined by '-'."""
    if not _PYRAMID.match(text):
        return None
    return tuple(int(part) for part in text.split("-"))


def pyramid_text(reps: Reps | None) -> str:
    """`(5, 3, 1)` -> `"5-3-1"`; '' for a single number or none."""
    return "-".join(str(r) for r in reps) if isinstance(reps, tuple | list) else ""


def reps_words(reps: Reps | None) -> str:
    """`(5, 3, 1)` -> `5-3-1`, `10` -> `10`, None -> `none`."""
    if reps is None:
        return "none"
    return pyramid_text(reps) if isinstance(reps, tuple | list) else str(reps)


def problems_html(lines: list[str], ok: str, heading: str) -> str:
    """The problems label's text: a tick and `ok`, or `heading` and the first few problems."""
    if not lines:
        return html.escape(f"✓ {ok}", quote=False)
    shown = [f"⚠ {html.escape(line, quote=False)}" for line in lines[:MAX_SHOWN_PROBLEMS]]
    if len(lines) > MAX_SHOWN_PROBLEMS:
        shown.append(f"… +{len(lines) - MAX_SHOWN_PROBLEMS}")
    return f"<b>{html.escape(heading, quote=False)}</b><br>" + "<br>".join(shown)


class StackKeys(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y reach the editor's undo stack from text fields.

    Line edits and spin boxes claim these keys for their own one-field undo; every change
    in the editors is already on the shared undo stack, so the stack must get them.
    """

    def watch(self, *widgets: QWidget) -> None:
        """Install the filter on these widgets (and a spin box's inner line edit)."""
        for widget in widgets:
            widget.installEventFilter(self)
            inner = widget.findChild(QLineEdit) if isinstance(widget, QAbstractSpinBox) else None
            if inner is not None:
                inner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Swallow the override request (unaccepted) so the shortcut fires instead."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            combo = QKeySequence(event.keyCombination())
            if any(event.matches(key) for key in _STACK_KEYS) or combo == _EXTRA_REDO:
                event.ignore()
                return True
        return False


class DosageForm(QWidget):
    """Sets, reps (or reps per set), hold, rep time, rest and sides.

    In override mode the lowest value of each box means "the exercise's default" (None);
    otherwise the form edits an exercise's own default dosage.

    Signals:
        field_edited(str, object): the user changed one field; the value is None for default.
        problem_changed(): the reps-per-set text became readable or unreadable.
    """

    field_edited = Signal(str, object)
    problem_changed = Signal()

    def __init__(self, override: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dosageForm")
        self._override = override
        self._loading = False
        low = 0 if override else 1
        self.sets = self._spin("setsSpin", self.tr("Sets"), low, 100, "", self.tr("How many sets"))
        self.reps = self._spin(
            "repsSpin", self.tr("Reps"), 0, 100, "",
            self.tr("Reps in every set; for a different number each set, use 'or per set'"),
        )  # fmt: skip
        self.pyramid = named(
            QLineEdit(self), "pyramidEdit", self.tr("Reps per set"),
            self.tr("A different number of reps for each set, e.g. 5-3-1 (one number per set)"),
        )  # fmt: skip
        self.pyramid.setPlaceholderText(self.tr("e.g. 5-3-1"))
        self.pyramid.setClearButtonEnabled(True)
        self.hold_s = self._spin(
            "holdSpin", self.tr("Hold"), 0, MAX_SECONDS, self.tr(" s"),
            self.tr("Seconds each rep is held; without reps, one hold per set"),
        )  # fmt: skip
        self.rep_s = self._spin(
            "repTimeSpin", self.tr("Rep time"), 0, MAX_SECONDS, self.tr(" s"),
            self.tr("Seconds of movement in each rep (tempo), added to the hold"),
        )  # fmt: skip
        self.rest_s = self._spin(
            "restSpin", self.tr("Rest between sets"), -1 if override else 0, MAX_SECONDS,
            self.tr(" s"), self.tr("Seconds of rest after every set but the last"),
        )  # fmt: skip
        self.per_side = named(
            QComboBox(self), "perSideCombo", self.tr("Each side"),
            self.tr("Do every set on the left, then on the right"),
        )  # fmt: skip
        if override:
            self.per_side.addItem(self.tr("Default"), None)
        self.per_side.addItem(self.tr("No, both sides together"), False)
        self.per_side.addItem(self.tr("Yes, left then right"), True)
        self._pyramid_note = QLabel(self)
        self._pyramid_note.setObjectName("pyramidNote")
        self._pyramid_note.setWordWrap(True)
        self._pyramid_note.setVisible(False)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        rows: list[tuple[str, QWidget, str, QWidget]] = [
            (self.tr("&Sets:"), self.sets, self.tr("R&est between sets:"), self.rest_s),
            (self.tr("&Reps:"), self.reps, self.tr("or &per set:"), self.pyramid),
            (self.tr("H&old:"), self.hold_s, self.tr("Rep &time:"), self.rep_s),
        ]
        for row, (left, left_box, right, right_box) in enumerate(rows):
            for col, (text, box) in enumerate(((left, left_box), (right, right_box))):
                label = QLabel(text, self)
                label.setBuddy(box)
                grid.addWidget(label, row, col * 2)
                grid.addWidget(box, row, col * 2 + 1)
        side_label = QLabel(self.tr("Eac&h side:"), self)
        side_label.setBuddy(self.per_side)
        grid.addWidget(side_label, 3, 0)
        grid.addWidget(self.per_side, 3, 1, 1, 3)
        grid.addWidget(self._pyramid_note, 4, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for name in ("sets", "reps", "hold_s", "rep_s", "rest_s"):
            self._spin_of(name).valueChanged.connect(lambda _v, n=name: self._spin_edited(n))
        self.pyramid.textChanged.connect(self._pyramid_edited)
        self.per_side.currentIndexChanged.connect(self._side_edited)
        self.set_base(None)

    def _spin(self, name: str, text: str, low: int, high: int, suffix: str, tip: str) -> QSpinBox:
        spin = named(QSpinBox(self), name, text, tip)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setAccelerated(True)
        return spin

    def _spin_of(self, name: str) -> QSpinBox:
        spin: QSpinBox = getattr(self, name)
        return spin

    def inputs(self) -> tuple[QWidget, ...]:
        """Every input control of the form."""
        return (self.sets, self.reps, self.pyramid, self.hold_s, self.rep_s, self.rest_s)

    def set_base(self, base: Dosage | None) -> None:
        """Show what "default" means for each box (override mode), or "none" for unset ones."""
        if not self._override:
            self.reps.setSpecialValueText(self.tr("None"))
            self.reps.setToolTip(self.tr("Reps in every set; None makes each set one timed hold"))
            self.hold_s.setSpecialValueText(self.tr("None"))
            self.rep_s.setSpecialValueText(self.tr("None"))
            return
        if base is None:
            base = Dosage()
        seconds = self.tr("{0} s")
        none = self.tr("none")
        texts = {
            "sets": str(base.sets),
            "reps": reps_words(base.reps) if base.reps is not None else none,
            "hold_s": seconds.format(base.hold_s) if base.hold_s else none,
            "rep_s": seconds.format(base.rep_s) if base.rep_s else none,
            "rest_s": seconds.format(base.rest_s),
        }
        for name, text in texts.items():
            self._spin_of(name).setSpecialValueText(self.tr("Default: {0}").format(text))
        self.per_side.setItemText(
            0, self.tr("Default: {0}").format(self.tr("yes") if base.per_side else self.tr("no"))
        )

    def show_values(self, values: Dosage | DosageOverride) -> None:
        """Fill the boxes from a dosage or an override without reporting edits."""
        self._loading = True
        try:
            for name in ("sets", "hold_s", "rep_s", "rest_s"):
                spin = self._spin_of(name)
                value = getattr(values, name)
                wanted = spin.minimum() if value is None else int(value)
                if spin.value() != wanted:
                    spin.setValue(wanted)
            reps = values.reps
            text = pyramid_text(reps)
            # Leave the text alone when it already says the same: resetting it moves the cursor.
            current = self.pyramid.text().strip()
            shown = parse_pyramid(current) if current else None
            listed = tuple(reps) if isinstance(reps, tuple | list) else None
            if shown != listed or (current and shown is None):
                self.pyramid.setText(text)
            wanted_reps = reps if isinstance(reps, int) else 0
            if self.reps.value() != wanted_reps:
                self.reps.setValue(wanted_reps)
            self.reps.setEnabled(not text)
            index = self.per_side.findData(values.per_side)
            self.per_side.setCurrentIndex(max(index, 0))
            self._show_pyramid_problem()
        finally:
            self._loading = False

    def values(self) -> dict[str, object]:
        """Current field values; None means default (override mode) or unset."""
        out: dict[str, object] = {name: self._spin_value(name) for name in FIELDS[:-1]}
        out["reps"] = self._reps_value()
        out["per_side"] = self.per_side.currentData()
        return out

    def problem(self) -> str | None:
        """Why the reps-per-set text cannot be read, or None."""
        text = self.pyramid.text().strip()
        if text and parse_pyramid(text) is None:
            return self.tr("reps per set: write whole numbers joined by '-', such as 5-3-1")
        return None

    def _spin_value(self, name: str) -> int | None:
        spin = self._spin_of(name)
        value = spin.value()
        has_none = self._override or name in ("reps", "hold_s", "rep_s")
        return None if has_none and value == spin.minimum() else value

    def _reps_value(self) -> Reps | None:
        text = self.pyramid.text().strip()
        if text:
            return parse_pyramid(text)
        return self._spin_value("reps")

    def _spin_edited(self, name: str) -> None:
        if not self._loading:
            self.field_edited.emit(name, self._spin_value(name))

    def _pyramid_edited(self, text: str) -> None:
        self.reps.setEnabled(not text.strip())
        self._show_pyramid_problem()
        if self._loading or (text.strip() and parse_pyramid(text) is None):
            return
        self.field_edited.emit("reps", self._reps_value())

    def _side_edited(self, _index: int) -> None:
        if not self._loading:
            self.field_edited.emit("per_side", self.per_side.currentData())

    def _show_pyramid_problem(self) -> None:
        problem = self.problem()
        if (problem or "") == self._pyramid_note.text():
            return
        self._pyramid_note.setText(problem or "")
        self._pyramid_note.setVisible(problem is not None)
        self.problem_changed.emit()


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
        tr = self.tr
        self.name_edit = named(
            QLineEdit(self), "nameEdit", tr("Program name"), tr("The name in the program list")
        )
        self.description_edit = named(
            QPlainTextEdit(self), "descriptionEdit", tr("Description"),
            tr("What the program is for, how often to do it, when to move on"),
        )  # fmt: skip
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.stage_edit = named(
            QLineEdit(self), "stageEdit", tr("Stage"),
            tr("Shown in the program list: acute, mobility, core, return to run…"),
        )  # fmt: skip
        completer = QCompleter(stages, self.stage_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.stage_edit.setCompleter(completer)
        self.pain_ceiling = self._spin(
            "painCeilingSpin", tr("Pain ceiling"),
            tr("Pain above this (0 to 10) during a session brings up the stop rules"), 0, 10,
            tr(" / 10"),
        )  # fmt: skip
        self.get_ready = self._spin(
            "getReadySpin", tr("Get ready"), tr("Countdown before the first exercise")
        )
        self.rest_between = self._spin(
            "restBetweenSpin", tr("Rest between exercises"),
            tr("Rest after each exercise, unless the exercise sets its own"),
        )  # fmt: skip
        self.sessions = self._spin(
            "sessionsSpin", tr("Sessions per week"), tr("How many sessions a week you aim for"),
            1, 21, "",
        )  # fmt: skip
        form = QFormLayout(self)
        form.addRow(tr("Na&me:"), self.name_edit)
        form.addRow(tr("Descr&iption:"), self.description_edit)
        form.addRow(tr("Sta&ge:"), self.stage_edit)
        form.addRow(tr("Pain ceiling:"), self.pain_ceiling)
        form.addRow(tr("Get read&y:"), self.get_ready)
        form.addRow(tr("Rest &between:"), self.rest_between)
        form.addRow(tr("Sessions a &week:"), self.sessions)
        self.name_edit.textChanged.connect(lambda t: self._edited("name", t, tr("name")))
        self.stage_edit.textChanged.connect(lambda t: self._edited("stage", t, tr("stage")))
        self.description_edit.textChanged.connect(
            lambda: self._edited(
                "description", self.description_edit.toPlainText(), tr("description")
            )
        )
        for spin, field, label in (
            (self.pain_ceiling, "pain_ceiling", tr("pain ceiling")),
            (self.get_ready, "get_ready_s", tr("get ready time")),
            (self.rest_between, "rest_between_s", tr("rest between exercises")),
            (self.sessions, "sessions_per_week", tr("sessions per week")),
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
