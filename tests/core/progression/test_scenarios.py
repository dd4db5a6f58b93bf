"""Every shipped program through weeks of simulated sessions, accepting every suggestion.

Green, amber, symptom stops and creeping mornings: no dose shrinks on "progress", no dose grows
on "step back", warm-ups and cool-downs never grow, stages move at most once a week, a symptom
stop is still acted on the next day, and no flare-up day is longer or has more reps than the
normal day.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pytest

from rehab_app.core.content.loader import Library, load_library
from rehab_app.core.history.schema import Checkin
from rehab_app.core.models import Dosage, PainModel, Program, Role, Track
from rehab_app.core.paths import AppPaths
from rehab_app.core.progression.flare_up import cost, flare_up
from rehab_app.core.progression.options import shape
from rehab_app.core.progression.suggestions import Suggestion, SuggestionKind, apply, suggest
from rehab_app.core.session.plan import build_plan, effective_dosage
from rehab_app.core.session.record import ExerciseRecord, Outcome, PainReport, SessionRecord

pytestmark = pytest.mark.scenario
START = date(2025, 3, 3)
WEEKS = 8
PM = PainModel()


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Library:
    library = load_library(AppPaths.create(tmp_path_factory.mktemp("data")))
    assert not library.problems
    return library


@dataclass(frozen=True)
class Day:
    """What happens on a session day and the morning after."""

    worst: int
    morning: int
    before: int = 1
    symptom: str = ""  # a pain-report flag, or "stop:<rule id>" for a session ended by a rule


Pattern = Callable[[int], Day]  # session number -> what happens


def green(n: int) -> Day:
    return Day(worst=1, morning=1)


def amber(n: int) -> Day:
    return Day(worst=4, morning=1)


def symptom_stops(n: int) -> Day:
    if n % 3 == 2:
        flag = ("spreading", "nerve_symptoms", "sharp", "stop:nerve_symptoms")[n // 3 % 4]
        return Day(worst=2, morning=1, symptom=flag)
    return Day(worst=1, morning=1)


def creeping_mornings(n: int) -> Day:
    """Mornings one point up each session from 1 to 6, then back down."""
    level = min(6, 1 + n % 10) if n % 10 < 6 else 1
    return Day(worst=2, morning=level, before=max(1, level - 1))


def flare_up_days(n: int) -> Day:
    """Every third session a flare-up day that still hurts (6 on its middle item)."""
    return Day(worst=6, morning=2, symptom="flare") if n % 3 == 1 else Day(worst=1, morning=1)


PATTERNS = {
    "flare-up days": flare_up_days,
    "green": green,
    "amber": amber,
    "symptom stops": symptom_stops,
    "creeping mornings": creeping_mornings,
}


@dataclass
class Run:
    """One simulated user: the library as they changed it, their history and what was suggested."""

    library: Library
    program_id: str
    sessions: list[SessionRecord] = field(default_factory=list)
    checkins: list[Checkin] = field(default_factory=list)
    accepted: list[tuple[date, str, Suggestion]] = field(default_factory=list)

    @property
    def program(self) -> Program:
        return self.library.programs[self.program_id]


def record(program: Program, library: Library, day: date, what: Day) -> SessionRecord:
    if what.symptom == "flare":
        program = flare_up(program, library)
    items = []
    for index, item in enumerate(program.items):
        exercise = library.exercise(item.exercise)
        dosage = effective_dosage(exercise.dosage, item.dosage)
        items.append(
            ExerciseRecord(
                index, exercise.id, exercise.name, dosage.sets, 1, 60, done_sets=dosage.sets
            )
        )
    session = SessionRecord(
        program_id=program.id,
        program_name=program.name,
        program_snapshot="",
        started_utc=datetime(day.year, day.month, day.day, 8, tzinfo=UTC),
        local_date=day.isoformat(),
        planned_s=build_plan(program, library.exercise).total_s,
        items=items,
        outcome=Outcome.COMPLETED,
        pain_before=what.before,
        pain_after=min(what.worst, 2),
        pain_worst=what.worst,
    )
    hurt = len(items) // 2
    if what.symptom.startswith("stop:"):
        session.outcome, session.end_reason = Outcome.ENDED_EARLY, what.symptom[5:]
        session.current_item = hurt
        for later in items[hurt:]:
            later.done_sets, later.skipped = 0, True
    elif what.symptom == "flare":
        items[hurt].pain_reports.append(PainReport(30.0, what.worst, items[hurt].exercise_id))
    elif what.symptom:
        flags = {what.symptom: True}
        items[hurt].pain_reports.append(
            PainReport(30.0, what.worst, items[hurt].exercise_id, **flags)
        )
    return session


def dose(library: Library, program: Program, index: int) -> tuple[str, Dosage]:
    item = program.items[index]
    exercise = library.exercise(item.exercise)
    return exercise.id, effective_dosage(exercise.dosage, item.dosage)


def volume(dosage: Dosage) -> tuple[int, ...]:
    reps = dosage.reps if isinstance(dosage.reps, tuple) else (dosage.reps or 0,)
    return (dosage.sets, *reps, dosage.hold_s or 0)


def not_more(a: Dosage, b: Dosage) -> bool:
    """Every value of `a` at most `b`'s (a pyramid may lose its last set)."""
    if isinstance(a.reps, tuple) and isinstance(b.reps, tuple):
        reps_ok = len(a.reps) <= len(b.reps) and all(
            x <= y for x, y in zip(a.reps, b.reps, strict=False)
        )
    else:
        reps_ok = (a.reps or 0) <= (b.reps or 0)
    return a.sets <= b.sets and reps_ok and (a.hold_s or 0) <= (b.hold_s or 0)


