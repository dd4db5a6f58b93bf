"""The session engine against a fake clock: timing, pauses, navigation and record keeping."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

import pytest

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
    BACK_AGAIN_S,
    COUNTDOWN_MIN_S,
    HALFWAY_MIN_S,
    RESUME_COUNTDOWN_S,
    Countdown,
    EngineState,
    Event,
    ExerciseDone,
    Halfway,
    Paused,
    ResumeCountdown,
    Resumed,
    SegmentStarted,
    SessionEngine,
    SessionFinished,
    StepChanged,
    SwitchSides,
    planned_record,
)
from rehab_app.core.session.plan import SegmentKind, SessionPlan, Side, build_plan
from rehab_app.core.session.record import Outcome, PainReport, SessionRecord
from tests.helpers.clock import FakeClock

E = TypeVar("E", bound=Event)

TIMED_STEPS = (
    Step("Brace gently", kind=StepKind.SETUP),
    Step("Lift", seconds=2),
    Step("Hold still", seconds=6),
    Step("Lower", seconds=2),
)


def exercise(ex_id: str, dosage: Dosage, steps: tuple[Step, ...] = ()) -> Exercise:
    """A minimal valid exercise."""
    return Exercise(
        schema_version=1,
        id=ex_id,
        name=ex_id.replace("_", " ").capitalize(),
        category=Category.CORE,
        summary="For tests.",
        start_position="Lying down.",
        steps=steps or (Step("Get set", kind=StepKind.SETUP), Step("Move")),
        dosage=dosage,
    )


EXERCISES = {
    e.id: e
    for e in (
        exercise("plank", Dosage(sets=2, hold_s=10, rest_s=5), TIMED_STEPS),
        exercise("bridge", Dosage(sets=1, reps=3, rep_s=2, hold_s=1)),
        exercise("bridge_easy", Dosage(sets=1, reps=2, rep_s=2)),
        exercise("side_lying", Dosage(sets=1, hold_s=8, per_side=True)),
        exercise("count", Dosage(sets=2, reps=5)),
        exercise("long_hold", Dosage(sets=1, hold_s=20)),
    )
}

PROGRAM = Program(
    schema_version=1,
    id="test",
    name="Test",
    description="For tests.",
    items=tuple(ProgramItem(e) for e in ("plank", "bridge", "side_lying", "count")),
    get_ready_s=5,
    rest_between_s=10,
)

# Segment indices of PROGRAM's plan (checked in test_plan_shape).
READY, PLANK_1, PLANK_REST, PLANK_2 = 0, 1, 2, 3
BRIDGE_REST, BRIDGE_1, BRIDGE_3 = 4, 5, 7
SIDE_REST, SIDE_LEFT, SWITCH, SIDE_RIGHT = 8, 9, 10, 11
COUNT_REST, COUNT_1, COUNT_2 = 12, 13, 14


def plan_of(program: Program, substitutes: dict[int, str] | None = None) -> SessionPlan:
    """The plan of `program` over EXERCISES."""
    return build_plan(program, EXERCISES.__getitem__, substitutes)


def new_record(plan: SessionPlan) -> SessionRecord:
    """An empty record for `plan`."""
    return SessionRecord(
        program_id=plan.program_id,
        program_name=plan.program_name,
        program_snapshot="",
        started_utc=datetime(2024, 5, 1, 7, 0, tzinfo=UTC),
        local_date="2024-05-01",
        planned_s=plan.total_s,
        items=[],
    )


def make_engine(program: Program = PROGRAM) -> tuple[SessionEngine, FakeClock]:
    """A READY engine for `program` with a fake clock and a rebuild function."""
    clock = FakeClock()
    plan = plan_of(program)

    def rebuild(substitutes: dict[int, str]) -> SessionPlan:
        return plan_of(program, substitutes)

    return SessionEngine(plan, clock, new_record(plan), rebuild), clock


def started(program: Program = PROGRAM) -> tuple[SessionEngine, FakeClock]:
    """A RUNNING engine at the start of its first segment."""
    engine, clock = make_engine(program)
    engine.start()
    return engine, clock


def of(events: list[Event], kind: type[E]) -> list[E]:
    """The events of one type."""
    return [e for e in events if isinstance(e, kind)]


def starts(events: list[Event]) -> list[int]:
    """Indices of the segments that started."""
    return [e.index for e in of(events, SegmentStarted)]


def run_to(engine: SessionEngine, clock: FakeClock, index: int) -> list[Event]:
    """Poll in 0.25 s steps (pressing "Done" on manual segments) until segment `index` is current."""
    events: list[Event] = []
    while engine.index < index:
        clock.advance(0.25)
        events += engine.poll()
        if engine.current is not None and engine.current.manual and engine.index < index:
            events += engine.done()
    return events


def pauses(engine: SessionEngine) -> list[float]:
    """The record's pauses, flattened to [at_s, duration_s, ...]."""
    return [x for p in engine.record.pauses for x in (p.at_s, p.duration_s)]


