"""The reminder scheduler: the caller polls `due(now)` every minute with the wall clock.

Nothing is timed by the process: each poll compares the wall clock with the plan and the log
in the database. So a computer that slept gets one reminder on wake for all it missed today,
a clock set back or a second app start does not repeat one, and daylight saving or a time-zone
move keeps reminders at their local times.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from rehab_app.core.reminders.log import LogEntry, ReminderLog, Response
from rehab_app.core.reminders.prefs import ReminderPrefs
from rehab_app.core.reminders.schedule import (
    DueFacts,
    Kind,
    Occurrence,
    first_show,
    local_wall,
    occurrences_on,
)

SNOOZE = timedelta(minutes=30)
# Shown this much after its time, a reminder is flagged late (the computer slept, quiet hours).
LATE_AFTER = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class Reminder:
    """What to show now: one or more items due together, most important first."""

    items: tuple[Occurrence, ...]
    late: bool
    snoozes: int

    @property
    def primary(self) -> Occurrence:
        """The item that names the reminder and that "Start now" opens."""
        return self.items[0]

    @property
    def day(self) -> date:
        """The local day the reminder belongs to."""
        return self.items[0].day

    @property
    def key(self) -> str:
        """A stable text id for the notifier (same items on the same day give the same key)."""
        parts = (f"{o.kind.value}:{o.subject}" for o in self.items)
        return f"{self.day.isoformat()}/" + "+".join(parts)

    def has(self, kind: Kind) -> bool:
        """True when one of the items is of `kind`."""
        return any(o.kind is kind for o in self.items)


class ReminderScheduler:
    """Decides when reminders are due and records what was shown and answered."""

    def __init__(self, prefs: ReminderPrefs, log: ReminderLog, facts: DueFacts) -> None:
        self._prefs, self._log, self._facts = prefs, log, facts

    @property
    def prefs(self) -> ReminderPrefs:
        """The preferences in force."""
        return self._prefs

    def set_prefs(self, prefs: ReminderPrefs) -> None:
        """Use new preferences from the next poll on (what was shown today stays shown)."""
        self._prefs = prefs

    def due(self, now: datetime) -> Reminder | None:
        """What to show now, recorded as shown so it is returned once; None if nothing.

        Everything due at this moment comes as one reminder, so waking the computer after a
        day asleep shows one notification, not a pile.
        """
        wall = local_wall(now)
        day = wall.date()
        if self._prefs.quiet.contains(wall.time()):
            return None
        log = self._log.reminder_entries(day)
        items: list[Occurrence] = []
        late = False
        snoozes = 0
        for occ in occurrences_on(day, self._prefs, self._facts):
            entry = log.get(occ.key)
            if entry is None:
                if wall < occ.planned:
                    continue
                items.append(occ)
                late = late or wall - occ.planned > LATE_AFTER
            elif self._snooze_over(entry, occ, now):
                items.append(occ)
                snoozes = max(snoozes, entry.snoozes)
        if not items:
            return None
        self._log.record_sent(items, now)
        return Reminder(tuple(items), late, snoozes)

    def _snooze_over(self, entry: LogEntry, occ: Occurrence, now: datetime) -> bool:
        if entry.response is not Response.SNOOZED or entry.snoozed_until_utc is None:
            return False
        until = entry.snoozed_until_utc
        if until - now > SNOOZE:
            # The clock was set back: a snooze lasts 30 minutes of the new time, not hours.
            self._log.record_response([occ], Response.SNOOZED, now, later(now, SNOOZE))
            return False
        return now >= until

    def snooze(self, reminder: Reminder, now: datetime) -> datetime | None:
        """Show it again in 30 minutes; returns the local time it will, or None if quiet hours
        or the day's end come first (then it is not shown again)."""
        until = later(now, SNOOZE)
        self._log.record_response(reminder.items, Response.SNOOZED, now, until)
        return first_show(local_wall(until), reminder.day, self._prefs.quiet)

    def skip_today(self, reminder: Reminder, now: datetime) -> None:
        """No more of these today."""
        self._log.record_response(reminder.items, Response.SKIPPED, now)

    def started(self, reminder: Reminder, now: datetime) -> None:
        """The user chose "Start now" (the app opens the session, check-in or form)."""
        self._log.record_response(reminder.items, Response.STARTED, now)

    def dismissed(self, reminder: Reminder, now: datetime) -> None:
        """The user closed the notification: it is not shown again today."""
        self._log.record_response(reminder.items, Response.DISMISSED, now)

    def skip(self, kind: Kind, subject: str, now: datetime) -> bool:
        """Skip today's reminder of `kind` for `subject` before it shows (the tray's "Skip
        today"); False if none is planned today."""
        day = local_wall(now).date()
        wanted = [
            o
            for o in occurrences_on(day, self._prefs, self._facts)
            if o.kind is kind and o.subject == subject
        ]
        if wanted:
            self._log.record_response(wanted, Response.SKIPPED, now)
        return bool(wanted)

    def pending_today(self, now: datetime) -> list[tuple[Occurrence, datetime]]:
        """Today's reminders still to come and the local time each will show (for "next
        reminder at ..." in the app), soonest first."""
        wall = local_wall(now)
        log = self._log.reminder_entries(wall.date())
        waiting = []
        for occ in occurrences_on(wall.date(), self._prefs, self._facts):
            entry = log.get(occ.key)
            if entry is None:
                start = max(wall, occ.planned)
            elif entry.response is Response.SNOOZED and entry.snoozed_until_utc is not None:
                start = max(wall, local_wall(entry.snoozed_until_utc.astimezone(now.tzinfo)))
            else:
                continue
            if (when := first_show(start, occ.day, self._prefs.quiet)) is not None:
                waiting.append((occ, when))
        return sorted(waiting, key=lambda pair: (pair[1], pair[0].rank))


def later(now: datetime, delta: timedelta) -> datetime:
    """`now` plus `delta` of real time, in now's zone (aware arithmetic in one zone would add
    wall-clock time and be an hour out across a daylight saving change)."""
    return (now.astimezone(UTC) + delta).astimezone(now.tzinfo)
