"""The Patient-Specific Functional Scale: score, checks, and the series with its change band."""

from __future__ import annotations

from datetime import date

import pytest

from rehab_app.core.outcomes.psfs import (
    Direction,
    Problem,
    PsfsEntry,
    PsfsProblem,
    PsfsRating,
    activities_to_rate,
    psfs_problems,
    psfs_score,
    psfs_series,
)

RUN, SIT, LIFT = "Run 5 km", "Sit through a meeting", "Lift my child"


def entry(day: int, *scores: int, names: tuple[str, ...] = (RUN, SIT, LIFT)) -> PsfsEntry:
    return PsfsEntry(
        date(2026, 5, day), tuple(PsfsRating(n, s) for n, s in zip(names, scores, strict=False))
    )


def test_score_is_the_mean() -> None:
    assert psfs_score([2, 5, 6]) == pytest.approx(13 / 3)
    assert entry(1, 4, 6).mean == 5.0
    with pytest.raises(ValueError, match="at least one"):
        psfs_score([])


def test_a_valid_form_has_no_problems() -> None:
    assert psfs_problems(entry(1, 0, 10, 5).ratings) == []


@pytest.mark.parametrize(
    ("ratings", "problems"),
    [
        ((), [PsfsProblem(Problem.NO_ACTIVITIES)]),
        (
            tuple(PsfsRating(f"a{n}", 5) for n in range(4)),
            [PsfsProblem(Problem.TOO_MANY)],
        ),
        ((PsfsRating("  ", 5),), [PsfsProblem(Problem.EMPTY_NAME, 0)]),
        ((PsfsRating("x" * 201, 5),), [PsfsProblem(Problem.NAME_TOO_LONG, 0)]),
        (
            (PsfsRating("Run 5 km", 5), PsfsRating("run  5 KM", 4)),
            [PsfsProblem(Problem.DUPLICATE, 1)],
        ),
        (
            (PsfsRating("a", 11), PsfsRating("b", -1), PsfsRating("c", True)),  # type: ignore[arg-type]
            [PsfsProblem(Problem.SCORE_OUT_OF_RANGE, n) for n in range(3)],
        ),
    ],
)
def test_problems(ratings: tuple[PsfsRating, ...], problems: list[PsfsProblem]) -> None:
    assert psfs_problems(ratings) == problems


def test_series_compares_each_entry_with_the_baseline() -> None:
    series = psfs_series([entry(29, 6, 6, 6), entry(1, 3, 4, 5), entry(15, 4, 5, 6)])
    assert [p.day.day for p in series.points] == [1, 15, 29]
    assert series.baseline == 4.0
    assert series.band == (2.0, 6.0)
    assert [p.change for p in series.points] == [None, 1.0, 2.0]
    assert [p.direction for p in series.points] == [None, Direction.WITHIN_BAND, Direction.BETTER]
    assert series.latest is series.points[-1]


def test_a_change_of_exactly_two_on_a_mean_of_thirds_counts() -> None:
    # 10/3 to 16/3: floating point makes it 1.9999999999999996 unless compared with care.
    series = psfs_series([entry(1, 3, 3, 4), entry(15, 5, 5, 6)])
    assert series.points[1].direction is Direction.BETTER
    worse = psfs_series([entry(1, 5, 5, 6), entry(15, 3, 3, 4)])
    assert worse.points[1].direction is Direction.WORSE
    just_under = psfs_series([entry(1, 3, 3, 3), entry(15, 5, 5, 4)])
    assert just_under.points[1].direction is Direction.WITHIN_BAND


def test_band_stays_within_the_scale() -> None:
    assert psfs_series([entry(1, 1, 0, 1)]).band == (0, pytest.approx(8 / 3))
    assert psfs_series([entry(1, 10, 9, 10)]).band == (pytest.approx(23 / 3), 10)


def test_each_activity_changes_with_its_own_threshold_of_three() -> None:
    series = psfs_series([entry(1, 2, 5, 7), entry(15, 5, 7, 4), entry(29, 4, 7, 4)])
    changes = {a.activity: (a.first_score, a.latest_score, a.direction) for a in series.activities}
    assert changes == {
        RUN: (2, 4, Direction.WITHIN_BAND),
        SIT: (5, 7, Direction.WITHIN_BAND),
        LIFT: (7, 4, Direction.WORSE),
    }
    assert psfs_series([entry(1, 2), entry(15, 5)]).activities[0].direction is Direction.BETTER


def test_a_changed_activity_list_is_flagged_and_tracked_by_name() -> None:
    later = entry(15, 6, 6, names=("run 5 KM", "Garden"))
    series = psfs_series([entry(1, 2, 5, 7), later])
    assert [p.same_activities for p in series.points] == [True, False]
    names = [(a.activity, a.first_day.day, a.latest_day.day) for a in series.activities]
    assert names == [("run 5 KM", 1, 15), (SIT, 1, 1), (LIFT, 1, 1), ("Garden", 15, 15)]


def test_an_empty_history_has_no_series() -> None:
    series = psfs_series([])
    assert (series.points, series.baseline, series.band, series.latest) == ((), None, None, None)


def test_next_time_offers_the_latest_activities() -> None:
    assert activities_to_rate([]) == ()
    assert activities_to_rate([entry(15, 1, names=("Garden",)), entry(1, 1, 2, 3)]) == ("Garden",)
