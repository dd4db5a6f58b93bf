"""The plain English of `rehab-app suggest`: every kind of evidence, change and fact, word for word."""

from __future__ import annotations

from datetime import UTC, date, datetime

import msgspec
import pytest

from rehab_app.core.content.loader import Library
from rehab_app.core.history.schema import Checkin
from rehab_app.core.models import (
    Category,
    ChangeKind,
    Dosage,
    Exercise,
    Ladder,
    PainModel,
    Program,
    ProgramChange,
    ProgramItem,
    Step,
    Track,
)
from rehab_app.core.progression.options import Change, ChangeWhat
from rehab_app.core.progression.text import (
    action_text,
    change_text,
    describe,
    evidence_text,
    explain,
    record_text,
)
from rehab_app.core.progression.types import Evidence, Suggestion, SuggestionKind, Why
from rehab_app.core.session.record import ExerciseRecord, Outcome, PainReport, SessionRecord

D = date(2025, 3, 5)
K = SuggestionKind


@pytest.mark.parametrize(
    ("evidence", "text"),
    [
        (Evidence(Why.GREEN, pains=(1, 2)),
         "your last sessions were at pain 1 and 2, each fine the next morning"),
        (Evidence(Why.GREEN, pains=(0, 1, 2)),
         "your last sessions were at pain 0, 1 and 2, each fine the next morning"),
        (Evidence(Why.GREEN), "your last sessions were at pain ?, each fine the next morning"),
        (Evidence(Why.AMBER_FALLING, pains=(3, 3), limit=14 / 3, later=3.0),
         "your last sessions were at pain 3 and 3, each fine the next morning, and your pain fell"
         " from 4.7 to 3 over two weeks"),
        (Evidence(Why.AMBER, D, 4), "your last session was at pain 4: acceptable, but not low enough"),
        (Evidence(Why.MORNING_ABOVE, D, 3, 2),
         "the morning after your last session your pain was 3, a little above your 2 before"),
        (Evidence(Why.OVER_CEILING, D, 7, 5, latest=True),
         "your last session reached pain 7, above your limit of 5"),
        (Evidence(Why.OVER_CEILING, D, 7, 5),
         "your session on 2025-03-05 reached pain 7, above your limit of 5"),
        (Evidence(Why.SYMPTOMS, D, 2, latest=True, symptoms=(
            "spreading", "nerve_symptoms", "sharp", "red_flag_symptom", "general_warning")),
         "your last session brought pain spreading, pins and needles or numbness, sharp pain,"
         " a warning symptom and feeling unwell"),
        (Evidence(Why.SYMPTOMS, D, 2, symptoms=("pain_limit",)),
         "your session on 2025-03-05 brought a stop (pain limit)"),
        (Evidence(Why.MORNING, D, 5, 3.0, morning_cause="crept_up"),
         "your morning pain has crept up to 5, from about 3 over the week before"),
        (Evidence(Why.MORNING, D, 4, 2, morning_cause="rose_overnight"),
         "the morning after your session on 2025-03-05 your pain was 4, up from 2"),
        (Evidence(Why.MORNING, D, 6, 5, morning_cause="above_amber"),
         "the morning after your session on 2025-03-05 your pain was 6, above 5"),
        (Evidence(Why.STEP_BACKS, count=2), "you have had to step back 2 times in a row"),
        (Evidence(Why.NO_IMPROVEMENT, limit=4.0, later=11 / 3, weeks=5, count=5),
         "your morning pain has not improved enough over 5 weeks (about 4 at first, 3.7 lately)"),
        (Evidence(Why.NO_IMPROVEMENT), "your morning pain has not improved enough over 0 weeks"
         " (about ? at first, ? lately)"),
    ],
)  # fmt: skip
def test_evidence_text(evidence: Evidence, text: str) -> None:
    assert evidence_text(evidence) == text


def ex(eid: str, name: str) -> Exercise:
    return Exercise(
        schema_version=1,
        id=eid,
        name=name,
        category=Category.CORE,
        summary="S.",
        start_position="P.",
        steps=(Step("Go."),),
        dosage=Dosage(sets=2, reps=10),
    )


STAGE_1 = Program(
    schema_version=1,
    id="run_1",
    name="Run, stage 1",
    description="D.",
    items=(ProgramItem("bridge"),),
    ladder=Ladder(3, Track.RETURN_TO_RUN),
)
STAGE_2 = msgspec.structs.replace(
    STAGE_1, id="run_2", name="Run, stage 2", ladder=Ladder(4, Track.RETURN_TO_RUN)
)
LIBRARY = Library(
    exercises={"bridge": ex("bridge", "Glute bridge"), "tilt": ex("tilt", "Pelvic tilt")},
    programs={"run_1": STAGE_1, "run_2": STAGE_2},
)


