"""Read-only history queries: session lists and pages, whole sessions, streaks and weekly minutes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from rehab_app.core.history.connection import HistoryConnection
from rehab_app.core.history.records import ROW_COLS, load_records, session_row
from rehab_app.core.history.schema import (
    ORDER_COLUMNS,
    HistoryFilter,
    PainPoint,
    SessionRow,
    SortKey,
    WeekSummary,
)
from rehab_app.core.session.record import SessionRecord

DONE = "outcome != 'in_progress'"
# A session stopped before half its planned time was not really done (pauses do not count).
HALF_DONE = "active_s * 2 >= planned_s"


class HistoryQueries(HistoryConnection):
    """What the review screens, suggestions and export read; nothing here writes."""

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
        sql = f"SELECT {ROW_COLS} FROM sessions {where} ORDER BY {order} LIMIT ? OFFSET ?"
        rows = [session_row(r) for r in self._con.execute(sql, (*args, limit, offset))]
        return rows[::-1] if reverse else rows

    def session_detail(self, session_id: int) -> SessionRecord | None:
        """The whole session with its exercise rows, pain reports and pauses."""
        records = load_records(self._con, [session_id])
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
            yield from load_records(self._con, [r[1] for r in rows])
            last = rows[-1]

    def program_records(self, program_id: str, limit: int = 120) -> list[SessionRecord]:
        """A program's latest completed or ended-early sessions, oldest first (for suggestions)."""
        rows = self._con.execute(
            "SELECT id FROM sessions WHERE program_id = ?"
            " AND outcome IN ('completed', 'ended_early')"
            " ORDER BY started_utc DESC, id DESC LIMIT ?",
            (program_id, limit),
        ).fetchall()
        return load_records(self._con, [r[0] for r in reversed(rows)]) if rows else []

    def records_since(self, start: date) -> list[SessionRecord]:
        """Every program's completed or ended-early sessions from `start` on, oldest first."""
        rows = self._con.execute(
            "SELECT id FROM sessions WHERE local_date >= ?"
            " AND outcome IN ('completed', 'ended_early') ORDER BY started_utc, id",
            (start.isoformat(),),
        ).fetchall()
        return load_records(self._con, [r[0] for r in rows]) if rows else []

    def last_done(self, program_id: str) -> date | None:
        """The local date of the latest finished session of a program that lasted half its plan."""
        row = self._con.execute(
            f"SELECT local_date FROM sessions WHERE program_id = ? AND {DONE}"
            f" AND {HALF_DONE} ORDER BY started_utc DESC LIMIT 1",
            (program_id,),
        ).fetchone()
        return None if row is None else date.fromisoformat(row[0])

    def latest_program_id(self) -> str | None:
        """The program of the latest finished session."""
        row = self._con.execute(
            f"SELECT program_id FROM sessions WHERE {DONE} ORDER BY started_utc DESC LIMIT 1"
        ).fetchone()
        return None if row is None else str(row[0])

    def active_days(self, start: date, end: date) -> set[date]:
        """Local dates from `start` to `end` (inclusive) with at least one finished session."""
        rows = self._con.execute(
            f"SELECT DISTINCT local_date FROM sessions WHERE local_date BETWEEN ? AND ? AND {DONE}",
            (start.isoformat(), end.isoformat()),
        )
        return {date.fromisoformat(r[0]) for r in rows}

    def current_streak(self, today: date) -> int:
        """Consecutive days with a session, ending today or yesterday."""
        cur = self._con.execute(
            f"SELECT DISTINCT local_date FROM sessions WHERE local_date <= ? AND {DONE}"
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
            f" WHERE local_date BETWEEN ? AND ? AND {DONE}"
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
            f" WHERE {DONE} ORDER BY started_utc DESC, id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [PainPoint(r[0], date.fromisoformat(r[1]), r[2], r[3]) for r in reversed(rows)]


def _where(flt: HistoryFilter) -> tuple[str, list[object]]:
    clauses, args = [DONE], list[object]()
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
