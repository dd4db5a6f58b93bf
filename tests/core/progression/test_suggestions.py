"""Pain-guided suggestions: the decision table of the pain-monitoring model, one change at a time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import msgspec
import pytest

from rehab_app.core.content.loader import Library
from rehab_app.core.content.validate import convert
from rehab_app.core.content.writing import program_to_yaml
from rehab_app.core.content.yamlsafe import parse
from rehab_app.core.history.schema import Checkin
from rehab_app.core.models import (
    Category,
    ChangeKind,
    Dosage,
    DosageOverride,
    DoseValue,
    Exercise,
    Growth,
    Ladder,
    PainModel,
    Program,
    ProgramChange,
    ProgramItem,
    Progression,
    Role,
    Step,
    Track,
)
from rehab_app.core.progression.options import Change, ChangeWhat
from rehab_app.core.progression.suggestions import (
    Evidence,
    Suggestion,
    SuggestionKind,
    Why,
    apply,
    decline,
    flare_up,
    history_start,
    item_options,
    session_pain,
    suggest,
)
from rehab_app.core.session.record import ExerciseRecord, Outcome, PainReport, SessionRecord

PM = PainModel()
MONDAY = date(2025, 3, 3)


def ex(
    eid: str,
    easier: tuple[str, ...] = (),
    harder: tuple[str, ...] = (),
    category: Category = Category.CORE,
    **dosage: object,
) -> Exercise:
    return Exercise(
        schema_version=1,
        id=eid,
        name=eid.replace("_", " ").capitalize(),
        category=category,
        summary="S.",
        start_position="P.",
        steps=(Step("Go."),),
        dosage=Dosage(**dosage),  # type: ignore[arg-type]
        easier=easier,
        harder=harder,
    )


LIBRARY = Library(
    exercises={
        e.id: e
        for e in (
            ex("bridge", ("pelvic_tilt",), ("single_bridge",), sets=2, reps=10, hold_s=3),
            ex("single_bridge", sets=2, reps=8),
            ex("pelvic_tilt", sets=1, reps=10),
            ex("plank", ("knee_plank",), sets=3, hold_s=20),
            ex("knee_plank", sets=3, hold_s=15),
            ex("bird_dog", sets=3, reps=(5, 3, 1), hold_s=10),
            ex("breathing", sets=1, reps=1),
            ex("walk", category=Category.WALKING, sets=1, hold_s=300),
            ex("reach", category=Category.STRETCH, sets=2, hold_s=20),
        )
    }
)
PROGRAM = Program(
    schema_version=1,
    id="core",
    name="Core",
    description="D.",
    items=(ProgramItem("bridge"), ProgramItem("plank")),
)


def day(n: int) -> date:
    return MONDAY + timedelta(days=n)


def session(
    n: int,
    after: int | None = 1,
    before: int | None = 1,
    reports: dict[int, int] | None = None,
    outcome: Outcome = Outcome.COMPLETED,
    program: Program = PROGRAM,
    worst: int | None = None,
) -> SessionRecord:
    items = [
        ExerciseRecord(i, item.exercise, item.exercise, 2, 10, 60, done_sets=2)
        for i, item in enumerate(program.items)
    ]
    for index, pain in (reports or {}).items():
        items[index].pain_reports.append(PainReport(30.0, pain, items[index].exercise_id))
    return SessionRecord(
        program_id=program.id,
        program_name=program.name,
        program_snapshot="",
        started_utc=datetime(2025, 3, 3, 8, tzinfo=UTC) + timedelta(days=n),
        local_date=day(n).isoformat(),
        planned_s=600,
        items=items,
        outcome=outcome,
        pain_before=before,
        pain_after=after,
        pain_worst=worst,
    )


def morning(n: int, pain: int, compared_to: int | None = 1) -> Checkin:
    """The check-in the morning after the session on day `n`."""
    return Checkin(day(n + 1), day(n), pain, compared_to)


def run(
    sessions: list[SessionRecord],
    checkins: list[Checkin],
    program: Program = PROGRAM,
    today: int = 6,
    library: Library = LIBRARY,
) -> Suggestion | None:
    return suggest(program, library, sessions, checkins, PM, day(today))


def only(found: Suggestion | None) -> Suggestion:
    """The suggestion, which must be there."""
    assert found is not None
    return found


def with_items(*items: ProgramItem, changes: tuple[ProgramChange, ...] = ()) -> Program:
    return msgspec.structs.replace(PROGRAM, items=items, changes=changes)


def greens(
    program: Program, days: tuple[int, ...] = (0, 2)
) -> tuple[list[SessionRecord], list[Checkin]]:
    return [session(n, program=program) for n in days], [morning(n, 1) for n in days]


# The decision table ------------------------------------------------------------------------------

GREEN = [session(0, after=1), session(2, after=2)]
GREEN_MORNINGS = [morning(0, 1), morning(2, 0)]


@pytest.mark.parametrize(
    ("sessions", "checkins", "kind", "item"),
    [
        pytest.param(GREEN, GREEN_MORNINGS, SuggestionKind.PROGRESS, 0, id="two green -> progress"),
        pytest.param(GREEN[1:], GREEN_MORNINGS[1:], None, None, id="one green is not enough"),
        pytest.param(GREEN, GREEN_MORNINGS[:1], None, None, id="next morning unknown"),
        pytest.param(
            GREEN, [morning(0, 1), morning(2, 2)], SuggestionKind.REPEAT, None,
            id="morning a little above baseline -> repeat",
        ),
        pytest.param(
            GREEN, [morning(0, 1), morning(2, 1, compared_to=None)], SuggestionKind.PROGRESS, 0,
            id="pain before stands in for a missing baseline",
        ),
        pytest.param(
            [session(0), session(2, after=4)], [morning(0, 1), morning(2, 1)],
            SuggestionKind.REPEAT, None, id="pain 3-5 -> repeat",
        ),
        pytest.param(
            [session(0), session(2, after=1, reports={1: 3})], [],
            SuggestionKind.REPEAT, None, id="pain report counts as session pain",
        ),
        pytest.param(
            [session(0), session(2, after=5)], [], SuggestionKind.REPEAT, None,
            id="pain at the ceiling is still amber",
        ),
        pytest.param(
            [session(0), session(2, after=1, worst=3)], [], SuggestionKind.REPEAT, None,
            id="the worst pain remembered counts",
        ),
        pytest.param(
            GREEN, [morning(0, 1), morning(2, 3)], SuggestionKind.STEP_BACK, 1,
            id="morning up by 2 -> step back the last item",
        ),
        pytest.param(
            GREEN, [morning(0, 1), morning(2, 3, compared_to=None)], SuggestionKind.STEP_BACK, 1,
            id="baseline falls back to pain before",
        ),
        pytest.param(
            GREEN, [morning(0, 1), morning(2, 6, compared_to=6)], SuggestionKind.STEP_BACK, 1,
            id="morning above amber -> step back even at its baseline",
        ),
        pytest.param(
            [session(0), session(2, after=2, reports={0: 7})], [], SuggestionKind.STEP_BACK, 0,
            id="report over the ceiling -> step back that item",
        ),
        pytest.param(
            [session(0), session(2, after=6)], [], SuggestionKind.STEP_BACK, 1,
            id="pain after over the ceiling -> step back the last item",
        ),
        pytest.param(
            [session(0), session(2, after=1, worst=6)], [], SuggestionKind.STEP_BACK, 1,
            id="worst pain over the ceiling -> step back",
        ),
        pytest.param(
            [session(0, after=1), session(2, after=1, outcome=Outcome.ENDED_EARLY)],
            GREEN_MORNINGS, None, None, id="ended early is no reason to progress",
        ),
    ],
)  # fmt: skip
def test_decision_table(
    sessions: list[SessionRecord],
    checkins: list[Checkin],
    kind: SuggestionKind | None,
    item: int | None,
) -> None:
    found = run(sessions, checkins)
    assert (found.kind if found else None) == kind
    if found is not None:
        assert found.item_index == item


def test_progress_carries_its_evidence_and_change() -> None:
    found = run(GREEN, GREEN_MORNINGS)
    assert found == Suggestion(
        SuggestionKind.PROGRESS,
        0,
        Evidence(Why.GREEN, pains=(1, 2)),
        Change(ChangeWhat.REPS, "bridge", 10, 12),
        DosageOverride(reps=12),
        None,
    )


def test_a_lower_ceiling_steps_back_sooner() -> None:
    acute = msgspec.structs.replace(PROGRAM, pain_ceiling=3)
    found = run([session(0), session(2, after=4)], [], program=acute)
    assert found is not None
    assert found.kind is SuggestionKind.STEP_BACK
    assert found.evidence == Evidence(Why.OVER_CEILING, day(2), 4, 3, latest=True)
    # The model's amber limit caps a program's own higher ceiling.
    lax = msgspec.structs.replace(PROGRAM, pain_ceiling=8)
    found = run([session(2, after=6)], [], program=lax)
    assert found is not None
    assert found.evidence.limit == PM.amber_max


def test_an_older_session_over_the_limit_is_named_by_its_day() -> None:
    found = run([session(0, after=7), session(2, after=1)], [])
    assert found is not None
    assert found.evidence == Evidence(Why.OVER_CEILING, day(0), 7, 5, latest=False)


def test_over_the_ceiling_prefers_the_easier_variant() -> None:
    found = run([session(2, reports={0: 7})], [])
    assert found is not None
    assert (found.new_exercise, found.new_dosage) == ("pelvic_tilt", DosageOverride())
    assert found.change == Change(ChangeWhat.EXERCISE, "bridge", "bridge", "pelvic_tilt")


def test_the_most_painful_item_steps_back_the_first_of_equals() -> None:
    worst = session(2, reports={0: 6, 1: 7})
    found = run([worst], [])
    assert only(found).item_index == 1
    tie = session(2, reports={0: 7, 1: 7})
    found = run([tie], [])
    assert only(found).item_index == 0


def test_a_morning_rise_reduces_the_dose_first() -> None:
    found = run([session(2)], [morning(2, 4, compared_to=2)])
    assert found is not None
    assert found.kind is SuggestionKind.STEP_BACK
    assert found.item_index == 1
    assert found.new_dosage == DosageOverride(hold_s=15)
    assert found.evidence == Evidence(Why.MORNING, day(2), 4, 2, morning_cause="rose_overnight")


def test_a_morning_rise_steps_back_the_item_progressed_last() -> None:
    grown = ProgramChange(day(1).isoformat(), ChangeKind.PROGRESS, "Bridge: reps 10 → 12", 0)
    program = msgspec.structs.replace(PROGRAM, changes=(grown,))
    found = run([session(2)], [morning(2, 4, compared_to=2)], program=program)
    assert only(found).item_index == 0
    # A move to the next stage (no item) or an item since removed points nowhere.
    for item in (None, 5):
        moved = ProgramChange(day(1).isoformat(), ChangeKind.PROGRESS, "Moved on", item)
        program = msgspec.structs.replace(PROGRAM, changes=(grown, moved))
        found = run([session(2)], [morning(2, 4, compared_to=2)], program=program)
        assert only(found).item_index == 1


def test_a_morning_rise_of_one_is_not_enough() -> None:
    found = run([session(2)], [morning(2, 3, compared_to=2)])
    assert only(found).kind is SuggestionKind.REPEAT
    assert found.evidence == Evidence(Why.MORNING_ABOVE, day(2), 3, 2)


def test_mornings_creeping_up_over_the_week_step_back() -> None:
    # Each morning one above the day before: never a rise of 2 overnight.
    sessions = [session(n, before=p - 1) for n, p in enumerate([2, 3, 4, 5])]
    mornings = [morning(n, p, compared_to=p - 1) for n, p in enumerate([2, 3, 4, 5])]
    found = run(sessions, mornings, today=4)
    assert found is not None
    assert found.kind is SuggestionKind.STEP_BACK
    assert found.evidence == Evidence(Why.MORNING, day(3), 5, 3.0, morning_cause="crept_up")
    # Two mornings before are not yet a week's reference.
    found = run(sessions[:3], mornings[:3], today=3)
    assert only(found).kind is SuggestionKind.REPEAT


def test_step_back_reps_then_sets_then_easier() -> None:
    rise = [morning(2, 4)]
    program = with_items(ProgramItem("bridge", DosageOverride(hold_s=5)))
    steps = []
    for _ in range(7):
        found = run([session(2, program=program)], rise, program=program)
        assert found is not None
        steps.append((found.new_dosage, found.new_exercise))
        program = msgspec.structs.replace(program, changes=())
        program = apply(program, found, day(0))
        program = msgspec.structs.replace(program, changes=())
    assert steps[:6] == [
        (DosageOverride(hold_s=5, reps=8), None),
        (DosageOverride(hold_s=5, reps=6), None),
        (DosageOverride(hold_s=5, reps=4), None),
        (DosageOverride(hold_s=5, reps=2), None),
        (DosageOverride(hold_s=5, reps=1), None),
        (DosageOverride(hold_s=5, reps=1, sets=1), None),
    ]
    # The easier exercise keeps the dose it had reached: a step back never adds volume.
    assert steps[6] == (DosageOverride(hold_s=5, reps=1, sets=1), "pelvic_tilt")


@pytest.mark.parametrize(
    ("override", "easier_first", "expected"),
    [
        (DosageOverride(), False, DosageOverride(reps=(4, 2, 1), sets=3)),
        (DosageOverride(reps=(1, 1, 1)), False, DosageOverride(reps=(1, 1, 1), hold_s=5)),
        (
            DosageOverride(reps=(1, 1, 1), hold_s=5),
            False,
            DosageOverride(reps=(1, 1), sets=2, hold_s=5),
        ),
        (DosageOverride(reps=(6, 4, 2)), False, DosageOverride(reps=(5, 3, 1), sets=3)),
    ],
)
def test_a_pyramid_steps_back_one_rep_a_set_then_loses_its_last_set(
    override: DosageOverride, easier_first: bool, expected: DosageOverride
) -> None:
    program = with_items(ProgramItem("bird_dog", override))
    options = item_options(program, LIBRARY, 0, grow=False)
    assert options[0].dosage == expected


def test_long_holds_step_back_by_a_fifth_and_short_ones_never_grow() -> None:
    walk = with_items(ProgramItem("walk"))
    assert [o.dosage.hold_s for o in item_options(walk, LIBRARY, 0, grow=False)] == [240]
    short = with_items(ProgramItem("bridge", DosageOverride(reps=1, sets=1, hold_s=3)))
    assert [o.exercise for o in item_options(short, LIBRARY, 0, grow=False)] == ["pelvic_tilt"]
    plank = with_items(ProgramItem("plank", DosageOverride(hold_s=30)))
    assert item_options(plank, LIBRARY, 0, grow=False)[0].dosage.hold_s == 25
    assert item_options(plank, LIBRARY, 0, grow=False)[1].dosage.sets == 2


def test_nothing_left_to_reduce_advises_a_physio() -> None:
    program = with_items(ProgramItem("breathing"))
    found = run([session(2, program=program, reports={0: 8})], [], program=program)
    assert found is not None
    assert found.kind is SuggestionKind.SEE_PHYSIO
    assert (found.item_index, found.cannot_ease, found.new_dosage) == (0, True, None)
    assert found.evidence.why is Why.OVER_CEILING


def test_session_pain_is_the_worst_of_worst_after_and_reports() -> None:
    assert session_pain(session(0, after=2, reports={0: 5, 1: 3})) == 5
    assert session_pain(session(0, after=6, reports={0: 5})) == 6
    assert session_pain(session(0, after=1, worst=4, reports={0: 3})) == 4
    assert session_pain(session(0, after=None)) is None


# Symptoms ----------------------------------------------------------------------------------------


def symptom(n: int, item: int = 1, pain: int = 2, **flags: bool) -> SessionRecord:
    record = session(n, after=1)
    record.items[item].pain_reports.append(
        PainReport(20.0, pain, record.items[item].exercise_id, **flags)
    )
    return record


@pytest.mark.parametrize(
    "flag", ["spreading", "nerve_symptoms", "sharp", "red_flag_symptom", "general_warning"]
)
def test_a_symptom_report_steps_its_item_back_easier_variant_first(flag: str) -> None:
    found = run([session(0), symptom(2, item=1, **{flag: True})], GREEN_MORNINGS)
    assert found is not None
    assert found.kind is SuggestionKind.STEP_BACK
    assert (found.item_index, found.new_exercise) == (1, "knee_plank")
    assert found.evidence == Evidence(Why.SYMPTOMS, day(2), 2, symptoms=(flag,), latest=True)


def test_the_worst_symptom_report_picks_the_item() -> None:
    record = symptom(2, item=1, pain=3, sharp=True)
    record.items[0].pain_reports.append(PainReport(5.0, 4, "bridge", spreading=True))
    record.items[1].pain_reports.append(PainReport(6.0, 8))  # no symptom: not counted here
    found = run([record], [])
    assert found is not None
    assert found.item_index == 0
    assert found.evidence.symptoms == ("spreading", "sharp")


def test_a_session_ended_for_symptoms_is_never_green() -> None:
    stopped = session(2, outcome=Outcome.ENDED_EARLY)
    stopped.end_reason = "pain_limit"
    stopped.current_item = 0
    found = run([session(0), stopped], GREEN_MORNINGS)
    assert found is not None
    assert (found.kind, found.item_index, found.new_exercise) == (
        SuggestionKind.STEP_BACK,
        0,
        "pelvic_tilt",
    )
    assert found.evidence.symptoms == ("pain_limit",)


def test_a_session_the_user_ended_is_not_a_symptom_stop() -> None:
    stopped = session(2, outcome=Outcome.ENDED_EARLY)
    stopped.end_reason = "user"
    assert run([session(0), stopped], GREEN_MORNINGS) is None


def test_symptoms_are_acted_on_once() -> None:
    found = run([symptom(2, spreading=True)], [])
    assert found is not None
    changed = apply(PROGRAM, found, day(2))
    assert run([symptom(2, spreading=True)], [], program=changed) is None


def test_symptoms_stop_progress_even_when_green() -> None:
    sessions = [session(0), symptom(2, spreading=True)]
    program = with_items(ProgramItem("breathing"), ProgramItem("breathing"))
    sessions = [session(0, program=program), session(2, program=program)]
    sessions[1].items[0].pain_reports.append(PainReport(1.0, 1, sharp=True))
    found = run(sessions, GREEN_MORNINGS, program=program)
    assert only(found).kind is SuggestionKind.SEE_PHYSIO


# Progress: what grows, by how much, up to where --------------------------------------------------


@pytest.mark.parametrize(
    ("override", "expected_dosage", "expected_exercise"),
    [
        (DosageOverride(), DosageOverride(reps=12), None),
        (DosageOverride(reps=14), DosageOverride(reps=15), None),
        (DosageOverride(reps=15), DosageOverride(reps=15, sets=3), None),
        (DosageOverride(reps=15, sets=3), DosageOverride(), "single_bridge"),
        (DosageOverride(reps=20, sets=4), DosageOverride(), "single_bridge"),  # never lowered
    ],
)
def test_progress_order_reps_sets_harder(
    override: DosageOverride, expected_dosage: DosageOverride, expected_exercise: str | None
) -> None:
    program = with_items(ProgramItem("bridge", override))
    found = run(*greens(program), program=program)
    assert found is not None
    assert found.kind is SuggestionKind.PROGRESS
    assert (found.new_dosage, found.new_exercise) == (expected_dosage, expected_exercise)


@pytest.mark.parametrize(
    ("hold", "expected"),
    [
        (20, Change(ChangeWhat.HOLD_S, "plank", 20, 25)),
        (27, Change(ChangeWhat.HOLD_S, "plank", 27, 30)),
        (30, Change(ChangeWhat.SETS, "plank", 2, 3)),
        (45, Change(ChangeWhat.SETS, "plank", 2, 3)),  # a longer hold is never cut to the cap
    ],
)
def test_a_hold_grows_by_five_up_to_thirty_then_sets(hold: int, expected: Change) -> None:
    program = with_items(ProgramItem("plank", DosageOverride(hold_s=hold, sets=2)))
    options = item_options(program, LIBRARY, 0, grow=True)
    assert options[0].change == expected
    assert options[-1].exercise is None  # plank has no harder variant


@pytest.mark.parametrize(
    ("reps", "expected"),
    [((5, 3, 1), (6, 4, 2)), ((7, 5, 3), (8, 6, 4)), ((7, 7, 7), (8, 8, 8)), ((8, 6, 4), None)],
)
def test_a_pyramid_grows_one_rep_a_set_up_to_8_6_4(
    reps: tuple[int, ...], expected: tuple[int, ...] | None
) -> None:
    program = with_items(ProgramItem("bird_dog", DosageOverride(reps=reps)))
    found = run(*greens(program), program=program)
    if expected is None:
        assert found is None  # no harder variant, no next stage: nothing more to suggest
        return
    assert found is not None
    assert found.new_dosage == DosageOverride(reps=expected, sets=3)
    assert found.change == Change(ChangeWhat.REPS, "bird_dog", reps, expected)


def test_an_item_says_how_it_progresses() -> None:
    rule = Progression((Growth(DoseValue.HOLD_S, 10, 45),))
    holds = []
    program = with_items(ProgramItem("plank", progression=rule))
    while options := item_options(program, LIBRARY, 0, grow=True):
        holds.append(options[0].dosage.hold_s)
        program = with_items(ProgramItem("plank", options[0].dosage, progression=rule))
    assert holds == [30, 40, 45]


def test_the_exercise_says_how_it_progresses_when_the_item_does_not() -> None:
    plank = msgspec.structs.replace(
        LIBRARY.exercises["plank"],
        progression=Progression((Growth(DoseValue.SETS, 2, 9),), then=Progression().then),
    )
    library = Library(exercises={**LIBRARY.exercises, "plank": plank})
    program = with_items(ProgramItem("plank"))
    assert [o.dosage for o in item_options(program, library, 0, grow=True)] == [
        DosageOverride(sets=5)
    ]


def test_stretches_hold_up_to_thirty_walks_and_mobility_never_grow() -> None:
    program = with_items(
        ProgramItem("walk"), ProgramItem("reach", DosageOverride(hold_s=30)), ProgramItem("reach")
    )
    assert item_options(program, LIBRARY, 0, grow=True) == []
    assert item_options(program, LIBRARY, 1, grow=True) == []
    assert [o.dosage.hold_s for o in item_options(program, LIBRARY, 2, grow=True)] == [25]


def test_warm_ups_and_cool_downs_are_never_progressed() -> None:
    program = with_items(
        ProgramItem("bridge", role=Role.WARM_UP),
        ProgramItem("plank"),
        ProgramItem("bridge", role=Role.COOL_DOWN),
    )
    found = run(*greens(program), program=program)
    assert only(found).item_index == 1
    assert item_options(program, LIBRARY, 0, grow=True) == []
    assert item_options(program, LIBRARY, 2, grow=True) == []
    # ...but they can still be eased.
    assert item_options(program, LIBRARY, 0, grow=False)


def test_progress_moves_on_to_the_next_item_after_the_last_one_progressed() -> None:
    earlier = ProgramChange(day(-1).isoformat(), ChangeKind.PROGRESS, "Bridge: reps", 0)
    program = msgspec.structs.replace(PROGRAM, changes=(earlier,))
    found = run(GREEN, GREEN_MORNINGS, program=program)
    assert found is not None
    assert found.item_index == 1
    assert found.new_dosage == DosageOverride(hold_s=25)
    # ...and comes round to the first item again.
    later = ProgramChange(day(-1).isoformat(), ChangeKind.PROGRESS, "Plank: hold", 1)
    program = msgspec.structs.replace(PROGRAM, changes=(later,))
    found = run(GREEN, GREEN_MORNINGS, program=program)
    assert only(found).item_index == 0


def test_a_flare_up_day_is_no_reason_to_progress() -> None:
    easy = flare_up(PROGRAM, LIBRARY)
    sessions = [session(0, program=easy), session(2, program=easy)]
    assert run(sessions, GREEN_MORNINGS) is None


def test_a_session_short_of_a_set_is_no_reason_to_progress() -> None:
    short = session(2)
    short.items[1].done_sets = 1
    assert run([session(0), short], GREEN_MORNINGS) is None
    swapped = session(2)
    swapped.items[0].variant_of = "bridge"
    assert run([session(0), swapped], GREEN_MORNINGS) is None
    skipped = session(2)
    skipped.items[0].skipped = True
    assert run([session(0), skipped], GREEN_MORNINGS) is None


def test_low_amber_with_pain_falling_over_two_weeks_may_progress() -> None:
    worst = [5, 5, 4, 4, 3, 3]
    sessions = [session(2 * n, worst=p) for n, p in enumerate(worst)]
    mornings = [morning(2 * n, 1) for n in range(len(worst))]
    found = run(sessions, mornings, today=12)
    assert found is not None
    assert found.kind is SuggestionKind.PROGRESS
    assert found.evidence == Evidence(Why.AMBER_FALLING, pains=(3, 3), limit=14 / 3, later=10 / 3)


@pytest.mark.parametrize(
    ("worst", "ceiling", "today", "progresses"),
    [
        pytest.param([3, 3, 3, 3], 5, 8, False, id="flat"),
        pytest.param([4, 3, 3], 5, 6, False, id="too few for a trend"),
        pytest.param([4, 4, 3, 3], 3, 8, False, id="at the ceiling"),
        pytest.param([4, 4, 4, 4], 5, 8, False, id="pain 4 is too high"),
        pytest.param([5, 4, 3, 3], 5, 8, True, id="falling"),
        pytest.param([5, 4, 3, 3], 5, 20, False, id="the fall is older than two weeks"),
    ],
)
def test_amber_progress_needs_a_real_falling_trend(
    worst: list[int], ceiling: int, today: int, progresses: bool
) -> None:
    program = msgspec.structs.replace(PROGRAM, pain_ceiling=ceiling)
    sessions = [session(2 * n, worst=p, program=program) for n, p in enumerate(worst)]
    mornings = [morning(2 * n, 1) for n in range(len(worst))]
    found = run(sessions, mornings, program=program, today=today)
    assert (found is not None and found.kind is SuggestionKind.PROGRESS) is progresses


def test_the_trend_window_is_two_weeks_to_the_day() -> None:
    worst = [5, 4, 3, 3]
    sessions = [session(n, worst=p) for n, p in zip((0, 6, 10, 12), worst, strict=True)]
    mornings = [morning(n, 1) for n in (0, 6, 10, 12)]
    assert run(sessions, mornings, today=14) is not None  # day 0 is 14 days back: inside
    found = run(sessions, mornings, today=15)
    assert found is None or found.kind is not SuggestionKind.PROGRESS


def test_nothing_left_to_grow_suggests_nothing() -> None:
    program = with_items(ProgramItem("single_bridge", DosageOverride(reps=15, sets=3)))
    assert run(*greens(program), program=program) is None


# Stages ------------------------------------------------------------------------------------------

STAGE_1 = Program(
    schema_version=1,
    id="run_1",
    name="Run 1",
    description="D.",
    items=(ProgramItem("walk", role=Role.WARM_UP), ProgramItem("bridge")),
    ladder=Ladder(3, Track.RETURN_TO_RUN),
)
STAGE_2 = msgspec.structs.replace(
    STAGE_1, id="run_2", name="Run 2", ladder=Ladder(4, Track.RETURN_TO_RUN)
)
OTHER_TRACK = msgspec.structs.replace(STAGE_1, id="strength", ladder=Ladder(4, Track.STRENGTH))
STAGES = Library(
    exercises=LIBRARY.exercises,
    programs={p.id: p for p in (STAGE_1, STAGE_2, OTHER_TRACK)},
)


def test_a_return_to_run_stage_moves_on_as_a_whole_after_a_week() -> None:
    sessions, mornings = greens(STAGE_1)
    assert run(sessions, mornings, program=STAGE_1, today=6, library=STAGES) is None
    found = run(sessions, mornings, program=STAGE_1, today=7, library=STAGES)
    assert found == Suggestion(
        SuggestionKind.NEXT_STAGE, None, Evidence(Why.GREEN, pains=(1, 1)), next_program="run_2"
    )


def test_a_change_restarts_the_stage_clock_but_keeping_the_same_does_not() -> None:
    # Started on day 0, changed on day 3, then two green sessions.
    sessions, mornings = greens(STAGE_1, (0, 4, 6))
    for kind, ready in ((ChangeKind.STEP_BACK, 10), (ChangeKind.EDIT, 10), (ChangeKind.REPEAT, 7)):
        change = ProgramChange(day(3).isoformat(), kind, "x")
        program = msgspec.structs.replace(STAGE_1, changes=(change,))
        before = run(sessions, mornings, program=program, today=ready - 1, library=STAGES)
        assert before is None, kind
        found = run(sessions, mornings, program=program, today=ready, library=STAGES)
        assert only(found).kind is SuggestionKind.NEXT_STAGE, kind


def test_the_move_onto_a_stage_starts_its_week() -> None:
    # Stage 2 done once long ago; moved on to it again (recorded on stage 1) on day 20.
    moved = ProgramChange(day(20).isoformat(), ChangeKind.PROGRESS, "Moved on", None)
    grown = ProgramChange(day(21).isoformat(), ChangeKind.PROGRESS, "Grew", 1)
    left = msgspec.structs.replace(STAGE_1, changes=(moved, grown))
    top = msgspec.structs.replace(STAGE_2, next_stage="strength")
    programs = {**STAGES.programs, "run_1": left, "run_2": top}
    library = Library(exercises=LIBRARY.exercises, programs=programs)
    sessions, mornings = greens(top, (0, 22, 24))
    assert run(sessions, mornings, program=top, today=26, library=library) is None
    found = run(sessions, mornings, program=top, today=27, library=library)
    assert found is not None
    assert found.next_program == "strength"
    # Without the record of the move, the first session starts the week.
    programs["run_1"] = STAGE_1
    assert run(sessions, mornings, program=top, today=26, library=library) is not None


def test_the_top_stage_has_nowhere_to_go() -> None:
    sessions, mornings = greens(STAGE_2)
    assert run(sessions, mornings, program=STAGE_2, today=9, library=STAGES) is None


def test_a_step_back_on_a_stage_is_never_held_back_by_the_week() -> None:
    found = run(
        [session(0, program=STAGE_1, reports={1: 7})], [], program=STAGE_1, today=1, library=STAGES
    )
    assert only(found).kind is SuggestionKind.STEP_BACK


def test_next_stage_once_every_item_is_at_its_top() -> None:
    top = with_items(ProgramItem("single_bridge", DosageOverride(reps=15, sets=3)))
    top = msgspec.structs.replace(top, next_stage="run_1", ladder=Ladder(1, Track.FOUNDATION))
    library = Library(exercises=LIBRARY.exercises, programs={"run_1": STAGE_1, "core": top})
    sessions, mornings = greens(top)
    assert run(sessions, mornings, program=top, today=6, library=library) is None
    found = run(sessions, mornings, program=top, today=7, library=library)
    assert only(found).next_program == "run_1"
    assert only(found).evidence == Evidence(Why.GREEN, pains=(1, 1))
    # Acute relief is for days: it moves on without the week.
    acute = msgspec.structs.replace(top, ladder=Ladder(0, Track.ACUTE))
    found = run(*greens(acute), program=acute, today=3, library=library)
    assert only(found).kind is SuggestionKind.NEXT_STAGE
    # An unknown next stage is no suggestion.
    lost = msgspec.structs.replace(acute, next_stage="gone")
    assert run(*greens(lost), program=lost, today=3, library=library) is None


def test_moving_on_is_recorded_on_the_program_left() -> None:
    found = run(*greens(STAGE_1), program=STAGE_1, today=7, library=STAGES)
    assert found is not None
    moved = apply(STAGE_1, found, day(7), "Moved on to Run 2")
    assert moved.items == STAGE_1.items
    assert moved.changes == (
        ProgramChange(day(7).isoformat(), ChangeKind.PROGRESS, "Moved on to Run 2", None),
    )


# Seeing a physio ---------------------------------------------------------------------------------


def change(n: int, kind: ChangeKind) -> ProgramChange:
    return ProgramChange(day(n).isoformat(), kind, f"{kind} on day {n}", 0)


@pytest.mark.parametrize(
    ("kinds", "physio"),
    [
        ((ChangeKind.STEP_BACK, ChangeKind.STEP_BACK), True),
        ((ChangeKind.STEP_BACK, ChangeKind.REPEAT, ChangeKind.STEP_BACK), True),
        ((ChangeKind.STEP_BACK, ChangeKind.PROGRESS, ChangeKind.STEP_BACK), False),
        ((ChangeKind.STEP_BACK, ChangeKind.STEP_BACK, ChangeKind.SEE_PHYSIO), False),
        ((ChangeKind.STEP_BACK,), False),
        ((ChangeKind.STEP_BACK, ChangeKind.STEP_BACK, ChangeKind.REPEAT), True),
    ],
)
def test_two_step_backs_in_a_row_advise_a_physio(
    kinds: tuple[ChangeKind, ...], physio: bool
) -> None:
    program = msgspec.structs.replace(
        PROGRAM, changes=tuple(change(n - 10, k) for n, k in enumerate(kinds))
    )
    found = run([], [], program=program)
    assert (found is not None and found.kind is SuggestionKind.SEE_PHYSIO) is physio
    if physio:
        assert found is not None
        assert found.evidence == Evidence(Why.STEP_BACKS, count=2)


def test_three_step_backs_when_the_model_says_three() -> None:
    program = msgspec.structs.replace(
        PROGRAM, changes=tuple(change(-n, ChangeKind.STEP_BACK) for n in (3, 2))
    )
    lenient = PainModel(step_backs_before_physio=3)
    assert suggest(program, LIBRARY, [], [], lenient, day(0)) is None


def weeks_of_sessions(
    values: list[int], weeks: int = 6, program: Program = PROGRAM
) -> tuple[list[SessionRecord], date]:
    """Sessions spread over `weeks` weeks with these pains before; and the day after."""
    step = weeks * 7 // len(values)
    sessions = [session(n * step, after=1, before=v, program=program) for n, v in enumerate(values)]
    return sessions, day(weeks * 7)


@pytest.mark.parametrize(
    ("values", "weeks", "physio"),
    [
        pytest.param([4, 4, 4, 4, 4, 4], 6, True, id="flat"),
        pytest.param([3, 4, 4, 3, 4, 4], 6, True, id="flat, noisy"),
        pytest.param([5, 5, 5, 4, 4, 4], 6, True, id="one point better is not enough"),
        pytest.param([6, 6, 6, 4, 4, 4], 6, False, id="two points better"),
        pytest.param([5, 5, 5, 4, 3, 4], 6, True, id="just under two points and 30 %"),
        pytest.param([10, 10, 10, 7, 7, 7], 6, False, id="30 % better"),
        pytest.param([4, 4, 4, 2, 2, 2], 6, False, id="low now"),
        pytest.param([1, 2, 1, 2, 1, 2], 6, False, id="low all along"),
        pytest.param([4, 4, 4], 6, False, id="too few sessions"),
        pytest.param([4, 4, 4, 4], 4, True, id="four sessions over four weeks"),
        pytest.param([4, 4, 4, 4, 4, 4], 3, False, id="three weeks is too soon"),
    ],
)
def test_no_real_improvement_over_weeks_advises_a_physio(
    values: list[int], weeks: int, physio: bool
) -> None:
    sessions, today = weeks_of_sessions(values, weeks)
    found = suggest(PROGRAM, LIBRARY, sessions, [], PM, today)
    assert (found is not None and found.kind is SuggestionKind.SEE_PHYSIO) is physio
    if physio:
        assert found is not None
        assert found.evidence.why is Why.NO_IMPROVEMENT
        assert found.evidence.weeks == weeks
        # Once the advice is noted, the same weeks do not raise it again.
        noted = apply(PROGRAM, found, today)
        again = suggest(noted, LIBRARY, sessions, [], PM, today)
        assert again is None or again.kind is not SuggestionKind.SEE_PHYSIO


def test_improvement_is_measured_across_programs_and_notes() -> None:
    other = msgspec.structs.replace(PROGRAM, id="other")
    first, today = weeks_of_sessions([4, 4, 4], 6, program=other)
    later = [session(n, after=1, before=4) for n in (28, 35, 41)]
    found = suggest(PROGRAM, LIBRARY, first + later, [], PM, today)
    assert only(found).kind is SuggestionKind.SEE_PHYSIO
    # Advice noted on another program counts too.
    noted = apply(other, found, day(30))
    library = Library(exercises=LIBRARY.exercises, programs={"other": noted})
    again = suggest(PROGRAM, library, first + later, [], PM, today)
    assert again is None or again.kind is not SuggestionKind.SEE_PHYSIO


def test_the_next_morning_stands_in_for_the_pain_before() -> None:
    sessions, today = weeks_of_sessions([4, 4, 4, 4, 4, 4])
    mornings = [Checkin(day(n * 7 + 1), day(n * 7), 1, None) for n in range(6)]
    found = suggest(PROGRAM, LIBRARY, sessions, mornings, PM, today)
    assert found is None or found.kind is not SuggestionKind.SEE_PHYSIO


def test_sessions_older_than_the_window_do_not_count() -> None:
    old = [session(-n, before=8) for n in (30, 25, 20)]
    sessions, today = weeks_of_sessions([4, 4, 4, 4, 4, 4])
    found = suggest(PROGRAM, LIBRARY, old + sessions, [], PM, today)
    assert only(found).evidence.limit == 4


def test_history_start_covers_the_longest_window() -> None:
    assert history_start(PM, day(100)) == day(100 - 8 * 7)
    assert history_start(PainModel(weeks_without_improvement=2), day(100)) == day(100 - 6 * 7)


# Accepting, declining, and not counting evidence twice ------------------------------------------


def test_apply_changes_the_item_and_records_it() -> None:
    found = run(GREEN, GREEN_MORNINGS)
    assert found is not None
    changed = apply(PROGRAM, found, day(6), "Add 2 reps to Bridge")
    assert changed.items[0].dosage == DosageOverride(reps=12)
    assert changed.items[1] == PROGRAM.items[1]
    assert changed.changes == (
        ProgramChange("2025-03-09", ChangeKind.PROGRESS, "Add 2 reps to Bridge", 0),
    )
    # The record is valid file content.
    back, problems = convert(parse(program_to_yaml(changed)), Program, None)
    assert back == changed, problems
    # The same sessions are not counted again.
    assert run(GREEN, GREEN_MORNINGS, program=changed) is None
    # Without the UI's words, plain English goes into the record.
    plain = apply(PROGRAM, found, day(6))
    assert plain.changes[-1].description == "bridge: reps 10 → 12"


def test_apply_a_variant_swap() -> None:
    found = run([session(2, reports={0: 7})], [])
    assert found is not None
    changed = apply(PROGRAM, found, day(3))
    assert changed.items[0] == ProgramItem("pelvic_tilt")
    assert changed.changes[-1].kind is ChangeKind.STEP_BACK
    assert changed.changes[-1].description == "bridge → pelvic_tilt"
    assert run([session(2, reports={0: 7})], [], program=changed) is None


def test_apply_keeps_the_dosage_when_only_the_exercise_changes() -> None:
    keep = Suggestion(SuggestionKind.PROGRESS, 0, Evidence(Why.GREEN), new_exercise="single_bridge")
    program = with_items(ProgramItem("bridge", DosageOverride(sets=3)))
    assert apply(program, keep, day(0)).items[0] == ProgramItem(
        "single_bridge", DosageOverride(sets=3)
    )
    nothing = Suggestion(SuggestionKind.REPEAT, 0, Evidence(Why.AMBER, pain=3))
    assert apply(program, nothing, day(0)).items == program.items


def test_a_step_back_is_not_suggested_twice_for_the_same_morning() -> None:
    rise = [morning(2, 4)]
    found = run([session(2)], rise)
    assert found is not None
    changed = apply(PROGRAM, found, day(3))
    assert run([session(2)], rise, program=changed) is None


def test_a_bad_session_before_a_good_one_is_settled() -> None:
    sessions = [session(0, after=7), session(2, after=1)]
    assert run(sessions, [morning(2, 1)]) is None
    # ...but without the good one's morning answer it still counts.
    found = run(sessions, [])
    assert found is not None
    assert found.kind is SuggestionKind.STEP_BACK
    assert found.evidence.day == day(0)


def test_old_sessions_are_history() -> None:
    assert run([session(0, after=8)], [], today=30) is None
    # Fourteen days back still counts; fifteen does not.
    assert run([session(0, after=8)], [], today=14) is not None
    assert run([session(0, after=8)], [], today=15) is None


def test_decline_changes_nothing() -> None:
    found = run(GREEN, GREEN_MORNINGS)
    assert found is not None
    assert decline(PROGRAM, found, day(6)) is PROGRAM


def test_other_programs_and_unfinished_sessions_are_ignored() -> None:
    other = msgspec.structs.replace(PROGRAM, id="other")
    sessions = [session(0, program=other), session(2, outcome=Outcome.IN_PROGRESS, after=9)]
    assert run(sessions, GREEN_MORNINGS) is None


def test_sessions_are_read_in_the_order_they_were_done() -> None:
    found = run(list(reversed(GREEN)), GREEN_MORNINGS)
    assert only(found).evidence.pains == (1, 2)


# Edges found by mutation testing (make mutation) ------------------------------------------------

THREE = with_items(ProgramItem("bridge"), ProgramItem("plank"), ProgramItem("bird_dog"))


def progressed(item: int, kind: ChangeKind = ChangeKind.PROGRESS) -> ProgramChange:
    return ProgramChange(day(-1).isoformat(), kind, "x", item)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        pytest.param((progressed(0),), 1, id="after item 0 comes item 1"),
        pytest.param((progressed(2),), 0, id="after the last comes the first"),
        pytest.param((progressed(0), progressed(1, ChangeKind.STEP_BACK)), 1, id="step-backs do not count"),
        pytest.param((progressed(0), progressed(None)), 1, id="a stage move does not count"),
    ],
)  # fmt: skip
def test_progress_takes_the_items_in_turn(
    changes: tuple[ProgramChange, ...], expected: int
) -> None:
    program = msgspec.structs.replace(THREE, changes=changes)
    found = run(*greens(program), program=program)
    assert only(found).item_index == expected


def test_an_item_at_its_top_is_passed_over_in_turn() -> None:
    top = ProgramItem("plank", DosageOverride(hold_s=30, sets=3))  # nothing left to grow
    program = with_items(
        ProgramItem("bridge"), top, ProgramItem("bird_dog"), changes=(progressed(0),)
    )
    assert only(run(*greens(program), program=program)).item_index == 2


def over(index: int, exercise: str, variant_of: str | None = None) -> SessionRecord:
    """A session whose record item `index` (exercise `exercise`) reached pain 7."""
    record = session(2, program=THREE)
    record.items[index].exercise_id = exercise
    record.items[index].variant_of = variant_of
    record.items[index].pain_reports.append(PainReport(1.0, 7))
    return record


@pytest.mark.parametrize(
    ("record", "program", "expected"),
    [
        pytest.param(over(0, "bridge"), THREE, 0, id="the same item"),
        pytest.param(over(1, "plank"), THREE, 1, id="the middle of three"),
        pytest.param(over(1, "bridge"), THREE, 0, id="moved: found by exercise"),
        pytest.param(over(2, "knee_plank", "plank"), THREE, 1, id="a variant of an item"),
        pytest.param(
            over(1, "bridge"), with_items(ProgramItem("plank"), ProgramItem("bridge"), ProgramItem("bridge")),
            1, id="the first of two with that exercise",
        ),
        pytest.param(over(1, "pelvic_tilt"), THREE, 0, id="a flare-up day's easier variant"),
        pytest.param(over(0, "gone"), THREE, 0, id="replaced since: the same place"),
        pytest.param(
            over(1, "gone"), with_items(ProgramItem("unknown"), ProgramItem("bridge")), 1,
            id="an item whose exercise is missing",
        ),
        pytest.param(
            over(2, "gone"), with_items(ProgramItem("bridge"), ProgramItem("plank")), 1,
            id="removed since: the last main item",
        ),
    ],
)  # fmt: skip
def test_a_painful_session_item_is_found_in_the_program(
    record: SessionRecord, program: Program, expected: int
) -> None:
    found = run([record], [], program=program)
    assert only(found).item_index == expected


def test_the_last_main_item_stands_in_when_no_item_hurt() -> None:
    rise = [morning(2, 4, compared_to=2)]
    program = with_items(
        ProgramItem("bridge"), ProgramItem("plank"), ProgramItem("walk", role=Role.COOL_DOWN)
    )
    assert only(run([session(2, program=program)], rise, program=program)).item_index == 1
    warm = with_items(
        ProgramItem("walk", role=Role.WARM_UP), ProgramItem("walk", role=Role.WARM_UP)
    )
    assert only(run([session(2, program=warm)], rise, program=warm)).item_index == 1
    # A progression recorded for an item that is no longer there points nowhere.
    gone = msgspec.structs.replace(PROGRAM, changes=(progressed(0), progressed(2)))
    found = run([session(2)], rise, program=gone)
    assert only(found).item_index == 1


@pytest.mark.parametrize(
    ("values", "physio"),
    [
        pytest.param([8, 8, 8, 6, 6, 6], False, id="exactly two points better"),
        pytest.param([5, 5, 5, 5, 4, 3, 4, 3], False, id="exactly 30 % better"),
        pytest.param([3, 3, 2, 2, 2, 2], False, id="at green now"),
    ],
)
def test_improvement_at_its_edges(values: list[int], physio: bool) -> None:
    sessions, today = weeks_of_sessions(values)
    found = suggest(PROGRAM, LIBRARY, sessions, [], PM, today)
    assert (found is not None and found.kind is SuggestionKind.SEE_PHYSIO) is physio


def test_no_improvement_evidence_in_full() -> None:
    sessions, _ = weeks_of_sessions([4, 4, 4, 3, 4, 4])
    found = suggest(PROGRAM, LIBRARY, sessions, [], PM, day(43))
    # The window is six weeks back from day 43: the session on day 0 is out, 36 days remain.
    assert only(found).evidence == Evidence(
        Why.NO_IMPROVEMENT, limit=4.0, later=11 / 3, weeks=5, count=5
    )


def test_advice_noted_covers_the_sessions_of_that_day() -> None:
    sessions = [session(30, before=4) for _ in range(4)]
    noted = msgspec.structs.replace(PROGRAM, changes=(change(30, ChangeKind.SEE_PHYSIO),))
    found = suggest(noted, LIBRARY, sessions, [], PM, day(58))
    assert found is None or found.kind is not SuggestionKind.SEE_PHYSIO
    # Any other change does not stand in for the advice.
    grown = msgspec.structs.replace(PROGRAM, changes=(change(30, ChangeKind.PROGRESS),))
    found = suggest(grown, LIBRARY, sessions, [], PM, day(58))
    assert only(found).kind is SuggestionKind.SEE_PHYSIO


def test_the_trend_window_includes_its_first_day() -> None:
    worst = [5, 4, 3, 3]
    sessions = [session(n, worst=p) for n, p in zip((0, 6, 10, 12), worst, strict=True)]
    mornings = [morning(n, 1) for n in (0, 6, 10, 12)]
    assert only(run(sessions, mornings, today=14)).kind is SuggestionKind.PROGRESS


def test_an_old_symptom_session_still_blocks_progress() -> None:
    # Older than the step-back lookback, but still among the last sessions since the last change.
    sessions = [symptom(0, spreading=True), session(2)]
    assert run(sessions, [morning(0, 1), morning(2, 1)], today=20) is None


def test_repeat_evidence_in_full() -> None:
    found = run([session(0), session(2, after=4)], [])
    assert only(found).evidence == Evidence(Why.AMBER, day(2), 4)


def test_sessions_on_the_day_of_a_change_were_acted_on() -> None:
    kept = msgspec.structs.replace(PROGRAM, changes=(change(2, ChangeKind.REPEAT),))
    assert run([session(2, after=4)], [], program=kept) is None


def test_a_settling_session_needs_a_known_morning_and_pain_within_the_limit() -> None:
    bad = session(0, after=7)
    # No pain recorded at all, but a fine morning: what came before is settled.
    quiet = session(2, after=None, before=1)
    assert run([bad, quiet], [morning(2, 1)]) is None
    # At the limit still settles; above it does not.
    at_limit = run([bad, session(2, after=5)], [morning(2, 1)])
    assert only(at_limit).kind is SuggestionKind.REPEAT
    found = run([bad, session(2, after=6)], [morning(2, 1)])
    assert only(found).evidence.day == day(2)


def test_two_programs_on_the_next_rung_the_first_by_id() -> None:
    b = msgspec.structs.replace(STAGE_2, id="b_stage")
    a = msgspec.structs.replace(STAGE_2, id="a_stage")
    library = Library(exercises=LIBRARY.exercises, programs={"b_stage": b, "a_stage": a})
    found = run(*greens(STAGE_1), program=STAGE_1, today=7, library=library)
    assert only(found).next_program == "a_stage"
    assert only(found).evidence == Evidence(Why.GREEN, pains=(1, 1))


def test_the_stage_clock_counts_changes_and_the_move_onto_the_stage() -> None:
    moved = ProgramChange(day(20).isoformat(), ChangeKind.PROGRESS, "Moved on", None)
    left = msgspec.structs.replace(STAGE_1, changes=(moved,))
    eased = ProgramChange(day(23).isoformat(), ChangeKind.STEP_BACK, "Eased", 1)
    top = msgspec.structs.replace(STAGE_2, next_stage="strength", changes=(eased,))
    programs = {**STAGES.programs, "run_1": left, "run_2": top}
    library = Library(exercises=LIBRARY.exercises, programs=programs)
    sessions, mornings = greens(top, (21, 24, 26))
    assert run(sessions, mornings, program=top, today=29, library=library) is None
    assert run(sessions, mornings, program=top, today=30, library=library) is not None


def test_a_long_record_is_cut_to_fit_the_file() -> None:
    found = only(run(GREEN, GREEN_MORNINGS))
    assert len(apply(PROGRAM, found, day(6), "x" * 5000).changes[-1].description) == 4000


def test_holds_step_back_in_whole_seconds_by_the_items_own_step() -> None:
    walk = with_items(ProgramItem("walk"))
    assert [type(o.dosage.hold_s) for o in item_options(walk, LIBRARY, 0, grow=False)] == [int]
    by_ten = Progression((Growth(DoseValue.HOLD_S, 10, 60),))
    plank = with_items(ProgramItem("plank", DosageOverride(hold_s=40), progression=by_ten))
    assert item_options(plank, LIBRARY, 0, grow=False)[0].dosage.hold_s == 30


@pytest.mark.parametrize(
    ("exercise", "override", "rule", "expected"),
    [
        ("bird_dog", DosageOverride(reps=(7, 5, 3)), Progression((Growth(DoseValue.REPS, 2, 9),)), (5, 3, 1)),
        ("bird_dog", DosageOverride(reps=(7, 5, 3)), Progression(), (6, 4, 2)),
        ("bridge", DosageOverride(reps=12), Progression((Growth(DoseValue.REPS, 3, 15),)), 9),
        ("bridge", DosageOverride(reps=12), Progression(), 10),
    ],
)  # fmt: skip
def test_reps_step_back_by_the_items_own_step_or_the_default(
    exercise: str, override: DosageOverride, rule: Progression, expected: object
) -> None:
    program = with_items(ProgramItem(exercise, override, progression=rule))
    assert item_options(program, LIBRARY, 0, grow=False)[0].dosage.reps == expected


def test_an_exercise_timed_by_its_steps_grows_by_sets() -> None:
    flow = Exercise(
        schema_version=1,
        id="flow",
        name="Flow",
        category=Category.CORE,
        summary="S.",
        start_position="P.",
        steps=(Step("Move.", seconds=20),),
        dosage=Dosage(sets=1),
    )
    library = Library(exercises={**LIBRARY.exercises, "flow": flow})
    program = with_items(ProgramItem("flow"))
    assert [o.change for o in item_options(program, library, 0, grow=True)] == [
        Change(ChangeWhat.SETS, "flow", 1, 2)
    ]


def test_an_easier_exercise_timed_differently_starts_from_its_own_dose() -> None:
    hold_to_reps = with_items(ProgramItem("plank", DosageOverride(sets=2, hold_s=25)))
    plank_like = msgspec.structs.replace(LIBRARY.exercises["plank"], easier=("pelvic_tilt",))
    library = Library(exercises={**LIBRARY.exercises, "plank": plank_like})
    option = item_options(hold_to_reps, library, 0, grow=False)[-1]
    assert (option.exercise, option.dosage) == ("pelvic_tilt", DosageOverride())
    alike = item_options(hold_to_reps, LIBRARY, 0, grow=False)[-1]
    assert (alike.exercise, alike.dosage) == ("knee_plank", DosageOverride(sets=2, hold_s=25))
    assert alike.change == Change(ChangeWhat.EXERCISE, "plank", "plank", "knee_plank")
