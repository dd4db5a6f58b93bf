"""Reminders end to end with a fake notifier: shown once, and each answer does what it says."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from rehab_app.core.history.store import HistoryStore
from rehab_app.core.reminders.log import Response
from rehab_app.core.reminders.notify import (
    Action,
    BannerNotifier,
    CloseReason,
    FallbackNotifier,
    Notice,
    Notifier,
)
from rehab_app.core.reminders.scheduler import Reminder, ReminderScheduler
from rehab_app.core.reminders.service import ReminderService
from tests.core.reminders.fakes import FakeNotifier, WallClock

MON = date(2026, 5, 4)
ACTIONS = (
    (Action.START, "Start now"),
    (Action.SNOOZE, "Snooze 30 minutes"),
    (Action.SKIP, "Skip today"),
)


def compose(reminder: Reminder) -> Notice:
    """The UI's wording, reduced to what the tests check."""
    title = f"Time for {reminder.primary.subject or reminder.primary.kind}"
    return Notice(reminder.key, title, f"{len(reminder.items)} item(s)", ACTIONS)


class App:
    """What the app does when asked to start or open."""

    def __init__(self) -> None:
        self.started: list[tuple[Reminder, str | None]] = []
        self.opened: list[Reminder] = []
        self.snoozed: list[datetime | None] = []

    def start(self, reminder: Reminder, token: str | None) -> None:
        self.started.append((reminder, token))

    def open(self, reminder: Reminder, token: str | None) -> None:
        self.opened.append(reminder)


def make_service(
    scheduler: ReminderScheduler, notifier: Notifier, clock: WallClock, app: App
) -> ReminderService:
    service = ReminderService(scheduler, notifier, compose, clock, app.start, app.open)
    service.snoozed_until = lambda _r, back: app.snoozed.append(back)
    return service


@pytest.fixture
def app() -> App:
    return App()


@pytest.fixture
def notifier() -> FakeNotifier:
    return FakeNotifier()


@pytest.fixture
def service(
    scheduler: ReminderScheduler, notifier: FakeNotifier, clock: WallClock, app: App
) -> ReminderService:
    clock.set_local(datetime(2026, 5, 4, 18, 0))
    return make_service(scheduler, notifier, clock, app)


def response(store: HistoryStore) -> Response | None:
    return store.reminder_entries(MON)[("session", "core", MON)].response


def test_tick_shows_the_worded_notice_once(
    service: ReminderService, notifier: FakeNotifier
) -> None:
    reminder = service.tick()
    assert reminder is not None
    assert notifier.shown == [
        Notice("2026-05-04/session:core", "Time for core", "1 item(s)", ACTIONS)
    ]
    assert service.tick() is None
    assert len(notifier.shown) == 1
    assert service.shown == (reminder,)


def test_start_now_opens_the_session_and_records_it(
    service: ReminderService, notifier: FakeNotifier, app: App, store: HistoryStore
) -> None:
    reminder = service.tick()
    assert reminder is not None
    notifier.click(Action.START)
    assert app.started == [(reminder, None)]
    assert response(store) is Response.STARTED
    assert notifier.withdrawn == [reminder.key]
    assert service.shown == ()


def test_snooze_shows_it_again_30_minutes_later(
    service: ReminderService,
    notifier: FakeNotifier,
    clock: WallClock,
    app: App,
    store: HistoryStore,
) -> None:
    service.tick()
    notifier.click(Action.SNOOZE)
    assert app.snoozed == [datetime(2026, 5, 4, 18, 30)]
    assert response(store) is Response.SNOOZED
    clock.advance(minutes=29)
    assert service.tick() is None
    clock.advance(minutes=1)
    again = service.tick()
    assert again is not None
    assert again.snoozes == 1
    assert [n.key for n in notifier.shown] == [again.key, again.key]
    assert app.started == []


def test_skip_today_records_it_and_nothing_more_today(
    service: ReminderService,
    notifier: FakeNotifier,
    clock: WallClock,
    app: App,
    store: HistoryStore,
) -> None:
    service.tick()
    notifier.click(Action.SKIP)
    assert response(store) is Response.SKIPPED
    for _ in range(120):
        clock.advance(minutes=1)
        assert service.tick() is None
    assert app.started == []
    assert app.snoozed == []


