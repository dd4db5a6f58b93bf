"""The session plan: dosages, segments, offsets, labels and the item ranges the player jumps by."""

from __future__ import annotations

import pytest

from rehab_app.core.models import (
    Category,
    Dosage,
    DosageOverride,
    Exercise,
    Program,
    ProgramItem,
    Step,
    StepKind,
)
from rehab_app.core.session.plan import (
    MANUAL_REP_ESTIMATE_S,
    SWITCH_SIDES_S,
    Segment,
    SegmentKind,
    Side,
    build_plan,
    dosage_problem,
    effective_dosage,
    format_duration,
    item_segments,
    replace_dosage,
    reps_for_set,
)

W, R, X, S, G = (
    SegmentKind.WORK,
    SegmentKind.REST_SET,
    SegmentKind.REST_EXERCISE,
    SegmentKind.SWITCH_SIDES,
    SegmentKind.GET_READY,
)


def ex(eid: str, steps: tuple[Step, ...] = (), **dosage: object) -> Exercise:
    return Exercise(
        schema_version=1,
        id=eid,
        name=eid.capitalize(),
        category=Category.CORE,
        summary="S.",
        start_position="P.",
        steps=steps or (Step("Set up.", kind=StepKind.SETUP), Step("Lift."), Step("Lower.")),
        dosage=Dosage(**dosage),  # type: ignore[arg-type]
    )


TIMED = (Step("Set up.", kind=StepKind.SETUP), Step("Up.", seconds=2), Step("Hold.", seconds=6))
EXERCISES = {
    e.id: e
    for e in (
        ex("pyramid", sets=3, reps=(5, 3, 1), hold_s=10, rep_s=2, rest_s=20),
        ex("hold", sets=2, hold_s=30, rest_s=10, per_side=True),
        ex("timed", TIMED, sets=1, reps=2),
        ex("timed_hold", TIMED, sets=1),
        ex("count", sets=1, reps=6),
        ex("rep_hold", sets=1, reps=2, hold_s=4),
    )
}


def program(*items: ProgramItem, get_ready: int = 10, rest: int = 15) -> Program:
    return Program(
        schema_version=1,
        id="p",
        name="P",
        description="D.",
        items=items,
        get_ready_s=get_ready,
        rest_between_s=rest,
    )


def plan_of(prog: Program, substitutes: dict[int, str] | None = None):  # type: ignore[no-untyped-def]
    return build_plan(prog, EXERCISES.__getitem__, substitutes)


def shape(prog: Program) -> list[tuple[SegmentKind, int, int]]:
    return [(s.kind, s.duration_s, s.item_index) for s in plan_of(prog).segments]


def test_a_pyramids_first_set_has_the_most_reps() -> None:
    dosage = EXERCISES["pyramid"].dosage
    assert [reps_for_set(dosage, n) for n in (1, 2, 3)] == [5, 3, 1]
    assert reps_for_set(Dosage(sets=4, reps=(5, 3)), 4) == 3  # past the list: the last number
    assert reps_for_set(Dosage(reps=8), 2) == 8
    assert reps_for_set(Dosage(hold_s=5), 1) == 0
    segments = list(item_segments(EXERCISES["pyramid"], dosage, 0))
    work = [s for s in segments if s.kind is W]
    assert [(s.set_no, s.rep_no, s.reps) for s in work[:6]] == [
        (1, 1, 5), (1, 2, 5), (1, 3, 5), (1, 4, 5), (1, 5, 5), (2, 1, 3),
    ]  # fmt: skip
    assert len(work) == 9
    assert [s.duration_s for s in segments if s.kind is R] == [20, 20]


def test_effective_dosage_applies_overrides() -> None:
    base = EXERCISES["pyramid"].dosage
    assert effective_dosage(base, DosageOverride()) == base
    assert effective_dosage(base, DosageOverride(reps=(6, 4))).sets == 2
    assert effective_dosage(base, DosageOverride(sets=2)).reps == 5  # the pyramid's top
    assert effective_dosage(base, DosageOverride(hold_s=12)).hold_s == 12
    plain = Dosage(sets=2, reps=8)
    assert effective_dosage(plain, DosageOverride(sets=3)) == Dosage(sets=3, reps=8)
    both = effective_dosage(base, DosageOverride(sets=2, reps=(4, 2)))
    assert (both.sets, both.reps) == (2, (4, 2))
    assert replace_dosage(plain, reps=[3, 2], sets=2).reps == (3, 2)


