"""Pain-guided changes after sessions (the pain-monitoring model): one suggestion at a time."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import msgspec

from rehab_app.core.history_schema import Checkin
from rehab_app.core.loader import Library
from rehab_app.core.models import (
    ChangeKind,
    DosageOverride,
    PainModel,
    Program,
    ProgramChange,
    ProgramItem,
)
from rehab_app.core.plan import dosage_problem, effective_dosage
from rehab_app.core.record import Outcome, SessionRecord

REPS_CAP, REPS_STEP = 20, 2
HOLD_CAP, HOLD_STEP, HOLD_FLOOR = 60, 5, 5
SETS_CAP = 5
# "No improvement in 4-6 weeks": the window is the pain model's weeks, but at least this long.
MIN_WEEKS_WITHOUT_IMPROVEMENT = 4
MIN_SESSIONS_WITHOUT_IMPROVEMENT = 4
# A bad session older than this, with no change since, is history rather than a reason to step back.
LOOKBACK = timedelta(days=14)
FLARE_UP_SUFFIX = " (flare-up day)"


class SuggestionKind(enum.StrEnum):
    """What the app suggests doing with the program."""

    PROGRESS = "progress"
    REPEAT = "repeat"
    STEP_BACK = "step_back"
    SEE_PHYSIO = "see_physio"


@dataclass(frozen=True)
class Suggestion:
    """One suggested change; `reason` is shown to the user, `summary` goes into the record."""

    kind: SuggestionKind
    item_index: int | None
    reason: str
    new_dosage: DosageOverride | None = None
    new_exercise: str | None = None
    summary: str = ""


@dataclass(frozen=True)
class _Change:
    """A possible change to one item: new override and/or exercise, in words."""

    dosage: DosageOverride
    exercise: str | None
    action: str
    summary: str


def session_pain(record: SessionRecord) -> int | None:
    """The worst pain of a session: pain after, or any "it hurts" report, whichever is higher."""
    values = [r.pain for item in record.items for r in item.pain_reports]
    if record.pain_after is not None:
        values.append(record.pain_after)
    return max(values) if values else None


def _day(record: SessionRecord) -> date:
    return date.fromisoformat(record.local_date)


def _morning(record: SessionRecord, checkins: dict[date, Checkin]) -> tuple[int, int | None] | None:
    """Next-morning pain and the baseline it is compared to, if the check-in was answered."""
    found = checkins.get(_day(record) + timedelta(days=1))
    if found is None:
        return None
    baseline = found.compared_to if found.compared_to is not None else record.pain_before
    return found.pain, baseline


def _change_day(change: ProgramChange) -> date | None:
    try:
        return date.fromisoformat(change.date)
    except ValueError:
        return None


def _last_change(program: Program, kinds: Sequence[ChangeKind] = tuple(ChangeKind)) -> date | None:
    days = [d for c in program.changes if c.kind in kinds and (d := _change_day(c)) is not None]
    return max(days, default=None)


def _and_list(values: Sequence[object]) -> str:
    words = [str(v) for v in values]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _date(day: date) -> str:
    return f"{day.day} {day:%B}"


def _num(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _name(library: Library, exercise_id: str) -> str:
    found = library.exercises.get(exercise_id)
    return found.name if found is not None else exercise_id


def _reps_text(reps: int | tuple[int, ...]) -> str:
    return "-".join(map(str, reps)) if isinstance(reps, tuple) else str(reps)


def _options(
    program: Program, library: Library, index: int, grow: bool, easier_first: bool = False
) -> list[_Change]:
    """Valid one-variable changes to an item, in the order they are tried."""
    item = program.items[index]
    exercise = library.exercises.get(item.exercise)
    if exercise is None:
        return []
    name, dosage = exercise.name, effective_dosage(exercise.dosage, item.dosage)
    reps, hold, sets = dosage.reps, dosage.hold_s, dosage.sets
    candidates: list[tuple[dict[str, object], str, str]] = []
    if isinstance(reps, tuple):
        new_reps = tuple(min(REPS_CAP, r + 1) if grow else max(1, r - 1) for r in reps)
        words = "one more rep in each set of" if grow else "one rep fewer in each set of"
        change = f"{_reps_text(reps)} → {_reps_text(new_reps)}"
        text = f"{words} {name} ({change})"
        candidates.append(({"reps": new_reps, "sets": len(new_reps)}, text, f"reps {change}"))
    elif reps is not None:
        new_int = min(REPS_CAP, reps + REPS_STEP) if grow else max(1, reps - REPS_STEP)
        verb = f"add {new_int - reps} reps to" if grow else f"do {reps - new_int} reps fewer of"
        text = f"{verb} {name} ({reps} → {new_int})"
        candidates.append(({"reps": new_int}, text, f"reps {reps} → {new_int}"))
    if hold is not None:
        new_hold = min(HOLD_CAP, hold + HOLD_STEP) if grow else max(HOLD_FLOOR, hold - HOLD_STEP)
        text = f"hold {name} for {new_hold} seconds instead of {hold}"
        candidates.append(({"hold_s": new_hold}, text, f"hold {hold} s → {new_hold} s"))
    if isinstance(reps, tuple):
        if not grow and sets > 1:
            fewer = reps[:-1]
            text = f"do {sets - 1} sets of {name} instead of {sets} ({_reps_text(fewer)})"
            candidates.append(
                ({"sets": sets - 1, "reps": fewer}, text, f"sets {sets} → {sets - 1}")
            )
    else:
        new_sets = min(SETS_CAP, sets + 1) if grow else max(1, sets - 1)
        text = f"do {new_sets} sets of {name} instead of {sets}"
        candidates.append(({"sets": new_sets}, text, f"sets {sets} → {new_sets}"))
    found: list[_Change] = []
    for changes, text, summary in candidates:
        new = msgspec.structs.replace(item.dosage, **changes)
        after = effective_dosage(exercise.dosage, new)
        if after != dosage and dosage_problem(exercise, after) is None:
            found.append(_Change(new, None, text, f"{name}: {summary}"))
    variants = [v for v in (exercise.harder if grow else exercise.easier) if v in library.exercises]
    if variants:
        other = _name(library, variants[0])
        text = f"move on from {name} to {other}" if grow else f"swap {name} for the easier {other}"
        change_ = _Change(DosageOverride(), variants[0], text, f"{name} → {other}")
        if easier_first:
            found.insert(0, change_)
        else:
            found.append(change_)
    return found


def _suggest(kind: SuggestionKind, index: int, head: str, change: _Change) -> Suggestion:
    reason = f"{head}: {change.action}."
    return Suggestion(kind, index, reason, change.dosage, change.exercise, change.summary)


def _physio(
    program: Program,
    done: list[SessionRecord],
    mornings: dict[date, Checkin],
    pm: PainModel,
    today: date,
) -> Suggestion | None:
    run = 0
    for change in reversed(program.changes):
        if change.kind == ChangeKind.REPEAT:
            continue
        if change.kind != ChangeKind.STEP_BACK:
            break
        run += 1
    advice = "Please see a physiotherapist or your GP before you change the program again."
    if run >= pm.step_backs_before_physio:
        reason = f"You have had to step back {run} times in a row. {advice}"
        summary = f"Advised to see a physio after {run} step-backs in a row"
        return Suggestion(SuggestionKind.SEE_PHYSIO, None, reason, summary=summary)
    advised = _last_change(program, (ChangeKind.SEE_PHYSIO,))
    weeks = max(pm.weeks_without_improvement, MIN_WEEKS_WITHOUT_IMPROVEMENT)
    start = today - timedelta(weeks=weeks)
    points = []
    for record in done:
        if _day(record) < start or (advised is not None and _day(record) <= advised):
            continue
        morning = _morning(record, mornings)
        value = morning[0] if morning is not None else record.pain_before
        if value is not None:
            points.append((_day(record), value))
    long_enough = timedelta(weeks=min(weeks, MIN_WEEKS_WITHOUT_IMPROVEMENT))
    if len(points) < MIN_SESSIONS_WITHOUT_IMPROVEMENT or today - points[0][0] < long_enough:
        return None
    half = len(points) // 2
    early = sum(v for _, v in points[:half]) / half
    late = sum(v for _, v in points[half:]) / (len(points) - half)
    if late <= pm.green_max or late < early:
        return None
    span = (today - points[0][0]).days // 7
    reason = (
        f"Your back pain has not improved over the last {span} weeks (about {_num(early)} out "
        f"of 10 at first, {_num(late)} lately). {advice}"
    )
    summary = f"Advised to see a physio: no improvement in {span} weeks"
    return Suggestion(SuggestionKind.SEE_PHYSIO, None, reason, summary=summary)


def _worst_item(record: SessionRecord, program: Program) -> int:
    """The program item with the highest pain report in `record`, else the last item."""
    reports = [(r.pain, -n, item) for n, item in enumerate(record.items) for r in item.pain_reports]
    if not reports:
        return len(program.items) - 1
    worst = max(reports, key=lambda t: (t[0], t[1]))[2]
    ids = {worst.exercise_id, worst.variant_of}
    index = worst.item_index
    if 0 <= index < len(program.items) and program.items[index].exercise in ids:
        return index
    same = [n for n, item in enumerate(program.items) if item.exercise in ids]
    return same[0] if same else len(program.items) - 1


def _step_back(
    program: Program,
    library: Library,
    done: list[SessionRecord],
    mornings: dict[date, Checkin],
    pm: PainModel,
    today: date,
) -> Suggestion | None:
    cut = _last_change(program)
    ceiling = min(program.pain_ceiling, pm.amber_max)
    for record in reversed(done):
        day, pain = _day(record), session_pain(record)
        morning = _morning(record, mornings)
        rise = None if morning is None or morning[1] is None else morning[0] - morning[1]
        # Evidence the last change already answered, or too old to act on, ends the search.
        if (cut is not None and day + timedelta(days=1) <= cut) or day < today - LOOKBACK:
            break
        if pain is not None and pain > ceiling and (cut is None or day > cut):
            when = "Your last session" if record is done[-1] else f"Your session on {_date(day)}"
            head = f"{when} reached pain {pain}, above your limit of {ceiling}"
            easier_first = True
        elif morning is not None and rise is not None and rise >= pm.next_morning_rise:
            head = (
                f"The morning after your session on {_date(day)} your pain was {morning[0]}, "
                f"up {rise} from {morning[1]}"
            )
            easier_first = False
        elif rise is not None and (pain is None or pain <= ceiling):
            break  # a session the back took well: what came before it is settled
        else:
            continue
        index = _worst_item(record, program)
        options = _options(program, library, index, grow=False, easier_first=easier_first)
        if options:
            return _suggest(SuggestionKind.STEP_BACK, index, head, options[0])
        name = _name(library, program.items[index].exercise)
        reason = (
            f"{head}, and {name} cannot be made any easier. "
            "Please see a physiotherapist or your GP."
        )
        summary = f"Advised to see a physio: {name} cannot be made easier"
        return Suggestion(SuggestionKind.SEE_PHYSIO, index, reason, summary=summary)
    return None


def _full_dose(record: SessionRecord, program: Program) -> bool:
    """Done completely, as the program stands (not a flare-up day or a swapped variant)."""
    planned = [item.exercise for item in program.items]
    done = [item.exercise_id for item in record.items]
    plain = all(item.variant_of is None and not item.skipped for item in record.items)
    return record.outcome is Outcome.COMPLETED and plain and done == planned


def _progress(
    program: Program,
    library: Library,
    fresh: list[SessionRecord],
    mornings: dict[date, Checkin],
    pm: PainModel,
) -> Suggestion | None:
    need = pm.green_sessions_to_progress
    recent = fresh[-need:]
    if len(recent) < need:
        return None
    pains = []
    for record in recent:
        pain, morning = session_pain(record), _morning(record, mornings)
        if pain is None or pain > pm.green_max or not _full_dose(record, program):
            return None
        if morning is None or morning[1] is None or morning[0] > morning[1]:
            return None
        pains.append(pain)
    last = [c for c in program.changes if c.kind == ChangeKind.PROGRESS and c.item is not None]
    start = (last[-1].item or 0) + 1 if last else 0
    sessions = "session was" if need == 1 else f"{'two' if need == 2 else need} sessions were"
    head = (
        f"Your last {sessions} at pain {_and_list(pains)} and your back was fine the next morning"
    )
    for k in range(len(program.items)):
        index = (start + k) % len(program.items)
        options = _options(program, library, index, grow=True)
        if options:
            return _suggest(SuggestionKind.PROGRESS, index, head, options[0])
    return None


def _repeat(
    fresh: list[SessionRecord], mornings: dict[date, Checkin], pm: PainModel
) -> Suggestion | None:
    if not fresh:
        return None
    pain, morning = session_pain(fresh[-1]), _morning(fresh[-1], mornings)
    keep = "keep the program as it is for now"
    if pain is not None and pm.green_max < pain <= pm.amber_max:
        reason = (
            f"Your last session was at pain {pain}: acceptable, but not low enough to progress. "
            f"{keep.capitalize()}."
        )
    elif morning is not None and morning[1] is not None and morning[0] > morning[1]:
        reason = (
            f"The morning after your last session your pain was {morning[0]}, a little above "
            f"your {morning[1]} before: {keep}."
        )
    else:
        return None
    summary = f"Kept the same (session pain {pain})" if pain is not None else "Kept the same"
    return Suggestion(SuggestionKind.REPEAT, None, reason, summary=summary)


def suggest(
    program: Program,
    library: Library,
    sessions: Sequence[SessionRecord],
    checkins: Sequence[Checkin],
    pain_model: PainModel,
    today: date,
) -> Suggestion | None:
    """The one change the pain model suggests after this program's sessions (newest last), or None."""
    # Sessions up to the latest recorded change were acted on then, so they are not counted again.
    done = [
        s for s in sessions if s.program_id == program.id and s.outcome is not Outcome.IN_PROGRESS
    ]
    mornings = {c.day: c for c in checkins}
    cut = _last_change(program)
    fresh = [s for s in done if cut is None or _day(s) > cut]
    return (
        _physio(program, done, mornings, pain_model, today)
        or _step_back(program, library, done, mornings, pain_model, today)
        or _progress(program, library, fresh, mornings, pain_model)
        or _repeat(fresh, mornings, pain_model)
    )


