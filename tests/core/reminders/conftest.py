"""Fixtures for reminder tests: a wall clock on a Monday in Berlin, a history store, facts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, time
from pathlib import Path

import pytest

from rehab_app.core.history.store import HistoryStore
from rehab_app.core.reminders.prefs import ProgramReminder, QuietHours, ReminderPrefs
from rehab_app.core.reminders.scheduler import ReminderScheduler
from tests.core.reminders.fakes import BERLIN, Facts, WallClock

# Monday 4 May 2026, 08:00 in Berlin (summer time).
MONDAY = datetime(2026, 5, 4, 8, 0, tzinfo=BERLIN)

PREFS = ReminderPrefs(
    enabled=True,
    programs={"core": ProgramReminder((0, 2, 4), time(18, 0))},
    checkin=True,
    checkin_at=time(9, 0),
    measures=True,
    measures_at=time(12, 0),
    quiet=QuietHours(time(22, 0), time(8, 0)),
)


@pytest.fixture
def clock() -> WallClock:
    return WallClock(MONDAY)


@pytest.fixture
def facts() -> Facts:
    return Facts()


@pytest.fixture
def open_store(tmp_path: Path, clock: WallClock) -> Iterator[Callable[[], HistoryStore]]:
    """Opens the same history file again (an app restart); closes them all at the end."""
    opened: list[HistoryStore] = []

    def open_() -> HistoryStore:
        store = HistoryStore.open(tmp_path / "history.db", clock.utc_now).store
        opened.append(store)
        return store

    yield open_
    for store in opened:
        store.close()


@pytest.fixture
def store(open_store: Callable[[], HistoryStore]) -> HistoryStore:
    return open_store()


@pytest.fixture
def scheduler(store: HistoryStore, facts: Facts) -> ReminderScheduler:
    return ReminderScheduler(PREFS, store, facts)
