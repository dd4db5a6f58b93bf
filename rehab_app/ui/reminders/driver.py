"""Runs the reminder service inside the Qt event loop: a one-minute poll, and the D-Bus
notifier's socket watched so a click on "Start now" is handled at once."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from rehab_app.core.reminders.service import ReminderService

POLL_MS = 60_000


class Watchable(Protocol):
    """A notifier with a socket to watch (the D-Bus notifier)."""

    def fileno(self) -> int | None:
        """The socket's file number, or None while not connected."""
        ...

    def process_events(self, timeout: float = 0.0) -> int:
        """Handle what has arrived without waiting."""
        ...


class ReminderDriver(QObject):
    """Calls `service.tick()` every minute (the wall clock is read each time, so sleep and
    clock changes are caught at the next tick) and feeds D-Bus signals to the notifier."""

    reminder_shown = Signal(object)  # the core Reminder just shown

    def __init__(
        self,
        service: ReminderService,
        parent: QObject,
        watch: Watchable | None = None,
        interval_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self._service, self._watched = service, watch
        self._socket: QSocketNotifier | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        """Check now, then every minute."""
        self.tick()
        self.timer.start()

    def stop(self) -> None:
        """Stop polling and watching."""
        self.timer.stop()
        self._drop_socket()

    def tick(self) -> None:
        """Show what is due now."""
        reminder = self._service.tick()
        # Showing may have connected (or lost) the bus: watch whatever socket is current.
        self.follow_socket()
        if reminder is not None:
            self.reminder_shown.emit(reminder)

    def follow_socket(self) -> None:
        """Watch the notifier's current socket (it changes when the bus reconnects)."""
        fd = None if self._watched is None else self._watched.fileno()
        if self._socket is not None and self._socket.socket() == fd:
            return
        self._drop_socket()
        if fd is not None:
            self._socket = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            self._socket.activated.connect(self._readable)

    def _readable(self) -> None:
        if self._watched is not None:
            self._watched.process_events()
        self.follow_socket()

    def _drop_socket(self) -> None:
        if self._socket is not None:
            self._socket.setEnabled(False)
            self._socket.deleteLater()
            self._socket = None
