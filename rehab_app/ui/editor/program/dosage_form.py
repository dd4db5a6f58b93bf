"""The dosage form: sets, reps or reps per set, hold, rep time, rest and sides."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from rehab_app.core.models import Dosage, DosageOverride, Reps
from rehab_app.ui.common.controls import named

FIELDS = ("sets", "reps", "hold_s", "rep_s", "rest_s", "per_side")
_PYRAMID = re.compile(r"^\s*\d+(\s*-\s*\d+)*\s*$")
MAX_SECONDS = 7200


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