def apply(program: Program, suggestion: Suggestion, today: date) -> Program:
    """The program with the suggestion carried out and recorded in its `changes`."""
    items = list(program.items)
    index = suggestion.item_index
    if index is not None and (suggestion.new_dosage is not None or suggestion.new_exercise):
        item = items[index]
        items[index] = msgspec.structs.replace(
            item,
            exercise=suggestion.new_exercise or item.exercise,
            dosage=suggestion.new_dosage if suggestion.new_dosage is not None else item.dosage,
        )
    text = (suggestion.summary or suggestion.reason)[:4000]
    change = ProgramChange(today.isoformat(), ChangeKind(suggestion.kind.value), text, index)
    return msgspec.structs.replace(program, items=tuple(items), changes=(*program.changes, change))


def decline(program: Program, suggestion: Suggestion, today: date) -> Program:
    """The program unchanged: a declined suggestion leaves no record."""
    return program


def _two_thirds(n: int) -> int:
    return max(1, round(n * 2 / 3))


def flare_up(program: Program, library: Library) -> Program:
    """Today's easier program: each item with an easier variant uses it, with a third less volume."""
    items: list[ProgramItem] = []
    for item in program.items:
        exercise = library.exercises.get(item.exercise)
        easier = [e for e in (exercise.easier if exercise else ()) if e in library.exercises]
        if not easier:
            items.append(item)
            continue
        dosage = item.dosage
        if isinstance(dosage.reps, tuple):
            dosage = msgspec.structs.replace(dosage, reps=tuple(map(_two_thirds, dosage.reps)))
        else:
            reps = None if dosage.reps is None else _two_thirds(dosage.reps)
            sets = None if dosage.sets is None else _two_thirds(dosage.sets)
            dosage = msgspec.structs.replace(dosage, reps=reps, sets=sets)
        variant = library.exercises[easier[0]]
        if dosage_problem(variant, effective_dosage(variant.dosage, dosage)) is not None:
            dosage = DosageOverride()
        items.append(msgspec.structs.replace(item, exercise=variant.id, dosage=dosage))
    name = program.name[: 200 - len(FLARE_UP_SUFFIX)] + FLARE_UP_SUFFIX
    # A translated name would hide the flare-up mark, so only the plain name is kept.
    return msgspec.structs.replace(program, name=name, name_i18n={}, items=tuple(items))
