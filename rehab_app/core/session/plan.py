"""Expand a program into a timeline of segments whose total is known before the session starts."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from rehab_app.core.models import Dosage, DosageOverride, Exercise, Program

SWITCH_SIDES_S = 5
MANUAL_REP_ESTIMATE_S = 3


class SegmentKind(enum.StrEnum):
    """What the runner does during a segment."""

    GET_READY = "get_ready"
    WORK = "work"
    SWITCH_SIDES = "switch_sides"
    REST_SET = "rest_set"
    REST_EXERCISE = "rest_exercise"


class Side(enum.StrEnum):
    """Which side a one-sided set works."""

    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class Segment:
    """One stretch of the timeline; `manual` work waits for "Done" and its duration is an estimate."""

    kind: SegmentKind
    duration_s: int
    item_index: int
    exercise_id: str
    exercise_name: str
    set_no: int = 0
    sets: int = 0
    side: Side | None = None
    rep_no: int = 0
    reps: int = 0
    hold_s: int = 0
    manual: bool = False
    # (seconds into the segment, index into the exercise's steps) at which a step becomes current.
    step_marks: tuple[tuple[int, int], ...] = ()
    start_s: int = 0

    @property
    def label(self) -> str:
        """A one-line description such as "Bird-dog · set 2/3 · left · rep 4/8 · hold 5 s"."""
        if self.kind is SegmentKind.GET_READY:
            return f"Get ready: {self.exercise_name}"
        if self.kind is SegmentKind.SWITCH_SIDES:
            return f"Switch sides: {self.exercise_name}"
        if self.kind is SegmentKind.REST_SET:
            return f"Rest before set {self.set_no + 1}/{self.sets}: {self.exercise_name}"
        if self.kind is SegmentKind.REST_EXERCISE:
            return f"Rest, next: {self.exercise_name}"
        parts = [self.exercise_name, f"set {self.set_no}/{self.sets}"]
        if self.side is not None:
            parts.append(self.side.value)
        if self.manual:
            parts.append(f"{self.reps} reps")
        elif self.reps:
            parts.append(f"rep {self.rep_no}/{self.reps}")
        if self.hold_s:
            parts.append(f"hold {self.hold_s} s")
        return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class SessionPlan:
    """The whole timeline of a program, with offsets filled in."""

    program_id: str
    program_name: str
    segments: tuple[Segment, ...]

    @property
    def total_s(self) -> int:
        """Planned length of the session in seconds."""
        return sum(s.duration_s for s in self.segments)

    def item_range(self, item_index: int) -> range:
        """Indices of the segments that belong to one program item (its rest before included)."""
        idx = [i for i, s in enumerate(self.segments) if s.item_index == item_index]
        return range(idx[0], idx[-1] + 1) if idx else range(0)


def effective_dosage(base: Dosage, override: DosageOverride) -> Dosage:
    """An exercise's default dosage with a program item's changes applied."""
    changes = {f: getattr(override, f) for f in override.__struct_fields__}
    changes = {k: v for k, v in changes.items() if v is not None}
    if isinstance(changes.get("reps"), list | tuple) and "sets" not in changes:
        changes["sets"] = len(changes["reps"])
    if isinstance(base.reps, tuple) and "sets" in changes and "reps" not in changes:
        changes["reps"] = max(base.reps)
    return replace_dosage(base, **changes)


def replace_dosage(base: Dosage, **changes: object) -> Dosage:
    """A copy of `base` with some fields changed."""
    fields = {f: getattr(base, f) for f in base.__struct_fields__}
    fields.update(changes)
    if isinstance(fields["reps"], list):
        fields["reps"] = tuple(fields["reps"])
    return Dosage(**fields)


def reps_for_set(dosage: Dosage, set_no: int) -> int:
    """Reps in set `set_no` (1-based); 0 for a hold-only set."""
    if dosage.reps is None:
        return 0
    if isinstance(dosage.reps, tuple | list):
        return dosage.reps[min(set_no, len(dosage.reps)) - 1]
    return dosage.reps


def dosage_problem(exercise: Exercise, dosage: Dosage) -> str | None:
    """Why a dosage cannot be timed, or None when it can."""
    if isinstance(dosage.reps, tuple | list) and len(dosage.reps) != dosage.sets:
        return f"reps lists {len(dosage.reps)} numbers but sets is {dosage.sets}"
    if dosage.reps is None and dosage.hold_s is None and not _timed_steps(exercise):
        return "needs reps, hold_s, or steps with seconds"
    return None


def _timed_steps(exercise: Exercise) -> list[tuple[int, int]]:
    return [(i, s.seconds) for i, s in enumerate(exercise.steps) if s.seconds]


def _step_marks(exercise: Exercise, duration: int) -> tuple[tuple[int, int], ...]:
    """When each step becomes current within one rep or hold."""
    timed = _timed_steps(exercise)
    if timed:
        marks, at = [], 0
        for index, seconds in timed:
            if at >= duration:
                break
            marks.append((at, index))
            at += seconds
        return tuple(marks)
    moving = [i for i, s in enumerate(exercise.steps) if s.kind.value != "setup"] or [0]
    share = duration / len(moving)
    return tuple((int(n * share), index) for n, index in enumerate(moving))


def _work(
    exercise: Exercise, dosage: Dosage, item: int, set_no: int, side: Side | None
) -> Iterator[Segment]:
    base = Segment(
        SegmentKind.WORK,
        0,
        item,
        exercise.id,
        exercise.name,
        set_no=set_no,
        sets=dosage.sets,
        side=side,
        hold_s=dosage.hold_s or 0,
    )
    reps = reps_for_set(dosage, set_no)
    step_time = sum(s for _, s in _timed_steps(exercise))
    if not reps:
        duration = dosage.hold_s or step_time
        yield replace(base, duration_s=duration, step_marks=_step_marks(exercise, duration))
        return
    per_rep = (dosage.rep_s or (step_time if not dosage.hold_s else 0)) + (dosage.hold_s or 0)
    if per_rep == 0:
        duration = reps * MANUAL_REP_ESTIMATE_S
        marks = _step_marks(exercise, duration)
        yield replace(base, duration_s=duration, reps=reps, manual=True, step_marks=marks)
        return
    marks = _step_marks(exercise, per_rep)
    for rep in range(1, reps + 1):
        yield replace(base, duration_s=per_rep, rep_no=rep, reps=reps, step_marks=marks)


def item_segments(exercise: Exercise, dosage: Dosage, item: int) -> Iterator[Segment]:
    """Work, switch-sides pauses and rests between sets for one program item.

    One-sided sets always change sides through a pause: the switch between left and right, and
    between one set's right side and the next set's left side the rest between sets, or a switch
    pause when there is no rest.
    """
    sides: tuple[Side | None, ...] = (Side.LEFT, Side.RIGHT) if dosage.per_side else (None,)
    for set_no in range(1, dosage.sets + 1):
        for n, side in enumerate(sides):
            changeover = set_no > 1 and n == 0 and side is not None and not dosage.rest_s
            if n or changeover:
                yield Segment(
                    SegmentKind.SWITCH_SIDES, SWITCH_SIDES_S, item, exercise.id, exercise.name,
                    set_no=set_no, sets=dosage.sets, side=side,
                )  # fmt: skip
            yield from _work(exercise, dosage, item, set_no, side)
        if set_no < dosage.sets and dosage.rest_s:
            yield Segment(
                SegmentKind.REST_SET, dosage.rest_s, item, exercise.id, exercise.name,
                set_no=set_no, sets=dosage.sets,
            )  # fmt: skip


def build_plan(
    program: Program,
    exercises: Callable[[str], Exercise],
    substitutes: dict[int, str] | None = None,
) -> SessionPlan:
    """Expand `program`; `exercises` looks an exercise up by id; `substitutes` swaps item exercises."""
    substitutes = substitutes or {}
    segments: list[Segment] = []
    for index, item in enumerate(program.items):
        exercise = exercises(substitutes.get(index, item.exercise))
        dosage = effective_dosage(exercise.dosage, item.dosage)
        if index == 0 and program.get_ready_s:
            segments.append(
                Segment(
                    SegmentKind.GET_READY, program.get_ready_s, index, exercise.id, exercise.name
                )
            )
        elif index > 0:
            rest = program.items[index - 1].rest_after_s
            rest = program.rest_between_s if rest is None else rest
            if rest:
                segments.append(
                    Segment(SegmentKind.REST_EXERCISE, rest, index, exercise.id, exercise.name)
                )
        segments.extend(item_segments(exercise, dosage, index))
    at, timed = 0, []
    for segment in segments:
        timed.append(replace(segment, start_s=at))
        at += segment.duration_s
    return SessionPlan(program.id, program.name, tuple(timed))


def format_duration(seconds: float) -> str:
    """`754` -> `12:34`; an hour or more -> `1:02:34`."""
    whole = max(0, int(round(seconds)))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
