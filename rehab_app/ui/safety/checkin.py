"""The next-morning check-in: "How is your back this morning, 0–10?", then the 24-hour verdict."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.history.store import HistoryStore, checkin_verdict
from rehab_app.core.models import PainModel
from rehab_app.core.progression.pain_monitoring import earlier_mornings

QUESTION = str(QT_TRANSLATE_NOOP("CheckinDialog", "How is your back this morning, 0–10?"))
# The core's verdicts (core/history_schema.py) word for word, so that lupdate collects them; a
# test keeps the two in step.
VERDICTS = (
    QT_TRANSLATE_NOOP(
        "CheckinDialog",
        "Recorded. There is no pain score from before the session to compare with.",
    ),
    QT_TRANSLATE_NOOP("CheckinDialog", "Back to your baseline: fine, carry on as planned."),
    QT_TRANSLATE_NOOP(
        "CheckinDialog",
        "A little above your baseline: keep the next session the same, do not progress yet.",
    ),
    QT_TRANSLATE_NOOP("CheckinDialog", "Ease off: reduce the next session."),
    QT_TRANSLATE_NOOP(
        "CheckinDialog",
        "Ease off: your morning pain has crept up over the last week. Reduce the next session.",
    ),
)


class CheckinDialog(QDialog):
    """Eleven large 0–10 buttons (digits and arrow keys work), Save, then the verdict.

    Signals:
        answered(int): the user saved this morning's pain score.
    """

    answered = Signal(int)

    def __init__(
        self,
        session_day: date,
        baseline: int | None,
        pain_model: PainModel,
        parent: QWidget | None = None,
        earlier: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkinDialog")
        self.setWindowTitle(self.tr("Morning check-in"))
        self.setAccessibleName(self.tr("Morning check-in"))
        self._baseline = baseline
        self._pain_model = pain_model
        self._earlier = tuple(earlier)  # the week's earlier mornings: a slow creep is seen too
        self.verdict: str | None = None
        question = QLabel(self.tr(QUESTION), self)
        question.setObjectName("checkinQuestion")
        font = QFont(question.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        question.setFont(font)
        when = QLocale().toString(
            QDate(session_day.year, session_day.month, session_day.day), "dddd d MMMM"
        )
        before = self.tr("not recorded") if baseline is None else f"{baseline}/10"
        context = QLabel(
            self.tr("You exercised on {0}. Your pain before that session: {1}.").format(
                when, before
            )
            + "\n"
            + self.tr("0 = no pain, 10 = worst pain imaginable."),
            self,
        )
        context.setObjectName("checkinContext")
        context.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout()
        for score in range(11):
            button = QPushButton(str(score), self)
            button.setObjectName(f"painButton{score}")
            button.setAccessibleName(self.tr("Pain {0} out of 10").format(score))
            button.setToolTip(
                self.tr("My back is {0} out of 10 (type 0–9 or use the arrow keys)").format(score)
            )
            button.setCheckable(True)
            button.setMinimumSize(48, 56)
            button.setFont(font)
            button.setAutoDefault(False)
            button.installEventFilter(self)
            self.group.addButton(button, score)
            row.addWidget(button)
        question.setBuddy(self.group.button(0))
        self.verdict_label = QLabel(self)
        self.verdict_label.setObjectName("checkinVerdict")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setAccessibleName(self.tr("What to do next"))
        self.verdict_label.hide()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("checkinSave")
        self.save_button.setAccessibleName(self.tr("Save this morning's score"))
        self.save_button.setToolTip(
            self.tr("Save the score and see what it means for the next session")
        )
        self.save_button.setEnabled(False)
        self.save_button.setDefault(True)
        self.later_button = QPushButton(self.tr("Not now"), self)
        self.later_button.setObjectName("checkinLater")
        self.later_button.setAccessibleName(self.tr("Not now"))
        self.later_button.setToolTip(
            self.tr("Skip the check-in; you will be asked again next start today")
        )
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("checkinClose")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the check-in"))
        self.close_button.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(context)
        layout.addLayout(row)
        layout.addWidget(self.verdict_label)
        layout.addLayout(buttons)
        self.group.idToggled.connect(
            lambda _id, on: self.save_button.setEnabled(on or self.pain is not None)
        )
        self.save_button.clicked.connect(self.save)
        self.later_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)

    @property
    def pain(self) -> int | None:
        """The chosen score, or None."""
        chosen = self.group.checkedId()
        return None if chosen < 0 else chosen

    def choose(self, score: int) -> None:
        """Select a score (as a click or key press would)."""
        button = self.group.button(max(0, min(10, score)))
        button.setChecked(True)
        button.setFocus()

    def save(self) -> None:
        """Emit `answered` with the chosen score and show the verdict."""
        pain = self.pain
        if pain is None or self.verdict is not None:
            return
        self.verdict = checkin_verdict(pain, self._baseline, self._pain_model, self._earlier)
        self.answered.emit(pain)
        shown = QCoreApplication.translate("CheckinDialog", self.verdict)
        self.verdict_label.setText(f"<b>{pain}/10.</b> {shown}")
        self.verdict_label.show()
        for button in self.group.buttons():
            button.setEnabled(button is self.group.checkedButton())
        self.save_button.hide()
        self.later_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Digits choose a score; arrows step it; Home/End choose 0/10."""
        if not self._handle_key(event.key()):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Score buttons would take arrow keys for focus moves: use them to step the score."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._handle_key(event.key())
        return super().eventFilter(watched, event)

    def _handle_key(self, key: int) -> bool:
        if self.verdict is not None:
            return False
        current = self.pain
        if Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value:
            self.choose(key - Qt.Key.Key_0.value)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.choose(0 if key == Qt.Key.Key_Home else 10)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.choose(0 if current is None else current - 1)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.choose(0 if current is None else current + 1)
        else:
            return False
        return True


def offer_checkin(
    store: HistoryStore, today: date, pain_model: PainModel, parent: QWidget | None = None
) -> CheckinDialog | None:
    """A check-in dialog wired to save into `store`, or None if none is due today.

    The caller shows it (`dialog.open()`); saving stores the score against today.
    """
    session_day = store.needs_checkin(today)
    if session_day is None:
        return None
    baseline = store.checkin_baseline(session_day)
    earlier = earlier_mornings(((c.day, c.pain) for c in store.checkins(limit=14)), today)
    dialog = CheckinDialog(session_day, baseline, pain_model, parent, earlier)
    dialog.answered.connect(
        lambda pain: store.add_checkin(today, pain, baseline, session_day=session_day)
    )
    return dialog
