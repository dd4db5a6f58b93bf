"""The Patient-Specific Functional Scale (Stratford et al. 1995): entries, checks and the series.

Up to three activities the user finds hard because of their back, each rated 0 (unable) to 10
(as before the problem); the score is the mean. The smallest change that matters is 2 points on
the mean, or 3 points on one activity.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

MAX_ACTIVITIES = 3
MIN_SCORE, MAX_SCORE = 0, 10
MAX_ACTIVITY_LENGTH = 200
# Smallest changes that matter (Stratford et al. 1995; later work on low back pain agrees).
MEAN_CHANGE = 2.0
ACTIVITY_CHANGE = 3
# Means are averages of whole numbers; compare with a little slack so 2/3 + 4/3 counts as 2.
_EPS = 1e-9


@dataclass(frozen=True, slots=True)
class PsfsRating:
    """One activity in the user's words and how well they can do it now (0-10)."""

    activity: str
    score: int


@dataclass(frozen=True, slots=True)
class PsfsEntry:
    """One completed scale: the day it was answered and its ratings in the user's order."""

    day: date
    ratings: tuple[PsfsRating, ...]

    @property
    def mean(self) -> float:
        """The PSFS score: the mean of the ratings."""
        return psfs_score(r.score for r in self.ratings)


def psfs_score(scores: Iterable[int]) -> float:
    """The mean of the ratings; ValueError for none."""
    values = list(scores)
    if not values:
        raise ValueError("a PSFS needs at least one rated activity")
    return sum(values) / len(values)


class Problem(enum.StrEnum):
    """What is wrong with a PSFS before it can be stored."""

    NO_ACTIVITIES = "no_activities"
    TOO_MANY = "too_many"
    EMPTY_NAME = "empty_name"
    NAME_TOO_LONG = "name_too_long"
    DUPLICATE = "duplicate"
    SCORE_OUT_OF_RANGE = "score_out_of_range"


@dataclass(frozen=True, slots=True)
class PsfsProblem:
    """A problem and the activity it is about (its 0-based position; None for the whole form)."""

    problem: Problem
    index: int | None = None


def activity_key(name: str) -> str:
    """How activities are matched across entries: case and spacing do not matter."""
    return " ".join(name.split()).casefold()


def psfs_problems(ratings: Sequence[PsfsRating]) -> list[PsfsProblem]:
    """Everything that stops these ratings from being stored; empty when they are fine."""
    found: list[PsfsProblem] = []
    if not ratings:
        found.append(PsfsProblem(Problem.NO_ACTIVITIES))
    if len(ratings) > MAX_ACTIVITIES:
        found.append(PsfsProblem(Problem.TOO_MANY))
    seen: set[str] = set()
    for n, rating in enumerate(ratings):
        key = activity_key(rating.activity)
        if not key:
            found.append(PsfsProblem(Problem.EMPTY_NAME, n))
        elif len(rating.activity.strip()) > MAX_ACTIVITY_LENGTH:
            found.append(PsfsProblem(Problem.NAME_TOO_LONG, n))
        elif key in seen:
            found.append(PsfsProblem(Problem.DUPLICATE, n))
        seen.add(key)
        score = rating.score
        if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 10:
            found.append(PsfsProblem(Problem.SCORE_OUT_OF_RANGE, n))
    return found


class Direction(enum.StrEnum):
    """A change against the baseline, read with the smallest change that matters."""

    BETTER = "better"
    WORSE = "worse"
    WITHIN_BAND = "within_band"


def direction(change: float, threshold: float) -> Direction:
    """BETTER or WORSE when `change` reaches `threshold` either way, else WITHIN_BAND."""
    if change >= threshold - _EPS:
        return Direction.BETTER
    if change <= -threshold + _EPS:
        return Direction.WORSE
    return Direction.WITHIN_BAND


@dataclass(frozen=True, slots=True)
class PsfsPoint:
    """One entry on the chart: its mean and the change from the baseline (None for the baseline)."""

    day: date
    mean: float
    change: float | None
    direction: Direction | None
    same_activities: bool


@dataclass(frozen=True, slots=True)
class ActivityChange:
    """One activity from its first rating to its latest (3 points is a change that matters)."""

    activity: str
    first_day: date
    first_score: int
    latest_day: date
    latest_score: int

    @property
    def change(self) -> int:
        """Latest minus first score."""
        return self.latest_score - self.first_score

    @property
    def direction(self) -> Direction:
        """Whether the change reaches 3 points either way."""
        return direction(self.change, ACTIVITY_CHANGE)


@dataclass(frozen=True, slots=True)
class PsfsSeries:
    """The scores over time, the baseline and the band around it where a change does not matter."""

    points: tuple[PsfsPoint, ...]
    baseline: float | None
    band: tuple[float, float] | None
    activities: tuple[ActivityChange, ...]

    @property
    def latest(self) -> PsfsPoint | None:
        """The newest point, or None without entries."""
        return self.points[-1] if self.points else None


def _keys(entry: PsfsEntry) -> frozenset[str]:
    return frozenset(activity_key(r.activity) for r in entry.ratings)


def psfs_series(entries: Iterable[PsfsEntry]) -> PsfsSeries:
    """The chart's data: entries oldest first, each compared with the first (the baseline)."""
    ordered = sorted((e for e in entries if e.ratings), key=lambda e: e.day)
    if not ordered:
        return PsfsSeries((), None, None, ())
    first = ordered[0]
    baseline, base_keys = first.mean, _keys(first)
    points = [PsfsPoint(first.day, baseline, None, None, True)]
    for entry in ordered[1:]:
        change = entry.mean - baseline
        points.append(
            PsfsPoint(
                entry.day,
                entry.mean,
                change,
                direction(change, MEAN_CHANGE),
                _keys(entry) == base_keys,
            )
        )
    band = (max(MIN_SCORE, baseline - MEAN_CHANGE), min(MAX_SCORE, baseline + MEAN_CHANGE))
    return PsfsSeries(tuple(points), baseline, band, _activity_changes(ordered))


def _activity_changes(ordered: Sequence[PsfsEntry]) -> tuple[ActivityChange, ...]:
    """Each activity ever rated, from its first rating to its latest, in order of first rating."""
    first: dict[str, tuple[date, PsfsRating]] = {}
    latest: dict[str, tuple[date, PsfsRating]] = {}
    for entry in ordered:
        for rating in entry.ratings:
            key = activity_key(rating.activity)
            first.setdefault(key, (entry.day, rating))
            latest[key] = (entry.day, rating)
    return tuple(
        ActivityChange(latest[k][1].activity, day, rating.score, latest[k][0], latest[k][1].score)
        for k, (day, rating) in first.items()
    )


def activities_to_rate(entries: Iterable[PsfsEntry]) -> tuple[str, ...]:
    """The activities to offer next time: those of the latest entry (the same ones are re-rated)."""
    latest = max(entries, key=lambda e: e.day, default=None)
    return () if latest is None else tuple(r.activity for r in latest.ratings)
