"""The pain-monitoring readings shared by the check-in dialog and the progression rules."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from rehab_app.core.history.schema import VERDICT_CREPT_UP, VERDICT_EASE_OFF, checkin_verdict
from rehab_app.core.models import PainModel
from rehab_app.core.progression.pain_monitoring import (
    MIN_REFERENCE_MORNINGS,
    MORNING_WEEK,
    MorningCause,
    MorningKind,
    MorningVerdict,
    earlier_mornings,
    ended_for_symptoms,
    morning_verdict,
    session_pain,
    symptom_item,
    symptoms,
    week_reference,
)
from rehab_app.core.session.record import ExerciseRecord, Outcome, PainReport, SessionRecord

PM = PainModel()
K, C = MorningKind, MorningCause


@pytest.mark.parametrize(
    ("pain", "baseline", "earlier", "kind", "cause", "reference"),
    [
        (2, 2, (), K.FINE, None, None),
        (1, 3, (), K.FINE, None, None),
        (3, 2, (), K.HOLD, None, None),
        (4, 2, (), K.EASE_OFF, C.ROSE_OVERNIGHT, None),
        (6, 6, (), K.EASE_OFF, C.ABOVE_AMBER, None),
        (5, 5, (), K.FINE, None, None),
        (3, None, (), K.NO_BASELINE, None, None),
        (6, None, (), K.EASE_OFF, C.ABOVE_AMBER, None),
        (5, 4, (2, 3, 4), K.EASE_OFF, C.CREPT_UP, 3.0),
        (4, 4, (2, 2), K.EASE_OFF, C.CREPT_UP, 2.0),
        (4, None, (2, 2), K.EASE_OFF, C.CREPT_UP, 2.0),
        (3, 3, (2, 2), K.FINE, None, 2.0),
        (4, 4, (2,), K.FINE, None, None),  # one morning is no week's reference
        (5, 3, (4, 4), K.EASE_OFF, C.ROSE_OVERNIGHT, 4.0),  # overnight is named first
    ],
)
def test_morning_verdict(
    pain: int,
    baseline: int | None,
    earlier: tuple[int, ...],
    kind: MorningKind,
    cause: MorningCause | None,
    reference: float | None,
) -> None:
    assert morning_verdict(pain, baseline, earlier, PM) == MorningVerdict(
        kind, pain, baseline, reference, cause
    )


def test_the_model_sets_the_rise_and_the_amber_limit() -> None:
    strict = PainModel(next_morning_rise=1, amber_max=3)
    assert morning_verdict(3, 2, (), strict).cause is C.ROSE_OVERNIGHT
    assert morning_verdict(4, 4, (), strict).cause is C.ABOVE_AMBER
    assert morning_verdict(3, 3, (2, 2), strict).cause is C.CREPT_UP


def test_the_checkin_dialog_says_the_same() -> None:
    assert checkin_verdict(5, 4, PM, (2, 3, 4)) == VERDICT_CREPT_UP
    assert checkin_verdict(5, 3, PM, (4, 4)) == VERDICT_EASE_OFF
    assert VERDICT_CREPT_UP.startswith("Ease off")


def test_week_reference_needs_two_mornings() -> None:
    assert MIN_REFERENCE_MORNINGS == 2
    assert week_reference([]) is None
    assert week_reference([3]) is None
    assert week_reference([2, 5]) == 3.5


def test_earlier_mornings_are_the_seven_days_before() -> None:
    assert MORNING_WEEK.days == 7
    today = date(2025, 3, 10)
    scores = [(date(2025, 3, d), d) for d in (2, 3, 4, 9, 10, 11)]
    assert earlier_mornings(scores, today) == [3, 4, 9]
    assert earlier_mornings(reversed(scores), today) == [3, 4, 9]


def record(**fields: object) -> SessionRecord:
    items = [ExerciseRecord(n, f"e{n}", f"E{n}", 1, 1, 1) for n in range(3)]
    made = SessionRecord("p", "P", "", datetime(2025, 3, 3, tzinfo=UTC), "2025-03-03", 60, items)
    for name, value in fields.items():
        setattr(made, name, value)
    return made


def test_session_pain_is_the_worst_of_everything_reported() -> None:
    assert session_pain(record()) is None
    assert session_pain(record(pain_after=2)) == 2
    assert session_pain(record(pain_worst=4, pain_after=2)) == 4
    assert session_pain(record(pain_worst=0)) == 0
    hurt = record(pain_after=1)
    hurt.items[2].pain_reports.append(PainReport(1.0, 6))
    assert session_pain(hurt) == 6


def test_symptoms_and_the_item_they_came_on() -> None:
    calm = record(current_item=1)
    assert (symptoms(calm), symptom_item(calm), ended_for_symptoms(calm)) == ((), 1, False)
    hurt = record()
    hurt.items[1].pain_reports.append(PainReport(1.0, 3, sharp=True))
    hurt.items[2].pain_reports.append(PainReport(2.0, 5, spreading=True, nerve_symptoms=True))
    hurt.items[0].pain_reports.append(PainReport(3.0, 9))  # no symptom
    assert symptoms(hurt) == ("spreading", "nerve_symptoms", "sharp")
    assert symptom_item(hurt) == 2
    tie = record()
    tie.items[2].pain_reports.append(PainReport(1.0, 4, sharp=True))
    tie.items[1].pain_reports.append(PainReport(2.0, 4, general_warning=True))
    assert symptom_item(tie) == 1


@pytest.mark.parametrize(
    ("reason", "stopped"),
    [("", False), ("user", False), ("nerve_symptoms", True), ("pain_limit", True)],
)
def test_a_stop_rule_end_is_a_symptom_stop(reason: str, stopped: bool) -> None:
    ended = record(outcome=Outcome.ENDED_EARLY, end_reason=reason, current_item=7)
    assert ended_for_symptoms(ended) is stopped
    assert symptoms(ended) == ((reason,) if stopped else ())
    assert symptom_item(ended) == 2  # clamped to the items there are
    flagged = record(end_reason="spreading")
    flagged.items[0].pain_reports.append(PainReport(1.0, 3, spreading=True))
    assert symptoms(flagged) == ("spreading",)
    assert symptom_item(record(current_item=-1)) == 0
