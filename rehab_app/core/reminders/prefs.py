"""What the user chose for reminders: per program days and a time, quiet hours, morning nudges.

Stored in settings.json (see rehab_app/core/settings.py); unknown keys from newer versions are
ignored, so an older app reads a newer file.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import time
from typing import Annotated

import msgspec
from msgspec import Meta

Weekday = Annotated[int, Meta(ge=0, le=6)]  # Monday is 0, as date.weekday()

# Evening by default: flexion work is best avoided in the first hour after getting up, and most
# runners with a day job exercise after it.
DEFAULT_SESSION_TIME = time(18, 0)
DEFAULT_MORNING_TIME = time(9, 0)
DEFAULT_MEASURES_TIME = time(12, 0)
DEFAULT_QUIET_START = time(22, 0)
DEFAULT_QUIET_END = time(8, 0)

# Days spread over the week, with rest days between sessions where the count allows it.
_SPREAD: dict[int, tuple[int, ...]] = {
    1: (2,),
    2: (1, 4),
    3: (0, 2, 4),
    4: (0, 1, 3, 5),
    5: (0, 1, 2, 4, 5),
    6: (0, 1, 2, 3, 4, 5),
}


def default_days(sessions_per_week: int) -> tuple[int, ...]:
    """Weekdays (Monday 0) for a program done `sessions_per_week` times: 3 gives Mon, Wed, Fri."""
    if sessions_per_week < 1:
        return ()
    return _SPREAD.get(sessions_per_week, tuple(range(7)))


class ProgramReminder(msgspec.Struct, frozen=True, forbid_unknown_fields=False):
    """A program's reminder: on these weekdays at this local time."""

    days: tuple[Weekday, ...] = (0, 2, 4)
    at: time = DEFAULT_SESSION_TIME
    on: bool = True


class QuietHours(msgspec.Struct, frozen=True, forbid_unknown_fields=False):
    """No notification from `start` to `end` local time (may run over midnight); equal: none."""

    start: time = DEFAULT_QUIET_START
    end: time = DEFAULT_QUIET_END

    def contains(self, moment: time) -> bool:
        """True when `moment` falls in the quiet hours (start included, end excluded)."""
        moment = moment.replace(tzinfo=None, fold=0)
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end


class ReminderPrefs(msgspec.Struct, frozen=True, forbid_unknown_fields=False):
    """Every reminder choice; off until the user switches reminders on."""

    enabled: bool = False
    programs: dict[str, ProgramReminder] = msgspec.field(default_factory=dict)
    checkin: bool = True
    checkin_at: time = DEFAULT_MORNING_TIME
    measures: bool = True
    measures_at: time = DEFAULT_MEASURES_TIME
    quiet: QuietHours = msgspec.field(default_factory=QuietHours)


def program_default(sessions_per_week: int) -> ProgramReminder:
    """A program's reminder as first offered: days from its sessions a week, in the evening."""
    return ProgramReminder(default_days(sessions_per_week), DEFAULT_SESSION_TIME, True)


class PrefsProblem(enum.StrEnum):
    """A choice that would make a reminder never appear."""

    NO_DAYS = "no_days"
    IN_QUIET_HOURS = "in_quiet_hours"


@dataclass(frozen=True, slots=True)
class PrefsWarning:
    """A problem and what it is about: a program id, or "checkin" / "measures"."""

    subject: str
    problem: PrefsProblem


def prefs_warnings(prefs: ReminderPrefs) -> list[PrefsWarning]:
    """Reminders that would never be shown: a program with no days, or a time in quiet hours
    whose end falls on the next day (a reminder is only shown on its own day)."""
    found: list[PrefsWarning] = []
    times: list[tuple[str, time]] = []
    for program_id, rem in sorted(prefs.programs.items()):
        if not rem.on:
            continue
        if not rem.days:
            found.append(PrefsWarning(program_id, PrefsProblem.NO_DAYS))
        times.append((program_id, rem.at))
    if prefs.checkin:
        times.append(("checkin", prefs.checkin_at))
    if prefs.measures:
        times.append(("measures", prefs.measures_at))
    for subject, at in times:
        if never_shown(at, prefs.quiet):
            found.append(PrefsWarning(subject, PrefsProblem.IN_QUIET_HOURS))
    return found


def never_shown(at: time, quiet: QuietHours) -> bool:
    """True when a reminder at `at` is silenced and the quiet hours end only the next day."""
    if not quiet.contains(at):
        return False
    # Quiet hours over midnight: those starting in the evening end the next day.
    return quiet.start > quiet.end and at >= quiet.start
