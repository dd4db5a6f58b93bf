"""One-variable changes to a program item: what "progress" may grow and how a step back eases.

"Progress" never lowers a value and never passes a cap; warm-ups and cool-downs are never
progressed. Each exercise (or program item) may say how it progresses (`progression` in the
YAML); without that, the defaults below follow the exercise's category.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import msgspec

from rehab_app.core.content.loader import Library
from rehab_app.core.models import (
    AfterCap,
    Category,
    Dosage,
    DosageOverride,
    DoseValue,
    Exercise,
    Growth,
    Program,
    ProgramItem,
    Progression,
    Role,
)
from rehab_app.core.session.plan import dosage_problem, effective_dosage

# Defaults for strength and core exercises without their own `progression`.
REPS_STEP, REPS_CAP = 2, 15
PYRAMID_STEP, PYRAMID_CAP = 1, 8  # McGill's 5-3-1 grows to 8-6-4, then moves on
HOLD_STEP, HOLD_CAP = 5, 30
SETS_STEP, SETS_CAP = 1, 3
# A step back never takes a hold below this (a shorter hold is no easier to do well).
HOLD_FLOOR = 5
# A long hold (a walk) steps back by a fifth rather than by HOLD_STEP.
HOLD_EASE_SHARE = 5
# The largest values a file may hold (models.Count and PositiveSeconds).
_LIMITS = {DoseValue.REPS: 100, DoseValue.HOLD_S: 7200, DoseValue.SETS: 100}
_NOT_GROWN = frozenset({Category.MOBILITY, Category.WALKING, Category.RETURN_TO_RUN})


class ChangeWhat(enum.StrEnum):
    """Which part of an item a change touches."""

    REPS = "reps"
    HOLD_S = "hold_s"
    SETS = "sets"
    EXERCISE = "exercise"


Amount = int | tuple[int, ...] | str | None


@dataclass(frozen=True, slots=True)
class Change:
    """One change to one item: `what` goes from `before` to `after` (exercise ids for EXERCISE)."""

    what: ChangeWhat
    exercise_id: str
    before: Amount
    after: Amount


@dataclass(frozen=True, slots=True)
class Option:
    """A possible change: the item's new override and exercise, and what it changes."""

    dosage: DosageOverride
    exercise: str | None
    change: Change


def default_progression(exercise: Exercise) -> Progression:
    """How an exercise progresses when neither it nor the program item says."""
    dosage = exercise.dosage
    if exercise.category in _NOT_GROWN:
        return Progression()
    if exercise.category is Category.STRETCH:
        grow = (Growth(DoseValue.HOLD_S, HOLD_STEP, HOLD_CAP),) if dosage.hold_s else ()
        return Progression(grow)
    first: Growth | None
    if isinstance(dosage.reps, tuple):
        first = Growth(DoseValue.REPS, PYRAMID_STEP, PYRAMID_CAP)
    elif dosage.reps is not None:
        first = Growth(DoseValue.REPS, REPS_STEP, REPS_CAP)
    elif dosage.hold_s is not None:
        first = Growth(DoseValue.HOLD_S, HOLD_STEP, HOLD_CAP)
    else:
        first = None
    sets = Growth(DoseValue.SETS, SETS_STEP, SETS_CAP)
    return Progression((first, sets) if first else (sets,), AfterCap.HARDER)


def progression_of(item: ProgramItem, exercise: Exercise) -> Progression:
    """The item's own rule, else the exercise's, else the category default."""
    return item.progression or exercise.progression or default_progression(exercise)


def _growth_for(spec: Progression, value: DoseValue) -> Growth | None:
    return next((g for g in spec.grow if g.value is value), None)


def _candidate(
    item: ProgramItem, exercise: Exercise, before: Dosage, what: ChangeWhat, **changes: object
) -> Option | None:
    """The item with `changes` to its override, if that times and differs from `before`."""
    new = msgspec.structs.replace(item.dosage, **changes)
    after = effective_dosage(exercise.dosage, new)
    if after == before or dosage_problem(exercise, after) is not None:
        return None
    old_value, new_value = getattr(before, what.value), getattr(after, what.value)
    return Option(new, None, Change(what, exercise.id, old_value, new_value))


