"""Invariants of the session engine over generated programs and random action sequences."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from rehab_app.core.models import (
    Category,
    Dosage,
    Exercise,
    Program,
    ProgramItem,
    Step,
    StepKind,
)
from rehab_app.core.session.engine import (
    RESUME_COUNTDOWN_S,
    EngineState,
    Event,
    SegmentStarted,
    SessionEngine,
    SessionFinished,
)
from rehab_app.core.session.plan import SessionPlan, build_plan
from rehab_app.core.session.record import SessionRecord
from tests.helpers.clock import FakeClock

S = EngineState
LIVE = {S.RUNNING, S.PAUSED, S.RESUMING}
TERMINAL = {S.FINISHED, S.ENDED_EARLY}
ALLOWED = {
    (S.READY, S.RUNNING),
    (S.RUNNING, S.PAUSED),
    (S.RESUMING, S.PAUSED),
    (S.PAUSED, S.RESUMING),
    (S.RESUMING, S.RUNNING),
} | {(a, b) for a in LIVE for b in TERMINAL}

PLAIN_STEPS = (Step("Get set", kind=StepKind.SETUP), Step("Move"), Step("Breathe out"))
TIMED_STEPS = (
    Step("Get set", kind=StepKind.SETUP),
    Step("Lift", seconds=2),
    Step("Lower", seconds=3),
)


@st.composite
def dosages(draw: st.DrawFn) -> Dosage:
    """Any timeable dosage: holds, fixed reps, per-set reps lists, manual reps, per side."""
    sets = draw(st.integers(1, 3))
    reps = draw(
        st.none()
        | st.integers(1, 6)
        | st.lists(st.integers(1, 6), min_size=sets, max_size=sets).map(tuple)
    )
    hold_s = draw(st.none() | st.integers(1, 25))
    rep_s = draw(st.none() | st.integers(1, 4))
    if reps is None and hold_s is None:
        hold_s = draw(st.integers(1, 25))
    return Dosage(
        sets=sets,
        reps=reps,
        hold_s=hold_s,
        rep_s=rep_s,
        rest_s=draw(st.integers(0, 10)),
        per_side=draw(st.booleans()),
    )


def exercise(ex_id: str, dosage: Dosage, timed: bool) -> Exercise:
    """A minimal valid exercise."""
    return Exercise(
        schema_version=1,
        id=ex_id,
        name=ex_id,
        category=Category.MOBILITY,
        summary="Generated.",
        start_position="Standing.",
        steps=TIMED_STEPS if timed else PLAIN_STEPS,
        dosage=dosage,
    )


@dataclass
class Case:
    """A generated program with an alternative exercise for every item."""

    program: Program
    exercises: dict[str, Exercise]

    def plan(self, substitutes: dict[int, str] | None = None) -> SessionPlan:
        """The plan, with some items swapped for their alternatives."""
        return build_plan(self.program, self.exercises.__getitem__, substitutes)

    def engine(self, clock: FakeClock) -> SessionEngine:
        """A READY engine with a fresh record."""
        plan = self.plan()
        record = SessionRecord(
            program_id=plan.program_id,
            program_name=plan.program_name,
            program_snapshot="",
            started_utc=datetime(2024, 1, 1, tzinfo=UTC),
            local_date="2024-01-01",
            planned_s=plan.total_s,
            items=[],
        )
        return SessionEngine(plan, clock, record, self.plan)


@st.composite
def cases(draw: st.DrawFn) -> Case:
    """1-4 items with random dosages; about a third of the exercises use timed steps."""
    count = draw(st.integers(1, 4))
    exercises: dict[str, Exercise] = {}
    items = []
    for i in range(count):
        for ex_id in (f"ex{i}", f"alt{i}"):
            exercises[ex_id] = exercise(ex_id, draw(dosages()), draw(st.integers(0, 2)) == 0)
        items.append(ProgramItem(f"ex{i}", rest_after_s=draw(st.none() | st.integers(0, 15))))
    program = Program(
        schema_version=1,
        id="generated",
        name="Generated",
        description="Generated.",
        items=tuple(items),
        get_ready_s=draw(st.integers(0, 10)),
        rest_between_s=draw(st.integers(0, 20)),
    )
    return Case(program, exercises)


Action = tuple[str, float]
_COMMON = st.sampled_from(["pause", "resume", "skip_segment", "back", "done"])
_RARE = st.sampled_from(["start", "skip_exercise", "end_early"])
_SHORT_WAIT = st.tuples(st.just("advance"), st.floats(0, 5, allow_nan=False))
# Weighted so that most scripts spend their steps in a live session rather than after its end.
actions = st.lists(
    st.one_of(
        _SHORT_WAIT,
        _SHORT_WAIT,
        _SHORT_WAIT,
        st.tuples(st.just("advance"), st.floats(0, 40, allow_nan=False)),
        st.tuples(_COMMON, st.just(0.0)),
        st.tuples(_COMMON, st.just(0.0)),
        st.tuples(_COMMON, st.just(0.0)),
        st.tuples(_RARE, st.just(0.0)),
        st.tuples(st.just("substitute"), st.integers(0, 3).map(float)),
    ),
    max_size=80,
).map(lambda script: [("start", 0.0), *script])


@dataclass
class ActiveTimeModel:
    """An independent account of which clock time counts: everything but pauses and countdowns."""

    t0: float | None = None
    paused: float = 0.0
    pause_began: float | None = None
    resume_end: float | None = None
    log: list[tuple[str, float]] = field(default_factory=list)

    def settle(self, now: float) -> None:
        """A resume countdown that is over ends the pause at the countdown's end."""
        if self.pause_began is not None and self.resume_end is not None and now >= self.resume_end:
            self.paused += self.resume_end - self.pause_began
            self.pause_began = self.resume_end = None

    def on(self, name: str, before: EngineState, now: float) -> None:
        """Mirror one action that the engine accepted in state `before`."""
        self.settle(now)
        if name == "start" and before is S.READY:
            self.t0 = now
        elif name == "pause" and before in (S.RUNNING, S.RESUMING):
            if self.pause_began is None:
                self.pause_began = now
            self.resume_end = None
        elif name == "resume" and before is S.PAUSED:
            self.resume_end = now + RESUME_COUNTDOWN_S

    def active(self, now: float) -> float:
        """Active seconds at `now`."""
        if self.t0 is None:
            return 0.0
        paused = self.paused
        if self.pause_began is not None:
            paused += (now if self.resume_end is None else min(now, self.resume_end)) - (
                self.pause_began
            )
        return now - self.t0 - paused


