"""The player: a countdown readable from the mat, the current step, and every control by key."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.describe import describe_dosage
from rehab_app.core.engine import EngineState
from rehab_app.core.loader import Library
from rehab_app.core.plan import Segment, SegmentKind, Side, effective_dosage, format_duration
from rehab_app.ui.pictures import picture
from rehab_app.ui.session_controller import SessionController

STYLE = """
QLabel#phaseLabel { border-radius: 10px; padding: 6px 18px; color: white; background: #4a5568; }
QLabel#phaseLabel[phase="phaseWork"] { background: #1b7f4b; }
QLabel#phaseLabel[phase="phaseRest"] { background: #1f5f99; }
QLabel#phaseLabel[phase="phaseReady"] { background: #9a5b00; }
QLabel#phaseLabel[phase="phaseSwitch"] { background: #6b46c1; }
QLabel#phaseLabel[phase="phasePaused"] { background: #4a5568; }
QPushButton#hurtButton { font-weight: bold; color: #b42318; border: 2px solid #b42318; border-radius: 6px; }
QPushButton#startButton { font-weight: bold; }
QListWidget#stepList::item { padding: 4px; }
QListWidget#stepList::item:selected { background: #0f8b8d; color: white; }
"""

PHASES = {
    SegmentKind.GET_READY: ("GET READY", "phaseReady"),
    SegmentKind.WORK: ("WORK", "phaseWork"),
    SegmentKind.SWITCH_SIDES: ("SWITCH SIDES", "phaseSwitch"),
    SegmentKind.REST_SET: ("REST", "phaseRest"),
    SegmentKind.REST_EXERCISE: ("REST", "phaseRest"),
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
        self, controller: SessionController, library: Library, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("playerPage")
        self.setStyleSheet(STYLE)
        self.controller = controller
        self.engine = controller.engine
        self._library = library
        self._picture_key: tuple[str, int, bool] | None = None
        self._build()
        self._connect()
        self._shortcuts()
        self._on_segment(0)
        self.refresh()

    # -- building -------------------------------------------------------------------------
    def _button(self, name: str, text: str, tip: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setMinimumHeight(52)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        record = self.engine.record
        self.title = QLabel(html.escape(record.program_name), self)
        self.title.setObjectName("playerProgram")
        self.item_label = QLabel(self)
        self.item_label.setObjectName("itemLabel")
        self.session_progress = QProgressBar(self)
        self.session_progress.setObjectName("sessionProgress")
        self.session_progress.setAccessibleName("Session progress")
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
        self.position.setAccessibleName("Set, repetition and side")
        self.picture = QLabel(self)
        self.picture.setObjectName("exercisePicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(320, 200)
        self.picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.step_list = QListWidget(self)
        self.step_list.setObjectName("stepList")
        self.step_list.setAccessibleName("Steps")
        self.step_list.setWordWrap(True)
        self.step_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        left = QVBoxLayout()
        left.addWidget(self.exercise_name)
        left.addWidget(self.position)
        left.addWidget(self.picture, 3)
        left.addWidget(self.step_list, 2)

        self.phase = QLabel(self)
        self.phase.setObjectName("phaseLabel")
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QLabel("0", self)
        self.countdown.setObjectName("countdownLabel")
        self.countdown.setAccessibleName("Time left")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.segment_progress = QProgressBar(self)
        self.segment_progress.setObjectName("segmentProgress")
        self.segment_progress.setAccessibleName("Progress of this part")
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
        self.cues.setVisible(False)
        right = QVBoxLayout()
        right.addWidget(self.phase)
        right.addWidget(self.countdown, 3)
        right.addWidget(self.segment_progress)
        right.addWidget(self.hint)
        right.addWidget(self.next_up, 1)
        right.addWidget(self.cues, 1)

        self.start_button = self._button(
            "startButton", "Start", "Start the session (Space)", self._start
        )
        self.back_button = self._button(
            "backButton",
            "◀ Back",
            "Previous part; twice to restart the exercise (Left)",
            self.controller.back,
        )
        self.pause_button = self._button(
            "pauseButton", "Pause", "Pause or resume (Space)", self.controller.toggle_pause
        )
        self.skip_button = self._button(
            "skipButton", "Skip ▶", "Skip this part (Right)", self.controller.skip
        )
        self.done_button = self._button(
            "doneButton", "Done ✓", "Finished these reps (Enter)", self.controller.done
        )
        self.hurt_button = self._button(
            "hurtButton", "It hurts", "Tell the app what you feel; it pauses first (H)", self._hurt
        )
        self.cues_button = self._button(
            "cuesButton",
            "Cues && cautions",
            "Show tips and cautions for this exercise (C)",
            self._toggle_cues,
        )
        self.mute_button = self._button(
            "muteButton", "Mute", "Sound and voice on or off (M)", self.mute_toggled.emit
        )
        self.full_button = self._button(
            "fullscreenButton",
            "Full screen",
            "Full screen on or off (F or F11)",
            self.toggle_fullscreen,
        )
        self.end_button = self._button(
            "endButton", "End", "End the session; asks first (Esc)", self.end_requested.emit
        )
        self.hurt_button.setProperty("role", "danger")
        controls = QHBoxLayout()
        for button in (
            self.start_button, self.back_button, self.pause_button, self.skip_button, self.done_button,
            self.hurt_button, self.cues_button, self.mute_button, self.full_button, self.end_button,
        ):  # fmt: skip
            controls.addWidget(button)

        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(grid, 1)
        layout.addLayout(controls)

    def _connect(self) -> None:
        c = self.controller
        c.segment_started.connect(self._on_segment)
        c.step_changed.connect(self._on_step)
        c.display_changed.connect(self.refresh)
        c.session_finished.connect(self.finished.emit)

    def _shortcuts(self) -> None:
        keys = {
            "Space": self._space,
            "Right": self.controller.skip,
            "Left": self.controller.back,
            "Return": self.controller.done,
            "Enter": self.controller.done,
            "F": self.toggle_fullscreen,
            "F11": self.toggle_fullscreen,
            "M": self.mute_toggled.emit,
            "H": self._hurt,
            "C": self._toggle_cues,
            "Escape": self.end_requested.emit,
        }
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- actions --------------------------------------------------------------------------
    def _start(self) -> None:
        self.controller.start()
        self.refresh()

    def _space(self) -> None:
        if self.engine.state is EngineState.READY:
            self._start()
        else:
            self.controller.toggle_pause()

    def _hurt(self) -> None:
        if self.engine.state in (EngineState.FINISHED, EngineState.ENDED_EARLY):
            return
        self.controller.pause()
        self.hurt_requested.emit()

    def _toggle_cues(self) -> None:
        self.cues.setVisible(not self.cues.isVisible())

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
        ex = self._library.exercises.get(seg.exercise_id)
        self.exercise_name.setText(seg.exercise_name)
        items = len(self.engine.plan.segments) and (self.engine.plan.segments[-1].item_index + 1)
        self.item_label.setText(f"Exercise {seg.item_index + 1} of {items}")
        self.step_list.clear()
        if ex is not None:
            for n, step in enumerate(ex.steps, 1):
                self.step_list.addItem(f"{n}. {step.text}")
            esc = html.escape
            parts = []
            for title, lines in (
                ("Cues", ex.cues),
                ("Cautions", ex.cautions),
                ("Avoid", ex.mistakes),
            ):
                if lines:
                    parts.append(
                        f"<b>{title}</b><ul>"
                        + "".join(f"<li>{esc(x)}</li>" for x in lines)
                        + "</ul>"
                    )
            self.cues.setText("".join(parts))
        self._show_next_up(seg)
        self._on_step(self.engine.step_index if self.engine.step_index is not None else -1)

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
        ex = self._library.exercises.get(upcoming.exercise_id)
        if ex is None:
            return
        item = self.engine.plan.segments and self._item_dosage(upcoming)
        where = (
            f"set {upcoming.set_no} of {upcoming.sets}"
            if seg.kind is SegmentKind.REST_SET
            else item
        )
        self.next_up.setText(
            f"<p style='font-size:large'><b>Next: {html.escape(ex.name)}</b></p>"
            f"<p>{html.escape(str(where))}</p><p>{html.escape(ex.start_position)}</p>"
        )

    def _item_dosage(self, seg: Segment) -> str:
        program = self._library.programs.get(self.engine.record.program_id)
        ex = self._library.exercises.get(seg.exercise_id)
        if ex is None:
            return ""
        if program is None or seg.item_index >= len(program.items):
            return describe_dosage(ex.dosage)
        return describe_dosage(effective_dosage(ex.dosage, program.items[seg.item_index].dosage))

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
        self._show_picture(step)

    def _show_picture(self, step: int) -> None:
        seg = self._segment()
        if seg is None:
            return
        images = self._library.images.get(seg.exercise_id, ())
        if not images:
            self.picture.clear()
            return
        steps = self.step_list.count()
        # The end position shows while the movement is under way; first and last steps show the start.
        index = (
            1 if seg.kind is SegmentKind.WORK and 0 < step < steps - 1 and len(images) > 1 else 0
        )
        mirrored = seg.side is Side.RIGHT
        key = (seg.exercise_id, index, mirrored)
        if key == self._picture_key and not self.picture.pixmap().isNull():
            return
        self._picture_key = key
        size = self.picture.size().boundedTo(QSize(900, 560)).expandedTo(QSize(320, 200))
        self.picture.setPixmap(picture(images[index], size, mirrored, self.devicePixelRatioF()))
        self.picture.setAccessibleName(
            f"{seg.exercise_name}, {'end' if index else 'start'} position"
        )

    def refresh(self) -> None:
        """Update every shown number from the engine (called when one changes)."""
        engine = self.engine
        seg = self._segment()
        state = engine.state
        ready = state is EngineState.READY
        over = state in (EngineState.FINISHED, EngineState.ENDED_EARLY)
        self.start_button.setVisible(ready)
        self.pause_button.setText("Resume" if state is EngineState.PAUSED else "Pause")
        self.pause_button.setAccessibleName(self.pause_button.text())
        for button in (self.pause_button, self.skip_button, self.back_button, self.hurt_button):
            button.setEnabled(not ready and not over)
        manual = seg is not None and seg.manual and seg.kind is SegmentKind.WORK
        self.done_button.setEnabled(manual and state is EngineState.RUNNING)
        left = engine.session_remaining_s
        self.session_progress.setValue(int(engine.plan.total_s - left))
        self.session_progress.setFormat(f"{format_duration(left)} left")
        self.session_progress.setAccessibleDescription(
            f"{format_duration(left)} left in the session"
        )
        if seg is None:
            return
        self.position.setText(self._position_text(seg))
        word, name = PHASES[seg.kind]
        if state is EngineState.PAUSED:
            word, name = "PAUSED", "phasePaused"
        elif state is EngineState.RESUMING:
            word, name = "GET READY", "phaseReady"
        elif ready:
            word = "PRESS START"
        if self.phase.text() != word:
            self.phase.setText(word)
            self.phase.setProperty("phase", name)
            self.phase.style().unpolish(self.phase)
            self.phase.style().polish(self.phase)
        if manual:
            text = format_duration(engine.segment_elapsed_s)
            self.hint.setText(f"Do {seg.reps} reps at your own pace, then press Done (Enter).")
        else:
            text = clock_text(engine.remaining_s)
            self.hint.setText("Press Space when you are on your mat." if ready else "")
        self.countdown.setText(text)
        self.countdown.setAccessibleDescription(
            f"{text} seconds left" if not manual else f"{text} elapsed"
        )
        self.segment_progress.setRange(0, max(1, seg.duration_s * 10))
        self.segment_progress.setValue(
            int(min(seg.duration_s, engine.segment_elapsed_s) * 10) if not ready else 0
        )

    @staticmethod
    def _position_text(seg: Segment) -> str:
        if seg.kind is not SegmentKind.WORK:
            return seg.label
        parts = [f"Set {seg.set_no} of {seg.sets}"]
        if seg.side is not None:
            parts.append(f"{seg.side.value.upper()} side")
        if seg.reps and not seg.manual:
            parts.append(f"rep {seg.rep_no} of {seg.reps}")
        elif seg.manual:
            parts.append(f"{seg.reps} reps")
        if seg.hold_s:
            parts.append(f"hold {seg.hold_s} s")
        return "  ·  ".join(parts)

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
        for label, share in ((self.position, 0.035), (self.phase, 0.045), (self.title, 0.03)):
            f = label.font()
            f.setPixelSize(max(18, int(self.height() * share)))
            f.setBold(True)
            label.setFont(f)
        steps_font = self.step_list.font()
        steps_font.setPixelSize(max(16, int(self.height() * 0.03)))
        self.step_list.setFont(steps_font)
        for label in (self.hint, self.next_up, self.cues, self.item_label):
            small = label.font()
            small.setPixelSize(max(15, int(self.height() * 0.026)))
            label.setFont(small)
        self._picture_key = None
        self._show_picture(self.engine.step_index if self.engine.step_index is not None else -1)

    def can_close(self) -> bool:
        """Closing the window mid-session asks first, like the End button."""
        if self.engine.state in (EngineState.FINISHED, EngineState.ENDED_EARLY, EngineState.READY):
            return True
        self.end_requested.emit()
        return self.engine.state in (EngineState.FINISHED, EngineState.ENDED_EARLY)
