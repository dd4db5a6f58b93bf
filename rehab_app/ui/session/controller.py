"""Adapts the session engine to Qt: a timer polls it, and its events come out as signals."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from rehab_app.core.session import events as ev
from rehab_app.core.session.engine import EngineState, SessionEngine
from rehab_app.core.session.record import PainReport, SessionSink, WriteFailure

POLL_MS = 200


class SessionController(QObject):
    """Drives one session. The timer only polls; the engine derives time from its clock.

    Signals:
        segment_started(int): segment index that became current.
        step_changed(int): step index (into the exercise's steps) that became current.
        countdown_ticked(int): 3, 2, 1 before a timed segment ends.
        halfway_reached(): the middle of a long hold.
        sides_switched(str): switch to this side ("left" or "right").
        exercise_finished(int): program item index that was left.
        paused(): the session was paused.
        resume_counted(int): 3, 2, 1 before time runs again.
        resumed(): time runs again.
        session_finished(str): the outcome ("completed" or "ended_early").
        display_changed(): a shown number (seconds left, segment) changed; repaint.
        save_status_changed(): saving the session failed, or works again (see `save_failure`).
    """

    segment_started = Signal(int)
    step_changed = Signal(int)
    countdown_ticked = Signal(int)
    halfway_reached = Signal()
    sides_switched = Signal(str)
    exercise_finished = Signal(int)
    paused = Signal()
    resume_counted = Signal(int)
    resumed = Signal()
    session_finished = Signal(str)
    display_changed = Signal()
    save_status_changed = Signal()

    def __init__(
        self,
        engine: SessionEngine,
        sink: SessionSink,
        parent: QObject | None = None,
        poll_ms: int = POLL_MS,
        start_item: int = 0,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.start_item = start_item
        self._sink = sink
        self._shown: tuple[int, int, int, str] | None = None
        self.save_failure: WriteFailure | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("sessionPollTimer")
        self._timer.setInterval(poll_ms)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.poll)

    @property
    def timer_active(self) -> bool:
        """Whether the poll timer is running (it stops when the session ends)."""
        return self._timer.isActive()

    def start(self) -> None:
        """Start the session and begin polling."""
        if self.engine.state is not EngineState.READY:
            return
        if self.engine.record.session_id is None:
            self._sink.begin(self.engine.record)
            self._check_saved()
        self._timer.start()
        self._run(lambda: self.engine.start(self.start_item))

    def toggle_pause(self) -> None:
        """Pause a running session, or resume a paused one."""
        if self.engine.state in (EngineState.RUNNING, EngineState.RESUMING):
            self._run(self.engine.pause)
        elif self.engine.state is EngineState.PAUSED:
            self._run(self.engine.resume)

    def pause(self) -> None:
        """Pause (no-op unless running)."""
        self._run(self.engine.pause)

    def resume(self) -> None:
        """Resume after a pause, through the 3-second re-countdown."""
        self._run(self.engine.resume)

    def skip(self) -> None:
        """Skip the current segment."""
        self._run(self.engine.skip_segment)

    def skip_exercise(self) -> None:
        """Skip the rest of the current exercise."""
        self._run(self.engine.skip_exercise)

    def back(self) -> None:
        """Previous segment; twice quickly restarts the exercise."""
        self._run(self.engine.back)

    def done(self) -> None:
        """Finish a set of reps counted by hand."""
        self._run(self.engine.done)

    def end_early(self) -> None:
        """End the session now."""
        self._run(self.engine.end_early)

    def substitute(self, item_index: int, exercise_id: str) -> None:
        """Swap the current item to another exercise (an easier variant)."""
        self._run(lambda: self.engine.substitute(item_index, exercise_id))

    def report_pain(self, report: PainReport) -> None:
        """Record an "it hurts" report and save it at once."""
        report.at_s = self.engine.session_elapsed_s
        self.engine.report_pain(report)
        self.save_checkpoint()

    def save_checkpoint(self) -> None:
        """Save the session as it stands; a failure is reported by `save_status_changed`."""
        self._sink.checkpoint(self.engine.record)
        self._check_saved()

    def _check_saved(self) -> None:
        failure = self._sink.write_error
        if failure != self.save_failure:
            self.save_failure = failure
            self.save_status_changed.emit()

    def poll(self) -> None:
        """Catch the engine up with its clock (the timer's slot; safe to call at any time)."""
        self._run(self.engine.poll)

    def stop(self) -> None:
        """Stop polling (the window is closing)."""
        self._timer.stop()

    def _run(self, action: Callable[[], list[ev.Event]]) -> None:
        events = action()
        for event in events:
            self._dispatch(event)
        shown = (
            self.engine.index,
            math.ceil(self.engine.remaining_s),
            math.ceil(self.engine.session_remaining_s),
            self.engine.state.value,
        )
        if events or shown != self._shown:
            self._shown = shown
            self.display_changed.emit()

    def _dispatch(self, event: ev.Event) -> None:
        match event:
            case ev.SegmentStarted(index=index):
                self.segment_started.emit(index)
            case ev.StepChanged(step_index=step):
                self.step_changed.emit(step)
            case ev.Countdown(seconds_left=left):
                self.countdown_ticked.emit(left)
            case ev.Halfway():
                self.halfway_reached.emit()
            case ev.SwitchSides(side=side):
                self.sides_switched.emit(side.value)
            case ev.ExerciseDone(item_index=item):
                self.save_checkpoint()
                self.exercise_finished.emit(item)
            case ev.Paused():
                self.save_checkpoint()
                self.paused.emit()
            case ev.ResumeCountdown(seconds_left=left):
                self.resume_counted.emit(left)
            case ev.Resumed():
                self.resumed.emit()
            case ev.SessionFinished(outcome=outcome):
                self._timer.stop()
                self.save_checkpoint()
                self.session_finished.emit(outcome.value)