def test_dosage_problems() -> None:
    pyramid = EXERCISES["pyramid"]
    assert dosage_problem(pyramid, pyramid.dosage) is None
    assert dosage_problem(pyramid, Dosage(sets=2, reps=(5, 3, 1))) == (
        "reps lists 3 numbers but sets is 2"
    )
    assert dosage_problem(pyramid, Dosage(sets=1)) == "needs reps, hold_s, or steps with seconds"
    assert dosage_problem(EXERCISES["timed_hold"], Dosage(sets=1)) is None


def test_per_side_sets_switch_and_rest() -> None:
    prog = program(ProgramItem("hold"), get_ready=0)
    assert shape(prog) == [(W, 30, 0), (S, SWITCH_SIDES_S, 0), (W, 30, 0), (R, 10, 0),
                           (W, 30, 0), (S, 5, 0), (W, 30, 0)]  # fmt: skip
    sides = [s.side for s in plan_of(prog).segments]
    assert sides == [Side.LEFT, Side.RIGHT, Side.RIGHT, None, Side.LEFT, Side.RIGHT, Side.RIGHT]
    assert SWITCH_SIDES_S == 5


def test_timed_steps_set_the_rep_and_hold_lengths() -> None:
    timed = plan_of(program(ProgramItem("timed"), get_ready=0)).segments
    assert [(s.duration_s, s.step_marks) for s in timed] == [(8, ((0, 1), (2, 2)))] * 2
    hold = plan_of(program(ProgramItem("timed_hold"), get_ready=0)).segments
    assert [(s.duration_s, s.reps, s.step_marks) for s in hold] == [(8, 0, ((0, 1), (2, 2)))]
    # A hold shorter than the steps stops marking steps at its end.
    short = plan_of(program(ProgramItem("timed_hold", DosageOverride(hold_s=2)), get_ready=0))
    assert short.segments[0].step_marks == ((0, 1),)


def test_untimed_steps_share_the_rep() -> None:
    reps = plan_of(program(ProgramItem("rep_hold"), get_ready=0)).segments
    assert [(s.duration_s, s.hold_s, s.step_marks) for s in reps] == [(4, 4, ((0, 1), (2, 2)))] * 2
    setup_only = ex("setup_only", (Step("Sit.", kind=StepKind.SETUP),), sets=1, hold_s=9)
    segments = list(item_segments(setup_only, setup_only.dosage, 0))
    assert segments[0].step_marks == ((0, 0),)


def test_reps_without_time_are_counted_by_hand() -> None:
    segments = plan_of(program(ProgramItem("count"), get_ready=0)).segments
    assert [(s.duration_s, s.reps, s.manual) for s in segments] == [
        (6 * MANUAL_REP_ESTIMATE_S, 6, True)
    ]
    assert MANUAL_REP_ESTIMATE_S == 3


def test_get_ready_and_rests_between_items() -> None:
    prog = program(
        ProgramItem("count"),
        ProgramItem("count", rest_after_s=0),
        ProgramItem("count", rest_after_s=40),
        ProgramItem("count"),
        get_ready=7,
        rest=12,
    )
    assert [(k, d, i) for k, d, i in shape(prog) if k is not W] == [
        (G, 7, 0),
        (X, 12, 1),
        (X, 40, 3),
    ]
    assert shape(program(ProgramItem("count"), ProgramItem("count"), get_ready=0, rest=0)) == [
        (W, 18, 0),
        (W, 18, 1),
    ]


def test_offsets_total_and_substitutes() -> None:
    prog = program(ProgramItem("count"), ProgramItem("rep_hold"))
    plan = plan_of(prog)
    assert [s.start_s for s in plan.segments] == [0, 10, 28, 43, 47]
    assert plan.total_s == 51
    assert (plan.program_id, plan.program_name) == ("p", "P")
    swapped = plan_of(prog, {1: "timed"})
    assert [s.exercise_id for s in swapped.segments] == [
        "count",
        "count",
        "timed",
        "timed",
        "timed",
    ]
    assert plan_of(prog, {}).segments == plan.segments


