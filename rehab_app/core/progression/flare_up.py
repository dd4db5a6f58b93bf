"""A flare-up day: the program made gentler, and never longer or with more reps than usual.

Each item takes its first easier variant that is not in the day already, with a third less
volume; a variant timed differently (a walk for a walk-run) gets its own dose, cut if needed to
fit the time and reps of the item it replaces. Without a usable variant the item keeps its
exercise with a third less volume. The same exercise never comes twice in a row: two walks
side by side become one walk, anything else is dropped.
"""

from __future__ import annotations

import math

import msgspec

from rehab_app.core.content.loader import Library
from rehab_app.core.models import Dosage, DosageOverride, Exercise, Program, ProgramItem, Role
from rehab_app.core.progression.options import shape
from rehab_app.core.session.plan import SegmentKind, dosage_problem, effective_dosage, item_segments

FLARE_UP_SUFFIX = " (flare-up day)"
# A flare-up day keeps this share of an item's volume and time.
SHARE = 2 / 3
# Holds are not cut below this when fitting a variant (a shorter hold is not easier).
MIN_HOLD_S = 5
_MAX_FIT_STEPS = 200


def two_thirds(n: int) -> int:
    """A third less, rounded, never below 1 and never above `n`."""
    return min(n, max(1, round(n * SHARE)))


def cost(exercise: Exercise, dosage: Dosage) -> tuple[int, int]:
    """(seconds, reps) one item takes: its work, switches and rests between sets."""
    seconds = reps = 0
    for segment in item_segments(exercise, dosage, 0):
        seconds += segment.duration_s
        if segment.kind is SegmentKind.WORK and segment.reps:
            reps += segment.reps if segment.manual else 1
    return seconds, reps


def _lighter(dosage: Dosage) -> dict[str, object]:
    """A third less volume: fewer reps (and sets), or fewer or shorter holds."""
    reps = dosage.reps
    if isinstance(reps, tuple):
        return {"reps": tuple(two_thirds(r) for r in reps)}
    if reps is not None:
        return {"reps": two_thirds(reps), "sets": two_thirds(dosage.sets)}
    if dosage.sets > 1:
        return {"sets": two_thirds(dosage.sets)}
    if dosage.hold_s is not None:
        return {"hold_s": min(dosage.hold_s, _hold(dosage.hold_s * SHARE))}
    return {}


def _hold(seconds: float) -> int:
    """Seconds rounded to a multiple of 5 (a countdown a person can follow), at least MIN_HOLD_S."""
    return max(MIN_HOLD_S, 5 * round(seconds / 5))


def _smaller(dosage: Dosage, ratio: float) -> dict[str, object] | None:
    """One step down towards `ratio` of the volume (reps, then sets, then the hold)."""
    reps, sets, hold = dosage.reps, dosage.sets, dosage.hold_s
    if isinstance(reps, tuple) and max(reps) > 1:
        return {"reps": tuple(max(1, min(r - 1, math.floor(r * ratio))) for r in reps)}
    if isinstance(reps, int) and reps > 1:
        return {"reps": max(1, min(reps - 1, math.floor(reps * ratio)))}
    if sets > 1 and not isinstance(reps, tuple):
        return {"sets": max(1, min(sets - 1, math.floor(sets * ratio)))}
    if hold is not None and hold > MIN_HOLD_S:
        return {"hold_s": max(MIN_HOLD_S, min(hold - 5, math.floor(hold * ratio / 5) * 5))}
    return None


def fit(exercise: Exercise, dosage: Dosage, seconds: int, reps: int) -> Dosage | None:
    """`dosage` cut down until it takes at most `seconds` and `reps`, or None if it cannot."""
    for _ in range(_MAX_FIT_STEPS):
        took, counted = cost(exercise, dosage)
        if took <= seconds and counted <= reps:
            return dosage
        ratio = min(seconds / took if took else 1.0, reps / counted if counted else 1.0)
        changes = _smaller(dosage, ratio)
        if changes is None:
            return None
        dosage = msgspec.structs.replace(dosage, **changes)
    return None  # pragma: no cover - each step lowers a whole number, so this is never reached


