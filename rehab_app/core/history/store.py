"""Session history in SQLite: the player's SessionSink, review queries and next-morning check-ins."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rehab_app.core.history.checkins import HistoryCheckins
from rehab_app.core.history.connection import Clock
from rehab_app.core.history.queries import HistoryQueries
from rehab_app.core.history.records import write_record
from rehab_app.core.history.safety_log import HistorySafety
from rehab_app.core.history.schema import (
    VERDICT_CREPT_UP,
    VERDICT_EASE_OFF,
    VERDICT_FINE,
    VERDICT_HOLD,
    VERDICT_NO_BASELINE,
    Checkin,
    DeletedSession,
    HistoryFilter,
    NewerDatabaseError,
    PainPoint,
    ResumePoint,
    SessionRow,
    SortKey,
    UnusableDatabaseError,
    WeekSummary,
    check_header,
    checkin_verdict,
    connect,
    is_unusable,
    move_aside,
)
from rehab_app.core.outcomes.store import OutcomeRecords
from rehab_app.core.reminders.log import ReminderRecords
from rehab_app.core.runs.store import HistoryRuns
from rehab_app.core.session.record import Outcome, SessionRecord, WriteFailure

__all__ = [
    "VERDICT_CREPT_UP",
    "VERDICT_EASE_OFF",
    "VERDICT_FINE",
    "VERDICT_HOLD",
    "VERDICT_NO_BASELINE",
    "Checkin",
    "DeletedSession",
    "HistoryFilter",
    "HistoryStore",
    "NewerDatabaseError",
    "OpenResult",
    "PainPoint",
    "ResumePoint",
    "SessionRow",
    "SortKey",
    "WeekSummary",
    "checkin_verdict",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class OpenResult:
    """An open store, and where an unreadable old database was moved to (if it was)."""

    store: HistoryStore
    moved_aside: Path | None = None

    @property
    def notice(self) -> str | None:
        """What to tell the user about the move, or None."""
        if self.moved_aside is None:
            return None
        return (
            f"Your session history could not be read, so it was moved aside to "
            f"{self.moved_aside} and a new, empty history was started."
        )


def write_failure(exc: BaseException) -> WriteFailure:
    """What kind of failure a write error is, for the user (from SQLite's result code)."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    errno_ = getattr(exc, "errno", None)
    if primary == sqlite3.SQLITE_FULL or errno_ == 28:  # ENOSPC
        kind = "disk_full"
    elif primary == sqlite3.SQLITE_READONLY or errno_ in (13, 30):  # EACCES, EROFS
        kind = "read_only"
    elif primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        kind = "busy"
    elif primary in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CORRUPT) or errno_ is not None:
        kind = "io_error"
    else:
        kind = "other"
    return WriteFailure(kind, str(exc))


