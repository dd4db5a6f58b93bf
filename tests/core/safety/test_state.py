"""Safety decisions that stay in force: cautions, symptom watches, locks and adaptations (no Qt)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from rehab_app.core.content.loader import Library, load_library
from rehab_app.core.models import SafetyTag
from rehab_app.core.paths import AppPaths
from rehab_app.core.safety.state import (
    REASK_AFTER_DAYS,
    SafetyState,
    Symptom,
    active_adaptations,
    adapt_program,
    after_followup,
    after_session,
    due_for_reask,
    followup_due,
    mark_checked,
    progress_paused,
    record_answers,
    return_to_run_locks,
    symptom_session,
    symptom_stop_on,
)
from rehab_app.core.session.plan import build_plan
from rehab_app.core.session.record import ExerciseRecord, Outcome, PainReport, SessionRecord

DAY = date(2025, 3, 3)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return load_library(AppPaths.create(tmp_path_factory.mktemp("data")))


def _all_no(library: Library) -> dict[str, bool]:
    assert library.safety is not None
    return {f.id: False for f in library.safety.red_flags}


def _session(day: date, *reports: PainReport, end_reason: str = "") -> SessionRecord:
    item = ExerciseRecord(0, "bird_dog", "Bird dog", 3, 5, 60, pain_reports=list(reports))
    return SessionRecord(
        program_id="core_stability_1",
        program_name="Core stability, stage 1",
        program_snapshot="",
        started_utc=datetime(day.year, day.month, day.day, 9, tzinfo=UTC),
        local_date=day.isoformat(),
        planned_s=600,
        items=[item],
        outcome=Outcome.ENDED_EARLY if end_reason else Outcome.COMPLETED,
        end_reason=end_reason,
        session_id=7,
    )


# --- caution answers ---------------------------------------------------------------------


def test_a_caution_answer_is_kept_with_its_date_and_locks_return_to_run(library: Library) -> None:
    assert library.safety is not None
    answers = {**_all_no(library), "rf_leg_symptoms": True}
    state = record_answers(SafetyState(), library.safety, answers, DAY)
    [noted] = state.noted
    assert (noted.flag, noted.since, noted.asked, noted.checked) == (
        "rf_leg_symptoms",
        DAY.isoformat(),
        DAY.isoformat(),
        None,
    )
    locks = return_to_run_locks(state)
    assert [lock.code for lock in locks] == ["rf_leg_symptoms"]
    assert state.screened_on == DAY.isoformat()


def test_paired_questions_are_noted_only_together(library: Library) -> None:
    assert library.safety is not None
    only_age = {**_all_no(library), "rf_age_band": True}
    assert record_answers(SafetyState(), library.safety, only_age, DAY).noted == ()
    both = {**only_age, "rf_first_episode": True}
    state = record_answers(SafetyState(), library.safety, both, DAY)
    assert {n.flag for n in state.noted} == {"rf_age_band", "rf_first_episode"}


def test_routine_answers_are_noted_but_do_not_lock(library: Library) -> None:
    assert library.safety is not None
    answers = {**_all_no(library), "rf_morning_stiffness": True, "rf_early_onset": True}
    state = record_answers(SafetyState(), library.safety, answers, DAY)
    assert {n.tier for n in state.noted} == {"routine"}
    assert return_to_run_locks(state) == ()


def test_cautions_are_asked_again_after_14_days(library: Library) -> None:
    assert library.safety is not None
    answers = {**_all_no(library), "rf_pregnant": True}
    state = record_answers(SafetyState(), library.safety, answers, DAY)
    assert REASK_AFTER_DAYS == 14
    assert due_for_reask(state, DAY + timedelta(days=13)) == ()
    assert due_for_reask(state, DAY + timedelta(days=14)) == ("rf_pregnant",)
    later = DAY + timedelta(days=15)
    again = record_answers(state, library.safety, {"rf_pregnant": True}, later)
    [noted] = again.noted
    assert (noted.since, noted.asked) == (DAY.isoformat(), later.isoformat())
    assert again.screened_on == DAY.isoformat(), "a re-ask of a few questions is no full screening"
    cleared = record_answers(state, library.safety, {"rf_pregnant": False}, later)
    assert cleared.noted == ()


def test_checked_by_a_clinician_unlocks_but_keeps_the_adaptation(library: Library) -> None:
    assert library.safety is not None
    answers = {**_all_no(library), "rf_pregnant": True}
    state = mark_checked(
        record_answers(SafetyState(), library.safety, answers, DAY), "rf_pregnant", DAY
    )
    assert return_to_run_locks(state) == ()
    assert [a.id for a in active_adaptations(state, library.safety)] == ["pregnancy"]
    # Answering Yes again later keeps the clinician's check.
    again = record_answers(state, library.safety, {"rf_pregnant": True}, DAY + timedelta(15))
    assert again.noted[0].checked == DAY.isoformat()


# --- symptom stops -------------------------------------------------------------------------


def test_a_symptom_stop_is_watched_until_it_has_settled() -> None:
    report = PainReport(at_s=30, pain=4, nerve_symptoms=True, rule_id="nerve_symptoms")
    record = _session(DAY, report, end_reason="nerve_symptoms")
    assert symptom_session(record)
    state = after_session(SafetyState(), record)
    assert state.watch is not None
    assert state.watch.symptoms == (Symptom.NERVE.value,)
    assert progress_paused(state)
    assert not followup_due(state, DAY), "the same day the home banner says it; no question yet"
    tomorrow = DAY + timedelta(days=1)
    assert followup_due(state, tomorrow)
    still = after_followup(state, False, tomorrow)
    assert not followup_due(still, tomorrow), "asked once a day"
    assert [lock.kind for lock in return_to_run_locks(still)] == ["symptoms"]
    assert progress_paused(still)
    settled = after_followup(still, True, tomorrow + timedelta(days=1))
    assert settled.watch is None
    assert not progress_paused(settled)
    assert return_to_run_locks(settled) == ()


@pytest.mark.parametrize(
    ("report", "end_reason", "expected"),
    [
        (PainReport(at_s=0, pain=3, spreading=True), "", (Symptom.SPREADING,)),
        (PainReport(at_s=0, pain=3, sharp=True), "", (Symptom.SHARP,)),
        (PainReport(at_s=0, pain=8), "pain_limit", (Symptom.HIGH_PAIN,)),
        (PainReport(at_s=0, pain=3), "", ()),
        (PainReport(at_s=0, pain=5), "user", ()),
    ],
)
def test_which_sessions_start_a_watch(
    report: PainReport, end_reason: str, expected: tuple[Symptom, ...]
) -> None:
    record = _session(DAY, report, end_reason=end_reason)
    state = after_session(SafetyState(), record)
    found = state.watch.symptoms if state.watch else ()
    assert found == tuple(s.value for s in expected)
    assert symptom_session(record) is bool(expected)


def test_symptom_stop_on_a_day() -> None:
    stop = _session(DAY, PainReport(at_s=0, pain=4, spreading=True))
    fine = _session(DAY + timedelta(days=1), PainReport(at_s=0, pain=2))
    assert symptom_stop_on([stop, fine], DAY)
    assert not symptom_stop_on([stop, fine], DAY + timedelta(days=1))


def test_a_second_stop_adds_to_the_watch() -> None:
    first = after_session(SafetyState(), _session(DAY, PainReport(at_s=0, pain=3, sharp=True)))
    second = after_session(
        first, _session(DAY + timedelta(1), PainReport(at_s=0, pain=3, spreading=True))
    )
    assert second.watch is not None
    assert second.watch.symptoms == ("spreading", "sharp")
    assert second.watch.day == (DAY + timedelta(1)).isoformat()


# --- adaptations ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "program_id", ["acute_relief_gentle", "daily_mobility_10", "core_stability_2"]
)
def test_pregnancy_replaces_every_face_down_exercise(library: Library, program_id: str) -> None:
    assert library.safety is not None
    answers = {**_all_no(library), "rf_pregnant": True}
    state = record_answers(SafetyState(), library.safety, answers, DAY)
    program = library.programs[program_id]
    adapted = adapt_program(program, active_adaptations(state, library.safety), library.exercises)
    ids = [item.exercise for item in adapted.program.items]
    assert not [i for i in ids if SafetyTag.FACE_DOWN in library.exercises[i].safety_tags]
    assert adapted.changes, "each shipped program named here has a face-down exercise"
    assert all(a != b for a, b in zip(ids, ids[1:], strict=False)), ids
    build_plan(adapted.program, library.exercise)  # still a valid session


def test_stenosis_replaces_back_bends_with_bending_forward(library: Library) -> None:
    assert library.safety is not None
    answers = {**_all_no(library), "rf_stenosis": True}
    state = record_answers(SafetyState(), library.safety, answers, DAY)
    program = library.programs["daily_mobility_10"]
    adapted = adapt_program(program, active_adaptations(state, library.safety), library.exercises)
    ids = [item.exercise for item in adapted.program.items]
    assert "sphinx" not in ids
    assert "prone_upper_back_stretch" not in ids
    assert {c.replacement for c in adapted.changes} <= {"childs_pose", "knee_to_chest", "open_book"}
    assert all(a != b for a, b in zip(ids, ids[1:], strict=False)), ids


def test_nothing_to_adapt_leaves_the_program_alone(library: Library) -> None:
    assert library.safety is not None
    program = library.programs["acute_relief_gentle"]
    adapted = adapt_program(
        program, active_adaptations(SafetyState(), library.safety), library.exercises
    )
    assert adapted.program is program
    assert adapted.changes == ()
