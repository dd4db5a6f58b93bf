"""Next-morning check-ins in the history: whether one is due, its baseline, storing and listing."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from rehab_app.core.history.connection import HistoryConnection
from rehab_app.core.history.queries import DONE
from rehab_app.core.history.records import iso
from rehab_app.core.history.schema import Checkin


class HistoryCheckins(HistoryConnection):
    """The `checkins` table: the pain reported the morning after a session day."""

    def needs_checkin(self, today: date) -> date | None:
        """Yesterday's date if yesterday had a session or a run and today has no check-in yet."""
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
                    iso(self._now_utc()),
                ),
            )

    def add_checkins(self, checkins: Iterable[Checkin]) -> None:
        """Store many check-ins in one transaction (restoring a history export)."""
        recorded = iso(self._now_utc())
        rows = [
            (c.day.isoformat(), c.session_day.isoformat(), c.pain, c.compared_to, recorded)
            for c in checkins
        ]
        with self._tx() as con:
            con.executemany("INSERT OR REPLACE INTO checkins VALUES (?, ?, ?, ?, ?)", rows)

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
        # A run counts like a session: the morning after it asks how the back is (issue 14).
        row = self._con.execute(
            f"SELECT MAX(d) FROM (SELECT MAX(local_date) AS d FROM sessions"
            f" WHERE local_date < ? AND {DONE} UNION ALL SELECT MAX(local_date) FROM runs"
            " WHERE kind = 'run' AND local_date < ?)",
            (day.isoformat(), day.isoformat()),
        ).fetchone()
        return None if row[0] is None else date.fromisoformat(row[0])
