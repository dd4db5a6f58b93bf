"""When the outcome measures are due: PSFS at the start and every 14 days, change at 4 and 8
weeks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rehab_app.core.outcomes.change import Size, rating_problem, read_rating
from rehab_app.core.outcomes.due import change_week_due, episode_start, outcomes_due

START = date(2026, 5, 4)


def day(n: int) -> date:
    return START + timedelta(days=n)


def test_the_first_psfs_is_due_at_once() -> None:
    due = outcomes_due(START, [], None, set())
    assert due.psfs
    assert due.psfs_next == START
    assert due.anything
    assert due.change_week is None


def test_the_psfs_is_due_again_after_two_weeks() -> None:
    assert not outcomes_due(day(13), [START], START, set()).psfs
    assert outcomes_due(day(13), [START], START, set()).psfs_next == day(14)
    assert outcomes_due(day(14), [START], START, set()).psfs
    overdue = outcomes_due(day(30), [START, day(14)], START, set())
    assert overdue.psfs
    assert overdue.psfs_next == day(30)
    assert not outcomes_due(day(20), [day(14), START], START, set()).anything


@pytest.mark.parametrize(
    ("days", "done", "week"),
    [
        (27, set(), None),
        (28, set(), 4),
        (55, set(), 4),
        (55, {4}, None),
        (56, {4}, 8),
        (56, set(), 8),  # four weeks' rating was missed: ask the eight weeks' one
        (60, {8}, None),
        (83, {4}, 8),
        (84, {4}, None),  # long after: asking "after 8 weeks" would mislead
        (200, set(), None),
    ],
)
def test_change_rating_weeks(days: int, done: set[int], week: int | None) -> None:
    assert change_week_due(day(days), START, done) == week


def test_no_change_rating_before_starting() -> None:
    assert change_week_due(day(40), None, set()) is None


def test_episode_start_is_the_earlier_of_first_session_and_first_psfs() -> None:
    assert episode_start(None, None) is None
    assert episode_start(day(3), None) == day(3)
    assert episode_start(day(3), day(1)) == day(1)


@pytest.mark.parametrize(
    ("rating", "sign", "size"),
    [
        (0, 0, Size.NONE),
        (1, 1, Size.SMALL),
        (-3, -1, Size.SMALL),
        (4, 1, Size.MODERATE),
        (-5, -1, Size.MODERATE),
        (6, 1, Size.LARGE),
        (-7, -1, Size.LARGE),
    ],
)
def test_reading_a_change_rating(rating: int, sign: int, size: Size) -> None:
    reading = read_rating(rating)
    assert (reading.sign, reading.size) == (sign, size)


def test_ratings_outside_the_scale() -> None:
    with pytest.raises(ValueError, match="-7 to 7"):
        read_rating(8)
    assert rating_problem(4, 7) is None
    assert rating_problem(4, -8) is not None
    assert rating_problem(5, 0) is not None
    assert rating_problem(8, True) is not None  # type: ignore[arg-type]
