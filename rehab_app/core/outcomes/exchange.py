"""Outcome measures in a JSON history export: checked before a restore writes them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from rehab_app.core.outcomes.change import ChangeRating, rating_problem
from rehab_app.core.outcomes.psfs import MAX_ACTIVITY_LENGTH, Problem, PsfsEntry, psfs_problems

_WHY = {
    Problem.NO_ACTIVITIES: "ratings: expected at least one activity",
    Problem.TOO_MANY: "ratings: more activities than the scale has",
    Problem.EMPTY_NAME: "activity: expected a name",
    Problem.NAME_TOO_LONG: f"activity: longer than {MAX_ACTIVITY_LENGTH} characters",
    Problem.DUPLICATE: "activity: appears twice",
    Problem.SCORE_OUT_OF_RANGE: "score: expected a whole number from 0 to 10",
}


def psfs_entry_problems(entries: Iterable[PsfsEntry], where: str) -> list[str]:
    """PSFS entries the app would refuse to store, or two for one day; one line each."""
    found: list[str] = []
    days: set[date] = set()
    for n, entry in enumerate(entries, 1):
        if entry.day in days:
            found.append(f"{where}[{n}]: day: {entry.day} appears twice")
        days.add(entry.day)
        for p in psfs_problems(entry.ratings):
            at = "" if p.index is None else f".ratings[{p.index + 1}]"
            found.append(f"{where}[{n}]{at}: {_WHY[p.problem]}")
    return found


def change_rating_problems(ratings: Iterable[ChangeRating], where: str) -> list[str]:
    """Change ratings out of range, or two for one week; one line each."""
    found: list[str] = []
    weeks: set[int] = set()
    for n, r in enumerate(ratings, 1):
        if r.week in weeks:
            found.append(f"{where}[{n}]: week: {r.week} appears twice")
        weeks.add(r.week)
        if (why := rating_problem(r.week, r.rating)) is not None:
            found.append(f"{where}[{n}]: {why}")
    return found