def test_plan_shape() -> None:
    plan = plan_of(PROGRAM)
    kinds = [(s.kind, s.duration_s, s.manual) for s in plan.segments]
    work, rest, ex_rest = SegmentKind.WORK, SegmentKind.REST_SET, SegmentKind.REST_EXERCISE
    assert kinds == [
        (SegmentKind.GET_READY, 5, False),
        (work, 10, False),
        (rest, 5, False),
        (work, 10, False),
        (ex_rest, 10, False),
        *[(work, 3, False)] * 3,
        (ex_rest, 10, False),
        (work, 8, False),
        (SegmentKind.SWITCH_SIDES, 5, False),
        (work, 8, False),
        (ex_rest, 10, False),
        (work, 15, True),
        (work, 15, True),
    ]
    assert plan.total_s == 120


def test_record_items_are_created_from_the_plan() -> None:
    engine, _ = make_engine()
    items = engine.record.items
    assert [i.exercise_id for i in items] == ["plank", "bridge", "side_lying", "count"]
    assert [(i.planned_sets, i.planned_reps, i.planned_s) for i in items] == [
        (2, 0, 20),
        (1, 3, 9),
        (1, 0, 16),
        (2, 10, 30),
    ]


def test_start_emits_first_segment_once() -> None:
    engine, _ = make_engine()
    before = engine.state
    assert before is EngineState.READY
    assert engine.current is engine.plan.segments[0]
    events = engine.start()
    assert events == [SegmentStarted(0, engine.plan.segments[0])]
    assert engine.state is EngineState.RUNNING
    assert engine.start() == []


def test_actions_before_start_do_nothing() -> None:
    engine, clock = make_engine()
    clock.advance(50)
    for action in (engine.pause, engine.resume, engine.poll, engine.skip_segment, engine.back):
        assert action() == []
    assert engine.skip_exercise() == []
    assert engine.done() == []
    assert engine.end_early() == []
    assert engine.substitute(1, "bridge_easy") == []
    assert engine.state is EngineState.READY
    assert engine.session_elapsed_s == 0.0


def test_hold_segment_timing_and_steps() -> None:
    engine, clock = started()
    clock.advance(4.9)
    assert engine.poll() == []
    assert engine.remaining_s == pytest.approx(0.1)
    clock.advance(0.1)
    events = engine.poll()
    assert events == [SegmentStarted(PLANK_1, engine.plan.segments[PLANK_1]), StepChanged(1, 1)]
    assert engine.remaining_s == pytest.approx(10)
    assert (engine.index, engine.step_index) == (PLANK_1, 1)
    clock.advance(2)
    assert engine.poll() == [StepChanged(PLANK_1, 2)]
    clock.advance(6)
    assert engine.poll() == [StepChanged(PLANK_1, 3), Countdown(2)]
    clock.advance(1.5)
    assert engine.poll() == [Countdown(1)]
    clock.advance(0.5)
    assert starts(engine.poll()) == [PLANK_REST]
    assert (engine.index, engine.step_index) == (PLANK_REST, None)
    assert engine.record.items[0].done_s == pytest.approx(10)
    assert engine.record.items[0].done_sets == 1


def test_rep_and_rest_segments_timing() -> None:
    engine, clock = started()
    run_to(engine, clock, BRIDGE_REST)
    clock.advance(10 - 0.25)
    assert engine.index == BRIDGE_REST
    clock.advance(0.25)
    assert starts(engine.poll()) == [BRIDGE_1]
    for rep in range(3):
        assert engine.current is not None
        assert engine.current.rep_no == rep + 1
        assert engine.remaining_s == pytest.approx(3)
        clock.advance(3)
        engine.poll()
    bridge = engine.record.items[1]
    assert (bridge.done_reps, bridge.done_sets) == (3, 1)
    assert bridge.done_s == pytest.approx(9)
    assert engine.index == SIDE_REST