def check_change(run: Run, before: Program, after: Program, found: Suggestion) -> None:
    library = run.library
    if found.kind is SuggestionKind.NEXT_STAGE:
        assert after.items == before.items
        target = library.programs[found.next_program or ""]
        if before.ladder and target.ladder:
            assert target.ladder.rung >= before.ladder.rung
        return
    if found.item_index is None:
        assert after.items == before.items
        return
    index = found.item_index
    old_id, old = dose(library, before, index)
    new_id, new = dose(library, after, index)
    if found.kind is SuggestionKind.PROGRESS:
        assert before.items[index].role is Role.MAIN, "a warm-up or cool-down grew"
        if new_id == old_id:
            assert not_more(old, new), f"progress shrank {old_id}: {old} -> {new}"
            assert volume(new) != volume(old)
        else:
            assert new_id in library.exercise(old_id).harder
    elif found.kind is SuggestionKind.STEP_BACK:
        if new_id == old_id:
            assert not_more(new, old), f"a step back grew {old_id}: {old} -> {new}"
        else:
            assert new_id in library.exercise(old_id).easier
            if shape(new) == shape(old):
                assert not_more(new, old), f"{old_id} -> {new_id} grew: {old} -> {new}"


def check_flare_up(program: Program, library: Library) -> None:
    easy = flare_up(program, library)
    normal_plan, easy_plan = (
        build_plan(program, library.exercise),
        build_plan(easy, library.exercise),
    )
    assert easy_plan.total_s <= normal_plan.total_s, program.id
    normal_reps = sum(
        cost(library.exercise(i.exercise), dose(library, program, n)[1])[1]
        for n, i in enumerate(program.items)
    )
    easy_reps = sum(
        cost(library.exercise(i.exercise), dose(library, easy, n)[1])[1]
        for n, i in enumerate(easy.items)
    )
    assert easy_reps <= normal_reps, program.id
    ids = [item.exercise for item in easy.items]
    assert all(a != b for a, b in zip(ids, ids[1:], strict=False)), ids


