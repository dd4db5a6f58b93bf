"""One app per data folder: a second start says so and brings the first window forward."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = ".rehab-app.lock"
RAISE = b"raise"


def server_name(data_dir: Path) -> str:
    """A per-data-folder name for the local socket (short, no path characters)."""
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
        self._name = server_name(data_dir)
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        # A lock left by a crashed run is taken over at once (Qt checks the process is gone).
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True if this is the only instance; otherwise ask the running one to come forward."""
        if not self._lock.tryLock(100):
            self._ask_first_to_raise()
            return False
        QLocalServer.removeServer(self._name)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self._name)
        return True

    def release(self) -> None:
        """Give up the lock (on exit)."""
        if self._server is not None:
            self._server.close()
        self._lock.unlock()

    def _ask_first_to_raise(self) -> None:
        socket = QLocalSocket(self)
        socket.connectToServer(self._name)
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