def test_item_range_covers_an_items_rest_and_work() -> None:
    prog = program(ProgramItem("hold"), ProgramItem("count"), ProgramItem("rep_hold"))
    plan = plan_of(prog)
    assert plan.item_range(0) == range(0, 8)  # get ready, 4 holds, 2 switches, a rest
    assert plan.item_range(1) == range(8, 10)  # rest before, one counted set
    assert plan.item_range(2) == range(10, 13)
    assert plan.item_range(3) == range(0)
    assert [plan.segments[i].item_index for i in plan.item_range(1)] == [1, 1]


@pytest.mark.parametrize(
    ("segment", "label"),
    [
        (Segment(G, 10, 0, "bird", "Bird"), "Get ready: Bird"),
        (Segment(S, 5, 0, "bird", "Bird", side=Side.RIGHT), "Switch sides: Bird"),
        (Segment(R, 20, 0, "bird", "Bird", set_no=1, sets=3), "Rest before set 2/3: Bird"),
        (Segment(X, 15, 1, "bird", "Bird"), "Rest, next: Bird"),
        (
            Segment(W, 12, 0, "bird", "Bird", 2, 3, Side.LEFT, 4, 8, 10),
            "Bird · set 2/3 · left · rep 4/8 · hold 10 s",
        ),
        (Segment(W, 18, 0, "c", "Count", 1, 1, reps=6, manual=True), "Count · set 1/1 · 6 reps"),
        (Segment(W, 30, 0, "p", "Plank", 1, 2, hold_s=30), "Plank · set 1/2 · hold 30 s"),
    ],
)
def test_labels(segment: Segment, label: str) -> None:
    assert segment.label == label


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0:00"), (59.4, "0:59"), (59.5, "1:00"), (754, "12:34"), (3600, "1:00:00"),
     (3754, "1:02:34"), (-5, "0:00")],
)  # fmt: skip
def test_format_duration(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def test_switch_and_rest_segments_carry_the_exercise_and_set() -> None:
    segments = plan_of(program(ProgramItem("hold"), get_ready=0)).segments
    assert segments[1] == Segment(
        S, 5, 0, "hold", "Hold", set_no=1, sets=2, side=Side.RIGHT, start_s=30
    )
    assert segments[3] == Segment(R, 10, 0, "hold", "Hold", set_no=1, sets=2, start_s=65)
    assert segments[5] == Segment(
        S, 5, 0, "hold", "Hold", set_no=2, sets=2, side=Side.RIGHT, start_s=105
    )


def test_get_ready_and_rest_segments_name_the_coming_exercise() -> None:
    plan = plan_of(program(ProgramItem("count"), ProgramItem("rep_hold")))
    assert [s.label for s in plan.segments if s.kind is not W] == [
        "Get ready: Count",
        "Rest, next: Rep_hold",
    ]
    assert [s.exercise_id for s in plan.segments if s.kind is not W] == ["count", "rep_hold"]


def test_three_timed_steps_follow_one_another() -> None:
    steps = (Step("Up.", seconds=2), Step("Hold.", seconds=6), Step("Down.", seconds=2))
    three = ex("three", steps, sets=1, reps=1)
    (segment,) = item_segments(three, three.dosage, 0)
    assert (segment.duration_s, segment.hold_s) == (10, 0)
    assert segment.step_marks == ((0, 0), (2, 1), (8, 2))


def test_a_hold_with_timed_steps_and_no_tempo_lasts_the_hold() -> None:
    # With hold_s and no rep_s, the steps' seconds describe the hold, they do not add to it.
    held = ex("held", TIMED, sets=1, reps=2, hold_s=4)
    segments = list(item_segments(held, held.dosage, 0))
    assert [(s.duration_s, s.hold_s) for s in segments] == [(4, 4), (4, 4)]


def test_reps_counted_by_hand_still_step_through_the_movement() -> None:
    (segment,) = plan_of(program(ProgramItem("count"), get_ready=0)).segments
    assert segment.step_marks == ((0, 1), (9, 2))
