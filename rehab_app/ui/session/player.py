"""The player: a countdown readable from the mat, the current step, and every control by key."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.content.loader import Library
from rehab_app.core.i18n import exercise_in, pick, program_in, side_text
from rehab_app.core.models import Exercise
from rehab_app.core.session.engine import EngineState
from rehab_app.core.session.plan import Segment, SegmentKind, format_duration
from rehab_app.ui.common.roomy import roomy
from rehab_app.ui.session.controller import SessionController
from rehab_app.ui.session.player_controls import PlayerControls
from rehab_app.ui.session.player_picture import ExercisePicture
from rehab_app.ui.session.player_text import cues_html, next_up, position_text, side_line
from rehab_app.ui.session.save_status import SaveBanner

# The phase word and the stylesheet property value that colours it (see ui/theme.py).
PHASES = {
    SegmentKind.GET_READY: (QT_TRANSLATE_NOOP("PlayerPage", "GET READY"), "phaseReady"),
    SegmentKind.WORK: (QT_TRANSLATE_NOOP("PlayerPage", "WORK"), "phaseWork"),
    SegmentKind.SWITCH_SIDES: (QT_TRANSLATE_NOOP("PlayerPage", "SWITCH SIDES"), "phaseSwitch"),
    SegmentKind.REST_SET: (QT_TRANSLATE_NOOP("PlayerPage", "REST"), "phaseRest"),
    SegmentKind.REST_EXERCISE: (QT_TRANSLATE_NOOP("PlayerPage", "REST"), "phaseRest"),
}


def clock_text(seconds: float) -> str:
    """What the big countdown shows: `45`, or `1:05` from a minute up."""
    whole = max(0, math.ceil(seconds))
    return str(whole) if whole < 60 else format_duration(whole)


class PlayerPage(QWidget):
    """Follow a session on screen.

    Signals:
        hurt_requested(): the user pressed "It hurts" (the session is already paused).
        end_requested(): the user asked to end the session (to be confirmed).
        finished(str): the session is over with this outcome.
        mute_toggled(): the user pressed M or the mute button.
    """

    hurt_requested = Signal()
    end_requested = Signal()
    finished = Signal(str)
    mute_toggled = Signal()

    def __init__(
        self,
        controller: SessionController,
        library: Library,
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("playerPage")
        self.setAccessibleName(self.tr("Session player"))
        self.controller = controller
        self.engine = controller.engine
        self._library = library
        self._language = language
        self._phase_font: QFont | None = None
        self.last_announcement = ""
        self._build()
        self._connect()
        self.controls.add_shortcuts()
        self._on_segment(0)
        self.refresh()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        record = self.engine.record
        program = self._library.programs.get(record.program_id)
        name = pick(record.program_name, program.name_i18n if program else {}, self._language)
        self.title = QLabel(html.escape(name), self)
        self.title.setObjectName("playerProgram")
        self.item_label = QLabel(self)
        self.item_label.setObjectName("itemLabel")
        self.session_progress = QProgressBar(self)
        self.session_progress.setObjectName("sessionProgress")
        self.session_progress.setAccessibleName(self.tr("Session progress"))
        self.session_progress.setRange(0, max(1, self.engine.plan.total_s))
        self.session_progress.setTextVisible(True)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.item_label)
        header.addStretch(1)
        header.addWidget(self.session_progress, 2)

        self.exercise_name = QLabel(self)
        self.exercise_name.setObjectName("exerciseName")
        self.exercise_name.setWordWrap(True)
        self.position = QLabel(self)
        self.position.setObjectName("positionLabel")
        self.position.setAccessibleName(self.tr("Set, repetition and side"))
        # What "left" or "right" means for this exercise, right under the side it explains.
        self.side_label = QLabel(self)
        self.side_label.setObjectName("sideLabel")
        self.side_label.setAccessibleName(self.tr("Which side"))
        self.side_label.setWordWrap(True)
        self.side_label.setVisible(False)
        self.picture = ExercisePicture(self)
        self.picture.setObjectName("exercisePicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(320, 200)
        # Ignored: the picture fits the space it is given and never asks for more.
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.resized.connect(self._on_picture_resized)
        self.step_list = QListWidget(self)
        self.step_list.setObjectName("stepList")
        roomy(self.step_list)
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.step_list.setWordWrap(True)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        left = QVBoxLayout()
        left.addWidget(self.exercise_name)
        left.addWidget(self.position)
        left.addWidget(self.side_label)
        left.addWidget(self.picture, 3)
        left.addWidget(self.step_list, 2)

        self.phase = QLabel(self)
        self.phase.setObjectName("phaseLabel")
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QLabel("0", self)
        self.countdown.setObjectName("countdownLabel")
        self.countdown.setAccessibleName(self.tr("Time left"))
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.segment_progress = QProgressBar(self)
        self.segment_progress.setObjectName("segmentProgress")
        self.segment_progress.setAccessibleName(self.tr("Progress of this part"))
        self.segment_progress.setTextVisible(False)
        self.hint = QLabel(self)
        self.hint.setObjectName("hintLabel")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_up = QLabel(self)
        self.next_up.setObjectName("nextUpLabel")
        self.next_up.setWordWrap(True)
        self.next_up.setTextFormat(Qt.TextFormat.RichText)
        self.cues = QLabel(self)
        self.cues.setObjectName("cuesPanel")
        self.cues.setWordWrap(True)
        self.cues.setTextFormat(Qt.TextFormat.RichText)
        self.cues.setFrameShape(QFrame.Shape.StyledPanel)
        self.cues.setAccessibleName(self.tr("Cues and cautions"))
        self.cues.setVisible(False)
        right = QVBoxLayout()
        right.addWidget(self.phase)
        right.addWidget(self.countdown, 3)
        right.addWidget(self.segment_progress)
        right.addWidget(self.hint)
        right.addWidget(self.next_up, 1)
        right.addWidget(self.cues, 1)

        self.controls = PlayerControls(self, self)
        bar = self.controls
        # Also page attributes: callers and tests reach the buttons as `player.pause_button` etc.
        self.start_button, self.back_button = bar.start_button, bar.back_button
        self.pause_button, self.skip_button = bar.pause_button, bar.skip_button
        self.done_button, self.hurt_button = bar.done_button, bar.hurt_button
        self.cues_button, self.mute_button = bar.cues_button, bar.mute_button
        self.full_button, self.end_button = bar.full_button, bar.end_button

        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        self.save_banner = SaveBanner(self.controller, self)
        layout.addWidget(self.save_banner)
        layout.addLayout(grid, 1)
        layout.addLayout(self.controls)

    def _connect(self) -> None:
        c = self.controller
        c.segment_started.connect(self._on_segment)
        c.step_changed.connect(self._on_step)
        c.step_changed.connect(self._announce_step)
        c.countdown_ticked.connect(self._announce_countdown)
        c.resume_counted.connect(self._announce_countdown)
        c.display_changed.connect(self.refresh)
        c.session_finished.connect(self.finished.emit)

    # -- actions --------------------------------------------------------------------------
    def show_muted(self, muted: bool) -> None:
        """Show the mute button as "Unmute" while sound and voice are off."""
        self.controls.show_muted(muted)

    def toggle_fullscreen(self) -> None:
        """Full screen on or off for the whole window."""
        window = self.window()
        if window.isFullScreen():
            window.showNormal()
        else:
            window.showFullScreen()

    # -- showing --------------------------------------------------------------------------
    def _segment(self) -> Segment | None:
        return self.engine.current

    def _on_segment(self, _index: int) -> None:
        seg = self._segment()
        if seg is None:
            return
        ex = self._exercise(seg.exercise_id)
        self.exercise_name.setText(ex.name if ex is not None else seg.exercise_name)
        items = len(self.engine.plan.segments) and (self.engine.plan.segments[-1].item_index + 1)
        self.item_label.setText(self.tr("Exercise {0} of {1}").format(seg.item_index + 1, items))
        self.step_list.clear()
        if ex is not None:
            for n, step in enumerate(ex.steps, 1):
                self.step_list.addItem(f"{n}. {step.text}")
            self.cues.setText(cues_html(ex))
        self._show_side(seg)
        self._show_next_up(seg)
        self._on_step(self.engine.step_index if self.engine.step_index is not None else -1)

    def _exercise(self, exercise_id: str) -> Exercise | None:
        """The exercise with every text in the user's language."""
        ex = self._library.exercises.get(exercise_id)
        return exercise_in(ex, self._language) if ex is not None else None

    def _side_line(self, seg: Segment, ex: Exercise | None) -> str:
        # `ex` is already in the user's language, so its plain texts are the ones to show.
        return side_line(seg.side, side_text(ex.sides if ex else None, seg.side, None))

    def _show_side(self, seg: Segment) -> None:
        working = seg.kind in (SegmentKind.WORK, SegmentKind.SWITCH_SIDES)
        ex = self._exercise(seg.exercise_id)
        text = self._side_line(seg, ex) if working else ""
        self.side_label.setText(text)
        self.side_label.setAccessibleDescription(text)
        self.side_label.setVisible(bool(text))

    def _show_next_up(self, seg: Segment) -> None:
        resting = seg.kind in (
            SegmentKind.GET_READY,
            SegmentKind.REST_EXERCISE,
            SegmentKind.REST_SET,
        )
        upcoming = self.engine.next_work if seg.kind is not SegmentKind.WORK else None
        if not resting or upcoming is None:
            self.next_up.setText("")
            return
        ex = self._exercise(upcoming.exercise_id)
        if ex is None:
            return
        program = self._library.programs.get(self.engine.record.program_id)
        if program is not None:
            program = program_in(program, self._language)
        side = self._side_line(upcoming, ex)
        title, text = next_up(seg, upcoming, ex, ex.name, program, side)
        self.next_up.setText(text)
        self.next_up.setAccessibleName(title)

    def _on_step(self, step: int) -> None:
        for row in range(self.step_list.count()):
            item = self.step_list.item(row)
            font = item.font()
            font.setBold(row == step)
            item.setFont(font)
            item.setSelected(row == step)
        if 0 <= step < self.step_list.count():
            self.step_list.setCurrentRow(step)
            self.step_list.scrollToItem(self.step_list.item(step))
        else:
            self.step_list.scrollToTop()  # resting: the steps from the first
        self._show_picture(step)

    def _show_picture(self, step: int) -> None:
        seg = self._segment()
        if seg is None:
            return
        images = self._library.images.get(seg.exercise_id, ())
        self.picture.show_step(
            seg,
            images,
            step,
            self.step_list.count(),
            self.exercise_name.text(),
            self.devicePixelRatioF(),
        )

    # -- screen reader announcements ------------------------------------------------------
    def _announce(self, widget: QWidget, text: str) -> None:
        """Put `text` on `widget` for screen readers and tell them it changed."""
        self.last_announcement = text
        widget.setAccessibleDescription(text)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))

    def _announce_step(self, step: int) -> None:
        item = self.step_list.item(step) if 0 <= step < self.step_list.count() else None
        if item is not None:
            text = self.tr("Step {0} of {1}: {2}").format(
                step + 1, self.step_list.count(), item.text().split(". ", 1)[-1]
            )
            self._announce(self.step_list, text)

    def _announce_countdown(self, seconds: int) -> None:
        self._announce(self.countdown, self.tr("{0} seconds left").format(seconds))

    def refresh(self) -> None:
        """Update every shown number from the engine (called when one changes)."""
        engine = self.engine
        seg = self._segment()
        state = engine.state
        ready = state is EngineState.READY
        manual = seg is not None and seg.manual and seg.kind is SegmentKind.WORK
        self.controls.show_state(state, manual)
        left = engine.session_remaining_s
        self.session_progress.setValue(int(engine.plan.total_s - left))
        self.session_progress.setFormat(self.tr("{0} left").format(format_duration(left)))
        self.session_progress.setAccessibleDescription(
            self.tr("{0} left in the session").format(format_duration(left))
        )
        if seg is None:
            return
        self.position.setText(position_text(seg, self.exercise_name.text()))
        source, name = PHASES[seg.kind]
        word = self.tr(str(source))
        if state is EngineState.PAUSED:
            word, name = self.tr("PAUSED"), "phasePaused"
        elif state is EngineState.RESUMING:
            word, name = self.tr("GET READY"), "phaseReady"
        elif ready:
            word = self.tr("PRESS START")
        if self.phase.text() != word:
            self.phase.setText(word)
            self.phase.setAccessibleName(self.tr("Phase: {0}").format(word))
            self.phase.setProperty("phase", name)
            self.phase.style().unpolish(self.phase)
            self.phase.style().polish(self.phase)
            # Re-polishing under a stylesheet resets the font to the application's.
            if self._phase_font is not None:
                self.phase.setFont(self._phase_font)
        if manual:
            text = format_duration(engine.segment_elapsed_s)
            self.hint.setText(
                self.tr("Do {0} reps at your own pace, then press Done (Enter).").format(seg.reps)
            )
        else:
            text = clock_text(engine.remaining_s)
            self.hint.setText(self.tr("Press Space when you are on your mat.") if ready else "")
        self.countdown.setText(text)
        self.countdown.setAccessibleDescription(
            self.tr("{0} elapsed").format(text)
            if manual
            else self.tr("{0} seconds left").format(text)
        )
        self.segment_progress.setRange(0, max(1, seg.duration_s * 10))
        self.segment_progress.setValue(
            int(min(seg.duration_s, engine.segment_elapsed_s) * 10) if not ready else 0
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Scale the countdown with the window so it stays readable from the mat."""
        super().resizeEvent(event)
        font = self.countdown.font()
        font.setPixelSize(max(96, int(self.height() * 0.30)))
        font.setBold(True)
        self.countdown.setFont(font)
        name_font = self.exercise_name.font()
        name_font.setPixelSize(max(28, int(self.height() * 0.055)))
        name_font.setBold(True)
        self.exercise_name.setFont(name_font)
        for label, share in (
            (self.position, 0.035),
            (self.side_label, 0.03),
            (self.phase, 0.05),
            (self.title, 0.03),
        ):
            f = label.font()
            f.setPixelSize(max(18, int(self.height() * share)))
            f.setBold(True)
            label.setFont(f)
        self._phase_font = self.phase.font()
        steps_font = self.step_list.font()
        steps_font.setPixelSize(max(16, int(self.height() * 0.03)))
        self.step_list.setFont(steps_font)
        for label in (self.hint, self.next_up, self.cues, self.item_label, self.save_banner):
            small = label.font()
            small.setPixelSize(max(15, int(self.height() * 0.026)))
            label.setFont(small)

    def _on_picture_resized(self) -> None:
        self._show_picture(self.engine.step_index if self.engine.step_index is not None else -1)

    def can_close(self) -> bool:
        """Closing the window mid-session asks first, like the End button."""
        if self.engine.state in (EngineState.FINISHED, EngineState.ENDED_EARLY, EngineState.READY):
            return True
        self.end_requested.emit()
        return self.engine.state in (EngineState.FINISHED, EngineState.ENDED_EARLY)