@pytest.mark.parametrize(
    ("change", "text"),
    [
        (Change(ChangeWhat.REPS, "bridge", 10, 12), "Glute bridge: reps 10 → 12"),
        (Change(ChangeWhat.REPS, "bridge", (5, 3, 1), (6, 4, 2)), "Glute bridge: reps 5-3-1 → 6-4-2"),
        (Change(ChangeWhat.HOLD_S, "bridge", 20, 25), "Glute bridge: hold 20 s → 25 s"),
        (Change(ChangeWhat.SETS, "bridge", 2, 3), "Glute bridge: sets 2 → 3"),
        (Change(ChangeWhat.SETS, "bridge", None, 3), "Glute bridge: sets ? → 3"),
        (Change(ChangeWhat.EXERCISE, "bridge", "bridge", "tilt"), "Glute bridge → Pelvic tilt"),
        (Change(ChangeWhat.EXERCISE, "gone", "gone", "tilt"), "gone → Pelvic tilt"),
    ],
)  # fmt: skip
def test_change_text(change: Change, text: str) -> None:
    assert change_text(change, LIBRARY) == text


GREEN = Evidence(Why.GREEN, pains=(1, 2))
GROW = Change(ChangeWhat.REPS, "bridge", 10, 12)


@pytest.mark.parametrize(
    ("suggestion", "described", "recorded"),
    [
        (Suggestion(K.PROGRESS, 0, GREEN, GROW),
         "Progress: Your last sessions were at pain 1 and 2, each fine the next morning:"
         " Glute bridge: reps 10 → 12.",
         "Glute bridge: reps 10 → 12"),
        (Suggestion(K.NEXT_STAGE, None, GREEN, next_program="run_2"),
         "Move on: Your last sessions were at pain 1 and 2, each fine the next morning:"
         " move on to Run, stage 2.",
         "Moved on to Run, stage 2"),
        (Suggestion(K.REPEAT, None, Evidence(Why.AMBER, D, 4)),
         "Keep the same: Your last session was at pain 4: acceptable, but not low enough:"
         " keep the program as it is for now.",
         "Kept the same: your last session was at pain 4: acceptable, but not low enough"),
        (Suggestion(K.STEP_BACK, 0, Evidence(Why.STEP_BACKS, count=3)),
         "Step back: You have had to step back 3 times in a row: change the program.",
         "Kept the same: you have had to step back 3 times in a row"),
        (Suggestion(K.SEE_PHYSIO, None, Evidence(Why.STEP_BACKS, count=2)),
         "See a physio: You have had to step back 2 times in a row: please see a"
         " physiotherapist or your GP before you change the program again.",
         "Advised to see a physio: you have had to step back 2 times in a row"),
        (Suggestion(K.SEE_PHYSIO, 0, Evidence(Why.OVER_CEILING, D, 7, 5, latest=True),
                    cannot_ease=True),
         "See a physio: Your last session reached pain 7, above your limit of 5: nothing is left"
         " to make easier: please see a physiotherapist or your GP.",
         "Advised to see a physio: your last session reached pain 7, above your limit of 5"),
    ],
)  # fmt: skip
def test_describe_and_record(suggestion: Suggestion, described: str, recorded: str) -> None:
    assert describe(suggestion, LIBRARY) == described
    assert record_text(suggestion, LIBRARY) == recorded


def test_names_fall_back_to_ids_without_a_library() -> None:
    moved = Suggestion(K.NEXT_STAGE, None, GREEN, next_program="run_2")
    assert action_text(moved, None) == "move on to run_2"
    assert change_text(GROW, None) == "bridge: reps 10 → 12"
    swap = Change(ChangeWhat.EXERCISE, "bridge", "bridge", None)
    assert change_text(swap, LIBRARY) == "Glute bridge → None"


def session(day: int, **fields: object) -> SessionRecord:
    made = SessionRecord(
        "run_1", "Run", "", datetime(2025, 3, day, 8, tzinfo=UTC), f"2025-03-{day:02d}", 60,
        [ExerciseRecord(0, "bridge", "Glute bridge", 2, 10, 60, done_sets=2)],
        outcome=Outcome.COMPLETED, pain_before=1, pain_after=1,
    )  # fmt: skip
    for name, value in fields.items():
        setattr(made, name, value)
    return made