def _override(exercise: Exercise, dosage: Dosage) -> DosageOverride:
    """The override that gives `dosage` on `exercise` (only the fields that differ)."""
    base = exercise.dosage
    fields = {
        name: value
        for name in DosageOverride.__struct_fields__
        if (value := getattr(dosage, name)) != getattr(base, name)
    }
    return DosageOverride(**fields)


def _continuous(dosage: Dosage) -> bool:
    """One unbroken hold (a walk): two of these side by side can be one."""
    return (
        dosage.reps is None
        and dosage.hold_s is not None
        and dosage.sets == 1
        and not dosage.per_side
    )


def _dose_for(
    variant: Exercise, item: ProgramItem, normal: Dosage, budget: tuple[int, int]
) -> Dosage | None:
    """The variant's flare-up dose within `budget`: the item's, lighter, if timed alike, else
    the variant's own."""
    alike = effective_dosage(variant.dosage, item.dosage)
    if shape(variant.dosage) == shape(normal) and dosage_problem(variant, alike) is None:
        start = msgspec.structs.replace(alike, **_lighter(alike))
    else:
        start = variant.dosage  # reps of a walk-run are no dose for a walk
    if dosage_problem(variant, start) is not None:
        return None
    return fit(variant, start, *budget)


def flare_up(program: Program, library: Library) -> Program:
    """Today's easier program: easier variants, a third less, and never more than a normal day."""
    items: list[ProgramItem] = []
    doses: list[Dosage] = []
    for item in program.items:
        exercise = library.exercises.get(item.exercise)
        if exercise is None:
            continue  # cannot be timed, so it cannot be shown to fit
        normal = effective_dosage(exercise.dosage, item.dosage)
        budget = cost(exercise, normal)
        used = {i.exercise for i in items}
        previous = items[-1].exercise if items else None
        chosen: tuple[Exercise, Dosage] | None = None
        for variant_id in exercise.easier:
            variant = library.exercises.get(variant_id)
            if variant is None:
                continue
            if variant_id in used and not (variant_id == previous and _continuous(doses[-1])):
                continue  # the same stretch three times is not a gentler day
            dose = _dose_for(variant, item, normal, budget)
            if dose is not None:
                chosen = (variant, dose)
                break
        if chosen is None:
            # A third less of every value never takes longer or has more reps than the item.
            chosen = (exercise, msgspec.structs.replace(normal, **_lighter(normal)))
        target, dose = chosen
        new = msgspec.structs.replace(item, exercise=target.id, dosage=_override(target, dose))
        if target.id == previous:
            if _continuous(dose) and _continuous(doses[-1]):
                items[-1], doses[-1] = _merge(items[-1], doses[-1], new, dose, target)
            continue  # the same exercise twice in a row: one is enough on a gentler day
        items.append(new)
        doses.append(dose)
    if not items:
        return program
    name = program.name[: 200 - len(FLARE_UP_SUFFIX)] + FLARE_UP_SUFFIX
    # A translated name would hide the flare-up mark, so only the plain name is kept.
    return msgspec.structs.replace(program, name=name, name_i18n={}, items=tuple(items))


def _merge(
    first: ProgramItem, first_dose: Dosage, second: ProgramItem, dose: Dosage, exercise: Exercise
) -> tuple[ProgramItem, Dosage]:
    """Two holds of the same exercise side by side as one (a warm-up walk and the walk after)."""
    assert first_dose.hold_s is not None  # both are _continuous
    assert dose.hold_s is not None
    hold = min(7200, first_dose.hold_s + dose.hold_s)
    merged = msgspec.structs.replace(first_dose, hold_s=hold)
    notes = [n for n in (first.note, second.note) if n]
    note = " ".join(dict.fromkeys(notes))[:4000] or None
    item = msgspec.structs.replace(
        first,
        dosage=_override(exercise, merged),
        rest_after_s=second.rest_after_s,
        note=note,
        role=Role.MAIN,
    )
    return item, merged