def test_per_side_switch() -> None:
    engine, clock = started()
    run_to(engine, clock, SIDE_LEFT)
    assert engine.current is not None
    assert engine.current.side is Side.LEFT
    clock.advance(8)
    events = engine.poll()
    assert starts(events) == [SWITCH]
    assert of(events, SwitchSides) == [SwitchSides(Side.RIGHT)]
    assert engine.record.items[2].done_sets == 0
    clock.advance(5 + 8)
    engine.poll()
    assert engine.record.items[2].done_sets == 1


def test_manual_segment_waits_for_done() -> None:
    engine, clock = started()
    run_to(engine, clock, COUNT_1)
    clock.advance(10)
    assert engine.poll() == []
    assert engine.remaining_s == pytest.approx(5, abs=0.3)
    clock.advance(100)
    assert engine.poll() == []
    assert engine.index == COUNT_1
    assert engine.remaining_s == 0
    assert engine.segment_elapsed_s == pytest.approx(110, abs=0.3)
    events = engine.done()
    assert starts(events) == [COUNT_2]
    count = engine.record.items[3]
    assert (count.done_reps, count.done_sets) == (5, 1)
    assert count.done_s == pytest.approx(110, abs=0.3)
    clock.advance(12)
    events = engine.done()
    assert of(events, ExerciseDone) == [ExerciseDone(3, "count")]
    assert events[-1] == SessionFinished(Outcome.COMPLETED)
    assert (count.done_reps, count.done_sets) == (10, 2)
    assert engine.state is EngineState.FINISHED


def test_done_is_a_no_op_on_timed_segments() -> None:
    engine, clock = started()
    clock.advance(6)
    engine.poll()
    assert engine.done() == []
    assert engine.index == PLANK_1


def test_late_poll_carries_overshoot() -> None:
    engine, clock = started()
    clock.advance(5.7)
    assert starts(engine.poll()) == [PLANK_1]
    assert engine.remaining_s == pytest.approx(9.3)
    assert engine.segment_elapsed_s == pytest.approx(0.7)


def test_stall_catches_up_several_segments_in_one_poll() -> None:
    engine, clock = started()
    clock.advance(30.5)
    events = engine.poll()
    # 5 ready + 10 + 5 + 10 = 30: item 0 is over and its rest for 0.5 s is current.
    assert starts(events) == [PLANK_1, PLANK_REST, PLANK_2, BRIDGE_REST]
    assert of(events, ExerciseDone) == [ExerciseDone(0, "plank")]
    assert of(events, StepChanged) == [StepChanged(PLANK_1, 1), StepChanged(PLANK_2, 1)]
    assert of(events, Countdown) == []
    assert engine.remaining_s == pytest.approx(9.5)
    plank = engine.record.items[0]
    assert plank.done_sets == 2
    assert plank.done_s == pytest.approx(20)
    assert engine.session_elapsed_s == pytest.approx(30.5)


def test_stall_emits_only_the_current_countdown_number() -> None:
    engine, clock = started()
    clock.advance(5 + 8.5)
    events = engine.poll()
    assert of(events, Countdown) == [Countdown(2)]
    clock.advance(0.1)
    assert engine.poll() == []


def test_countdown_and_halfway_emitted_once() -> None:
    program = Program(
        schema_version=1,
        id="long",
        name="Long",
        description="d",
        items=(ProgramItem("long_hold"),),
        get_ready_s=0,
    )
    engine, clock = started(program)
    events: list[Event] = []
    for _ in range(220):
        clock.advance(0.1)
        events += engine.poll()
        assert engine.poll() == []  # idempotent for one clock reading
    assert of(events, Halfway) == [Halfway(0)]
    assert of(events, Countdown) == [Countdown(3), Countdown(2), Countdown(1)]
    assert events.count(SessionFinished(Outcome.COMPLETED)) == 1
    assert events[-1] == SessionFinished(Outcome.COMPLETED)
    assert engine.session_elapsed_s == pytest.approx(20)


def test_short_segments_have_no_countdown_or_halfway() -> None:
    engine, clock = started()
    run_to(engine, clock, BRIDGE_1)
    events: list[Event] = []
    while engine.index < SIDE_REST:
        clock.advance(0.1)
        events += engine.poll()
    assert of(events, Countdown) == []
    assert of(events, Halfway) == []