def apply(engine: SessionEngine, clock: FakeClock, action: Action) -> list[Event]:
    """Perform one generated action."""
    name, value = action
    if name == "advance":
        clock.advance(value)
        return engine.poll()
    if name == "substitute":
        item = int(value) % len(engine.record.items)
        return engine.substitute(item, f"alt{item}")
    result: list[Event] = getattr(engine, name)()
    return result


@settings(max_examples=200, deadline=None)
@given(case=cases(), script=actions)
def test_invariants_under_random_actions(case: Case, script: list[Action]) -> None:
    clock = FakeClock()
    engine = case.engine(clock)
    model = ActiveTimeModel()
    finished = 0
    for action in script:
        before, elapsed_before = engine.state, engine.session_elapsed_s
        events = apply(engine, clock, action)
        after = engine.state
        model.on(action[0], before, clock())

        assert after is before or (before, after) in ALLOWED, (before, after, action)
        if before in TERMINAL:
            assert events == []
        if before is S.READY and action[0] != "start":
            assert events == []
            assert after is S.READY
        for event in events:
            if isinstance(event, SegmentStarted):
                assert 0 <= event.index < len(engine.plan.segments)
                assert engine.plan.segments[event.index] == event.segment
        finished += sum(isinstance(e, SessionFinished) for e in events)
        assert finished <= 1
        assert (finished == 1) == (after in TERMINAL)

        assert engine.remaining_s >= 0
        assert engine.segment_elapsed_s >= 0
        assert engine.session_remaining_s >= 0
        for item in engine.record.items:
            assert 0 <= item.done_sets <= item.planned_sets
            assert 0 <= item.done_reps <= item.planned_reps
            assert item.done_s >= 0
        if after in LIVE:
            assert abs(engine.session_elapsed_s - model.active(clock())) < 1e-6
            assert abs(engine.record.active_s - engine.session_elapsed_s) < 1e-6
            assert engine.current is not None
            assert engine.record.current_item == engine.current.item_index
        elif after in TERMINAL:
            assert engine.session_elapsed_s <= model.active(clock()) + 1e-6
        if before is S.PAUSED and after is S.PAUSED:
            assert engine.session_elapsed_s == elapsed_before  # paused time never counts


@settings(max_examples=100, deadline=None)
@given(
    case=cases(),
    steps=st.lists(st.floats(0.05, 40, allow_nan=False), min_size=1, max_size=30),
    manual_times=st.lists(st.floats(0, 30, allow_nan=False), min_size=1, max_size=10),
)
def test_polls_alone_finish_exactly_on_plan(
    case: Case, steps: list[float], manual_times: list[float]
) -> None:
    """With only polls (and "Done" on manual work), the session lasts the plan with the manual
    estimates replaced by the time actually taken, however late or irregular the polls are."""
    clock = FakeClock()
    engine = case.engine(clock)
    plan = engine.plan
    engine.start()
    manual_estimates = manual_actual = 0.0
    polls = 0
    while engine.state is S.RUNNING:
        clock.advance(steps[polls % len(steps)])
        polls += 1
        engine.poll()
        segment = engine.current
        if segment is not None and segment.manual:
            clock.advance(manual_times[polls % len(manual_times)])
            engine.poll()
            manual_estimates += segment.duration_s
            manual_actual += engine.segment_elapsed_s
            engine.done()
    expected = plan.total_s - manual_estimates + manual_actual
    assert engine.state is S.FINISHED
    assert abs(engine.session_elapsed_s - expected) < 1e-6
    assert abs(engine.record.active_s - expected) < 1e-6
    for item in engine.record.items:
        assert item.completed
        assert item.done_reps == item.planned_reps
