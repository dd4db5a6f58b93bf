"""Safety decisions that stay in force between sessions (kept in the settings file).

Caution and routine answers are kept with their dates and asked again after REASK_AFTER_DAYS;
caution answers lock the return-to-run programs until the user says a clinician checked them.
A session stopped for symptoms (spreading, nerve, sharp or very high pain) opens a watch: no
progression while it is open, and the next session or morning asks whether the symptoms
settled. Pure functions: the caller stores the new state (and logs what happened).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

import msgspec

from rehab_app.core.models import Adaptation, Exercise, Program, ProgramItem, Safety, Tier, Track
from rehab_app.core.safety.rules import raised_flags
from rehab_app.core.session.record import SessionRecord

REASK_AFTER_DAYS = 14
# Tiers kept in force after a screening (blocking tiers are kept as settings.blocked_tier).
NOTED_TIERS = frozenset({Tier.CAUTION, Tier.ROUTINE})


class Symptom(enum.StrEnum):
    """What a symptom stop was about."""

    SPREADING = "spreading"
    NERVE = "nerve_symptoms"
    SHARP = "sharp"
    HIGH_PAIN = "high_pain"


# End reasons (stop rule ids) that mean very high pain, and the report fields that are symptoms.
HIGH_PAIN_REASONS = frozenset({"pain_limit"})
_REPORT_SYMPTOMS = (
    ("spreading", Symptom.SPREADING),
    ("nerve_symptoms", Symptom.NERVE),
    ("sharp", Symptom.SHARP),
)


class Noted(msgspec.Struct, frozen=True, forbid_unknown_fields=False):
    """A caution or routine answer in force: first and latest Yes, and a clinician's check."""

    flag: str
    tier: str
    since: str
    asked: str
    checked: str | None = None


class SymptomWatch(msgspec.Struct, frozen=True, forbid_unknown_fields=False):
    """Symptoms a session stopped for, until the user says they settled."""

    day: str
    symptoms: tuple[str, ...]
    rule_id: str = ""
    session_id: int | None = None
    asked: str | None = None
    settled: bool | None = None


class SafetyState(msgspec.Struct, frozen=True, forbid_unknown_fields=False):
    """Everything the safety rules keep between sessions, besides settings.blocked_tier."""

    noted: tuple[Noted, ...] = ()
    watch: SymptomWatch | None = None
    blocked_on: str | None = None
    block_reason: str = ""
    screened_on: str | None = None
    # The questions of the last full screening: a newer question list asks the full list again.
    screened_flags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Lock:
    """Why the return-to-run programs are locked: a caution answer or unsettled symptoms."""

    kind: str  # "caution" or "symptoms"
    code: str  # the flag id, or the symptoms joined by ","
    since: str


# --- answers ------------------------------------------------------------------------------


def record_answers(
    state: SafetyState, safety: Safety, answers: Mapping[str, bool], day: date
) -> SafetyState:
    """The state after screening `answers` on `day` (questions not asked are left as they were)."""
    counted = {flag.id for flag in raised_flags(safety, answers)}
    kept = {n.flag: n for n in state.noted}
    for flag in safety.red_flags:
        if flag.id not in answers or flag.tier not in NOTED_TIERS:
            continue
        if flag.id in counted:
            old = kept.get(flag.id)
            since = old.since if old is not None else day.isoformat()
            checked = old.checked if old is not None else None
            kept[flag.id] = Noted(flag.id, flag.tier.value, since, day.isoformat(), checked)
        else:
            kept.pop(flag.id, None)
    order = [f.id for f in safety.red_flags]
    noted = tuple(
        sorted(kept.values(), key=lambda n: order.index(n.flag) if n.flag in order else 0)
    )
    if not all(flag.id in answers for flag in safety.red_flags):
        return msgspec.structs.replace(state, noted=noted)
    return msgspec.structs.replace(
        state, noted=noted, screened_on=day.isoformat(), screened_flags=tuple(sorted(answers))
    )


def due_for_reask(state: SafetyState, day: date) -> tuple[str, ...]:
    """Flags answered Yes at least REASK_AFTER_DAYS ago: ask them again before a session."""
    limit = (day - timedelta(days=REASK_AFTER_DAYS)).isoformat()
    return tuple(n.flag for n in state.noted if n.asked <= limit)


def mark_checked(state: SafetyState, flag: str, day: date) -> SafetyState:
    """The user says a clinician has checked `flag`: it no longer locks return-to-run."""
    noted = tuple(
        msgspec.structs.replace(n, checked=day.isoformat()) if n.flag == flag else n
        for n in state.noted
    )
    return msgspec.structs.replace(state, noted=noted)


def return_to_run_locks(state: SafetyState) -> tuple[Lock, ...]:
    """Why return-to-run programs may not start now; empty when they may."""
    locks = [
        Lock("caution", n.flag, n.since)
        for n in state.noted
        if n.tier == Tier.CAUTION.value and n.checked is None
    ]
    watch = state.watch
    if watch is not None and watch.settled is False:
        locks.append(Lock("symptoms", ",".join(watch.symptoms), watch.day))
    return tuple(locks)


