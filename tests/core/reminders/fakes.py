"""Test doubles for reminders: a wall clock that sleeps, jumps and travels; facts; a notifier."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from rehab_app.core.outcomes.due import OutcomesDue
from rehab_app.core.reminders.notify import Action, CloseReason, Notice, NoticeListener

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


class WallClock:
    """The computer's clock: real time kept in UTC, read in a time zone that can change."""

    def __init__(self, local: datetime) -> None:
        assert local.tzinfo is not None
        self.utc = local.astimezone(UTC)
        self.zone: tzinfo = local.tzinfo

    def __call__(self) -> datetime:
        """Now, as an aware datetime in the local zone."""
        return self.utc.astimezone(self.zone)

    def utc_now(self) -> datetime:
        """Now in UTC (for the history store)."""
        return self.utc

    def advance(self, **kwargs: float) -> datetime:
        """Real time passes (or the machine sleeps); returns the new local time."""
        self.utc += timedelta(**kwargs)
        return self()

    def set_local(self, local: datetime) -> datetime:
        """The clock is set (forwards or backwards) to a local wall time in the current zone."""
        self.utc = local.replace(tzinfo=self.zone).astimezone(UTC)
        return self()

    def travel(self, zone: tzinfo) -> datetime:
        """The computer moves to another time zone: same instant, another wall clock."""
        self.zone = zone
        return self()


@dataclass
class Facts:
    """DueFacts the test sets directly."""

    existing: set[str] = field(default_factory=lambda: {"core"})
    done: dict[date, set[str]] = field(default_factory=dict)
    checkins: set[date] = field(default_factory=set)
    psfs: set[date] = field(default_factory=set)
    change: dict[date, int] = field(default_factory=dict)

    def programs(self) -> Collection[str]:
        return self.existing

    def programs_done_on(self, day: date) -> Collection[str]:
        return self.done.get(day, set())

    def checkin_due(self, day: date) -> bool:
        return day in self.checkins

    def outcomes_due(self, day: date) -> OutcomesDue:
        return OutcomesDue(day, day in self.psfs, day, self.change.get(day))


class FakeNotifier:
    """Records notices; the test plays the user with click() and close()."""

    def __init__(self, works: bool = True) -> None:
        self.works = works
        self.shown: list[Notice] = []
        self.visible: dict[str, Notice] = {}
        self.withdrawn: list[str] = []
        self.listener: NoticeListener | None = None

    def listen(self, listener: NoticeListener) -> None:
        self.listener = listener

    def show(self, notice: Notice) -> bool:
        if not self.works:
            return False
        self.shown.append(notice)
        self.visible[notice.key] = notice
        return True

    def withdraw(self, key: str) -> None:
        self.withdrawn.append(key)
        self.visible.pop(key, None)

    def click(self, action: Action, key: str | None = None) -> None:
        """The user clicks `action` on the newest notice (or the one with `key`)."""
        assert self.listener is not None
        self.listener.action_invoked(key or self.shown[-1].key, action, None)

    def close(self, reason: CloseReason, key: str | None = None) -> None:
        """The notice goes away (the user closed it, or it expired)."""
        assert self.listener is not None
        key = key or self.shown[-1].key
        self.visible.pop(key, None)
        self.listener.notice_closed(key, reason)