def _grow(item: ProgramItem, exercise: Exercise, dosage: Dosage, growth: Growth) -> Option | None:
    """One growth step, or None at the cap. A pyramid grows every set; its first set is capped."""
    cap = min(growth.up_to, _LIMITS[growth.value])
    reps = dosage.reps
    if growth.value is DoseValue.REPS:
        if isinstance(reps, tuple):
            add = min(growth.by, cap - max(reps))
            if add <= 0:
                return None
            pyramid = tuple(r + add for r in reps)
            return _candidate(item, exercise, dosage, ChangeWhat.REPS, reps=pyramid, sets=len(reps))
        if reps is None or reps >= cap:
            return None
        return _candidate(item, exercise, dosage, ChangeWhat.REPS, reps=min(cap, reps + growth.by))
    if growth.value is DoseValue.HOLD_S:
        hold = dosage.hold_s
        if hold is None or hold >= cap:
            return None
        return _candidate(
            item, exercise, dosage, ChangeWhat.HOLD_S, hold_s=min(cap, hold + growth.by)
        )
    # More sets of a pyramid would need a new set's reps: pyramids grow by reps only.
    if isinstance(reps, tuple) or dosage.sets >= cap:
        return None
    return _candidate(
        item, exercise, dosage, ChangeWhat.SETS, sets=min(cap, dosage.sets + growth.by)
    )


def _variant(exercise: Exercise, library: Library, harder: bool) -> Option | None:
    ids = exercise.harder if harder else exercise.easier
    known = [v for v in ids if v in library.exercises]
    if not known:
        return None
    change = Change(ChangeWhat.EXERCISE, exercise.id, exercise.id, known[0])
    # The variant starts from its own dose: a harder exercise at the old volume is two steps.
    return Option(DosageOverride(), known[0], change)


def _easier(
    item: ProgramItem, exercise: Exercise, dosage: Dosage, library: Library
) -> Option | None:
    """The first easier exercise, at the item's dose when it is timed the same way (the same
    stretch standing rather than kneeling), else at its own dose (a walk for a walk-run)."""
    option = _variant(exercise, library, False)
    if option is None or option.exercise is None:
        return None
    variant = library.exercises[option.exercise]
    kept = effective_dosage(variant.dosage, item.dosage)
    if shape(variant.dosage) == shape(dosage) and dosage_problem(variant, kept) is None:
        return Option(item.dosage, option.exercise, option.change)
    return option


def shape(dosage: Dosage) -> tuple[bool, bool, bool]:
    """How a dosage is timed: holds or reps, a pyramid or not, one side or both."""
    return (dosage.reps is None, isinstance(dosage.reps, tuple), dosage.per_side)


def grow_options(program: Program, library: Library, index: int) -> list[Option]:
    """What "progress" may do to item `index`, in the order it is tried (none for warm-ups)."""
    item = program.items[index]
    exercise = library.exercises.get(item.exercise)
    if exercise is None or item.role is not Role.MAIN:
        return []
    spec = progression_of(item, exercise)
    dosage = effective_dosage(exercise.dosage, item.dosage)
    found = [o for g in spec.grow if (o := _grow(item, exercise, dosage, g)) is not None]
    if spec.then is AfterCap.HARDER and (harder := _variant(exercise, library, True)):
        found.append(harder)
    return found


def _ease_hold(hold: int, growth: Growth | None) -> int:
    step = max(growth.by if growth else HOLD_STEP, hold // HOLD_EASE_SHARE // 5 * 5)
    return max(min(HOLD_FLOOR, hold), hold - step)


def ease_options(
    program: Program, library: Library, index: int, easier_first: bool = False
) -> list[Option]:
    """What a step back may do to item `index`: fewer reps, shorter holds, fewer sets, then the
    easier variant (first, when the item hurt too much to do at all). Nothing ever grows."""
    item = program.items[index]
    exercise = library.exercises.get(item.exercise)
    if exercise is None:
        return []
    spec = progression_of(item, exercise)
    dosage = effective_dosage(exercise.dosage, item.dosage)
    reps, hold, sets = dosage.reps, dosage.hold_s, dosage.sets
    reps_growth = _growth_for(spec, DoseValue.REPS)
    options: list[Option | None] = []
    if isinstance(reps, tuple):
        by = reps_growth.by if reps_growth else PYRAMID_STEP
        fewer = tuple(max(1, r - by) for r in reps)
        options.append(_candidate(item, exercise, dosage, ChangeWhat.REPS, reps=fewer, sets=sets))
    elif reps is not None:
        by = reps_growth.by if reps_growth else REPS_STEP
        options.append(_candidate(item, exercise, dosage, ChangeWhat.REPS, reps=max(1, reps - by)))
    if hold is not None:
        shorter = _ease_hold(hold, _growth_for(spec, DoseValue.HOLD_S))
        options.append(_candidate(item, exercise, dosage, ChangeWhat.HOLD_S, hold_s=shorter))
    if sets > 1:
        changes: dict[str, object] = {"sets": sets - 1}
        if isinstance(reps, tuple):
            changes["reps"] = reps[: sets - 1]  # a pyramid loses its last (smallest) set
        options.append(_candidate(item, exercise, dosage, ChangeWhat.SETS, **changes))
    found = [o for o in options if o is not None]
    easier = _easier(item, exercise, dosage, library)
    if easier is not None:
        found.insert(0 if easier_first else len(found), easier)
    return found