def test_pause_excludes_time() -> None:
    engine, clock = started()
    clock.advance(7)
    engine.poll()
    assert engine.pause() == [Paused()]
    assert engine.state is EngineState.PAUSED
    clock.advance(100)
    assert engine.poll() == []
    assert engine.remaining_s == pytest.approx(8)
    assert engine.session_elapsed_s == pytest.approx(7)
    assert engine.record.paused_s == pytest.approx(100)
    assert engine.pause() == []
    engine.resume()
    clock.advance(RESUME_COUNTDOWN_S)
    assert engine.poll() == [Resumed()]
    assert engine.remaining_s == pytest.approx(8)
    clock.advance(8)
    assert starts(engine.poll()) == [PLANK_REST]
    assert engine.session_elapsed_s == pytest.approx(15)
    assert pauses(engine) == pytest.approx([7, 103])
    assert engine.record.paused_s == pytest.approx(103)
    assert engine.record.items[0].done_s == pytest.approx(10)


def test_resume_counts_down_three_two_one() -> None:
    engine, clock = started()
    clock.advance(6)
    engine.poll()
    engine.pause()
    clock.advance(20)
    assert engine.resume() == [ResumeCountdown(3)]
    assert engine.resume() == []
    states, seen = [engine.state], list[Event]()
    for _ in range(6):
        clock.advance(0.5)
        seen += engine.poll()
        states.append(engine.state)
        if engine.state is EngineState.RESUMING:
            assert engine.segment_elapsed_s == pytest.approx(1)  # frozen during the countdown
    assert seen == [ResumeCountdown(2), ResumeCountdown(1), Resumed()]
    assert states == [EngineState.RESUMING] * 6 + [EngineState.RUNNING]
    clock.advance(1)
    engine.poll()
    assert engine.segment_elapsed_s == pytest.approx(2)


def test_pause_during_resume_countdown_continues_the_pause() -> None:
    engine, clock = started()
    clock.advance(1)
    engine.pause()
    clock.advance(10)
    engine.resume()
    clock.advance(2)
    engine.poll()
    assert engine.pause() == [Paused()]
    clock.advance(10)
    engine.resume()
    clock.advance(3)
    assert engine.poll() == [Resumed()]
    assert pauses(engine) == pytest.approx([1, 25])
    assert engine.session_elapsed_s == pytest.approx(1)


def test_late_poll_after_resume_counts_the_time_after_the_countdown() -> None:
    engine, clock = started()
    engine.pause()
    clock.advance(5)
    engine.resume()
    clock.advance(RESUME_COUNTDOWN_S + 2)
    assert engine.poll() == [Resumed()]
    assert engine.session_elapsed_s == pytest.approx(2)
    assert engine.record.paused_s == pytest.approx(8)


def test_skip_segment() -> None:
    engine, clock = started()
    clock.advance(1)
    events = engine.skip_segment()
    assert starts(events) == [PLANK_1]
    assert engine.remaining_s == 10
    clock.advance(4)
    engine.skip_segment()
    plank = engine.record.items[0]
    assert plank.done_sets == 0
    assert plank.done_s == pytest.approx(4)
    assert engine.index == PLANK_REST


def test_skip_exercise_marks_item_skipped() -> None:
    engine, clock = started()
    run_to(engine, clock, PLANK_1)
    clock.advance(2)
    events = engine.skip_exercise()
    assert of(events, ExerciseDone) == [ExerciseDone(0, "plank")]
    assert starts(events) == [BRIDGE_REST]
    assert engine.record.items[0].skipped
    assert engine.record.current_item == 1
    assert not engine.record.items[0].completed


def test_skip_exercise_after_all_sets_is_not_skipped() -> None:
    engine, clock = started()
    run_to(engine, clock, SIDE_REST)
    engine.back()  # back into the finished bridge
    assert engine.index == BRIDGE_3
    engine.skip_exercise()
    assert not engine.record.items[1].skipped
    assert engine.record.items[1].completed
    assert engine.index == SIDE_REST


def test_skip_exercise_on_last_item_finishes() -> None:
    engine, clock = started()
    run_to(engine, clock, COUNT_1)
    events = engine.skip_exercise()
    assert events == [ExerciseDone(3, "count"), SessionFinished(Outcome.COMPLETED)]
    assert engine.record.items[3].skipped
    assert engine.current is None
    assert engine.skip_exercise() == []