def test_explain_lists_every_fact() -> None:
    hurt = session(5, pain_worst=7, outcome=Outcome.ENDED_EARLY, end_reason="nerve_symptoms")
    hurt.items[0].pain_reports.append(PainReport(1.0, 4, nerve_symptoms=True))
    hurt.items[0].done_sets = 1
    sessions = [
        session(1, pain_after=None, pain_before=None),
        session(3, pain_worst=4),
        hurt,
        session(8),
    ]
    checkins = [Checkin(date(2025, 3, 4), date(2025, 3, 3), 3, None),
                Checkin(date(2025, 3, 9), date(2025, 3, 8), 1, 1)]  # fmt: skip
    changed = ProgramChange("2025-03-05", ChangeKind.STEP_BACK, "Eased", 0)
    program = msgspec.structs.replace(STAGE_1, changes=(changed,))
    lines = explain(program, LIBRARY, sessions, checkins, PainModel(), date(2025, 3, 10))
    assert lines == [
        "Program Run, stage 1 (run_1): pain limit 5, rung 3 of the return_to_run track",
        "Last change: 2025-03-05",
        "Next stage: Run, stage 2 (run_2), possible from 2025-03-12",
        "Step-backs in a row: 1 (a physio is advised at 2)",
        "Improvement check: 3 morning scores, too few or too recent (needs 4 scores over 4 weeks)",
        "Sessions of this program in the last 14 days: 4",
        "  2025-03-01 completed; session pain ? (no pain recorded); full dose;"
        " no check-in the morning after; before the last change",
        "  2025-03-03 completed; pain before 1; pain worst 4; pain after 1; session pain 4 (amber);"
        " full dose; morning after 3 (baseline 1, week ?): ease off, rose overnight;"
        " before the last change",
        "  2025-03-05 ended early (nerve symptoms); pain before 1; pain worst 7; pain after 1;"
        " session pain 7 (over the limit); symptoms: nerve symptoms; not the full dose;"
        " no check-in the morning after; before the last change",
        "  2025-03-08 completed; pain before 1; pain after 1; session pain 1 (green); full dose;"
        " morning after 1 (baseline 1, week ?): fine",
        "Progress needs 2 sessions in a row after the last change at pain 2 or below (or 3 with"
        " pain falling over two weeks), each in full, without symptoms and fine the next morning",
    ]


def test_explain_the_improvement_check_and_a_stage_not_yet_started() -> None:
    sessions = [session(n, pain_before=4, program_id="other") for n in (1, 8, 15, 22, 29)]
    lines = explain(STAGE_1, LIBRARY, sessions, [], PainModel(), date(2025, 4, 1))
    assert lines[2] == "Next stage: Run, stage 2 (run_2), possible 7 days after the first session"
    assert lines[4] == (
        "Improvement check (all programs): 5 morning scores since 2025-03-01, about 4 at first"
        " and 4 lately: not improved (improved means 2 or below, or 2 points or 30 % better)"
    )
    better = [session(n, pain_before=p) for n, p in ((1, 4), (8, 4), (15, 1), (22, 1))]
    lines = explain(STAGE_1, LIBRARY, better, [], PainModel(), date(2025, 4, 1))
    assert lines[4].endswith("about 4 at first and 1 lately: improved (improved means 2 or"
                             " below, or 2 points or 30 % better)")  # fmt: skip


def test_explain_an_acute_program_and_one_without_a_place() -> None:
    acute = msgspec.structs.replace(STAGE_1, ladder=Ladder(0, Track.ACUTE), next_stage="run_2")
    lines = explain(acute, LIBRARY, [], [], PainModel(), D)
    assert lines[0] == "Program Run, stage 1 (run_1): pain limit 5, rung 0 of the acute track"
    assert lines[1] == "No changes recorded yet"
    assert lines[2] == "Next stage: Run, stage 2 (run_2), possible once nothing can grow"
    assert lines[5] == "Sessions of this program in the last 14 days: 0 (none)"
    plain = msgspec.structs.replace(STAGE_1, ladder=None, pain_ceiling=3)
    lines = explain(plain, LIBRARY, [], [], PainModel(), D)
    assert lines[0] == "Program Run, stage 1 (run_1): pain limit 3"
    assert not any(line.startswith("Next stage") for line in lines)


def test_explain_at_the_edges_of_its_windows() -> None:
    sore = session(20, pain_worst=5)
    sore.items[0].pain_reports.append(PainReport(1.0, 3, sharp=True, spreading=True))
    sessions = [session(n, pain_before=4) for n in (1, 8, 15, 22)] + [sore, session(29)]
    checkins = [Checkin(date(2025, 3, d), date(2025, 3, d - 1), 3, 3) for d in (2, 9, 16)]
    checkins += [
        Checkin(date(2025, 3, d), date(2025, 3, d - 1), p, p) for d, p in ((24, 2), (26, 4))
    ]
    checkins.append(Checkin(date(2025, 3, 30), date(2025, 3, 29), 1, 1))
    lines = explain(STAGE_1, LIBRARY, sessions, checkins, PainModel(), date(2025, 3, 29))
    # Exactly four weeks of scores are enough; a session exactly 14 days back is listed.
    assert lines[4].startswith(
        "Improvement check (all programs): 6 morning scores since 2025-03-01"
    )
    assert lines[5] == "Sessions of this program in the last 14 days: 4"
    assert lines[6].startswith("  2025-03-15 completed")
    assert lines[7] == (
        "  2025-03-20 completed; pain before 1; pain worst 5; pain after 1; session pain 5 (amber);"
        " symptoms: spreading, sharp; full dose; no check-in the morning after"
    )
    assert lines[9].endswith("morning after 1 (baseline 1, week 3): fine")