class HistoryStore(
    HistoryQueries, HistoryCheckins, HistorySafety, ReminderRecords, OutcomeRecords, HistoryRuns
):
    """The history database: one writer connection, WAL, synchronous=FULL, foreign keys on."""

    def __init__(self, con: sqlite3.Connection, path: Path, now_utc: Clock) -> None:
        super().__init__(con, path, now_utc)
        # The last failed session write (disk full, I/O error), or None once a write succeeds.
        self.write_error: WriteFailure | None = None

    @classmethod
    def open(cls, path: Path, now_utc: Clock) -> OpenResult:
        """Open or create `path`, moving an unreadable file aside; NewerDatabaseError if too new."""
        path.parent.mkdir(parents=True, exist_ok=True)
        moved = None
        try:
            check_header(path)
            con = connect(path)
        except (UnusableDatabaseError, sqlite3.DatabaseError) as exc:
            if not is_unusable(exc, path):
                raise
            log.warning("history database %s is unusable (%s); moving it aside", path, exc)
            moved = move_aside(path, now_utc())
            con = connect(path)
        return OpenResult(cls(con, path, now_utc), moved)

    # SessionSink -------------------------------------------------------------------------------

    def begin(self, record: SessionRecord) -> None:
        """Write a new session in one transaction and set `record.session_id`."""
        self._sink_save(record)

    def checkpoint(self, record: SessionRecord) -> None:
        """Rewrite the in-progress session and its exercise rows in one transaction."""
        self._sink_save(record)

    def finish(self, record: SessionRecord) -> None:
        """Write the final session (an outcome still in progress becomes completed or ended early)."""
        if record.outcome is Outcome.IN_PROGRESS:
            full = record.completed_fraction >= 1.0
            record.outcome = Outcome.COMPLETED if full else Outcome.ENDED_EARLY
        if record.ended_utc is None:
            record.ended_utc = self._now_utc()
        self._sink_save(record)

    def _sink_save(self, record: SessionRecord) -> None:
        # Every write stores the whole record, so after a failed one (disk full) the next write
        # catches up; raising here would stop the player mid-exercise and lose the session.
        try:
            self._save(record)
        except (sqlite3.DatabaseError, OSError) as exc:
            log.exception("could not save session %s", record.session_id)
            self.write_error = write_failure(exc)
        else:
            self.write_error = None

    def add_records(self, records: Iterable[SessionRecord]) -> None:
        """Write many sessions in one transaction (imports, generated test data); sets their ids."""
        with self._tx() as con:
            written = [(record, write_record(con, record, self._now_utc())) for record in records]
        for record, sid in written:
            record.session_id = sid

    def _save(self, record: SessionRecord) -> None:
        with self._tx() as con:
            sid = write_record(con, record, self._now_utc())
        record.session_id = sid

    # Resume offer ------------------------------------------------------------------------------

    def unfinished_session(self) -> SessionRecord | None:
        """The latest session still marked in progress (a crash or kill), for the resume offer."""
        row = self._con.execute(
            "SELECT id FROM sessions WHERE outcome = 'in_progress' ORDER BY started_utc DESC LIMIT 1"
        ).fetchone()
        return None if row is None else self.session_detail(row[0])

    def resume_point(self, session_id: int) -> ResumePoint | None:
        """Where an unfinished session stopped, or None if it is not unfinished."""
        record = self.session_detail(session_id)
        if record is None or record.outcome is not Outcome.IN_PROGRESS:
            return None
        done = tuple(i.item_index for i in record.items if i.item_index < record.current_item)
        return ResumePoint(record, record.current_item, done)

    def mark_interrupted(self, session_id: int) -> bool:
        """Close an unfinished session as interrupted; False if it was not unfinished."""
        return self._close_unfinished(session_id, Outcome.INTERRUPTED)

    def mark_ended_early(self, session_id: int) -> bool:
        """Keep an unfinished session as ended early; False if it was not unfinished."""
        return self._close_unfinished(session_id, Outcome.ENDED_EARLY)

    def _close_unfinished(self, session_id: int, outcome: Outcome) -> bool:
        with self._tx() as con:
            cur = con.execute(
                "UPDATE sessions SET outcome = ?, ended_utc = COALESCE(ended_utc, updated_utc),"
                " end_reason = CASE end_reason WHEN '' THEN 'interrupted' ELSE end_reason END"
                " WHERE id = ? AND outcome = 'in_progress'",
                (outcome.value, session_id),
            )
        return cur.rowcount == 1

    # Edits from the review screen --------------------------------------------------------------

    def update_notes(self, session_id: int, text: str) -> bool:
        """Replace a session's notes; False if there is no such session."""
        with self._tx() as con:
            cur = con.execute("UPDATE sessions SET notes = ? WHERE id = ?", (text, session_id))
        return cur.rowcount == 1

    def delete_session(self, session_id: int) -> DeletedSession:
        """Delete a session and everything under it; KeyError if missing."""
        record = self.session_detail(session_id)
        if record is None:
            raise KeyError(session_id)
        with self._tx() as con:
            con.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return DeletedSession(record)

    def restore_session(self, deleted: DeletedSession) -> None:
        """Put a deleted session back with its old id (undo)."""
        self._save(deleted.record)
