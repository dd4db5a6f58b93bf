"""The reminder log in the history database: what was shown and how the user answered.

One row per kind, subject and local day, so a restart, a clock set back or a second poll in the
same minute never shows a reminder twice.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from rehab_app.core.history.connection import HistoryConnection
from rehab_app.core.history.queries import DONE
from rehab_app.core.history.records import iso
from rehab_app.core.reminders.schedule import Kind, Occurrence

LogKey = tuple[str, str, date]


class Response(enum.StrEnum):
    """How the user answered a reminder."""

    STARTED = "started"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    DISMISSED = "dismissed"


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One reminder's history: times shown, times snoozed, the last answer."""

    kind: Kind
    subject: str
    day: date
    planned: datetime
    sent_utc: datetime | None = None
    sends: int = 0
    snoozes: int = 0
    snoozed_until_utc: datetime | None = None
    response: Response | None = None
    responded_utc: datetime | None = None

    @property
    def key(self) -> LogKey:
        """Kind, subject and day, as Occurrence.key."""
        return (self.kind.value, self.subject, self.day)


class ReminderLog(Protocol):
    """Where the scheduler keeps what it showed (the history database in the app)."""

    def reminder_entries(self, day: date) -> dict[LogKey, LogEntry]:
        """The log rows of a local day, by key."""
        ...

    def record_sent(self, items: Sequence[Occurrence], now: datetime) -> None:
        """Note that these were shown at `now` (clears a snooze)."""
        ...

    def record_response(
        self,
        items: Sequence[Occurrence],
        response: Response,
        now: datetime,
        snoozed_until: datetime | None = None,
    ) -> None:
        """Note the user's answer (a snooze counts and stores until when)."""
        ...


_COLUMNS = (
    "kind, subject, day, planned_local, sent_utc, sends, snoozes, snoozed_until_utc, response,"
    " responded_utc"
)


def _dt(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _entry(row: tuple[Any, ...]) -> LogEntry:
    kind, subject, day, planned, sent, sends, snoozes, until, response, responded = row
    return LogEntry(
        Kind(kind),
        str(subject),
        date.fromisoformat(day),
        datetime.fromisoformat(planned),
        _dt(sent),
        int(sends),
        int(snoozes),
        _dt(until),
        None if response is None else Response(response),
        _dt(responded),
    )


def _values(e: LogEntry) -> tuple[object, ...]:
    return (
        e.kind.value,
        e.subject,
        e.day.isoformat(),
        e.planned.isoformat(timespec="minutes"),
        None if e.sent_utc is None else iso(e.sent_utc),
        e.sends,
        e.snoozes,
        None if e.snoozed_until_utc is None else iso(e.snoozed_until_utc),
        None if e.response is None else e.response.value,
        None if e.responded_utc is None else iso(e.responded_utc),
    )


class ReminderRecords(HistoryConnection):
    """The `reminder_log` table, and the history facts the schedule asks for."""

    def reminder_entries(self, day: date) -> dict[LogKey, LogEntry]:
        """The log rows of a local day, by key."""
        rows = self._con.execute(
            f"SELECT {_COLUMNS} FROM reminder_log WHERE day = ?", (day.isoformat(),)
        )
        return {e.key: e for e in map(_entry, rows)}

    def reminder_log(self, start: date | None = None, end: date | None = None) -> list[LogEntry]:
        """Log rows from `start` to `end` inclusive (all without them), oldest first."""
        rows = self._con.execute(
            f"SELECT {_COLUMNS} FROM reminder_log WHERE day BETWEEN ? AND ?"
            " ORDER BY day, planned_local, kind, subject",
            ((start or date.min).isoformat(), (end or date.max).isoformat()),
        )
        return [_entry(r) for r in rows]

    def record_sent(self, items: Sequence[Occurrence], now: datetime) -> None:
        """Note that these were shown at `now` (clears a snooze, keeps the snooze count)."""
        with self._tx() as con:
            for o in items:
                con.execute(
                    "INSERT INTO reminder_log (kind, subject, day, planned_local, sent_utc, sends)"
                    " VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (kind, subject, day) DO UPDATE SET"
                    " sent_utc = excluded.sent_utc, sends = sends + 1, snoozed_until_utc = NULL,"
                    " response = NULL, responded_utc = NULL",
                    (*_key(o), o.planned.isoformat(timespec="minutes"), iso(now)),
                )

    def record_response(
        self,
        items: Sequence[Occurrence],
        response: Response,
        now: datetime,
        snoozed_until: datetime | None = None,
    ) -> None:
        """Note the user's answer for each item (a row is made for one never shown)."""
        snoozed = 1 if response is Response.SNOOZED else 0
        until = None if snoozed_until is None else iso(snoozed_until)
        with self._tx() as con:
            for o in items:
                con.execute(
                    "INSERT INTO reminder_log (kind, subject, day, planned_local, snoozes,"
                    " snoozed_until_utc, response, responded_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (kind, subject, day) DO UPDATE SET"
                    " snoozes = snoozes + excluded.snoozes,"
                    " snoozed_until_utc = excluded.snoozed_until_utc,"
                    " response = excluded.response, responded_utc = excluded.responded_utc",
                    (
                        *_key(o),
                        o.planned.isoformat(timespec="minutes"),
                        snoozed,
                        until,
                        response.value,
                        iso(now),
                    ),
                )

    def add_reminder_entries(self, entries: Iterable[LogEntry]) -> None:
        """Store log rows as they are (restoring an export), replacing rows with the same key."""
        with self._tx() as con:
            con.executemany(
                f"INSERT OR REPLACE INTO reminder_log ({_COLUMNS})"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [_values(e) for e in entries],
            )

    def programs_done_on(self, day: date) -> set[str]:
        """Ids of the programs with a finished session on local `day`."""
        rows = self._con.execute(
            f"SELECT DISTINCT program_id FROM sessions WHERE local_date = ? AND {DONE}",
            (day.isoformat(),),
        )
        return {str(r[0]) for r in rows}


def _key(o: Occurrence) -> tuple[str, str, str]:
    return (o.kind.value, o.subject, o.day.isoformat())
