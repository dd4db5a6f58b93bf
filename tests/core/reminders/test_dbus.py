"""Against a real D-Bus: a private bus, a notification service registered by the test, and the
app's notifier sending real Notify calls and acting on real ActionInvoked signals."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from rehab_app.core.history.store import HistoryStore
from rehab_app.core.reminders.dbus_notify import DBusNotifier, dbus_notifier, session_bus_address
from rehab_app.core.reminders.log import Response
from rehab_app.core.reminders.notify import Action, BannerNotifier, FallbackNotifier, Notice
from rehab_app.core.reminders.scheduler import ReminderScheduler
from rehab_app.core.reminders.service import ReminderService
from tests.core.reminders.dbus_server import NotificationServer, private_bus
from tests.core.reminders.fakes import WallClock
from tests.core.reminders.test_service import ACTIONS, App, compose

MON, WED = date(2026, 5, 4), date(2026, 5, 6)


@pytest.fixture
def bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    # A short folder: a socket path must stay under 108 bytes.
    with private_bus(tmp_path_factory.mktemp("bus", numbered=True)) as address:
        yield address


@pytest.fixture
def server(bus: str) -> Iterator[NotificationServer]:
    server = NotificationServer(bus)
    yield server
    server.close()


@pytest.fixture
def notifier(bus: str, server: NotificationServer) -> Iterator[DBusNotifier]:
    notifier = DBusNotifier(bus, "Back on Track", "rehab-app", "rehab-app")
    yield notifier
    notifier.close()


def wait_until(notifier: DBusNotifier, done: Callable[[], bool], seconds: float = 10.0) -> None:
    """Handle signals from the bus until `done()` (the app's socket watcher does this)."""
    deadline = time.monotonic() + seconds
    while not done():
        assert time.monotonic() < deadline, "the signal never arrived"
        notifier.process_events(timeout=0.1)


def test_the_notify_call_is_what_the_specification_asks(
    notifier: DBusNotifier, server: NotificationServer
) -> None:
    assert notifier.show(Notice("k", "Time for your back exercises", "Core stability", ACTIONS))
    assert notifier.server[0] == "test-server"
    [call] = server.calls
    # replaces_id goes out as uint32 and the hints as a{sv}: what QtDBus could not send.
    assert call.signature == "susssasa{sv}i"
    assert (call.app_name, call.replaces_id, call.app_icon) == ("Back on Track", 0, "rehab-app")
    assert (call.summary, call.body) == ("Time for your back exercises", "Core stability")
    assert call.actions == [
        "default", "",
        "start", "Start now",
        "snooze", "Snooze 30 minutes",
        "skip", "Skip today",
    ]  # fmt: skip
    assert call.hints == {"urgency": ("y", 1), "desktop-entry": ("s", "rehab-app")}
    assert call.expire_timeout == -1


def test_showing_the_same_reminder_again_replaces_its_notice(
    notifier: DBusNotifier, server: NotificationServer
) -> None:
    notifier.show(Notice("k", "first", "", ACTIONS))
    notifier.show(Notice("k", "again", "", ACTIONS))
    notifier.show(Notice("other", "another", "", ACTIONS))
    assert [c.replaces_id for c in server.calls] == [0, 1, 0]
    notifier.withdraw("k")
    assert server.closed == [1]


def test_clicking_the_actions_starts_snoozes_and_skips(
    tmp_path: Path, bus: str, server: NotificationServer, notifier: DBusNotifier
) -> None:
    from tests.core.reminders.conftest import MONDAY, PREFS
    from tests.core.reminders.fakes import Facts

    clock = WallClock(MONDAY)
    store = HistoryStore.open(tmp_path / "history.db", clock.utc_now).store
    try:
        app = App()
        scheduler = ReminderScheduler(PREFS, store, Facts())
        service = ReminderService(scheduler, notifier, compose, clock, app.start, app.open)
        service.snoozed_until = lambda _r, back: app.snoozed.append(back)

        def response(day: date) -> Response | None:
            return store.reminder_entries(day)[("session", "core", day)].response

        # Monday 18:00: the notice goes out; the user clicks "Snooze 30 minutes".
        clock.set_local(datetime(2026, 5, 4, 18, 0))
        assert service.tick() is not None
        assert [(c.summary, c.replaces_id) for c in server.calls] == [("Time for core", 0)]
        server.click(1, "snooze")
        wait_until(notifier, lambda: response(MON) is Response.SNOOZED)
        assert app.snoozed == [datetime(2026, 5, 4, 18, 30)]
        notifier.process_events(timeout=0.2)  # the server's NotificationClosed after the click
        assert response(MON) is Response.SNOOZED

        # 18:30: it comes back; "Start now" opens the session with the activation token.
        clock.advance(minutes=30)
        again = service.tick()
        assert again is not None
        assert again.snoozes == 1
        assert len(server.calls) == 2
        server.click(2, "start", token="wayland-token")
        wait_until(notifier, lambda: bool(app.started))
        assert app.started == [(again, "wayland-token")]
        assert response(MON) is Response.STARTED
        for _ in range(60):
            clock.advance(minutes=1)
            assert service.tick() is None

        # Wednesday 18:00: "Skip today", and nothing more that day.
        clock.set_local(datetime(2026, 5, 6, 18, 0))
        assert service.tick() is not None
        server.click(3, "skip")
        wait_until(notifier, lambda: response(WED) is Response.SKIPPED)
        for _ in range(120):
            clock.advance(minutes=1)
            assert service.tick() is None
        assert len(server.calls) == 3
        assert len(app.started) == 1
    finally:
        store.close()


def test_a_click_on_another_apps_notice_is_ignored(
    notifier: DBusNotifier, server: NotificationServer
) -> None:
    heard: list[str] = []

    class Listener:
        def action_invoked(self, key: str, action: Action, token: str | None) -> None:
            heard.append(key)

        def notice_closed(self, key: str, reason: object) -> None:
            heard.append(f"closed {key}")

    notifier.listen(Listener())
    notifier.show(Notice("ours", "t", "b", ACTIONS))
    server.click(99, "start")
    server.click(1, "launch-missiles", close=False)
    server.click(1, "skip")
    wait_until(notifier, lambda: len(heard) == 2)
    assert heard == ["ours", "closed ours"]


def test_a_service_without_buttons_gets_no_actions(bus: str) -> None:
    server = NotificationServer(bus, capabilities=("body",))
    try:
        notifier = DBusNotifier(bus, "Back on Track")
        assert notifier.show(Notice("k", "t", "b", ACTIONS))
        assert not notifier.supports_actions
        assert server.calls[0].actions == []
        assert "desktop-entry" not in server.calls[0].hints
        notifier.close()
    finally:
        server.close()


def test_no_notification_service_means_the_banner(bus: str) -> None:
    assert dbus_notifier({"DBUS_SESSION_BUS_ADDRESS": bus}, "Back on Track") is None
    lone = DBusNotifier(bus, "Back on Track")
    chain = FallbackNotifier(lone, BannerNotifier())
    assert chain.show(Notice("k", "t", "b", ACTIONS))
    assert chain.using_banner
    assert [n.key for n in chain.banner.notices] == ["k"]


def test_the_service_appearing_later_is_used(bus: str) -> None:
    chain = FallbackNotifier(DBusNotifier(bus, "Back on Track"), BannerNotifier())
    chain.show(Notice("a", "t", "b"))
    assert chain.using_banner
    server = NotificationServer(bus)
    try:
        chain.show(Notice("b", "t", "b"))
        assert not chain.using_banner
        assert [c.summary for c in server.calls] == ["t"]
    finally:
        server.close()


def test_a_bus_that_goes_away_falls_back_without_an_error(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with private_bus(tmp_path_factory.mktemp("bus", numbered=True)) as address:
        server = NotificationServer(address)
        notifier = dbus_notifier({"DBUS_SESSION_BUS_ADDRESS": address}, "Back on Track")
        assert notifier is not None
        changes: list[int | None] = []
        notifier.connection_changed = changes.append
        server.close()
    chain = FallbackNotifier(notifier, BannerNotifier())
    assert chain.show(Notice("k", "t", "b"))
    assert chain.using_banner
    assert notifier.fileno() is None
    assert changes == [None]
    assert notifier.process_events() == 0


def test_session_bus_address_from_the_environment(tmp_path: Path) -> None:
    assert session_bus_address({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}) == "unix:path=/x"
    assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) is None
    (tmp_path / "bus").touch()
    assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) == f"unix:path={tmp_path}/bus"
    assert session_bus_address({}) is None
    assert dbus_notifier({}, "Back on Track") is None
