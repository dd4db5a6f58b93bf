"""The `safety_events` table: the dated log of safety decisions, written and read back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from rehab_app.core.history.connection import HistoryConnection
from rehab_app.core.history.records import iso
from rehab_app.core.safety.events import EventKind, SafetyEvent

_COLUMNS = "local_date, recorded_utc, kind, code, answer, tier, session_id, detail"


class HistorySafety(HistoryConnection):
    """Safety events: appended in one transaction per call, listed oldest first."""

    def add_safety_events(self, events: Sequence[SafetyEvent]) -> None:
        """Store `events`; those without a recording time (new ones) get the store's clock."""
        if not events:
            return
        stamp = iso(self._now_utc())
        with self._tx() as con:
            con.executemany(
                f"INSERT INTO safety_events ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (e.day.isoformat(), iso(e.recorded_utc) if e.recorded_utc else stamp,
                     e.kind.value, e.code, e.answer, e.tier,
                     e.session_id, e.detail)
                    for e in events
                ],
            )  # fmt: skip

    def safety_events(
        self, start: date | None = None, end: date | None = None
    ) -> list[SafetyEvent]:
        """Events on local dates from `start` to `end` (both included), oldest first."""
        rows = self._con.execute(
            f"SELECT {_COLUMNS} FROM safety_events"
            " WHERE local_date >= ? AND local_date <= ? ORDER BY local_date, id",
            ((start or date.min).isoformat(), (end or date.max).isoformat()),
        ).fetchall()
        return [
            SafetyEvent(
                day=date.fromisoformat(day),
                kind=EventKind(kind),
                code=code,
                answer=answer,
                tier=tier,
                session_id=session_id,
                detail=detail,
                recorded_utc=datetime.fromisoformat(recorded),
            )
            for day, recorded, kind, code, answer, tier, session_id, detail in rows
        ]
