"""Running load: the Garmin-RUNSAFE single-run rule, weekly totals, the longest recent run.

Garmin-RUNSAFE (Frandsen, Nielsen et al., BJSM 2025; 5,205 runners, 588,071 runs): a run more
than 10 % longer than the longest run of the previous 30 days raised the rate of overuse injury
(10-30 % longer 1.64x, 30-100 % longer 1.52x, more than double 2.28x), while week-to-week change
did not predict injury. So this module compares single runs with the recent longest run and
never applies a "10 % a week" rule (the GRONORUN trial found it made no difference).
"""

from __future__ import annotations

import enum
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from rehab_app.core.runs.model import Kind, RunRow

WINDOW = timedelta(days=30)
RUNSAFE_LIMIT = 1.10


class SpikeBand(enum.StrEnum):
    """How a run compares with the longest run of the 30 days before it (the study's bands)."""

    NO_REFERENCE = "no_reference"  # no run with a distance in the previous 30 days
    WITHIN = "within"  # at most 10 % longer
    OVER_10 = "over_10"  # 10-30 % longer
    OVER_30 = "over_30"  # 30-100 % longer
    OVER_100 = "over_100"  # more than twice as long


# Overuse-injury rate ratios the study reported for each band.
RATE_RATIOS = {SpikeBand.OVER_10: 1.64, SpikeBand.OVER_30: 1.52, SpikeBand.OVER_100: 2.28}


def band_of(ratio: float | None) -> SpikeBand:
    """The band of a length ratio (this run / longest of the previous 30 days)."""
    if ratio is None:
        return SpikeBand.NO_REFERENCE
    if ratio <= RUNSAFE_LIMIT:
        return SpikeBand.WITHIN
    if ratio <= 1.30:
        return SpikeBand.OVER_10
    if ratio <= 2.0:
        return SpikeBand.OVER_30
    return SpikeBand.OVER_100


@dataclass(frozen=True, slots=True)
class SpikeCheck:
    """One run against the longest run of the 30 days before it."""

    run_id: int
    distance_m: float
    reference_m: float | None
    reference_run_id: int | None
    ratio: float | None
    band: SpikeBand

    @property
    def flagged(self) -> bool:
        """True when the run was more than 10 % longer than the recent longest run."""
        return self.band in RATE_RATIOS


def _measured(runs: Iterable[RunRow]) -> list[RunRow]:
    """Runs with a distance, oldest first (cross-training never counts as running load)."""
    found = [r for r in runs if r.kind is Kind.RUN and r.distance_m]
    return sorted(found, key=lambda r: (r.started_utc, r.run_id))


def spike_checks(runs: Iterable[RunRow]) -> dict[int, SpikeCheck]:
    """The RUNSAFE check of every run with a distance, by run id (runs without one are left out)."""
    ordered = _measured(runs)
    checks: dict[int, SpikeCheck] = {}
    window: deque[RunRow] = deque()  # runs of the last 30 days, longest first (a sliding max)
    for run in ordered:
        since = run.started_utc - WINDOW
        while window and window[0].started_utc < since:
            window.popleft()
        # In time order with falling distances, so the front is the longest of the window.
        reference = window[0] if window else None
        distance = run.distance_m or 0.0
        ratio = distance / reference.distance_m if reference and reference.distance_m else None
        checks[run.run_id] = SpikeCheck(
            run.run_id,
            distance,
            reference.distance_m if reference else None,
            reference.run_id if reference else None,
            ratio,
            band_of(ratio),
        )
        while window and (window[-1].distance_m or 0.0) <= distance:
            window.pop()
        window.append(run)
    return checks


def longest_recent(runs: Iterable[RunRow], now: datetime, days: int = 30) -> RunRow | None:
    """The longest run (by distance) that started in the `days` days up to `now`."""
    since = now - timedelta(days=days)
    recent = [r for r in _measured(runs) if since <= r.started_utc <= now]
    return max(recent, key=lambda r: (r.distance_m or 0.0, r.started_utc), default=None)