def simulate(shipped: Library, program_id: str, pattern: Pattern) -> Run:
    library = Library(
        exercises=dict(shipped.exercises), programs=dict(shipped.programs), safety=shipped.safety
    )
    run = Run(library, program_id)
    n = 0
    stage_moves: list[date] = []
    for offset in range(WEEKS * 7):
        today = START + timedelta(days=offset)
        program = run.program
        found = suggest(program, library, run.sessions, run.checkins, PM, today)
        last = run.sessions[-1] if run.sessions else None
        stopped_yesterday = (
            last is not None
            and last.local_date == (today - timedelta(days=1)).isoformat()
            and (
                last.end_reason
                or any(
                    r.sharp or r.spreading or r.nerve_symptoms
                    for i in last.items
                    for r in i.pain_reports
                )
            )
        )
        if stopped_yesterday:
            # The stop is still in force the next day: never a progression.
            assert found is not None
            assert found.kind in (SuggestionKind.STEP_BACK, SuggestionKind.SEE_PHYSIO), found
        if found is not None:
            changed = apply(program, found, today, "simulated")
            check_change(run, program, changed, found)
            library.programs[program.id] = changed
            run.accepted.append((today, program.id, found))
            if found.kind is SuggestionKind.NEXT_STAGE:
                ladder = program.ladder
                if ladder is not None and ladder.track is Track.RETURN_TO_RUN:
                    assert not stage_moves or today - stage_moves[-1] >= timedelta(days=7)
                stage_moves.append(today)
                run.program_id = found.next_program or program.id
        check_flare_up(run.program, library)
        if offset % 2 == 0:
            what = pattern(n)
            n += 1
            run.sessions.append(record(run.program, library, today, what))
            run.checkins.append(
                Checkin(today + timedelta(days=1), today, what.morning, what.before)
            )
    return run


@pytest.mark.parametrize("pattern", list(PATTERNS))
@pytest.mark.parametrize(
    "program_id",
    [
        "acute_relief_gentle",
        "core_stability_1",
        "core_stability_2",
        "daily_mobility_10",
        "post_run_reset",
        "return_to_run_w1",
        "return_to_run_s2",
    ],
)
def test_weeks_of_sessions(shipped: Library, program_id: str, pattern: str) -> None:
    run = simulate(shipped, program_id, PATTERNS[pattern])
    kinds = [s.kind for _, _, s in run.accepted]
    grew = {SuggestionKind.PROGRESS, SuggestionKind.NEXT_STAGE}
    if pattern == "amber":
        assert not grew & set(kinds), kinds
    if pattern == "symptom stops":
        assert SuggestionKind.STEP_BACK in kinds or SuggestionKind.SEE_PHYSIO in kinds
    if pattern == "flare-up days":
        assert SuggestionKind.STEP_BACK in kinds or SuggestionKind.SEE_PHYSIO in kinds
    if pattern == "creeping mornings":
        assert SuggestionKind.STEP_BACK in kinds or SuggestionKind.SEE_PHYSIO in kinds
    if pattern == "green" and program_id not in ("post_run_reset", "return_to_run_s2"):
        assert grew & set(kinds), f"{program_id} never progressed on green sessions"


def test_green_weeks_climb_the_return_to_run_ladder_a_week_at_a_time(shipped: Library) -> None:
    run = simulate(shipped, "return_to_run_w1", green)
    moves = [(day, pid) for day, pid, s in run.accepted if s.kind is SuggestionKind.NEXT_STAGE]
    assert moves[0][1] == "return_to_run_w1"
    assert moves[0][0] - START >= timedelta(days=7)
    assert run.program_id == "return_to_run_s2"


def test_green_weeks_take_core_stage_1_to_8_6_4_and_on_to_stage_2(shipped: Library) -> None:
    run = simulate(shipped, "core_stability_1", green)
    left = run.library.programs["core_stability_1"]
    big_three = [
        i for i in left.items if i.exercise in ("mcgill_curl_up", "side_plank_knees", "bird_dog")
    ]
    assert all(i.dosage.reps == (8, 6, 4) for i in big_three), big_three
    assert run.program_id == "core_stability_2"