def test_back_goes_to_previous_segment() -> None:
    engine, clock = started()
    run_to(engine, clock, PLANK_REST)
    clock.advance(2)
    events = engine.back()
    assert starts(events) == [PLANK_1]
    assert of(events, ExerciseDone) == []
    assert engine.remaining_s == 10
    clock.advance(4)
    assert starts(engine.back()) == [READY]  # more than 3 s later: one more step back


def test_back_twice_restarts_the_exercise() -> None:
    engine, clock = started()
    run_to(engine, clock, BRIDGE_3)
    clock.advance(1)
    engine.back()
    assert engine.index == BRIDGE_3 - 1
    clock.advance(2.9)
    assert starts(engine.back()) == [BRIDGE_1]


def test_back_after_a_completed_set_counts_it_once() -> None:
    engine, clock = started()
    run_to(engine, clock, SIDE_REST)
    for _ in range(3):
        engine.back()
    assert engine.index == BRIDGE_1
    run_to(engine, clock, SIDE_REST)
    bridge = engine.record.items[1]
    assert (bridge.done_sets, bridge.done_reps) == (1, 3)


def test_end_early() -> None:
    engine, clock = started()
    run_to(engine, clock, BRIDGE_REST)
    clock.advance(1)
    engine.pause()
    clock.advance(30)
    events = engine.end_early()
    assert events == [SessionFinished(Outcome.ENDED_EARLY)]
    assert engine.state is EngineState.ENDED_EARLY
    record = engine.record
    assert record.outcome is Outcome.ENDED_EARLY
    assert [i.skipped for i in record.items] == [False, True, True, True]
    assert record.pauses[0].duration_s == pytest.approx(30)
    assert engine.session_elapsed_s == pytest.approx(31)
    assert record.active_s == pytest.approx(31)
    for action in (engine.poll, engine.end_early, engine.skip_segment, engine.resume):
        assert action() == []
    assert engine.remaining_s == 0
    assert engine.session_remaining_s == 0


def test_substitute_swaps_the_item_and_restarts_it() -> None:
    engine, clock = started()
    run_to(engine, clock, BRIDGE_1 + 1)
    old_total = engine.plan.total_s
    events = engine.substitute(1, "bridge_easy")
    assert starts(events) == [BRIDGE_1]
    assert engine.current is not None
    assert engine.current.exercise_id == "bridge_easy"
    assert engine.plan.total_s == old_total - 5
    bridge = engine.record.items[1]
    assert (bridge.exercise_id, bridge.variant_of) == ("bridge_easy", "bridge")
    assert (bridge.planned_reps, bridge.planned_s, bridge.done_reps) == (2, 4, 0)
    assert bridge.done_s == pytest.approx(3)
    assert engine.record.planned_s == engine.plan.total_s
    clock.advance(4)
    events = engine.poll()
    assert of(events, ExerciseDone) == [ExerciseDone(1, "bridge_easy")]
    assert (bridge.done_reps, bridge.done_sets) == (2, 1)
    assert engine.current is not None
    assert engine.current.exercise_id == "side_lying"


def test_substitute_keeps_earlier_substitutions() -> None:
    engine, _ = started()
    calls: list[dict[int, str]] = []

    def rebuild(substitutes: dict[int, str]) -> SessionPlan:
        calls.append(dict(substitutes))
        return plan_of(PROGRAM, substitutes)

    engine._rebuild = rebuild
    engine.substitute(1, "bridge_easy")
    engine.substitute(2, "long_hold")
    assert calls == [{1: "bridge_easy"}, {1: "bridge_easy", 2: "long_hold"}]


def test_substitute_without_rebuild_does_nothing() -> None:
    clock = FakeClock()
    plan = plan_of(PROGRAM)
    engine = SessionEngine(plan, clock, new_record(plan))
    engine.start()
    assert engine.substitute(1, "bridge_easy") == []