def test_closing_after_an_action_does_not_undo_it(
    service: ReminderService, notifier: FakeNotifier, store: HistoryStore
) -> None:
    service.tick()
    notifier.click(Action.SNOOZE)
    notifier.close(CloseReason.DISMISSED)  # servers close a notice after its action
    assert response(store) is Response.SNOOZED


def test_closing_a_notice_counts_as_seen_but_expiry_does_not(
    service: ReminderService, notifier: FakeNotifier, store: HistoryStore
) -> None:
    reminder = service.tick()
    notifier.close(CloseReason.EXPIRED)
    assert response(store) is None
    assert service.shown == (reminder,)
    notifier.close(CloseReason.DISMISSED)
    assert response(store) is Response.DISMISSED
    assert service.shown == ()


def test_a_click_on_the_notice_opens_the_app_and_keeps_the_choices(
    service: ReminderService, notifier: FakeNotifier, app: App, store: HistoryStore
) -> None:
    reminder = service.tick()
    notifier.click(Action.OPEN)
    notifier.close(CloseReason.DISMISSED)
    assert app.opened == [reminder]
    assert response(store) is None
    assert service.shown == (reminder,)
    assert reminder is not None
    service.answer(reminder, Action.START)  # from the banner in the app
    assert response(store) is Response.STARTED


def test_a_click_for_an_answered_or_unknown_notice_is_ignored(
    service: ReminderService, notifier: FakeNotifier, app: App
) -> None:
    service.tick()
    notifier.click(Action.START)
    notifier.click(Action.START)
    notifier.click(Action.START, key="from-before-a-restart")
    assert len(app.started) == 1


def test_without_a_desktop_service_the_banner_shows_it(
    scheduler: ReminderScheduler, clock: WallClock, app: App, store: HistoryStore
) -> None:
    banner = BannerNotifier()
    changes: list[int] = []
    banner.changed = lambda: changes.append(len(banner.notices))
    chain = FallbackNotifier(FakeNotifier(works=False), banner)
    clock.set_local(datetime(2026, 5, 4, 18, 0))
    service = make_service(scheduler, chain, clock, app)
    reminder = service.tick()
    assert reminder is not None
    assert chain.using_banner
    assert [n.title for n in banner.notices] == ["Time for core"]
    banner.invoke(reminder.key, Action.SNOOZE)
    assert banner.notices == ()
    assert changes == [1, 0]
    assert response(store) is Response.SNOOZED
    clock.advance(minutes=30)
    again = service.tick()
    assert again is not None
    banner.dismiss(again.key)
    assert response(store) is Response.DISMISSED


def test_a_failing_desktop_service_falls_back_to_the_banner() -> None:
    class Broken(FakeNotifier):
        def show(self, notice: Notice) -> bool:
            raise OSError("the bus went away")

        def withdraw(self, key: str) -> None:
            raise OSError("the bus went away")

    banner = BannerNotifier()
    chain = FallbackNotifier(Broken(), banner)
    notice = Notice("k", "t", "b", ACTIONS)
    assert chain.show(notice)
    assert banner.notices == (notice,)
    chain.withdraw("k")
    assert banner.notices == ()


def test_the_desktop_service_is_used_when_it_works_again() -> None:
    primary, banner = FakeNotifier(works=False), BannerNotifier()
    chain = FallbackNotifier(primary, banner)
    chain.show(Notice("a", "t", "b"))
    primary.works = True
    chain.show(Notice("a", "t", "b"))
    assert not chain.using_banner
    assert banner.notices == ()
    assert [n.key for n in primary.shown] == ["a"]


def test_banner_buttons_for_a_gone_notice_do_nothing() -> None:
    banner = BannerNotifier()
    heard: list[str] = []

    class Listener:
        def action_invoked(self, key: str, action: Action, token: str | None) -> None:
            heard.append(key)

        def notice_closed(self, key: str, reason: CloseReason) -> None:
            heard.append(key)

    banner.listen(Listener())
    banner.invoke("gone", Action.START)
    banner.dismiss("gone")
    banner.withdraw("gone")
    assert heard == []


def test_a_history_that_cannot_be_written_shows_nothing_rather_than_repeating(
    service: ReminderService, notifier: FakeNotifier, store: HistoryStore
) -> None:
    store.close()  # any write now fails, as on a full disk
    assert service.tick() is None
    assert notifier.shown == []
