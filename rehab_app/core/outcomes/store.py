"""Outcome measures in the history database: PSFS entries and change ratings."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from rehab_app.core.history.connection import HistoryConnection
from rehab_app.core.history.queries import DONE
from rehab_app.core.history.records import iso
from rehab_app.core.outcomes.change import ChangeRating, rating_problem
from rehab_app.core.outcomes.due import OutcomesDue, episode_start, outcomes_due
from rehab_app.core.outcomes.psfs import PsfsEntry, PsfsRating, psfs_problems


class OutcomeRecords(HistoryConnection):
    """The `psfs`, `psfs_ratings` and `change_ratings` tables."""

    def add_psfs(self, entry: PsfsEntry) -> None:
        """Store `entry`, replacing one answered the same day; ValueError if it is not valid."""
        self.add_psfs_entries([entry])

    def add_psfs_entries(self, entries: Iterable[PsfsEntry]) -> None:
        """Store many entries in one transaction (restoring an export)."""
        entries = list(entries)
        for entry in entries:
            if problems := psfs_problems(entry.ratings):
                raise ValueError(f"PSFS of {entry.day}: {', '.join(p.problem for p in problems)}")
        recorded = iso(self._now_utc())
        with self._tx() as con:
            for entry in entries:
                day = entry.day.isoformat()
                con.execute("DELETE FROM psfs WHERE day = ?", (day,))
                con.execute("INSERT INTO psfs VALUES (?, ?)", (day, recorded))
                con.executemany(
                    "INSERT INTO psfs_ratings VALUES (?, ?, ?, ?)",
                    [(day, n, r.activity.strip(), r.score) for n, r in enumerate(entry.ratings, 1)],
                )

    def delete_psfs(self, day: date) -> bool:
        """Remove the entry answered on `day`; False if there was none."""
        with self._tx() as con:
            cur = con.execute("DELETE FROM psfs WHERE day = ?", (day.isoformat(),))
        return cur.rowcount == 1

    def psfs_entries(self) -> list[PsfsEntry]:
        """Every PSFS entry, oldest first."""
        ratings: dict[str, list[PsfsRating]] = {}
        for day, activity, score in self._con.execute(
            "SELECT day, activity, score FROM psfs_ratings ORDER BY day, position"
        ):
            ratings.setdefault(day, []).append(PsfsRating(activity, int(score)))
        days = [r[0] for r in self._con.execute("SELECT day FROM psfs ORDER BY day")]
        return [PsfsEntry(date.fromisoformat(d), tuple(ratings.get(d, ()))) for d in days]

    def add_change_rating(self, rating: ChangeRating) -> None:
        """Store (or replace) the answer for a milestone week; ValueError if out of range."""
        self.add_change_ratings([rating])

    def add_change_ratings(self, ratings: Iterable[ChangeRating]) -> None:
        """Store many change ratings in one transaction (restoring an export)."""
        ratings = list(ratings)
        for r in ratings:
            if (why := rating_problem(r.week, r.rating)) is not None:
                raise ValueError(f"change rating of week {r.week}: {why}")
        recorded = iso(self._now_utc())
        with self._tx() as con:
            con.executemany(
                "INSERT OR REPLACE INTO change_ratings VALUES (?, ?, ?, ?)",
                [(r.week, r.day.isoformat(), r.rating, recorded) for r in ratings],
            )

    def change_ratings(self) -> list[ChangeRating]:
        """Every change rating, by week."""
        rows = self._con.execute("SELECT week, day, rating FROM change_ratings ORDER BY week")
        return [ChangeRating(int(w), date.fromisoformat(d), int(r)) for w, d, r in rows]

    def first_session_day(self) -> date | None:
        """The local date of the first finished session."""
        row = self._con.execute(f"SELECT MIN(local_date) FROM sessions WHERE {DONE}").fetchone()
        return None if row[0] is None else date.fromisoformat(row[0])

    def outcomes_due(self, today: date) -> OutcomesDue:
        """Which measures are due on `today`, from what is stored."""
        days = [date.fromisoformat(r[0]) for r in self._con.execute("SELECT day FROM psfs")]
        start = episode_start(self.first_session_day(), min(days, default=None))
        done = {r.week for r in self.change_ratings()}
        return outcomes_due(today, days, start, done)
