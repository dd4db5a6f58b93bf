"""What the session engine reports to the player: small immutable event values."""

from __future__ import annotations

from dataclasses import dataclass

from rehab_app.core.session.plan import Segment, Side
from rehab_app.core.session.record import Outcome

__all__ = [
    "Countdown",
    "Event",
    "ExerciseDone",
    "Halfway",
    "Paused",
    "ResumeCountdown",
    "Resumed",
    "SegmentStarted",
    "SessionFinished",
    "StepChanged",
    "SwitchSides",
]


@dataclass(frozen=True, slots=True)
class Event:
    """Base class of everything the engine emits."""


@dataclass(frozen=True, slots=True)
class SegmentStarted(Event):
    """Segment `index` of the plan became current."""

    index: int
    segment: Segment


@dataclass(frozen=True, slots=True)
class StepChanged(Event):
    """Step `step_index` of the exercise became current during segment `index`."""

    index: int
    step_index: int


@dataclass(frozen=True, slots=True)
class Countdown(Event):
    """3, 2, 1 seconds before the end of a timed segment of at least 8 s."""

    seconds_left: int


@dataclass(frozen=True, slots=True)
class Halfway(Event):
    """The middle of WORK segment `index` (segments of at least 20 s only)."""

    index: int


@dataclass(frozen=True, slots=True)
class SwitchSides(Event):
    """A switch-sides segment started; `side` is the side to work next."""

    side: Side


@dataclass(frozen=True, slots=True)
class ExerciseDone(Event):
    """Program item `item_index` was left forwards, completed or skipped."""

    item_index: int
    exercise_id: str


@dataclass(frozen=True, slots=True)
class Paused(Event):
    """The session was paused."""


@dataclass(frozen=True, slots=True)
class Resumed(Event):
    """The resume countdown is over and time runs again."""


@dataclass(frozen=True, slots=True)
class ResumeCountdown(Event):
    """3, 2, 1 seconds before time runs again after a pause."""

    seconds_left: int


@dataclass(frozen=True, slots=True)
class SessionFinished(Event):
    """The session is over (emitted exactly once)."""

    outcome: Outcome
