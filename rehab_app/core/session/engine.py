"""The session state machine: walks a SessionPlan against an injected monotonic clock.

Times come from the clock, never from counting polls. Segment starts are kept in active seconds
(pauses removed), so a late poll carries its overshoot into the next segment.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable

from rehab_app.core.session import events as ev
from rehab_app.core.session.events import *  # noqa: F403  (the player imports the events from here too)
from rehab_app.core.session.plan import Segment, SegmentKind, SessionPlan
from rehab_app.core.session.record import ExerciseRecord, Outcome, PainReport, Pause, SessionRecord

RESUME_COUNTDOWN_S = 3
BACK_AGAIN_S = 3.0
COUNTDOWN_FROM = 3
COUNTDOWN_MIN_S = 8
HALFWAY_MIN_S = 20
# Float sums of clock readings land a hair off whole seconds; don't let that shift a cue by a poll.
_EPS = 1e-9

Clock = Callable[[], float]
_Key = tuple[int, str | None, int]


class EngineState(enum.StrEnum):
    """Where the session is in its life."""

    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    RESUMING = "resuming"
    FINISHED = "finished"
    ENDED_EARLY = "ended_early"


_LIVE = frozenset({EngineState.RUNNING, EngineState.PAUSED, EngineState.RESUMING})


def _key(segment: Segment) -> _Key:
    return (segment.set_no, segment.side.value if segment.side else None, segment.rep_no)


def _reps(segment: Segment) -> int:
    """Reps a WORK segment stands for: all of them when counted by hand, else one per rep."""
    if segment.manual:
        return segment.reps
    return 1 if segment.reps else 0


def planned_record(plan: SessionPlan, item_index: int) -> ExerciseRecord:
    """A fresh ExerciseRecord with the planned sets, reps and seconds of one item."""
    work = [s for s in plan.segments if s.item_index == item_index and s.kind is SegmentKind.WORK]
    first = work[0]
    return ExerciseRecord(
        item_index=item_index,
        exercise_id=first.exercise_id,
        exercise_name=first.exercise_name,
        planned_sets=first.sets,
        planned_reps=sum(_reps(s) for s in work),
        planned_s=sum(s.duration_s for s in work),
    )


class SessionEngine:
    """Runs one session: call `poll()` at any rate and act on the events it returns."""

    def __init__(
        self,
        plan: SessionPlan,
        clock: Clock,
        record: SessionRecord,
        rebuild: Callable[[dict[int, str]], SessionPlan] | None = None,
    ) -> None:
        self.record = record
        self._clock = clock
        self._rebuild = rebuild
        self._substitutes: dict[int, str] = {}
        self._state = EngineState.READY
        self._index = 0
        self._t0 = 0.0
        self._seg_start = 0.0  # active seconds at which the current segment began
        self._paused_total = 0.0  # closed pauses, resume countdowns included
        self._pause_began: float | None = None  # clock reading
        self._resume_end: float | None = None  # clock reading
        self._pause: Pause | None = None
        self._end_active: float | None = None
        self._last_back: float | None = None
        self._step: int | None = None
        self._countdown = COUNTDOWN_FROM + 1
        self._resume_countdown = RESUME_COUNTDOWN_S + 1
        self._halfway = False
        self._completed: dict[int, set[_Key]] = {}
        self._carried = (0.0, 0.0)
        self._set_plan(plan)
        if not record.items:
            record.items = [planned_record(plan, i) for i in sorted(self._ranges)]

    @property
    def state(self) -> EngineState:
        """The current state."""
        return self._state

    @property
    def plan(self) -> SessionPlan:
        """The plan being run; replaced by `substitute()`."""
        return self._plan

    @property
    def index(self) -> int:
        """Index of the current segment in `plan.segments`."""
        return self._index

    @property
    def current(self) -> Segment | None:
        """The current segment (the first one while READY); None once the session is over."""
        if self._end_active is not None or self._index >= len(self._plan.segments):
            return None
        return self._plan.segments[self._index]

    @property
    def step_index(self) -> int | None:
        """Index into the exercise's steps of the current step, or None outside work."""
        return self._step

    @property
    def segment_elapsed_s(self) -> float:
        """Active seconds spent in the current segment (capped at its length unless manual)."""
        segment = self.current
        if segment is None:
            return 0.0
        elapsed = max(0.0, self._active() - self._seg_start)
        return elapsed if segment.manual else min(elapsed, float(segment.duration_s))

    @property
    def remaining_s(self) -> float:
        """Seconds left in the current segment; never negative."""
        segment = self.current
        if segment is None:
            return 0.0
        return max(0.0, segment.duration_s - self.segment_elapsed_s)

    @property
    def session_elapsed_s(self) -> float:
        """Active session seconds: pauses and resume countdowns excluded."""
        return self._active()

    @property
    def session_remaining_s(self) -> float:
        """Remaining seconds of the current segment plus the planned length of all later ones."""
        segment = self.current
        if segment is None:
            return 0.0
        return self.remaining_s + self._total_s - segment.start_s - segment.duration_s

    @property
    def next_work(self) -> Segment | None:
        """The next WORK segment after the current one, for "next up" previews."""
        if self.current is None:
            return None
        later = self._plan.segments[self._index + 1 :]
        return next((s for s in later if s.kind is SegmentKind.WORK), None)

    def start(self, at_item: int = 0) -> list[ev.Event]:
        """READY -> RUNNING at the first segment, or at item `at_item` to resume a saved session."""
        if self._state is not EngineState.READY:
            return []
        self._t0 = self._clock()
        self._state = EngineState.RUNNING
        if not self._plan.segments:
            return self._finish(Outcome.COMPLETED, 0.0)
        if at_item and at_item in self._ranges:
            # Time from the run before the interruption stays in the record.
            self._carried = (self.record.active_s, self.record.paused_s)
            events = self._enter(self._ranges[at_item].start, 0.0)
        else:
            events = self._enter(0, 0.0)
        self._sync_record()
        return events

    def pause(self) -> list[ev.Event]:
        """RUNNING or RESUMING -> PAUSED; a pause during the resume countdown just continues."""
        if self._state not in (EngineState.RUNNING, EngineState.RESUMING):
            return []
        now = self._clock()
        events = self._settle(now)
        if self._state is EngineState.RUNNING:
            self._pause = Pause(at_s=self._active(now), duration_s=0.0)
            self.record.pauses.append(self._pause)
            self._pause_began = now
        self._resume_end = None
        self._state = EngineState.PAUSED
        events.append(ev.Paused())
        self._sync_record(now)
        return events

    def resume(self) -> list[ev.Event]:
        """PAUSED -> RESUMING; time runs again after RESUME_COUNTDOWN_S, on a later poll."""
        if self._state is not EngineState.PAUSED:
            return []
        self._resume_end = self._clock() + RESUME_COUNTDOWN_S
        self._state = EngineState.RESUMING
        self._resume_countdown = RESUME_COUNTDOWN_S
        return [ev.ResumeCountdown(RESUME_COUNTDOWN_S)]

    def poll(self) -> list[ev.Event]:
        """Catch up with the clock; a second call for the same clock reading returns []."""
        if self._state is EngineState.PAUSED:
            self._sync_record()
        if self._state not in (EngineState.RUNNING, EngineState.RESUMING):
            return []
        now = self._clock()
        events = self._settle(now)
        if self._state is EngineState.RESUMING and self._resume_end is not None:
            left = math.ceil(self._resume_end - now - _EPS)
            if left < self._resume_countdown:
                self._resume_countdown = left
                events.append(ev.ResumeCountdown(left))
            self._sync_record(now)
            return events
        active = self._active(now)
        while self._state is EngineState.RUNNING:
            segment = self._plan.segments[self._index]
            end = self._seg_start + segment.duration_s
            if segment.manual or active < end:
                events += self._cues(active)
                break
            events += self._go(self._index + 1, end, completed=True)
        self._sync_record(now)
        return events

    def skip_segment(self) -> list[ev.Event]:
        """Leave the current segment unfinished and start the next."""
        return self._jump(lambda: self._index + 1)

    def skip_exercise(self) -> list[ev.Event]:
        """Jump to the next item; this one counts as skipped unless all its sets were done."""

        def target() -> int:
            item = self._plan.segments[self._index].item_index
            record = self.record.items[item]
            if record.done_sets < record.planned_sets:
                record.skipped = True
            following = self._ranges.get(item + 1)
            return following.start if following else len(self._plan.segments)

        return self._jump(target)

    def back(self) -> list[ev.Event]:
        """Go to the previous segment; twice within 3 s restarts the current exercise."""

        def target() -> int:
            now = self._clock()
            again = self._last_back is not None and now - self._last_back <= BACK_AGAIN_S
            self._last_back = now
            if again:
                return self._first_work(self._plan.segments[self._index].item_index)
            return max(0, self._index - 1)

        return self._jump(target)

    def done(self) -> list[ev.Event]:
        """Finish a manual (counted by hand) work segment; a no-op for anything else."""
        segment = self.current
        if self._state not in _LIVE or segment is None or not segment.manual:
            return []
        return self._jump(lambda: self._index + 1, completed=True)

    def end_early(self) -> list[ev.Event]:
        """Stop the session now: ENDED_EARLY; items with no work done are marked skipped.

        An item stopped part way (7 of 8 reps) keeps what was done and is not skipped.
        """
        if self._state not in _LIVE:
            return []
        events = self.poll()
        if self._state not in _LIVE:
            return events
        at = self._active()
        self._leave(at, completed=False, target=self._index)
        for item in self.record.items:
            if item.done_sets < item.planned_sets and not (item.done_reps or item.done_s):
                item.skipped = True
        return events + self._finish(Outcome.ENDED_EARLY, at)

    def substitute(self, item_index: int, exercise_id: str) -> list[ev.Event]:
        """Swap an item's exercise (e.g. an easier variant) and restart that item's work."""
        if self._state not in _LIVE or self._rebuild is None or item_index not in self._ranges:
            return []
        now = self._clock()
        events = self._settle(now)
        substitutes = {**self._substitutes, item_index: exercise_id}
        plan = self._rebuild(substitutes)
        at = self._active(now)
        self._leave(at, completed=False, target=self._index)
        self._substitutes = substitutes
        self._set_plan(plan)
        # Updated in place: the player may hold the item's record. Done time stays; counts restart.
        record, fresh = self.record.items[item_index], planned_record(plan, item_index)
        original = record.variant_of or record.exercise_id
        record.variant_of = original if fresh.exercise_id != original else None
        record.exercise_id, record.exercise_name = fresh.exercise_id, fresh.exercise_name
        record.planned_sets, record.planned_reps = fresh.planned_sets, fresh.planned_reps
        record.planned_s, record.done_sets, record.done_reps = fresh.planned_s, 0, 0
        record.skipped = False
        self.record.planned_s = self._total_s
        self._completed.pop(item_index, None)
        events += self._enter(self._first_work(item_index), at)
        self._sync_record(now)
        return events

    def report_pain(self, report: PainReport) -> None:
        """Attach a pain report to the current item (in any state, so no report is ever lost)."""
        segment = self.current
        item = segment.item_index if segment else self.record.current_item
        record = self.record.items[item]
        if report.exercise_id is None:
            report.exercise_id = record.exercise_id
        record.pain_reports.append(report)

    def _set_plan(self, plan: SessionPlan) -> None:
        self._plan = plan
        self._total_s = plan.total_s
        self._ranges: dict[int, range] = {}
        for i, segment in enumerate(plan.segments):
            found = self._ranges.get(segment.item_index)
            self._ranges[segment.item_index] = range(found.start if found else i, i + 1)

    def _first_work(self, item: int) -> int:
        span = self._ranges[item]
        work = (i for i in span if self._plan.segments[i].kind is SegmentKind.WORK)
        return next(work, span.start)

    def _paused(self, now: float) -> float:
        total = self._paused_total
        if self._pause_began is not None:
            until = now if self._resume_end is None else min(now, self._resume_end)
            total += until - self._pause_began
        return total

    def _active(self, now: float | None = None) -> float:
        if self._end_active is not None:
            return self._end_active
        if self._state is EngineState.READY:
            return 0.0
        now = self._clock() if now is None else now
        return now - self._t0 - self._paused(now)

    def _settle(self, now: float) -> list[ev.Event]:
        """End a resume countdown that is over by `now`."""
        if self._state is not EngineState.RESUMING or self._resume_end is None:
            return []
        if now < self._resume_end:
            return []
        self._close_pause(now)
        self._state = EngineState.RUNNING
        return [ev.Resumed()]

    def _close_pause(self, now: float) -> None:
        total = self._paused(now)
        if self._pause is not None:
            self._pause.duration_s = total - self._paused_total
        self._paused_total = total
        self._pause_began = self._resume_end = None
        self._pause = None

    def _jump(self, target: Callable[[], int], *, completed: bool = False) -> list[ev.Event]:
        if self._state not in _LIVE:
            return []
        now = self._clock()
        events = self._settle(now)
        events += self._go(target(), self._active(now), completed=completed)
        self._sync_record(now)
        return events

    def _go(self, target: int, at: float, *, completed: bool) -> list[ev.Event]:
        events = self._leave(at, completed=completed, target=target)
        if target >= len(self._plan.segments):
            return events + self._finish(Outcome.COMPLETED, at)
        return events + self._enter(target, at)

    def _leave(self, at: float, *, completed: bool, target: int) -> list[ev.Event]:
        segment = self._plan.segments[self._index]
        item = segment.item_index
        if segment.kind is SegmentKind.WORK:
            spent = max(0.0, at - self._seg_start)
            if not segment.manual:
                spent = min(spent, float(segment.duration_s))
            self.record.items[item].done_s += spent
            if completed:
                self._completed.setdefault(item, set()).add(_key(segment))
                self._recount(item)
        segments = self._plan.segments
        if target > self._index and (
            target >= len(segments) or segments[target].item_index != item
        ):
            return [ev.ExerciseDone(item, segment.exercise_id)]
        return []

    def _recount(self, item: int) -> None:
        done = self._completed.get(item, set())
        sets: dict[int, bool] = {}
        reps = 0
        for i in self._ranges[item]:
            segment = self._plan.segments[i]
            if segment.kind is not SegmentKind.WORK:
                continue
            finished = _key(segment) in done
            sets[segment.set_no] = sets.get(segment.set_no, True) and finished
            reps += _reps(segment) if finished else 0
        record = self.record.items[item]
        record.done_sets = sum(sets.values())
        record.done_reps = reps
        if record.done_sets >= record.planned_sets:
            record.skipped = False

    def _enter(self, index: int, at: float) -> list[ev.Event]:
        segment = self._plan.segments[index]
        self._index, self._seg_start = index, at
        self._countdown = COUNTDOWN_FROM + 1
        self._halfway = False
        self._step = None
        self.record.current_item = segment.item_index
        events: list[ev.Event] = [ev.SegmentStarted(index, segment)]
        if segment.kind is SegmentKind.SWITCH_SIDES and segment.side is not None:
            events.append(ev.SwitchSides(segment.side))
        if segment.kind is SegmentKind.WORK and segment.step_marks:
            self._step = segment.step_marks[0][1]
            events.append(ev.StepChanged(index, self._step))
        return events

    def _cues(self, active: float) -> list[ev.Event]:
        """Step changes, halfway and 3-2-1 for the current segment; each emitted once."""
        segment = self._plan.segments[self._index]
        elapsed = max(0.0, active - self._seg_start)
        events: list[ev.Event] = []
        if segment.kind is SegmentKind.WORK and segment.step_marks:
            marks = [step for at, step in segment.step_marks if at <= elapsed + _EPS]
            step = marks[-1] if marks else segment.step_marks[0][1]
            if step != self._step:
                self._step = step
                events.append(ev.StepChanged(self._index, step))
        if segment.manual:
            return events
        if (
            segment.kind is SegmentKind.WORK
            and segment.duration_s >= HALFWAY_MIN_S
            and not self._halfway
            and elapsed + _EPS >= segment.duration_s / 2
        ):
            self._halfway = True
            events.append(ev.Halfway(self._index))
        if segment.duration_s >= COUNTDOWN_MIN_S:
            left = math.ceil(segment.duration_s - elapsed - _EPS)
            if 1 <= left <= COUNTDOWN_FROM and left < self._countdown:
                self._countdown = left
                events.append(ev.Countdown(left))
        return events

    def _finish(self, outcome: Outcome, at: float) -> list[ev.Event]:
        if self._pause_began is not None:
            self._close_pause(self._clock())
        self._end_active = at
        completed = outcome is Outcome.COMPLETED
        self._state = EngineState.FINISHED if completed else EngineState.ENDED_EARLY
        self._step = None
        self.record.outcome = outcome
        self._sync_record()
        return [ev.SessionFinished(outcome)]

    def _sync_record(self, now: float | None = None) -> None:
        now = self._clock() if now is None else now
        self.record.active_s = self._carried[0] + self._active(now)
        self.record.paused_s = self._carried[1] + self._paused(now)
        if self._pause is not None and self._pause_began is not None:
            self._pause.duration_s = self._paused(now) - self._paused_total
