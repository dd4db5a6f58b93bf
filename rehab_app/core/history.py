"""Session history in SQLite: the player's SessionSink, review queries and next-morning check-ins."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from rehab_app.core.history_schema import (
    ORDER_COLUMNS,
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
from rehab_app.core.record import ExerciseRecord, Outcome, PainReport, Pause, SessionRecord

__all__ = [
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

Clock = Callable[[], datetime]
_DONE = "outcome != 'in_progress'"
_PAIN_FLAGS = ("spreading", "nerve_symptoms", "sharp", "red_flag_symptom", "general_warning")
_SESSION_COLS = (
    "program_id, program_name, program_snapshot, started_utc, ended_utc, updated_utc, local_date,"
    " planned_s, active_s, paused_s, outcome, pain_before, pain_after, effort, notes, current_item,"
    " completed_fraction"
)
_UPDATE_SESSION = "UPDATE sessions SET {} WHERE id = ?".format(
    ", ".join(f"{c.strip()} = ?" for c in _SESSION_COLS.split(","))
)
_INSERT_SESSION = "INSERT INTO sessions (id, {}) VALUES (?{})".format(
    _SESSION_COLS, ", ?" * len(_SESSION_COLS.split(","))
)
_ROW_COLS = (
    "id, local_date, started_utc, program_id, program_name, active_s, completed_fraction,"
    " pain_before, pain_after, effort, outcome"
)


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


def _iso(moment: datetime) -> str:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat(timespec="microseconds")


def _ts(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


class HistoryStore:
    """The history database: one writer connection, WAL, synchronous=FULL, foreign keys on."""

    def __init__(self, con: sqlite3.Connection, path: Path, now_utc: Clock) -> None:
        self._con, self.path, self._now_utc = con, path, now_utc
        # The last failed session write (disk full, I/O error), or None once a write succeeds.
        self.write_error: str | None = None

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

    def pragma(self, name: str) -> Any:
        """The value of `PRAGMA name` on the writer connection (for diagnostics and tests)."""
        if not name.isidentifier():
            raise ValueError(name)
        return self._con.execute(f"PRAGMA {name}").fetchone()[0]

    def close(self) -> None:
        """Close the connection (WAL is checkpointed by SQLite)."""
        self._con.close()

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        self._con.execute("BEGIN IMMEDIATE")
        try:
            yield self._con
            self._con.execute("COMMIT")
        except BaseException:
            if self._con.in_transaction:
                self._con.execute("ROLLBACK")
            raise

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
        except sqlite3.OperationalError as exc:
            log.exception("could not save session %s", record.session_id)
            self.write_error = str(exc)
        else:
            self.write_error = None

    def add_records(self, records: Iterable[SessionRecord]) -> None:
        """Write many sessions in one transaction (imports, generated test data); sets their ids."""
        with self._tx() as con:
            written = [(record, self._write(con, record)) for record in records]
        for record, sid in written:
            record.session_id = sid

    def _save(self, record: SessionRecord) -> None:
        with self._tx() as con:
            sid = self._write(con, record)
        record.session_id = sid

    def _write(self, con: sqlite3.Connection, record: SessionRecord) -> int:
        values = (
            record.program_id, record.program_name, record.program_snapshot,
            _iso(record.started_utc), _iso(record.ended_utc) if record.ended_utc else None,
            _iso(self._now_utc()), record.local_date, record.planned_s, record.active_s,
            record.paused_s, record.outcome.value, record.pain_before, record.pain_after,
            record.effort, record.notes, record.current_item, record.completed_fraction,
        )  # fmt: skip
        sid = record.session_id
        if sid is None or not con.execute(_UPDATE_SESSION, (*values, sid)).rowcount:
            # A new session, or one whose row is gone (undo of a delete, history moved aside).
            sid = con.execute(_INSERT_SESSION, (sid, *values)).lastrowid
            assert sid is not None  # always set by an INSERT into a rowid table
        con.execute("DELETE FROM session_items WHERE session_id = ?", (sid,))
        con.execute("DELETE FROM session_pauses WHERE session_id = ?", (sid,))
        con.executemany(
            "INSERT INTO session_items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (sid, i.item_index, i.exercise_id, i.exercise_name, i.planned_sets,
                 i.planned_reps, i.planned_s, i.done_sets, i.done_reps, i.done_s,
                 int(i.skipped), i.variant_of)
                for i in record.items
            ],
        )  # fmt: skip
        con.executemany(
            "INSERT INTO pain_reports (session_id, item_index, at_s, pain, exercise_id,"
            f" {', '.join(_PAIN_FLAGS)}, action, rule_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (sid, i.item_index, p.at_s, p.pain, p.exercise_id,
                 *(int(getattr(p, f)) for f in _PAIN_FLAGS), p.action, p.rule_id)
                for i in record.items
                for p in i.pain_reports
            ],
        )  # fmt: skip
        con.executemany(
            "INSERT INTO session_pauses VALUES (?, ?, ?, ?)",
            [(sid, n, p.at_s, p.duration_s) for n, p in enumerate(record.pauses)],
        )
        return sid

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
                "UPDATE sessions SET outcome = ?, ended_utc = COALESCE(ended_utc, updated_utc)"
                " WHERE id = ? AND outcome = 'in_progress'",
                (outcome.value, session_id),
            )
        return cur.rowcount == 1

    # Review ------------------------------------------------------------------------------------

    def count_sessions(self, flt: HistoryFilter | None = None) -> int:
        """How many finished sessions match `flt` (all finished sessions by default)."""
        where, args = _where(flt or HistoryFilter())
        return int(self._con.execute(f"SELECT COUNT(*) FROM sessions {where}", args).fetchone()[0])

    def sessions_page(
        self,
        flt: HistoryFilter,
        sort: SortKey = SortKey.DATE,
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
        total: int | None = None,
    ) -> list[SessionRow]:
        """Rows `offset` to `offset + limit` in sort order; pass `total` to read the tail cheaply."""
        reverse = total is not None and offset > total // 2
        if reverse:
            # OFFSET walks past skipped rows, so near the end read backwards from the other side.
            limit = max(0, min(limit, total - offset)) if total is not None else limit
            offset = max(0, (total or 0) - offset - limit)
        desc = descending != reverse
        order = ", ".join(f"{c} {'DESC' if desc else 'ASC'}" for c in (*ORDER_COLUMNS[sort], "id"))
        where, args = _where(flt)
        sql = f"SELECT {_ROW_COLS} FROM sessions {where} ORDER BY {order} LIMIT ? OFFSET ?"
        rows = [_session_row(r) for r in self._con.execute(sql, (*args, limit, offset))]
        return rows[::-1] if reverse else rows

    def session_detail(self, session_id: int) -> SessionRecord | None:
        """The whole session with its exercise rows, pain reports and pauses."""
        records = self._load_records([session_id])
        return records[0] if records else None

    def iter_records(self, chunk: int = 500) -> Iterator[SessionRecord]:
        """Every session, oldest first, read in chunks (for export)."""
        last: tuple[str, int] = ("", 0)
        while True:
            rows = self._con.execute(
                "SELECT started_utc, id FROM sessions WHERE (started_utc, id) > (?, ?)"
                " ORDER BY started_utc, id LIMIT ?",
                (*last, chunk),
            ).fetchall()
            if not rows:
                return
            yield from self._load_records([r[1] for r in rows])
            last = rows[-1]

    def program_records(self, program_id: str, limit: int = 120) -> list[SessionRecord]:
        """A program's latest completed or ended-early sessions, oldest first (for suggestions)."""
        rows = self._con.execute(
            "SELECT id FROM sessions WHERE program_id = ?"
            " AND outcome IN ('completed', 'ended_early')"
            " ORDER BY started_utc DESC, id DESC LIMIT ?",
            (program_id, limit),
        ).fetchall()
        return self._load_records([r[0] for r in reversed(rows)]) if rows else []

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

    def last_done(self, program_id: str) -> date | None:
        """The local date of the latest finished session of a program."""
        row = self._con.execute(
            f"SELECT local_date FROM sessions WHERE program_id = ? AND {_DONE}"
            " ORDER BY started_utc DESC LIMIT 1",
            (program_id,),
        ).fetchone()
        return None if row is None else date.fromisoformat(row[0])

    def latest_program_id(self) -> str | None:
        """The program of the latest finished session."""
        row = self._con.execute(
            f"SELECT program_id FROM sessions WHERE {_DONE} ORDER BY started_utc DESC LIMIT 1"
        ).fetchone()
        return None if row is None else str(row[0])

    def active_days(self, start: date, end: date) -> set[date]:
        """Local dates from `start` to `end` (inclusive) with at least one finished session."""
        rows = self._con.execute(
            f"SELECT DISTINCT local_date FROM sessions WHERE local_date BETWEEN ? AND ? AND {_DONE}",
            (start.isoformat(), end.isoformat()),
        )
        return {date.fromisoformat(r[0]) for r in rows}

    def current_streak(self, today: date) -> int:
        """Consecutive days with a session, ending today or yesterday."""
        cur = self._con.execute(
            f"SELECT DISTINCT local_date FROM sessions WHERE local_date <= ? AND {_DONE}"
            " ORDER BY local_date DESC",
            (today.isoformat(),),
        )
        streak, expected = 0, today
        for (text,) in cur:
            day = date.fromisoformat(text)
            if day == expected or (streak == 0 and day == today - timedelta(days=1)):
                streak, expected = streak + 1, day - timedelta(days=1)
            else:
                break
        return streak

    def weekly_summary(
        self, weeks: int, today: date | None = None, program_id: str | None = None
    ) -> list[WeekSummary]:
        """The last `weeks` Monday-based weeks, oldest first, ending with the current one."""
        today = today or self._now_utc().astimezone().date()
        first = today - timedelta(days=today.weekday(), weeks=weeks - 1)
        sql = (
            "SELECT local_date, COUNT(*), SUM(active_s) FROM sessions"
            f" WHERE local_date BETWEEN ? AND ? AND {_DONE}"
            + (" AND program_id = ?" if program_id else "")
            + " GROUP BY local_date"
        )
        args = (first.isoformat(), today.isoformat(), *([program_id] if program_id else []))
        counts, seconds = [0] * weeks, [0.0] * weeks
        for text, n, secs in self._con.execute(sql, args):
            week = (date.fromisoformat(text) - first).days // 7
            counts[week] += n
            seconds[week] += secs or 0.0
        return [
            WeekSummary(first + timedelta(weeks=w), counts[w], seconds[w] / 60)
            for w in range(weeks)
        ]

    def minutes_per_week(self, weeks: int, today: date | None = None) -> list[tuple[date, float]]:
        """(week start, active minutes) for the last `weeks` weeks, oldest first."""
        return [(w.week_start, w.minutes) for w in self.weekly_summary(weeks, today)]

    def pain_series(self, limit: int = 60) -> list[PainPoint]:
        """Pain before and after for the last `limit` finished sessions, oldest first."""
        rows = self._con.execute(
            "SELECT id, local_date, pain_before, pain_after FROM sessions"
            f" WHERE {_DONE} ORDER BY started_utc DESC, id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [PainPoint(r[0], date.fromisoformat(r[1]), r[2], r[3]) for r in reversed(rows)]

    # Next-morning check-ins --------------------------------------------------------------------

    def needs_checkin(self, today: date) -> date | None:
        """Yesterday's date if yesterday had a session and today has no check-in yet."""
        if self._con.execute(
            "SELECT 1 FROM checkins WHERE day = ?", (today.isoformat(),)
        ).fetchone():
            return None
        last = self._last_session_day_before(today)
        return last if last == today - timedelta(days=1) else None

    def checkin_baseline(self, session_day: date) -> int | None:
        """The pain before the first session of `session_day` that recorded one."""
        row = self._con.execute(
            "SELECT pain_before FROM sessions WHERE local_date = ? AND pain_before IS NOT NULL"
            " ORDER BY started_utc LIMIT 1",
            (session_day.isoformat(),),
        ).fetchone()
        return None if row is None else int(row[0])

    def add_checkin(
        self, day: date, pain: int, compared_to: int | None, session_day: date | None = None
    ) -> None:
        """Store (or replace) the check-in answered on `day`, after the session on `session_day`."""
        session_day = session_day or self._last_session_day_before(day) or day - timedelta(days=1)
        with self._tx() as con:
            con.execute(
                "INSERT OR REPLACE INTO checkins VALUES (?, ?, ?, ?, ?)",
                (
                    day.isoformat(),
                    session_day.isoformat(),
                    pain,
                    compared_to,
                    _iso(self._now_utc()),
                ),
            )

    def checkins(self, limit: int | None = None) -> list[Checkin]:
        """Stored check-ins, oldest first (only the last `limit` if given)."""
        rows = self._con.execute(
            "SELECT day, session_day, pain, compared_to FROM checkins ORDER BY day DESC LIMIT ?",
            (-1 if limit is None else limit,),
        ).fetchall()
        return [
            Checkin(date.fromisoformat(d), date.fromisoformat(s), p, c) for d, s, p, c in rows[::-1]
        ]

    def _last_session_day_before(self, day: date) -> date | None:
        row = self._con.execute(
            f"SELECT MAX(local_date) FROM sessions WHERE local_date < ? AND {_DONE}",
            (day.isoformat(),),
        ).fetchone()
        return None if row[0] is None else date.fromisoformat(row[0])

    def _load_records(self, ids: Sequence[int]) -> list[SessionRecord]:
        marks = ", ".join("?" * len(ids))
        con = self._con
        items: dict[tuple[int, int], ExerciseRecord] = {}
        by_session: dict[int, list[ExerciseRecord]] = {i: [] for i in ids}
        for r in con.execute(
            f"SELECT * FROM session_items WHERE session_id IN ({marks})"
            " ORDER BY session_id, item_index",
            ids,
        ):
            item = ExerciseRecord(*r[1:10])
            item.skipped, item.variant_of = bool(r[10]), r[11]
            items[(r[0], r[1])] = item
            by_session[r[0]].append(item)
        for r in con.execute(
            "SELECT session_id, item_index, at_s, pain, exercise_id,"
            f" {', '.join(_PAIN_FLAGS)}, action, rule_id FROM pain_reports"
            f" WHERE session_id IN ({marks}) ORDER BY id",
            ids,
        ):
            flags = {f: bool(v) for f, v in zip(_PAIN_FLAGS, r[5:10], strict=True)}
            report = PainReport(r[2], r[3], r[4], **flags, action=r[10], rule_id=r[11])
            items[(r[0], r[1])].pain_reports.append(report)
        pauses: dict[int, list[Pause]] = {i: [] for i in ids}
        for sid, at_s, duration_s in con.execute(
            f"SELECT session_id, at_s, duration_s FROM session_pauses WHERE session_id IN ({marks})"
            " ORDER BY session_id, seq",
            ids,
        ):
            pauses[sid].append(Pause(at_s, duration_s))
        found = {
            r[0]: r
            for r in con.execute(
                f"SELECT id, {_SESSION_COLS} FROM sessions WHERE id IN ({marks})", ids
            )
        }
        return [
            SessionRecord(
                program_id=r[1],
                program_name=r[2],
                program_snapshot=r[3],
                started_utc=datetime.fromisoformat(r[4]),
                ended_utc=_ts(r[5]),
                local_date=r[7],
                planned_s=r[8],
                active_s=r[9],
                paused_s=r[10],
                outcome=Outcome(r[11]),
                pain_before=r[12],
                pain_after=r[13],
                effort=r[14],
                notes=r[15],
                current_item=r[16],
                items=by_session[r[0]],
                pauses=pauses[r[0]],
                session_id=r[0],
            )  # fmt: skip
            for sid in ids
            if (r := found.get(sid)) is not None
        ]


def _where(flt: HistoryFilter) -> tuple[str, list[object]]:
    clauses, args = [_DONE], list[object]()
    if flt.program_id:
        clauses.append("program_id = ?")
        args.append(flt.program_id)
    if flt.start:
        clauses.append("local_date >= ?")
        args.append(flt.start.isoformat())
    if flt.end:
        clauses.append("local_date <= ?")
        args.append(flt.end.isoformat())
    return "WHERE " + " AND ".join(clauses), args


def _session_row(r: tuple[Any, ...]) -> SessionRow:
    sid, day, started, pid, pname, active, frac, before, after, effort, outcome = r
    return SessionRow(
        sid,
        date.fromisoformat(day),
        datetime.fromisoformat(started),
        pid,
        pname,
        active,
        frac,
        before,
        after,
        effort,
        Outcome(outcome),
    )