def locks_for(program: Program, state: SafetyState) -> tuple[Lock, ...]:
    """The locks that keep `program` from starting (only return-to-run programs are locked)."""
    ladder = program.ladder
    if ladder is None or ladder.track is not Track.RETURN_TO_RUN:
        return ()
    return return_to_run_locks(state)


# --- blocks --------------------------------------------------------------------------------


def with_block(state: SafetyState, reason: str, day: date) -> SafetyState:
    """Remember why and when sessions were blocked (the tier itself is settings.blocked_tier)."""
    return msgspec.structs.replace(state, blocked_on=day.isoformat(), block_reason=reason)


def without_block(state: SafetyState) -> SafetyState:
    """The block was lifted: the user says a clinician saw them."""
    return msgspec.structs.replace(state, blocked_on=None, block_reason="")


# --- symptom stops -------------------------------------------------------------------------


def session_symptoms(record: SessionRecord) -> tuple[Symptom, ...]:
    """The symptoms reported in `record`, in a fixed order (empty for an ordinary session)."""
    found: set[Symptom] = set()
    for item in record.items:
        for report in item.pain_reports:
            found.update(s for name, s in _REPORT_SYMPTOMS if getattr(report, name))
    if record.end_reason in HIGH_PAIN_REASONS:
        found.add(Symptom.HIGH_PAIN)
    return tuple(s for s in Symptom if s in found)


def symptom_session(record: SessionRecord) -> bool:
    """True for a session with spreading, nerve or sharp-pain reports, or ended for high pain.

    Such a session never counts as a good (green) one for progression.
    """
    return bool(session_symptoms(record))


def symptom_stop_on(records: Iterable[SessionRecord], day: date) -> bool:
    """True when a session on `day` had a symptom stop: no progression is suggested that day."""
    return any(r.local_date == day.isoformat() and symptom_session(r) for r in records)


def after_session(state: SafetyState, record: SessionRecord) -> SafetyState:
    """Open (or add to) the symptom watch when `record` had symptoms; otherwise no change."""
    symptoms = session_symptoms(record)
    if not symptoms:
        return state
    old = state.watch
    merged = set(symptoms) | (set(old.symptoms) if old is not None else set())
    watch = SymptomWatch(
        day=record.local_date,
        symptoms=tuple(s.value for s in Symptom if s.value in merged),
        rule_id=record.end_reason,
        session_id=record.session_id,
    )
    return msgspec.structs.replace(state, watch=watch)


def followup_due(state: SafetyState, day: date) -> bool:
    """True on a later day than the stop when the settled question was not asked yet today."""
    watch = state.watch
    if watch is None:
        return False
    return watch.day < day.isoformat() and watch.asked != day.isoformat()


def after_followup(state: SafetyState, settled: bool, day: date) -> SafetyState:
    """The answer to "have those symptoms settled?": Yes closes the watch, No keeps it locked."""
    if state.watch is None:
        return state
    if settled:
        return msgspec.structs.replace(state, watch=None)
    watch = msgspec.structs.replace(state.watch, asked=day.isoformat(), settled=False)
    return msgspec.structs.replace(state, watch=watch)


def progress_paused(state: SafetyState) -> bool:
    """True while a symptom watch is open: no progression is offered."""
    return state.watch is not None


# --- adaptations ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Change:
    """One program item replaced (or, with `replacement` None, left out) by an adaptation."""

    item: int
    exercise: str
    replacement: str | None
    adaptation: str


@dataclass(frozen=True, slots=True)
class Adapted:
    """A program with today's adaptations applied, and what changed."""

    program: Program
    changes: tuple[Change, ...] = ()


def active_adaptations(state: SafetyState, safety: Safety) -> tuple[Adaptation, ...]:
    """The adaptations whose caution answers are in force (a clinician's check does not end them)."""
    noted = {n.flag for n in state.noted}
    return tuple(a for a in safety.adaptations if noted.intersection(a.flags))


def adapt_program(
    program: Program, adaptations: Iterable[Adaptation], exercises: Mapping[str, Exercise]
) -> Adapted:
    """`program` with every exercise an adaptation avoids replaced, never twice in a row."""
    rules = tuple(adaptations)
    if not rules:
        return Adapted(program)
    items: list[ProgramItem] = []
    changes: list[Change] = []
    originals = [item.exercise for item in program.items]
    for index, item in enumerate(program.items):
        exercise = exercises.get(item.exercise)
        rule = next(
            (a for a in rules if exercise is not None and a.avoid in exercise.safety_tags), None
        )
        if rule is None:
            items.append(item)
            continue
        avoided = {a.avoid for a in rules}
        neighbours = {items[-1].exercise if items else "", *originals[index + 1 : index + 2]}
        candidates = [
            c
            for c in (*rule.instead.get(item.exercise, ()), *rule.default)
            if c in exercises and not avoided.intersection(exercises[c].safety_tags)
        ]
        choice = next((c for c in candidates if c not in neighbours), None)
        changes.append(Change(index, item.exercise, choice, rule.id))
        if choice is not None:
            # The replacement brings its own dose: the old item's overrides were for another exercise.
            items.append(ProgramItem(exercise=choice, rest_after_s=item.rest_after_s))
    if not changes:
        return Adapted(program)
    return Adapted(msgspec.structs.replace(program, items=tuple(items)), tuple(changes))
