"""Which outcome measures are due on a day: the PSFS at the start and every two weeks, the
global rating of change at 4 and 8 weeks."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from rehab_app.core.outcomes.change import WEEKS

PSFS_EVERY = timedelta(days=14)
# A milestone stays due for this long, then the next one (or nothing) takes over: asking at
# week 30 how things are "after 8 weeks" would mislead.
_LAST_WINDOW = timedelta(weeks=4)


@dataclass(frozen=True, slots=True)
class OutcomesDue:
    """What is due on `day`: the PSFS (and when it next will be), and a change-rating week."""

    day: date
    psfs: bool
    psfs_next: date
    change_week: int | None

    @property
    def anything(self) -> bool:
        """True when something is due."""
        return self.psfs or self.change_week is not None


def episode_start(first_session: date | None, first_psfs: date | None) -> date | None:
    """When the user started: the earlier of their first finished session and their first PSFS."""
    found = [d for d in (first_session, first_psfs) if d is not None]
    return min(found) if found else None


def change_week_due(today: date, start: date | None, done: Collection[int]) -> int | None:
    """The latest change-rating milestone reached and not yet answered, while it is current."""
    if start is None:
        return None
    for n, week in enumerate(WEEKS):
        begins = start + timedelta(weeks=week)
        ends = (
            start + timedelta(weeks=WEEKS[n + 1]) if n + 1 < len(WEEKS) else begins + _LAST_WINDOW
        )
        if begins <= today < ends:
            later = any(w > week for w in done)
            return None if week in done or later else week
    return None


def outcomes_due(
    today: date, psfs_days: Iterable[date], start: date | None, change_weeks_done: Collection[int]
) -> OutcomesDue:
    """What is due today: the first PSFS is due at once, the next 14 days after the last one."""
    last = max(psfs_days, default=None)
    psfs_next = today if last is None else last + PSFS_EVERY
    return OutcomesDue(
        today,
        psfs_next <= today,
        max(psfs_next, today),
        change_week_due(today, start, change_weeks_done),
    )
