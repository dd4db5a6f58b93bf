"""After a session: what was done, pain now, effort and notes."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.session.plan import format_duration
from rehab_app.core.session.record import ExerciseRecord, Outcome, SessionRecord, WriteFailure
from rehab_app.ui.common.pain_scale import PainScale, spread_font, use_mat_font
from rehab_app.ui.common.texts import ExerciseNamer, recorded_name, translate
from rehab_app.ui.session.end_reasons import end_reason_text
from rehab_app.ui.session.save_status import failure_reason


def _status(item: ExerciseRecord, record: SessionRecord) -> str:
    """How far one exercise got: done, partly done, skipped or never started."""
    if item.completed:
        return translate("SummaryPage", "{0} of {1} sets").format(item.done_sets, item.planned_sets)
    if item.done_reps or item.done_s or item.done_sets:
        if item.planned_reps:
            amount = translate("SummaryPage", "{0} of {1} reps").format(
                item.done_reps, item.planned_reps
            )
        else:
            amount = translate("SummaryPage", "{0} of {1}").format(
                format_duration(item.done_s), format_duration(item.planned_s)
            )
        return translate("SummaryPage", "partly done ({0})").format(amount)
    if record.outcome is Outcome.ENDED_EARLY and item.item_index > record.current_item:
        return translate("SummaryPage", "not started")
    return translate("SummaryPage", "skipped")


def summary_html(record: SessionRecord, name: ExerciseNamer = recorded_name) -> str:
    """The summary of a session as rich text; `name` words each exercise for the user."""
    esc = html.escape
    done = [i for i in record.items if i.completed]
    partly = [i for i in record.items if not i.completed and (i.done_reps or i.done_s)]
    skipped = [i for i in record.items if not i.completed and i not in partly]
    rows = []
    for item in record.items:
        variant = (
            translate("SummaryPage", " (easier version of {0})").format(
                esc(name(item.variant_of, item.variant_of))
            )
            if item.variant_of
            else ""
        )
        shown = name(item.exercise_id, item.exercise_name)
        rows.append(f"<li>{esc(shown)}{variant}: {esc(_status(item, record))}</li>")
    outcome = (
        translate("SummaryPage", "Session complete. Well done!")
        if record.outcome is Outcome.COMPLETED
        else translate("SummaryPage", "Session ended early.")
    )
    facts = translate(
        "SummaryPage",
        "{0} of exercise · {1} exercise(s) done · {2} partly done · {3} skipped or not started"
        " · {4} pause(s) ({5})",
    ).format(
        f"<b>{format_duration(record.active_s)}</b>",
        len(done),
        len(partly),
        len(skipped),
        len(record.pauses),
        format_duration(record.paused_s),
    )
    why = end_reason_text(record)
    reason = f"<p><b>{esc(why)}</b></p>" if why else ""
    return f"<h2>{esc(outcome)}</h2>{reason}<p>{facts}</p><ul>{''.join(rows)}</ul>"


class SummaryPage(QWidget):
    """Shows the summary and asks for the worst pain (required), pain now, effort and notes.

    Signals:
        saved(): the user saved; the record holds the pains, effort (if set) and notes.
        left_unsaved(): after a failed save, the user chose to leave without saving.
    """

    saved = Signal()
    left_unsaved = Signal()

    def __init__(
        self,
        record: SessionRecord,
        parent: QWidget | None = None,
        save_failure: WriteFailure | None = None,
        exercise_name: ExerciseNamer = recorded_name,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPage")
        use_mat_font(self)  # read from the mat, like the player
        self.record = record
        self.summary = QLabel(summary_html(record, exercise_name), self)
        self.summary.setObjectName("summaryText")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName(self.tr("Session summary"))
        # No default: a guess here would decide whether the program moves on.
        self.worst = PainScale(parent=self)
        self.worst.setObjectName("worstPainScale")
        self.worst.setAccessibleName(self.tr("Worst pain during the session, from 0 to 10"))
        self.worst.value_changed.connect(self._update_save)
        self.pain = PainScale(parent=self)
        self.effort = QSlider(Qt.Orientation.Horizontal, self)
        self.effort.setObjectName("effortSlider")
        self.effort.setAccessibleName(self.tr("Effort from 0 to 10"))
        self.effort.setToolTip(
            self.tr("How hard was it? 0 = no effort, 10 = the hardest you could do")
        )
        self.effort.setRange(0, 10)
        self.effort.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.effort_value = QLabel(self)
        self.effort_value.setObjectName("effortValue")
        self._effort_set = False
        self.effort.valueChanged.connect(self._choose_effort)
        # A click or key on the slider's current value is a choice too.
        self.effort.actionTriggered.connect(lambda _action: self._choose_effort(None))
        self._show_effort()
        effort_row = QHBoxLayout()
        effort_row.addWidget(self.effort, 1)
        effort_row.addWidget(self.effort_value)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notesEdit")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("How did it go? Anything to tell your physio?"))
        self.notes.setMaximumHeight(120)
        self.save_button = QPushButton(self.tr("Save and finish"), self)
        self.save_button.setObjectName("saveSummaryButton")
        self.save_button.setAccessibleName(self.tr("Save and finish"))
        self.save_button.setMinimumHeight(48)
        self.save_button.clicked.connect(self._save)
        self.leave_button = QPushButton(self.tr("Leave without saving"), self)
        self.leave_button.setObjectName("leaveUnsavedButton")
        self.leave_button.setAccessibleName(self.tr("Leave without saving"))
        self.leave_button.setToolTip(
            self.tr("Go back to the programs; what was saved during the session stays")
        )
        self.leave_button.setMinimumHeight(48)
        self.leave_button.clicked.connect(self.left_unsaved.emit)
        self.leave_button.hide()
        self.save_status = QLabel(self)
        self.save_status.setObjectName("saveStatus")
        self.save_status.setWordWrap(True)
        self.save_status.setAccessibleName(self.tr("Saving"))
        self._show_saved_so_far(save_failure)
        self._update_save()
        form = QFormLayout()
        form.setVerticalSpacing(16)
        form.addRow(self._label(self.tr("&Worst pain during the session?"), self.worst), self.worst)
        form.addRow(self._label(self.tr("How is your back &now?"), self.pain), self.pain)
        form.addRow(self._label(self.tr("How &hard was it?"), self.effort), effort_row)
        form.addRow(self._label(self.tr("N&otes"), self.notes), self.notes)
        # The questions scroll on a small screen; the buttons below them always show.
        body = QWidget(self)
        body.setObjectName("summaryBody")
        content = QVBoxLayout(body)
        content.setContentsMargins(0, 0, 0, 0)
        content.addWidget(self.summary)
        content.addWidget(self.save_status)
        content.addLayout(form)
        content.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("summaryScroll")
        scroll.setAccessibleName(self.tr("Session summary and questions"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.leave_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        spread_font(self)

    def _show_saved_so_far(self, failure: WriteFailure | None) -> None:
        if failure is None:
            self.save_status.setText(self.tr("Saved to your history as you went."))
        else:
            self.save_status.setText(
                self.tr("Not saved yet: {0}. Save and finish tries again.").format(
                    failure_reason(failure)
                )
            )
        self._mark_failed(failure is not None)

    def show_save_failed(self, failure: WriteFailure) -> None:
        """Saving at the end failed: say why, offer to try again or to leave without saving."""
        self.save_status.setText(
            self.tr(
                "This session could not be saved: {0}. Fix that and press Try again, or leave"
                " without saving (what was saved during the session stays in your history)."
            ).format(failure_reason(failure))
        )
        self._mark_failed(True)
        self.save_button.setText(self.tr("Try again"))
        self.save_button.setAccessibleName(self.tr("Try again to save"))
        self.leave_button.show()

    def _mark_failed(self, failed: bool) -> None:
        self.save_status.setProperty("failed", failed)
        self.save_status.style().unpolish(self.save_status)
        self.save_status.style().polish(self.save_status)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _choose_effort(self, _value: int | None) -> None:
        self._effort_set = True
        self._show_effort()

    def _show_effort(self) -> None:
        if self._effort_set:
            text = self.tr("{0} / 10").format(self.effort.value())
        else:
            text = self.tr("not set")
        self.effort_value.setText(text)
        self.effort.setAccessibleDescription(text)

    def _update_save(self) -> None:
        ready = self.worst.value() is not None
        self.save_button.setEnabled(ready)
        self.save_button.setToolTip(
            self.tr("Save this session to your history")
            if ready
            else self.tr("First choose the worst pain you had during the session")
        )

    def _save(self) -> None:
        worst = self.worst.value()
        if worst is None:
            return
        self.record.pain_worst = worst
        self.record.pain_after = self.pain.value()
        self.record.effort = self.effort.value() if self._effort_set else None
        self.record.notes = self.notes.toPlainText().strip()
        self.saved.emit()