def test_full_session_finishes_once_with_every_item_done() -> None:
    engine, clock = started()
    events: list[Event] = []
    while engine.state is EngineState.RUNNING:
        clock.advance(0.2)
        events += engine.poll()
        if engine.current is not None and engine.current.manual and engine.remaining_s == 0:
            events += engine.done()
    assert of(events, SessionFinished) == [SessionFinished(Outcome.COMPLETED)]
    assert [(e.item_index, e.exercise_id) for e in of(events, ExerciseDone)] == [
        (0, "plank"),
        (1, "bridge"),
        (2, "side_lying"),
        (3, "count"),
    ]
    for item in engine.record.items:
        assert item.completed
        assert not item.skipped
        assert item.done_reps == item.planned_reps
        assert item.done_s == pytest.approx(item.planned_s, abs=0.3)
    assert engine.record.outcome is Outcome.COMPLETED
    assert engine.record.active_s == pytest.approx(engine.plan.total_s, abs=0.5)
    assert engine.record.completed_fraction == 1.0
    assert engine.poll() == []
    assert engine.done() == []


def test_report_pain_goes_to_the_current_item() -> None:
    engine, clock = started()
    run_to(engine, clock, BRIDGE_1)
    engine.report_pain(PainReport(at_s=engine.session_elapsed_s, pain=4))
    report = engine.record.items[1].pain_reports[0]
    assert (report.pain, report.exercise_id) == (4, "bridge")
    assert engine.record.items[0].pain_reports == []


def test_session_remaining_and_next_work() -> None:
    engine, clock = started()
    assert engine.session_remaining_s == 120
    assert engine.next_work is engine.plan.segments[PLANK_1]
    clock.advance(6)
    engine.poll()
    assert engine.session_remaining_s == pytest.approx(114)
    assert engine.next_work is engine.plan.segments[PLANK_2]
    run_to(engine, clock, COUNT_2)
    assert engine.next_work is None


@pytest.mark.parametrize(
    "action",
    [SessionEngine.skip_segment, SessionEngine.back, SessionEngine.skip_exercise],
)
def test_navigation_while_paused_stays_paused(action: Callable[[SessionEngine], object]) -> None:
    engine, clock = started()
    run_to(engine, clock, PLANK_REST)
    engine.pause()
    action(engine)
    clock.advance(60)
    engine.poll()
    assert engine.state is EngineState.PAUSED
    assert engine.segment_elapsed_s == 0


def test_start_at_item_resumes_a_saved_session() -> None:
    """Resuming starts at the item that was interrupted and keeps the earlier time."""
    first, clock = make_engine()
    first.start()
    while first.record.current_item == 0:
        clock.advance(1)
        first.poll()
    saved = first.record
    saved_active = saved.active_s
    assert saved.items[0].completed
    clock2 = FakeClock(5000.0)
    again = SessionEngine(first.plan, clock2, saved)
    events = again.start(at_item=1)
    assert again.current is not None
    assert again.current.item_index == 1
    assert events[0] == SegmentStarted(BRIDGE_REST, again.current)
    assert saved.items[0].completed
    clock2.advance(2)
    again.poll()
    assert saved.active_s == pytest.approx(saved_active + 2)


def test_end_early_part_way_through_an_exercise_is_partly_done_not_skipped() -> None:
    # Issue 11: an exercise stopped at 7 of 8 reps was listed as "skipped".
    engine, clock = started()
    run_to(engine, clock, BRIDGE_3)
    clock.advance(1)
    engine.end_early()
    plank, bridge, side, count = engine.record.items
    assert (plank.skipped, plank.completed) == (False, True)
    assert (bridge.skipped, bridge.completed, bridge.done_reps) == (False, False, 2)
    assert bridge.done_s == pytest.approx(7)
    assert (side.skipped, count.skipped) == (True, True)  # never reached


# Edges found by mutation testing (make mutation) ------------------------------------------------


def test_before_start_the_first_segment_is_whole_and_has_no_step() -> None:
    engine, clock = make_engine()
    clock.advance(3)
    assert engine.remaining_s == 5
    assert engine.segment_elapsed_s == 0
    assert engine.step_index is None


def test_planned_record_names_the_item() -> None:
    plan = plan_of(PROGRAM)
    record = planned_record(plan, 2)
    assert (record.item_index, record.exercise_id, record.exercise_name) == (
        2,
        "side_lying",
        "Side lying",
    )
    assert (record.planned_sets, record.planned_reps, record.planned_s) == (1, 0, 16)


def test_an_empty_plan_finishes_at_once() -> None:
    plan = SessionPlan("empty", "Empty", ())
    clock = FakeClock()
    engine = SessionEngine(plan, clock, new_record(plan))
    assert engine.start() == [SessionFinished(Outcome.COMPLETED)]
    assert engine.state is EngineState.FINISHED
    assert engine.record.outcome is Outcome.COMPLETED
    clock.advance(5)
    assert engine.session_elapsed_s == 0.0


