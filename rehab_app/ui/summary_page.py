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
from rehab_app.core.record import Outcome, SessionRecord
from rehab_app.ui.pain_scale import PainScale


def summary_html(record: SessionRecord) -> str:
    """The summary of a session as rich text."""
    esc = html.escape
    done = [i for i in record.items if i.completed]
    skipped = [i for i in record.items if i.skipped]
    rows = []
    for item in record.items:
        status = "skipped" if item.skipped else f"{item.done_sets}/{item.planned_sets} sets"
        variant = f" (easier version of {esc(item.variant_of)})" if item.variant_of else ""
        rows.append(f"<li>{esc(item.exercise_name)}{variant}: {status}</li>")
    outcome = (
        "Session complete. Well done!"
        if record.outcome is Outcome.COMPLETED
        else "Session ended early."
    )
    return (
        f"<h2>{esc(outcome)}</h2>"
        f"<p><b>{format_duration(record.active_s)}</b> of exercise · "
        f"{len(done)} exercise(s) done · {len(skipped)} skipped · "
        f"{len(record.pauses)} pause(s) ({format_duration(record.paused_s)})</p>"
        f"<ul>{''.join(rows)}</ul>"
    )


class SummaryPage(QWidget):
    """Shows the summary and asks for pain now, effort and notes.

    Signals:
        saved(): the user saved; the record holds pain after, effort and notes.
    """

    saved = Signal()

    def __init__(self, record: SessionRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPage")
        self.record = record
        self.summary = QLabel(summary_html(record), self)
        self.summary.setObjectName("summaryText")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.pain = PainScale(parent=self)
        self.effort = QSlider(Qt.Orientation.Horizontal, self)
        self.effort.setObjectName("effortSlider")
        self.effort.setAccessibleName("Effort from 0 to 10")
        self.effort.setToolTip("How hard was it? 0 = no effort, 10 = the hardest you could do")
        self.effort.setRange(0, 10)
        self.effort.setValue(5)
        self.effort.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.effort_value = QLabel(self)
        self.effort_value.setObjectName("effortValue")
        self.effort.valueChanged.connect(lambda v: self.effort_value.setText(f"{v} / 10"))
        self.effort_value.setText("5 / 10")
        effort_row = QHBoxLayout()
        effort_row.addWidget(self.effort, 1)
        effort_row.addWidget(self.effort_value)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notesEdit")
        self.notes.setAccessibleName("Notes")
        self.notes.setPlaceholderText("How did it go? Anything to tell your physio?")
        self.notes.setMaximumHeight(120)
        self.save_button = QPushButton("Save and finish", self)
        self.save_button.setObjectName("saveSummaryButton")
        self.save_button.setAccessibleName("Save and finish")
        self.save_button.setToolTip("Save this session to your history")
        self.save_button.setMinimumHeight(48)
        self.save_button.clicked.connect(self._save)
        form = QFormLayout()
        form.addRow("How is your back now?", self.pain)
        form.addRow("How hard was it?", effort_row)
        form.addRow("Notes", self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

    def _save(self) -> None:
        self.record.pain_after = self.pain.value()
        self.record.effort = self.effort.value()
        self.record.notes = self.notes.toPlainText().strip()
        self.saved.emit()
