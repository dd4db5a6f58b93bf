"""Pain-guided suggestions: the decision table of the pain-monitoring model, one change at a time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import msgspec
import pytest

from rehab_app.core.history_schema import Checkin
from rehab_app.core.loader import Library
from rehab_app.core.models import (
    Category,
    ChangeKind,
    Dosage,
    DosageOverride,
    Exercise,
    PainModel,
    Program,
    ProgramChange,
    ProgramItem,
    Step,
)
from rehab_app.core.progression import (
    Suggestion,
    SuggestionKind,
    apply,
    decline,
    flare_up,
    session_pain,
    suggest,
)
from rehab_app.core.record import ExerciseRecord, Outcome, PainReport, SessionRecord
from rehab_app.core.validate import convert
from rehab_app.core.yaml_writer import program_to_yaml
from rehab_app.core.yamlsafe import parse

PM = PainModel()
MONDAY = date(2025, 3, 3)


def ex(
    eid: str, easier: tuple[str, ...] = (), harder: tuple[str, ...] = (), **dosage: object
) -> Exercise:
    return Exercise(
        schema_version=1,
        id=eid,
        name=eid.replace("_", " ").capitalize(),
        category=Category.CORE,
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
    )


def morning(n: int, pain: int, compared_to: int | None = 1) -> Checkin:
    """The check-in the morning after the session on day `n`."""
    return Checkin(day(n + 1), day(n), pain, compared_to)


def run(
    sessions: list[SessionRecord],
    checkins: list[Checkin],
    program: Program = PROGRAM,
    today: int = 6,
) -> Suggestion | None:
    return suggest(program, LIBRARY, sessions, checkins, PM, day(today))


def with_items(*items: ProgramItem, changes: tuple[ProgramChange, ...] = ()) -> Program:
    return msgspec.structs.replace(PROGRAM, items=items, changes=changes)


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
            GREEN, [morning(0, 1), morning(2, 3)], SuggestionKind.STEP_BACK, 1,
            id="morning up by 2 -> step back the last item",
        ),
        pytest.param(
            GREEN, [morning(0, 1), morning(2, 3, compared_to=None)], SuggestionKind.STEP_BACK, 1,
            id="baseline falls back to pain before",
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


def test_progress_reason_quotes_the_numbers() -> None:
    found = run(GREEN, GREEN_MORNINGS)
    assert found is not None
    assert found.reason == (
        "Your last two sessions were at pain 1 and 2 and your back was fine the next morning:"
        " add 2 reps to Bridge (10 → 12)."
    )
    assert found.new_dosage == DosageOverride(reps=12)
    assert found.new_exercise is None


def test_a_lower_ceiling_steps_back_sooner() -> None:
    acute = msgspec.structs.replace(PROGRAM, pain_ceiling=3)
    found = run([session(0), session(2, after=4)], [], program=acute)
    assert found is not None
    assert found.kind is SuggestionKind.STEP_BACK
    assert found.reason.startswith("Your last session reached pain 4, above your limit of 3:")


def test_over_the_ceiling_prefers_the_easier_variant() -> None:
    found = run([session(2, reports={0: 7})], [])
    assert found is not None
    assert (found.new_exercise, found.new_dosage) == ("pelvic_tilt", DosageOverride())
    assert found.reason.endswith("swap Bridge for the easier Pelvic tilt.")


def test_a_morning_rise_reduces_the_dose_first() -> None:
    found = run([session(2)], [morning(2, 4, compared_to=2)])
    assert found is not None
    assert found.kind is SuggestionKind.STEP_BACK
    assert found.item_index == 1
    assert found.new_dosage == DosageOverride(hold_s=15)
    assert found.reason == (
        "The morning after your session on 5 March your pain was 4, up 2 from 2:"
        " hold Plank for 15 seconds instead of 20."
    )


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
    assert steps[6] == (DosageOverride(), "pelvic_tilt")


def test_nothing_left_to_reduce_advises_a_physio() -> None:
    program = with_items(ProgramItem("breathing"))
    found = run([session(2, program=program, reports={0: 8})], [], program=program)
    assert found is not None
    assert found.kind is SuggestionKind.SEE_PHYSIO
    assert "Breathing cannot be made any easier" in found.reason


def test_session_pain_is_the_worst_of_after_and_reports() -> None:
    assert session_pain(session(0, after=2, reports={0: 5, 1: 3})) == 5
    assert session_pain(session(0, after=6, reports={0: 5})) == 6
    assert session_pain(session(0, after=None)) is None


# Progress: order and caps ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("override", "expected_dosage", "expected_exercise"),
    [
        (DosageOverride(), DosageOverride(reps=12), None),
        (DosageOverride(reps=19), DosageOverride(reps=20), None),
        (DosageOverride(reps=20), DosageOverride(reps=20, hold_s=8), None),
        (DosageOverride(reps=20, hold_s=58), DosageOverride(reps=20, hold_s=60), None),
        (DosageOverride(reps=20, hold_s=60), DosageOverride(reps=20, hold_s=60, sets=3), None),
        (DosageOverride(reps=20, hold_s=60, sets=5), DosageOverride(), "single_bridge"),
    ],
)
def test_progress_order_reps_hold_sets_harder(
    override: DosageOverride, expected_dosage: DosageOverride, expected_exercise: str | None
) -> None:
    program = with_items(ProgramItem("bridge", override))
    green = [session(0, program=program), session(2, program=program)]
    found = run(green, GREEN_MORNINGS, program=program)
    assert found is not None
    assert found.kind is SuggestionKind.PROGRESS
    assert (found.new_dosage, found.new_exercise) == (expected_dosage, expected_exercise)


def test_a_pyramid_gains_one_rep_a_set() -> None:
    program = with_items(ProgramItem("bird_dog"))
    green = [session(0, program=program), session(2, program=program)]
    found = run(green, GREEN_MORNINGS, program=program)
    assert found is not None
    assert found.new_dosage == DosageOverride(reps=(6, 4, 2), sets=3)
    assert "one more rep in each set of Bird dog (5-3-1 → 6-4-2)" in found.reason


def test_nothing_left_to_grow_suggests_nothing() -> None:
    program = with_items(ProgramItem("single_bridge", DosageOverride(reps=20, sets=5)))
    green = [session(0, program=program), session(2, program=program)]
    assert run(green, GREEN_MORNINGS, program=program) is None


def test_progress_moves_on_to_the_next_item_after_the_last_one_progressed() -> None:
    earlier = ProgramChange(day(-1).isoformat(), ChangeKind.PROGRESS, "Bridge: reps", 0)
    program = msgspec.structs.replace(PROGRAM, changes=(earlier,))
    found = run(GREEN, GREEN_MORNINGS, program=program)
    assert found is not None
    assert found.item_index == 1
    assert found.new_dosage == DosageOverride(hold_s=25)


def test_a_flare_up_day_is_no_reason_to_progress() -> None:
    easy = flare_up(PROGRAM, LIBRARY)
    sessions = [session(0, program=easy), session(2, program=easy)]
    assert run(sessions, GREEN_MORNINGS) is None


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
        assert found.reason.startswith("You have had to step back 2 times in a row.")


def weeks_of_sessions(values: list[int], weeks: int = 6) -> tuple[list[SessionRecord], date]:
    """Sessions spread over `weeks` weeks with these next-morning pains; and the day after."""
    step = weeks * 7 // len(values)
    sessions = [session(n * step, after=1, before=v) for n, v in enumerate(values)]
    return sessions, day(weeks * 7)


@pytest.mark.parametrize(
    ("values", "weeks", "physio"),
    [
        ([4, 4, 4, 4, 4, 4], 6, True),
        ([3, 4, 4, 3, 4, 4], 6, True),
        ([5, 5, 4, 3, 3, 2], 6, False),
        ([1, 2, 1, 2, 1, 2], 6, False),
        ([4, 4, 4], 6, False),
        ([4, 4, 4, 4, 4, 4], 3, False),
    ],
)
def test_no_improvement_in_six_weeks_advises_a_physio(
    values: list[int], weeks: int, physio: bool
) -> None:
    sessions, today = weeks_of_sessions(values, weeks)
    found = suggest(PROGRAM, LIBRARY, sessions, [], PM, today)
    assert (found is not None and found.kind is SuggestionKind.SEE_PHYSIO) is physio
    if physio:
        assert found is not None
        assert "has not improved over the last 6 weeks" in found.reason
        # Once the advice is noted, the same weeks do not raise it again.
        noted = apply(PROGRAM, found, today)
        again = suggest(noted, LIBRARY, sessions, [], PM, today)
        assert again is None or again.kind is not SuggestionKind.SEE_PHYSIO


# Accepting, declining, and not counting evidence twice ------------------------------------------


def test_apply_changes_the_item_and_records_it() -> None:
    found = run(GREEN, GREEN_MORNINGS)
    assert found is not None
    changed = apply(PROGRAM, found, day(6))
    assert changed.items[0].dosage == DosageOverride(reps=12)
    assert changed.items[1] == PROGRAM.items[1]
    assert changed.changes == (
        ProgramChange("2025-03-09", ChangeKind.PROGRESS, "Bridge: reps 10 → 12", 0),
    )
    # The record is valid file content.
    back, problems = convert(parse(program_to_yaml(changed)), Program, None)
    assert back == changed, problems
    # The same sessions are not counted again.
    assert run(GREEN, GREEN_MORNINGS, program=changed) is None


def test_apply_a_variant_swap() -> None:
    found = run([session(2, reports={0: 7})], [])
    assert found is not None
    changed = apply(PROGRAM, found, day(3))
    assert changed.items[0] == ProgramItem("pelvic_tilt")
    assert changed.changes[-1].kind is ChangeKind.STEP_BACK
    assert changed.changes[-1].description == "Bridge → Pelvic tilt"
    assert run([session(2, reports={0: 7})], [], program=changed) is None


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
    assert found.reason.startswith("Your session on 3 March reached pain 7")


def test_old_sessions_are_history() -> None:
    assert run([session(0, after=8)], [], today=30) is None


def test_decline_changes_nothing() -> None:
    found = run(GREEN, GREEN_MORNINGS)
    assert found is not None
    assert decline(PROGRAM, found, day(6)) is PROGRAM


def test_other_programs_and_unfinished_sessions_are_ignored() -> None:
    other = msgspec.structs.replace(PROGRAM, id="other")
    sessions = [session(0, program=other), session(2, outcome=Outcome.IN_PROGRESS, after=9)]
    assert run(sessions, GREEN_MORNINGS) is None


# Flare-up day ------------------------------------------------------------------------------------


def test_flare_up_swaps_to_easier_variants_with_a_third_less() -> None:
    program = with_items(
        ProgramItem("bridge", DosageOverride(sets=3, reps=12, hold_s=5), note="Slowly."),
        ProgramItem("plank", DosageOverride(sets=2)),
        ProgramItem("bird_dog", DosageOverride(reps=(6, 4, 2))),
    )
    program = msgspec.structs.replace(program, name_i18n={"de": "Kern"})
    easy = flare_up(program, LIBRARY)
    assert easy.name == "Core (flare-up day)"
    assert easy.name_i18n == {}
    assert easy.id == program.id
    assert easy.items == (
        ProgramItem("pelvic_tilt", DosageOverride(sets=2, reps=8, hold_s=5), note="Slowly."),
        ProgramItem("knee_plank", DosageOverride(sets=1)),
        ProgramItem("bird_dog", DosageOverride(reps=(6, 4, 2))),  # no easier variant
    )
    assert flare_up(with_items(ProgramItem("bridge", DosageOverride(reps=1))), LIBRARY).items == (
        ProgramItem("pelvic_tilt", DosageOverride(reps=1)),
    )
