"""What is planned on a day: pure functions over the preferences and a few facts from history.

Times are local wall-clock times (naive datetimes): "18:00 on Monday" stays 18:00 across
daylight saving changes and time-zone moves, and each reminder belongs to one local day.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Protocol

from rehab_app.core.outcomes.due import OutcomesDue
from rehab_app.core.reminders.prefs import QuietHours, ReminderPrefs


class Kind(enum.StrEnum):
    """What a reminder is for, most important first."""

    SESSION = "session"
    CHECKIN = "checkin"
    PSFS = "psfs"
    CHANGE = "change"


_PRIORITY = {kind: n for n, kind in enumerate(Kind)}


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One planned reminder: its kind, its subject (a program id, else ""), its day and time."""

    kind: Kind
    subject: str
    day: date
    planned: datetime  # naive local wall-clock time on `day`

    @property
    def key(self) -> tuple[str, str, date]:
        """What identifies it in the log: one per kind, subject and day."""
        return (self.kind.value, self.subject, self.day)

    @property
    def rank(self) -> tuple[int, str]:
        """Sort key: sessions first, then check-in, PSFS, change rating."""
        return (_PRIORITY[self.kind], self.subject)


class DueFacts(Protocol):
    """What the schedule needs to know from the history (queried when a reminder is due)."""

    def programs(self) -> Collection[str]:
        """Ids of the programs that exist now."""
        ...

    def programs_done_on(self, day: date) -> Collection[str]:
        """Ids of the programs with a finished session on `day`."""
        ...

    def checkin_due(self, day: date) -> bool:
        """True when the next-morning check-in for the day before is still to be answered."""
        ...

    def outcomes_due(self, day: date) -> OutcomesDue:
        """Which outcome measures are due on `day`."""
        ...


def at(day: date, moment: time) -> datetime:
    """`moment` on `day` as a naive local wall-clock time."""
    return datetime.combine(day, moment.replace(tzinfo=None, fold=0))


def local_wall(now: datetime) -> datetime:
    """The local wall-clock reading of an aware `now` given in the user's time zone."""
    if now.tzinfo is None:
        raise ValueError("the wall clock must give an aware datetime in the local time zone")
    return now.replace(tzinfo=None, fold=0)


def program_days(prefs: ReminderPrefs, program_id: str, start: date, end: date) -> Iterator[date]:
    """The planned days of a program from `start` to `end` inclusive (for week strips, reports)."""
    rem = prefs.programs.get(program_id)
    if rem is None or not rem.on:
        return
    day = start
    while day <= end:
        if day.weekday() in rem.days:
            yield day
        day += timedelta(days=1)


def occurrences_on(day: date, prefs: ReminderPrefs, facts: DueFacts) -> list[Occurrence]:
    """Reminders wanted on `day` as things stand, most important first."""
    if not prefs.enabled:
        return []
    found: list[Occurrence] = []
    existing = set(facts.programs())
    done = set(facts.programs_done_on(day))
    for program_id, rem in prefs.programs.items():
        if rem.on and day.weekday() in rem.days and program_id in existing - done:
            found.append(Occurrence(Kind.SESSION, program_id, day, at(day, rem.at)))
    if prefs.checkin and facts.checkin_due(day):
        found.append(Occurrence(Kind.CHECKIN, "", day, at(day, prefs.checkin_at)))
    if prefs.measures:
        outcomes = facts.outcomes_due(day)
        if outcomes.psfs:
            found.append(Occurrence(Kind.PSFS, "", day, at(day, prefs.measures_at)))
        if outcomes.change_week is not None:
            found.append(Occurrence(Kind.CHANGE, "", day, at(day, prefs.measures_at)))
    return sorted(found, key=lambda o: o.rank)


def first_show(wall: datetime, day: date, quiet: QuietHours) -> datetime | None:
    """The first moment from local `wall` on that a reminder of `day` may show, or None if
    quiet hours last until the day is over."""
    if wall.date() > day:
        return None
    if wall.date() < day:
        wall = at(day, time(0))
    if not quiet.contains(wall.time()):
        return wall
    end = at(day, quiet.end)
    return end if end > wall else None
