"""Reminders as the tray icon's message (Windows and macOS show it as a system notification).

Qt's tray message has no buttons: a click on it opens the app, where the banner offers
"Start now", "Snooze 30 minutes" and "Skip today".
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon

from rehab_app.core.reminders.notify import Action, Notice, NoticeListener


class TrayNotifier(QObject):
    """Shows a notice as the tray icon's message; False when there is no tray to show it."""

    def __init__(self, tray: QSystemTrayIcon, parent: QObject) -> None:
        super().__init__(parent)
        self._tray = tray
        self._listener: NoticeListener | None = None
        self._key: str | None = None
        tray.messageClicked.connect(self._clicked)

    def listen(self, listener: NoticeListener) -> None:
        """Send clicks to `listener`."""
        self._listener = listener

    def show(self, notice: Notice) -> bool:
        """Show the notice as a tray message if the desktop has a tray and shows messages."""
        if not (
            QSystemTrayIcon.isSystemTrayAvailable()
            and QSystemTrayIcon.supportsMessages()
            and self._tray.isVisible()
        ):
            return False
        self._key = notice.key
        self._tray.showMessage(notice.title, notice.body, self._tray.icon())
        return True

    def withdraw(self, key: str) -> None:
        """Qt cannot take a tray message back; a later click on it is ignored."""
        if key == self._key:
            self._key = None

    def _clicked(self) -> None:
        if self._key is not None and self._listener is not None:
            self._listener.action_invoked(self._key, Action.OPEN, None)
