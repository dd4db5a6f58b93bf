"""What the progression rules return: one suggestion, its kind, and the evidence behind it.

Structured, not worded: the UI words a suggestion with tr(), the command line in plain English
(core/progression_text.py).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from rehab_app.core.models import DosageOverride
from rehab_app.core.progression.options import Change


class SuggestionKind(enum.StrEnum):
    """What the app suggests doing with the program."""

    PROGRESS = "progress"
    NEXT_STAGE = "next_stage"
    REPEAT = "repeat"
    STEP_BACK = "step_back"
    SEE_PHYSIO = "see_physio"


class Why(enum.StrEnum):
    """The evidence a suggestion rests on."""

    GREEN = "green"  # the last sessions were green and their mornings fine
    AMBER_FALLING = "amber_falling"  # low amber sessions, with pain falling over two weeks
    AMBER = "amber"  # the last session was amber: repeat
    MORNING_ABOVE = "morning_above"  # the morning after was a little above the baseline: repeat
    OVER_CEILING = "over_ceiling"  # a session went above the program's pain limit
    SYMPTOMS = "symptoms"  # spreading, nerve or sharp-pain reports, or a symptom stop
    MORNING = "morning"  # the morning after said "ease off" (see `morning_cause`)
    STEP_BACKS = "step_backs"  # stepped back `count` times in a row
    NO_IMPROVEMENT = "no_improvement"  # morning pain no better over `weeks` weeks


@dataclass(frozen=True, slots=True)
class Evidence:
    """The facts behind a suggestion; which fields are set depends on `why`.

    `day` is the session's day (for MORNING: the session before that morning); `pain` the
    session's or the morning's pain; `limit` the pain ceiling, the baseline, the week's morning
    reference or the earlier mean it is compared with; `pains` the sessions' pains, oldest first.
    """

    why: Why
    day: date | None = None
    pain: int | None = None
    limit: float | None = None
    pains: tuple[int, ...] = ()
    count: int = 0
    weeks: int = 0
    later: float | None = None
    symptoms: tuple[str, ...] = ()
    morning_cause: str = ""
    latest: bool = False


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One suggested change to a program (or to the next stage), with its evidence.

    `cannot_ease` marks a SEE_PHYSIO that came from a step back with nothing left to ease.
    """

    kind: SuggestionKind
    item_index: int | None
    evidence: Evidence
    change: Change | None = None
    new_dosage: DosageOverride | None = None
    new_exercise: str | None = None
    next_program: str | None = None
    cannot_ease: bool = False
