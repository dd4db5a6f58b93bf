"""The schedule's facts from the history store: programs done, check-in due, measures due."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date
from typing import Protocol

from rehab_app.core.outcomes.due import OutcomesDue


class FactsStore(Protocol):
    """The part of the HistoryStore the schedule reads."""

    def programs_done_on(self, day: date) -> set[str]:
        """Ids of the programs with a finished session on `day`."""
        ...

    def needs_checkin(self, today: date) -> date | None:
        """Yesterday's date if its check-in is still due."""
        ...

    def outcomes_due(self, today: date) -> OutcomesDue:
        """Which outcome measures are due on `today`."""
        ...


class StoreFacts:
    """DueFacts from the history store and the programs the library holds now."""

    def __init__(self, store: FactsStore, programs: Callable[[], Collection[str]]) -> None:
        self._store, self._programs = store, programs

    def programs(self) -> Collection[str]:
        """Ids of the programs that exist now."""
        return self._programs()

    def programs_done_on(self, day: date) -> Collection[str]:
        """Ids of the programs with a finished session on `day`."""
        return self._store.programs_done_on(day)

    def checkin_due(self, day: date) -> bool:
        """True when yesterday had a session and today has no check-in yet."""
        return self._store.needs_checkin(day) is not None

    def outcomes_due(self, day: date) -> OutcomesDue:
        """Which outcome measures are due on `day`."""
        return self._store.outcomes_due(day)
