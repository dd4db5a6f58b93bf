"""The global rating of change: one question at 4 and 8 weeks, answered from -7 to +7."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

MIN_RATING, MAX_RATING = -7, 7
# When it is asked: weeks after the start (the first session or the first PSFS).
WEEKS = (4, 8)


@dataclass(frozen=True, slots=True)
class ChangeRating:
    """The answer for the `week` milestone, given on `day`: -7 (a very great deal worse) to +7."""

    week: int
    day: date
    rating: int


class Size(enum.StrEnum):
    """How large a rated change is (Jaeschke et al. 1989: 1-3 small, 4-5 moderate, 6-7 large)."""

    NONE = "none"
    SMALL = "small"
    MODERATE = "moderate"
    LARGE = "large"


@dataclass(frozen=True, slots=True)
class ChangeReading:
    """A rating read as a direction (-1, 0, +1) and a size, for the UI to word."""

    sign: int
    size: Size


def read_rating(rating: int) -> ChangeReading:
    """Direction and size of a rating; ValueError outside -7..+7."""
    if not MIN_RATING <= rating <= MAX_RATING:
        raise ValueError(f"a change rating runs from {MIN_RATING} to {MAX_RATING}, got {rating}")
    size = abs(rating)
    if size == 0:
        return ChangeReading(0, Size.NONE)
    kind = Size.SMALL if size <= 3 else Size.MODERATE if size <= 5 else Size.LARGE
    return ChangeReading(1 if rating > 0 else -1, kind)


def rating_problem(week: int, rating: int) -> str | None:
    """Why a change rating cannot be stored (for restore checks), or None."""
    if week not in WEEKS:
        return f"week: expected one of {', '.join(map(str, WEEKS))}, got {week!r}"
    if isinstance(rating, bool) or not isinstance(rating, int):
        return f"rating: expected a whole number, got {rating!r}"
    if not MIN_RATING <= rating <= MAX_RATING:
        return f"rating: expected a number from {MIN_RATING} to {MAX_RATING}, got {rating!r}"
    return None
