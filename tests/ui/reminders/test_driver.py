"""The reminder driver in the Qt event loop, against a real private D-Bus, and the tray notice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from rehab_app.core.history.store import HistoryStore
from rehab_app.core.reminders.dbus_notify import DBusNotifier
from rehab_app.core.reminders.log import Response
from rehab_app.core.reminders.notify import Action, BannerNotifier, FallbackNotifier, Notice
from rehab_app.core.reminders.scheduler import Reminder, ReminderScheduler
from rehab_app.core.reminders.service import ReminderService
from rehab_app.ui.reminders.driver import ReminderDriver
from rehab_app.ui.reminders.tray_notifier import TrayNotifier
from tests.core.reminders.conftest import MONDAY, PREFS
from tests.core.reminders.dbus_server import NotificationServer, private_bus
from tests.core.reminders.fakes import Facts, FakeNotifier, WallClock
from tests.core.reminders.test_service import App, compose

MON = date(2026, 5, 4)


@pytest.fixture
def clock() -> WallClock:
    return WallClock(MONDAY)


@pytest.fixture
def store(tmp_path: Path, clock: WallClock) -> Iterator[HistoryStore]:
    store = HistoryStore.open(tmp_path / "history.db", clock.utc_now).store
    yield store
    store.close()


@pytest.fixture
def parent(qtbot: QtBot) -> QObject:
    return QObject()


def test_the_poll_shows_due_reminders_and_says_so(
    qtbot: QtBot, parent: QObject, store: HistoryStore, clock: WallClock
) -> None:
    notifier, app = FakeNotifier(), App()
    service = ReminderService(
        ReminderScheduler(PREFS, store, Facts()), notifier, compose, clock, app.start
    )
    driver = ReminderDriver(service, parent)
    shown: list[Reminder] = []
    driver.reminder_shown.connect(shown.append)
    clock.set_local(datetime(2026, 5, 4, 17, 59))
    driver.start()
    assert driver.timer.isActive()
    assert driver.timer.interval() == 60_000
    assert shown == []
    clock.advance(minutes=1)
    driver.timer.timeout.emit()
    assert [r.key for r in shown] == ["2026-05-04/session:core"]
    assert [n.title for n in notifier.shown] == ["Time for core"]
    driver.stop()
    assert not driver.timer.isActive()


def test_a_click_on_the_desktop_notice_reaches_the_app_through_the_event_loop(
    qtbot: QtBot,
    parent: QObject,
    store: HistoryStore,
    clock: WallClock,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with private_bus(tmp_path_factory.mktemp("bus", numbered=True)) as address:
        server = NotificationServer(address)
        dbus = DBusNotifier(address, "Back on Track")
        try:
            app = App()
            service = ReminderService(
                ReminderScheduler(PREFS, store, Facts()), dbus, compose, clock, app.start
            )
            driver = ReminderDriver(service, parent, dbus)
            clock.set_local(datetime(2026, 5, 4, 18, 0))
            driver.start()
            assert [c.summary for c in server.calls] == ["Time for core"]
            server.click(1, "start", token="from-the-desktop")
            # No explicit processing: the socket notifier hands the signal over.
            qtbot.waitUntil(lambda: bool(app.started), timeout=5000)
            assert app.started[0][1] == "from-the-desktop"
            entry = store.reminder_entries(MON)[("session", "core", MON)]
            assert entry.response is Response.STARTED
            driver.stop()
        finally:
            dbus.close()
            server.close()


def test_the_driver_follows_a_lost_connection(
    qtbot: QtBot,
    parent: QObject,
    store: HistoryStore,
    clock: WallClock,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    banner = BannerNotifier()
    with private_bus(tmp_path_factory.mktemp("bus", numbered=True)) as address:
        server = NotificationServer(address)
        dbus = DBusNotifier(address, "Back on Track")
        assert dbus.connect()
        service = ReminderService(
            ReminderScheduler(PREFS, store, Facts()),
            FallbackNotifier(dbus, banner),
            compose,
            clock,
            App().start,
        )
        driver = ReminderDriver(service, parent, dbus)
        driver.start()
        server.close()
    qtbot.waitUntil(lambda: dbus.fileno() is None, timeout=5000)
    clock.set_local(datetime(2026, 5, 4, 18, 0))
    driver.tick()
    assert [n.title for n in banner.notices] == ["Time for core"]
    driver.stop()


def test_without_a_tray_the_tray_notifier_declines(qtbot: QtBot, parent: QObject) -> None:
    tray = QSystemTrayIcon(parent)
    notifier = TrayNotifier(tray, parent)
    assert not notifier.show(Notice("k", "t", "b"))


def test_a_click_on_the_tray_message_opens_the_app(
    qtbot: QtBot, parent: QObject, monkeypatch: pytest.MonkeyPatch
) -> None:
    tray = QSystemTrayIcon(parent)
    notifier = TrayNotifier(tray, parent)
    heard: list[tuple[str, Action]] = []

    class Listener:
        def action_invoked(self, key: str, action: Action, token: str | None) -> None:
            heard.append((key, action))

        def notice_closed(self, key: str, reason: object) -> None:
            raise AssertionError("a tray message never reports closing")

    notifier.listen(Listener())
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    monkeypatch.setattr(tray, "isVisible", lambda: True)
    monkeypatch.setattr(tray, "showMessage", lambda title, body, *_: messages.append((title, body)))
    assert notifier.show(Notice("k", "Time for core", "Start when you are ready"))
    assert messages == [("Time for core", "Start when you are ready")]
    tray.messageClicked.emit()
    assert heard == [("k", Action.OPEN)]
    notifier.withdraw("k")
    tray.messageClicked.emit()
    assert heard == [("k", Action.OPEN)]
