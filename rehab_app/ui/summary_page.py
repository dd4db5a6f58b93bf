"""After a session: what was done, pain now, effort and notes."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.plan import format_duration
from rehab_app.core.record import Outcome, SessionRecord, WriteFailure
from rehab_app.ui.end_reasons import end_reason_text
from rehab_app.ui.pain_scale import PainScale, spread_font, use_mat_font
from rehab_app.ui.save_status import failure_reason
from rehab_app.ui.texts import ExerciseNamer, recorded_name, translate


def summary_html(record: SessionRecord, name: ExerciseNamer = recorded_name) -> str:
    """The summary of a session as rich text; `name` words each exercise for the user."""
    esc = html.escape
    done = [i for i in record.items if i.completed]
    skipped = [i for i in record.items if i.skipped]
    rows = []
    for item in record.items:
        status = (
            translate("SummaryPage", "skipped")
            if item.skipped
            else translate("SummaryPage", "{0} of {1} sets").format(
                item.done_sets, item.planned_sets
            )
        )
        variant = (
            translate("SummaryPage", " (easier version of {0})").format(
                esc(name(item.variant_of, item.variant_of))
            )
            if item.variant_of
            else ""
        )
        shown = name(item.exercise_id, item.exercise_name)
        rows.append(f"<li>{esc(shown)}{variant}: {esc(status)}</li>")
    outcome = (
        translate("SummaryPage", "Session complete. Well done!")
        if record.outcome is Outcome.COMPLETED
        else translate("SummaryPage", "Session ended early.")
    )
    facts = translate(
        "SummaryPage", "{0} of exercise · {1} exercise(s) done · {2} skipped · {3} pause(s) ({4})"
    ).format(
        f"<b>{format_duration(record.active_s)}</b>",
        len(done),
        len(skipped),
        len(record.pauses),
        format_duration(record.paused_s),
    )
    why = end_reason_text(record)
    reason = f"<p><b>{esc(why)}</b></p>" if why else ""
    return f"<h2>{esc(outcome)}</h2>{reason}<p>{facts}</p><ul>{''.join(rows)}</ul>"


class SummaryPage(QWidget):
    """Shows the summary and asks for pain now, effort and notes.

    Signals:
        saved(): the user saved; the record holds pain after, effort and notes.
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
        self.pain = PainScale(parent=self)
        self.effort = QSlider(Qt.Orientation.Horizontal, self)
        self.effort.setObjectName("effortSlider")
        self.effort.setAccessibleName(self.tr("Effort from 0 to 10"))
        self.effort.setToolTip(
            self.tr("How hard was it? 0 = no effort, 10 = the hardest you could do")
        )
        self.effort.setRange(0, 10)
        self.effort.setValue(5)
        self.effort.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.effort_value = QLabel(self)
        self.effort_value.setObjectName("effortValue")
        self.effort.valueChanged.connect(self._show_effort)
        self._show_effort(self.effort.value())
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
        self.save_button.setToolTip(self.tr("Save this session to your history"))
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
        form = QFormLayout()
        form.setVerticalSpacing(16)
        form.addRow(self._label(self.tr("How is your back &now?"), self.pain), self.pain)
        form.addRow(self._label(self.tr("How &hard was it?"), self.effort), effort_row)
        form.addRow(self._label(self.tr("N&otes"), self.notes), self.notes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.summary)
        layout.addWidget(self.save_status)
        layout.addLayout(form)
        layout.addStretch(1)
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

    def _show_effort(self, value: int) -> None:
        text = self.tr("{0} / 10").format(value)
        self.effort_value.setText(text)
        self.effort.setAccessibleDescription(text)

    def _save(self) -> None:
        self.record.pain_after = self.pain.value()
        self.record.effort = self.effort.value()
        self.record.notes = self.notes.toPlainText().strip()
        self.saved.emit()
