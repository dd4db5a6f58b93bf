"""One app per data folder: a second start says so and brings the first window forward."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

# QtNetwork is imported when the socket is needed, after the window shows.
if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = ".rehab-app.lock"
RAISE = b"raise"


def server_name(data_dir: Path) -> str:
    """A per-data-folder name for the local socket (short, no path characters)."""
    import hashlib  # only when the socket is needed: after the window shows

    digest = hashlib.sha1(str(data_dir.resolve()).encode()).hexdigest()[:16]  # noqa: S324 - a name, not security
    return f"rehab-app-{digest}"


class SingleInstance(QObject):
    """Holds the data folder's lock while the app runs.

    Signals:
        raise_requested(): another start asked this one to come forward.
    """

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        data_dir.mkdir(parents=True, exist_ok=True)
        self._data_dir = data_dir
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        # A lock left by a crashed run is taken over at once (Qt checks the process is gone).
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self, listen: bool = True) -> bool:
        """True if this is the only instance; otherwise ask the running one to come forward.

        With `listen` False, call `listen()` later (start-up does, once the window shows).
        """
        if not self._lock.tryLock(100):
            self._ask_first_to_raise()
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Accept "come forward" requests from later starts (after `acquire()` succeeded)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        name = server_name(self._data_dir)
        QLocalServer.removeServer(name)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(name)

    def release(self) -> None:
        """Give up the lock (on exit)."""
        if self._server is not None:
            self._server.close()
        self._lock.unlock()

    def _ask_first_to_raise(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket(self)
        socket.connectToServer(server_name(self._data_dir))
        if socket.waitForConnected(500):
            socket.write(RAISE)
            socket.waitForBytesWritten(500)
            socket.disconnectFromServer()

    def _on_connection(self) -> None:
        assert self._server is not None
        socket = self._server.nextPendingConnection()
        socket.setParent(self)
        socket.readyRead.connect(lambda: self._on_message(socket))

    def _on_message(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).strip() == RAISE:
            self.raise_requested.emit()
        socket.disconnectFromServer()
        socket.deleteLater()