@dataclass(frozen=True, slots=True)
class RunWeek:
    """Running in one ISO week (Monday `start`): how many runs, how far, how long, the longest."""

    year: int
    week: int
    start: date
    runs: int = 0
    distance_m: float = 0.0
    duration_s: float = 0.0
    longest_m: float = 0.0
    flagged: int = 0


def weekly_running(
    runs: Sequence[RunRow], first: date | None = None, last: date | None = None
) -> list[RunWeek]:
    """Every ISO week from `first` to `last` (default: the first and last run), empty ones too."""
    own = [r for r in runs if r.kind is Kind.RUN]
    if not own and (first is None or last is None):
        return []
    first = first or min(r.local_date for r in own)
    last = last or max(r.local_date for r in own)
    flagged = {k for k, c in spike_checks(own).items() if c.flagged}
    monday = first - timedelta(days=first.weekday())
    weeks: dict[date, dict[str, float]] = {}
    while monday <= last:
        weeks[monday] = {"runs": 0, "distance": 0.0, "duration": 0.0, "longest": 0.0, "flag": 0}
        monday += timedelta(days=7)
    for run in own:
        week = weeks.get(run.local_date - timedelta(days=run.local_date.weekday()))
        if week is None:
            continue
        distance = run.distance_m or 0.0
        week["runs"] += 1
        week["distance"] += distance
        week["duration"] += run.duration_s or 0.0
        week["longest"] = max(week["longest"], distance)
        week["flag"] += run.run_id in flagged
    return [
        RunWeek(
            *start.isocalendar()[:2],
            start,
            int(w["runs"]),
            w["distance"],
            w["duration"],
            w["longest"],
            int(w["flag"]),
        )
        for start, w in weeks.items()
    ]


class Basis(enum.StrEnum):
    """What a planned session is compared by."""

    DISTANCE = "distance"
    DURATION = "duration"


@dataclass(frozen=True, slots=True)
class PlanCheck:
    """A planned session against the longest run of the last 30 days, by distance or duration.

    `limit` is 110 % of that longest run; `exceeds` is True when the plan goes beyond it.
    """

    basis: Basis
    planned: float
    longest: float | None
    longest_run_id: int | None
    limit: float | None
    ratio: float | None
    band: SpikeBand

    @property
    def exceeds(self) -> bool:
        """True when the planned session would be more than 10 % longer than the longest run."""
        return self.band in RATE_RATIOS


def check_planned(
    runs: Iterable[RunRow],
    at: datetime,
    distance_m: float | None = None,
    duration_s: float | None = None,
) -> list[PlanCheck]:
    """Whether a session planned at `at` would exceed the RUNSAFE limit, per basis given.

    The study measured distance; a duration (a walk-run session is planned in minutes) is
    compared with the longest run by time in the same way, which is this app's extrapolation.
    """
    recent = [r for r in runs if r.kind is Kind.RUN and at - WINDOW <= r.started_utc < at]
    checks = []
    if distance_m is not None:
        longest = max((r.distance_m or 0.0 for r in recent), default=0.0)
        checks.append(_plan(Basis.DISTANCE, distance_m, longest, recent, "distance_m"))
    if duration_s is not None:
        longest = max((r.duration_s or 0.0 for r in recent), default=0.0)
        checks.append(_plan(Basis.DURATION, duration_s, longest, recent, "duration_s"))
    return checks


def _plan(basis: Basis, planned: float, longest: float, pool: list[RunRow], attr: str) -> PlanCheck:
    if not longest:
        return PlanCheck(basis, planned, None, None, None, None, SpikeBand.NO_REFERENCE)
    run = next(r for r in pool if getattr(r, attr) == longest)
    ratio = planned / longest
    return PlanCheck(
        basis, planned, longest, run.run_id, longest * RUNSAFE_LIMIT, ratio, band_of(ratio)
    )
