"""The pain-monitoring model's readings of one session and one morning, shared by the check-in
dialog and the progression rules so that both always say the same thing."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from rehab_app.core.models import PainModel
from rehab_app.core.session.record import SessionRecord

# Morning pain is compared with the mornings of the week before, as well as with the day before.
MORNING_WEEK = timedelta(days=7)
# Fewer earlier mornings than this in that week make no reference (the day before still counts).
MIN_REFERENCE_MORNINGS = 2
# Reports that make a session "not green" whatever the pain number (section 1b of the model).
SYMPTOM_FLAGS = ("spreading", "nerve_symptoms", "sharp", "red_flag_symptom", "general_warning")
# End reasons that are the user's own choice, not a symptom stop.
PLAIN_ENDS = ("", "user")


class MorningKind(enum.StrEnum):
    """The 24-hour rule's answer for one morning."""

    NO_BASELINE = "no_baseline"
    FINE = "fine"
    HOLD = "hold"
    EASE_OFF = "ease_off"


class MorningCause(enum.StrEnum):
    """Why a morning says "ease off"."""

    ABOVE_AMBER = "above_amber"  # higher than the model's amber limit, whatever the baseline
    ROSE_OVERNIGHT = "rose_overnight"  # up by `next_morning_rise` on the pain before the session
    CREPT_UP = "crept_up"  # up by `next_morning_rise` on the week's mornings (a slow creep)


@dataclass(frozen=True, slots=True)
class MorningVerdict:
    """One morning's reading: its kind, the cause of an "ease off", and the numbers behind it."""

    kind: MorningKind
    pain: int
    baseline: int | None = None
    reference: float | None = None  # mean of the earlier mornings of the week, if enough
    cause: MorningCause | None = None


def week_reference(earlier: Sequence[int]) -> float | None:
    """The mean of the week's earlier morning scores, or None when there are too few."""
    if len(earlier) < MIN_REFERENCE_MORNINGS:
        return None
    return sum(earlier) / len(earlier)


def morning_verdict(
    pain: int, baseline: int | None, earlier: Sequence[int], pain_model: PainModel
) -> MorningVerdict:
    """The 24-hour rule on a morning score, against the day before and the week's mornings."""
    reference = week_reference(earlier)
    rise = pain_model.next_morning_rise

    def verdict(kind: MorningKind, cause: MorningCause | None = None) -> MorningVerdict:
        return MorningVerdict(kind, pain, baseline, reference, cause)

    if pain > pain_model.amber_max:
        return verdict(MorningKind.EASE_OFF, MorningCause.ABOVE_AMBER)
    if baseline is not None and pain - baseline >= rise:
        return verdict(MorningKind.EASE_OFF, MorningCause.ROSE_OVERNIGHT)
    if reference is not None and pain - reference >= rise:
        return verdict(MorningKind.EASE_OFF, MorningCause.CREPT_UP)
    if baseline is None:
        return verdict(MorningKind.NO_BASELINE)
    return verdict(MorningKind.FINE if pain <= baseline else MorningKind.HOLD)


def earlier_mornings(scores: Iterable[tuple[date, int]], day: date) -> list[int]:
    """Scores of the mornings in the week before `day` (not `day` itself), oldest first."""
    return [pain for when, pain in sorted(scores) if day - MORNING_WEEK <= when < day]


def session_pain(record: SessionRecord) -> int | None:
    """The worst pain of a session: the worst the user remembers, pain after, or any report."""
    values = [r.pain for item in record.items for r in item.pain_reports]
    values += [v for v in (record.pain_worst, record.pain_after) if v is not None]
    return max(values) if values else None


def ended_for_symptoms(record: SessionRecord) -> bool:
    """True when a stop rule ended the session (not the user's own choice)."""
    return record.end_reason not in PLAIN_ENDS


def symptoms(record: SessionRecord) -> tuple[str, ...]:
    """The symptom flags reported in a session, and the stop rule that ended it, if any."""
    found = [
        flag
        for flag in SYMPTOM_FLAGS
        if any(getattr(r, flag) for item in record.items for r in item.pain_reports)
    ]
    if ended_for_symptoms(record) and record.end_reason not in found:
        found.append(record.end_reason)
    return tuple(found)


def symptom_item(record: SessionRecord) -> int:
    """Index in `record.items` of the item symptoms were reported on (the worst such report),
    else the item the session was ended on."""
    reports = [
        (report.pain, -n)
        for n, item in enumerate(record.items)
        for report in item.pain_reports
        if any(getattr(report, flag) for flag in SYMPTOM_FLAGS)
    ]
    if reports:
        return -max(reports)[1]
    return min(max(record.current_item, 0), len(record.items) - 1)