def test_resuming_at_an_unknown_item_starts_at_the_beginning() -> None:
    engine, _ = make_engine()
    assert starts(engine.start(at_item=99)) == [READY]


def test_resuming_at_an_item_starts_its_first_segment_whole() -> None:
    engine, clock = make_engine()
    assert starts(engine.start(at_item=2)) == [SIDE_REST]
    assert engine.remaining_s == 10
    assert engine.segment_elapsed_s == 0
    clock.advance(4)
    engine.poll()
    assert engine.remaining_s == pytest.approx(6)


def test_two_pauses_are_each_timed() -> None:
    engine, clock = started()
    clock.advance(2)
    engine.pause()
    clock.advance(10)
    engine.resume()
    clock.advance(RESUME_COUNTDOWN_S)
    engine.poll()
    clock.advance(1)
    engine.pause()
    clock.advance(4)
    engine.poll()
    # While paused, the open pause and the total keep growing (a crash keeps them).
    assert pauses(engine) == pytest.approx([2, 13, 3, 4])
    assert engine.record.paused_s == pytest.approx(17)
    engine.resume()
    clock.advance(RESUME_COUNTDOWN_S)
    engine.poll()
    assert pauses(engine) == pytest.approx([2, 13, 3, 7])
    assert engine.record.paused_s == pytest.approx(20)


def test_resume_countdown_numbers_on_whole_seconds() -> None:
    engine, clock = started()
    engine.pause()
    engine.resume()
    clock.advance(1)
    assert engine.poll() == [ResumeCountdown(2)]
    clock.advance(1)
    assert engine.poll() == [ResumeCountdown(1)]


def test_navigation_as_the_resume_countdown_ends() -> None:
    engine, clock = started()
    clock.advance(1)
    engine.pause()
    engine.resume()
    clock.advance(1)
    assert engine.skip_segment() != []  # during the countdown
    engine.pause()
    engine.resume()
    clock.advance(RESUME_COUNTDOWN_S)
    events = engine.skip_segment()
    assert events[0] == Resumed()
    assert engine.state is EngineState.RUNNING
    engine.pause()
    engine.resume()
    clock.advance(RESUME_COUNTDOWN_S)
    events = engine.substitute(1, "bridge_easy")
    assert events[0] == Resumed()


def test_countdown_from_eight_seconds_up() -> None:
    assert COUNTDOWN_MIN_S == 8
    engine, clock = started()
    run_to(engine, clock, SIDE_LEFT)  # an 8 s hold
    events: list[Event] = []
    while engine.index == SIDE_LEFT:
        clock.advance(0.25)
        events += engine.poll()
    assert of(events, Countdown) == [Countdown(3), Countdown(2), Countdown(1)]
    seven = {**EXERCISES, "side_lying": exercise("side_lying", Dosage(sets=1, hold_s=7))}
    plan = build_plan(PROGRAM, seven.__getitem__)
    engine = SessionEngine(plan, clock, new_record(plan))
    engine.start()
    run_to(engine, clock, SIDE_LEFT)
    events = []
    while engine.index == SIDE_LEFT:
        clock.advance(0.25)
        events += engine.poll()
    assert of(events, Countdown) == []


def test_halfway_comes_at_half_and_only_from_twenty_seconds() -> None:
    assert HALFWAY_MIN_S == 20
    program = Program(
        schema_version=1,
        id="long",
        name="Long",
        description="d",
        items=(ProgramItem("long_hold"),),
        get_ready_s=0,
    )
    engine, clock = started(program)
    clock.advance(7)
    assert of(engine.poll(), Halfway) == []  # a third of the way
    clock.advance(3)
    assert of(engine.poll(), Halfway) == [Halfway(0)]  # exactly half
    nineteen = {**EXERCISES, "long_hold": exercise("long_hold", Dosage(sets=1, hold_s=19))}
    plan = build_plan(program, nineteen.__getitem__)
    engine = SessionEngine(plan, clock, new_record(plan))
    engine.start()
    events: list[Event] = []
    for _ in range(80):
        clock.advance(0.25)
        events += engine.poll()
    assert of(events, Halfway) == []


