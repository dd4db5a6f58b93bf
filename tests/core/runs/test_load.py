"""Running load: the Garmin-RUNSAFE single-run rule, weekly totals, longest run, planned sessions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from rehab_app.core.runs.load import (
    Basis,
    SpikeBand,
    band_of,
    check_planned,
    longest_recent,
    spike_checks,
    weekly_running,
)
from rehab_app.core.runs.model import Kind, RunRow, Source

DAY0 = datetime(2026, 3, 2, 7, tzinfo=UTC)  # a Monday


def _run(
    run_id: int, day: float, km: float | None, minutes: float = 30, kind: Kind = Kind.RUN
) -> RunRow:
    start = DAY0 + timedelta(days=day)
    distance = None if km is None else km * 1000
    return RunRow(
        run_id, kind, "running" if kind is Kind.RUN else "cycling", start, start.date(),
        distance, minutes * 60, minutes * 60, Source.MANUAL,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("ratio", "band"),
    [
        (None, SpikeBand.NO_REFERENCE),
        (0.5, SpikeBand.WITHIN),
        (1.10, SpikeBand.WITHIN),
        (1.11, SpikeBand.OVER_10),
        (1.30, SpikeBand.OVER_10),
        (1.31, SpikeBand.OVER_30),
        (2.0, SpikeBand.OVER_30),
        (2.01, SpikeBand.OVER_100),
    ],
)
def test_bands_follow_the_study(ratio: float | None, band: SpikeBand) -> None:
    assert band_of(ratio) is band


# Each scenario: the runs as (day, km), and the expected (band, ratio) of the LAST run.
SCENARIOS = [
    ("first run ever has nothing to compare with", [(0, 5)], SpikeBand.NO_REFERENCE, None),
    ("10 % longer is still within", [(0, 5), (3, 5.5)], SpikeBand.WITHIN, 1.10),
    ("12 % longer is flagged", [(0, 5), (3, 5.6)], SpikeBand.OVER_10, 1.12),
    (
        "the longest of the 30 days counts, not the last",
        [(0, 8), (10, 4), (20, 4), (25, 8.5)],
        SpikeBand.WITHIN,
        8.5 / 8,
    ),
    (
        "a long run 31 days ago no longer counts",
        [(0, 10), (20, 5), (31, 6)],
        SpikeBand.OVER_10,
        1.2,
    ),
    ("exactly 30 days ago still counts", [(0, 10), (30, 10.5)], SpikeBand.WITHIN, 1.05),
    ("after a month off there is no reference", [(0, 10), (45, 3)], SpikeBand.NO_REFERENCE, None),
    ("twice as long and more", [(0, 3), (2, 7)], SpikeBand.OVER_100, 7 / 3),
    ("35 % longer", [(0, 4), (5, 5.4)], SpikeBand.OVER_30, 1.35),
    (
        "weekly growth of 30 % is fine when no single run jumps",
        [(0, 5), (1, 5), (7, 5), (8, 5), (9, 5), (14, 5.2)],
        SpikeBand.WITHIN,
        1.04,
    ),
]


@pytest.mark.parametrize(
    ("runs", "band", "ratio"),
    [pytest.param(r, b, q, id=name) for name, r, b, q in SCENARIOS],
)
def test_runsafe_scenarios(
    runs: list[tuple[float, float]], band: SpikeBand, ratio: float | None
) -> None:
    rows = [_run(n, day, km) for n, (day, km) in enumerate(runs, 1)]
    check = spike_checks(rows)[len(rows)]
    assert check.band is band
    assert check.ratio == (None if ratio is None else pytest.approx(ratio))
    assert check.flagged is (band in (SpikeBand.OVER_10, SpikeBand.OVER_30, SpikeBand.OVER_100))


def test_reference_is_the_longest_run_and_names_it() -> None:
    rows = [_run(1, 0, 6), _run(2, 5, 4), _run(3, 10, 7)]
    check = spike_checks(rows)[3]
    assert (check.reference_run_id, check.reference_m, check.distance_m) == (1, 6000, 7000)


def test_cross_training_and_runs_without_distance_are_left_out() -> None:
    rows = [
        _run(1, 0, 5),
        _run(2, 1, 40, kind=Kind.CROSS_TRAINING),  # a long ride is not a long run
        _run(3, 2, None),  # a run added without a distance
        _run(4, 3, 5.4),
    ]
    checks = spike_checks(rows)
    assert set(checks) == {1, 4}
    assert checks[4].reference_run_id == 1


def test_the_sliding_window_matches_a_plain_search() -> None:
    # Irregular runs over a year: the O(n) window agrees with looking back 30 days each time.
    rows = [_run(n, n * 2.7 % 365, 3 + (n * 7919 % 13)) for n in range(1, 200)]
    rows.sort(key=lambda r: r.started_utc)
    checks = spike_checks(rows)
    for run in rows:
        earlier = [
            r.distance_m or 0
            for r in rows
            if run.started_utc - timedelta(days=30) <= r.started_utc < run.started_utc
        ]
        assert checks[run.run_id].reference_m == (max(earlier) if earlier else None)


def test_longest_recent_run_of_the_last_30_days() -> None:
    rows = [
        _run(1, 0, 12),
        _run(2, 10, 8),
        _run(3, 20, 6),
        _run(4, 20, 9, kind=Kind.CROSS_TRAINING),
    ]
    now = DAY0 + timedelta(days=35)
    recent = longest_recent(rows, now)
    assert recent is not None
    assert recent.run_id == 2
    assert longest_recent(rows, DAY0 + timedelta(days=80)) is None


def test_weekly_running_per_iso_week_with_empty_weeks() -> None:
    rows = [
        _run(1, 0, 5, 30),
        _run(2, 2, 6, 36),
        _run(3, 3, 20, 60, kind=Kind.CROSS_TRAINING),
        _run(4, 15, 8, 48),  # week 3; week 2 is empty
    ]
    weeks = weekly_running(rows)
    assert [(w.year, w.week, w.start) for w in weeks] == [
        (2026, 10, date(2026, 3, 2)),
        (2026, 11, date(2026, 3, 9)),
        (2026, 12, date(2026, 3, 16)),
    ]
    assert [(w.runs, w.distance_m, w.duration_s, w.longest_m) for w in weeks] == [
        (2, 11000, 3960, 6000),
        (0, 0, 0, 0),
        (1, 8000, 2880, 8000),
    ]
    assert [w.flagged for w in weeks] == [1, 0, 1]  # 6 after 5 (+20 %), 8 after 6 (+33 %)


def test_weekly_running_over_a_given_range_and_with_no_runs() -> None:
    assert weekly_running([]) == []
    weeks = weekly_running([], date(2026, 3, 4), date(2026, 3, 17))
    assert [w.start for w in weeks] == [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)]


def test_a_planned_session_is_checked_by_distance_and_by_duration() -> None:
    rows = [_run(1, 0, 3, 20), _run(2, 10, 4, 30), _run(3, 12, 30, 90, kind=Kind.CROSS_TRAINING)]
    at = DAY0 + timedelta(days=14)
    by_distance, by_time = check_planned(rows, at, distance_m=4500, duration_s=40 * 60)
    assert by_distance.basis is Basis.DISTANCE
    assert (by_distance.longest, by_distance.longest_run_id) == (4000, 2)
    assert by_distance.limit == pytest.approx(4400)
    assert by_distance.ratio == pytest.approx(1.125)
    assert by_distance.exceeds
    assert by_time.basis is Basis.DURATION
    assert (by_time.longest, by_time.limit) == (1800, pytest.approx(1980))
    assert by_time.band is SpikeBand.OVER_30
    assert by_time.exceeds
    [within] = check_planned(rows, at, duration_s=33 * 60)
    assert within.band is SpikeBand.WITHIN
    assert not within.exceeds


def test_a_planned_session_with_no_recent_run_has_no_reference() -> None:
    rows = [_run(1, 0, 5)]
    [check] = check_planned(rows, DAY0 + timedelta(days=40), distance_m=2000)
    assert check.band is SpikeBand.NO_REFERENCE
    assert not check.exceeds
    assert (check.longest, check.limit, check.ratio) == (None, None, None)
    assert check_planned(rows, DAY0 + timedelta(days=1)) == []
