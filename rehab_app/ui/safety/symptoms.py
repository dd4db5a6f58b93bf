"""Follow-ups of safety decisions: did the symptoms settle, and which cautions were checked."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QVBoxLayout, QWidget

from rehab_app.core.models import Safety
from rehab_app.core.safety.state import Noted, SymptomWatch
from rehab_app.ui.common.pain_scale import (
    big_button,
    big_check,
    heading,
    spread_font,
    use_mat_font,
    wrapped,
)
from rehab_app.ui.safety.words import nice_date, symptom_words


class SymptomFollowupDialog(QDialog):
    """ "Have the symptoms your session stopped for settled?"; read `settled` after it closes.

    `settled` is True or False for the two answers, None when the user put it off.
    """

    def __init__(self, watch: SymptomWatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("symptomFollowupDialog")
        self.setWindowTitle(self.tr("Have the symptoms settled?"))
        self.setAccessibleName(self.tr("Have the symptoms settled?"))
        use_mat_font(self)
        self.resize(760, 420)
        self.settled: bool | None = None
        question = self.tr(
            "Your session on {0} stopped because of: {1}. Have these settled completely since then?"
        ).format(nice_date(watch.day), symptom_words(watch.symptoms))
        if watch.settled is False:
            question += " " + self.tr("Last time you told the app they had not.")
        self.yes_button = big_button(
            self.tr("Yes, they have settled"), "settledYesButton", self, self.tr("They are gone")
        )
        self.no_button = big_button(
            self.tr("No, I still have them"),
            "settledNoButton",
            self,
            self.tr("They are still there"),
        )
        self.later_button = big_button(
            self.tr("Ask me later"), "settledLaterButton", self, self.tr("Decide later (Esc)")
        )
        self.yes_button.clicked.connect(lambda: self._answer(True))
        self.no_button.clicked.connect(lambda: self._answer(False))
        self.later_button.clicked.connect(self.reject)
        # No default: a key pressed from the mat must not answer a safety question.
        for button in (self.yes_button, self.no_button, self.later_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        buttons.addWidget(self.no_button)
        buttons.addWidget(self.yes_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Have the symptoms settled?"), self))
        layout.addWidget(wrapped(question, self, "followupQuestion"))
        layout.addWidget(
            wrapped(
                self.tr(
                    "If a leg is getting weak, or you feel numb between your legs or around your"
                    " bottom, do not wait: get emergency help now."
                ),
                self,
                "followupWarning",
            )
        )
        layout.addStretch(1)
        layout.addLayout(buttons)
        spread_font(self)

    def _answer(self, settled: bool) -> None:
        self.settled = settled
        self.accept()


class CheckedDialog(QDialog):
    """Tick each caution answer a doctor or physiotherapist has checked; read `checked` after."""

    def __init__(
        self, noted: tuple[Noted, ...], safety: Safety, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkedDialog")
        self.setWindowTitle(self.tr("I have been checked"))
        self.setAccessibleName(self.tr("I have been checked"))
        use_mat_font(self)
        self.resize(760, 480)
        flags = {flag.id: flag for flag in safety.red_flags}
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Which of these has been checked?"), self))
        layout.addWidget(
            wrapped(
                self.tr(
                    "Tick only what a doctor or physiotherapist has checked, and only if they said"
                    " you may go back to running. The app then unlocks the return-to-running"
                    " programs."
                ),
                self,
                "checkedIntro",
            )
        )
        for n in noted:
            flag = flags.get(n.flag)
            text = flag.question if flag is not None else n.flag
            box = big_check(
                self.tr("{0} (your answer of {1})").format(text, nice_date(n.since)),
                f"checked_{n.flag}",
                self,
            )
            layout.addWidget(box)
            self.boxes[n.flag] = box
        layout.addStretch(1)
        cancel = big_button(self.tr("Cancel"), "cancelButton", self)
        save = big_button(self.tr("Save"), "saveButton", self)
        cancel.clicked.connect(self.reject)
        save.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(save)
        layout.addLayout(row)
        spread_font(self)

    @property
    def checked(self) -> tuple[str, ...]:
        """The ticked flag ids."""
        return tuple(flag for flag, box in self.boxes.items() if box.isChecked())