def test_a_step_one_second_in_starts_after_one_second() -> None:
    steps = (Step("Up", seconds=1), Step("Hold", seconds=3))
    quick = {**EXERCISES, "long_hold": exercise("long_hold", Dosage(sets=1, reps=1), steps)}
    program = Program(
        schema_version=1,
        id="q",
        name="Q",
        description="d",
        items=(ProgramItem("long_hold"),),
        get_ready_s=0,
    )
    plan = build_plan(program, quick.__getitem__)
    clock = FakeClock()
    engine = SessionEngine(plan, clock, new_record(plan))
    engine.start()
    assert engine.step_index == 0
    clock.advance(0.5)
    assert engine.poll() == []
    clock.advance(0.5)
    assert engine.poll() == [StepChanged(0, 1)]


def test_only_the_switch_announces_a_side() -> None:
    engine, clock = started()
    events = run_to(engine, clock, SIDE_LEFT)
    assert of(events, SwitchSides) == []


def test_a_set_needs_both_sides() -> None:
    engine, clock = started()
    run_to(engine, clock, SIDE_LEFT)
    engine.skip_segment()  # left not done
    run_to(engine, clock, COUNT_REST)
    side = engine.record.items[2]
    assert (side.done_sets, side.completed) == (0, False)


def test_going_back_to_finish_a_skipped_exercise_clears_skipped() -> None:
    engine, clock = started()
    run_to(engine, clock, BRIDGE_1)
    engine.skip_exercise()
    assert engine.record.items[1].skipped
    assert engine.index == SIDE_REST
    clock.advance(4)
    engine.back()
    assert engine.index == BRIDGE_3
    engine.back()
    assert engine.index == BRIDGE_1  # twice quickly: the bridge from its start
    run_to(engine, clock, SIDE_REST)
    assert (engine.record.items[1].skipped, engine.record.items[1].completed) == (False, True)


def test_back_three_times_quickly_stays_at_the_start_of_the_exercise() -> None:
    assert BACK_AGAIN_S == 3.0
    engine, clock = started()
    run_to(engine, clock, BRIDGE_3)
    clock.advance(1)
    engine.back()
    clock.advance(2)
    engine.back()
    assert engine.index == BRIDGE_1
    clock.advance(3.0)  # exactly the limit still counts as "again"
    engine.back()
    assert engine.index == BRIDGE_1
    clock.advance(3.5)
    engine.back()
    assert engine.index == BRIDGE_REST


def test_done_before_start_does_nothing_even_on_a_counted_first_segment() -> None:
    program = Program(
        schema_version=1,
        id="c",
        name="C",
        description="d",
        items=(ProgramItem("count"),),
        get_ready_s=0,
    )
    engine, _ = make_engine(program)
    assert engine.done() == []
    assert engine.state is EngineState.READY


def test_end_early_during_a_hold_keeps_it_partly_done() -> None:
    engine, clock = started()
    run_to(engine, clock, PLANK_1)
    clock.advance(4)
    engine.end_early()
    plank = engine.record.items[0]
    assert (plank.skipped, plank.done_reps, plank.done_s) == (False, 0, pytest.approx(4))
    assert engine.step_index is None


def test_substitute_starts_the_new_exercise_from_nothing() -> None:
    engine, clock = started()
    run_to(engine, clock, BRIDGE_3)  # two reps of the bridge done
    engine.substitute(1, "bridge_easy")
    bridge = engine.record.items[1]
    assert (bridge.done_sets, bridge.done_reps, bridge.skipped) == (0, 0, False)
    assert bridge.skipped is False
    clock.advance(2)
    engine.poll()  # one 2 s rep of the easier bridge
    assert bridge.done_reps == 1
    # Back to the original exercise: no longer a variant.
    engine.substitute(1, "bridge")
    assert (bridge.exercise_id, bridge.variant_of) == ("bridge", None)


def test_substitute_another_item_leaves_the_current_rep_undone() -> None:
    engine, clock = started()
    run_to(engine, clock, BRIDGE_1)
    clock.advance(1)
    engine.substitute(3, "count")
    assert engine.record.items[1].done_reps == 0
    assert engine.record.items[1].done_s == pytest.approx(1)


def test_pain_reported_after_the_end_goes_to_the_last_item() -> None:
    engine, clock = started()
    run_to(engine, clock, BRIDGE_1)
    engine.end_early()
    engine.report_pain(PainReport(99.0, 4))
    assert [len(i.pain_reports) for i in engine.record.items] == [0, 1, 0, 0]
    assert engine.record.items[1].pain_reports[0].exercise_id == "bridge"
