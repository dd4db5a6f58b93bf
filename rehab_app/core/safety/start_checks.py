"""Before a session: the pain gate and where it points, and the pain limits during the session."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from rehab_app.core.models import PainModel, Program

# A program without a place on the ladder can only be sure that the bottom rung is gentler.
_UNPLACED_RUNG = 1


@dataclass(frozen=True, slots=True)
class PainGate:
    """Whether `pain` before a session lets the program start, and what is gentler if not.

    `instead` holds ids of programs lower on the ladder whose own gate lets this pain in, the
    nearest rung first. Empty and not allowed: rest today (the advice page says how).
    """

    pain: int
    limit: int
    allowed: bool
    instead: tuple[str, ...] = ()


class Limits(NamedTuple):
    """The pain limits of a running session: the ceiling, and the rise allowed over the start."""

    ceiling: int
    rise: int


def start_pain_limit(program: Program) -> int:
    """The highest pain before a session at which `program` may start."""
    if program.start_pain_max is not None:
        return program.start_pain_max
    return program.pain_ceiling


def _rung(program: Program) -> int:
    return program.ladder.rung if program.ladder is not None else _UNPLACED_RUNG


def pain_gate(program: Program, pain: int, programs: Mapping[str, Program]) -> PainGate:
    """The gate for `pain` before `program`; points only down the ladder, never off it."""
    limit = start_pain_limit(program)
    if pain <= limit:
        return PainGate(pain, limit, True)
    rung = _rung(program)
    lower = [
        other
        for other in programs.values()
        if other.ladder is not None
        and other.id != program.id
        and other.ladder.rung < rung
        and pain <= start_pain_limit(other)
    ]
    lower.sort(key=lambda other: (-_rung(other), other.name.lower()))
    return PainGate(pain, limit, False, tuple(other.id for other in lower))


def session_limits(program: Program, baseline: int | None, pain_model: PainModel) -> Limits:
    """The ceiling and the allowed rise for a session that began at `baseline` pain.

    A program that may start above its ceiling (acute relief) cannot have a ceiling below the
    pain it started with: the rule there is "no rise above your starting pain".
    """
    rise = (
        program.allowed_rise if program.allowed_rise is not None else pain_model.rise_over_baseline
    )
    ceiling = program.pain_ceiling if baseline is None else max(program.pain_ceiling, baseline)
    return Limits(ceiling, rise)
