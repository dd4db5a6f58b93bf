"""Desktop notifications over D-Bus (org.freedesktop.Notifications), sent with jeepney.

Blocking calls with a short timeout, on the caller's thread: no thread and no event loop of our
own. The app watches `fileno()` (a Qt socket notifier) and calls `process_events()` when the
bus has something, which delivers ActionInvoked and NotificationClosed to the listener.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call
from jeepney.bus_messages import MatchRule, message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse, unwrap_msg

from rehab_app.core.reminders.notify import Action, CloseReason, Notice, NoticeListener

log = logging.getLogger(__name__)

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"
_SERVICE = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
_SIGNALS = MatchRule(type="signal", interface=INTERFACE, path=OBJECT_PATH)
URGENCY_NORMAL = 1
# -1: the server's own timeout (GNOME keeps a notice with actions in its list).
EXPIRE_DEFAULT = -1


def session_bus_address(environ: Mapping[str, str]) -> str | None:
    """The session bus address: $DBUS_SESSION_BUS_ADDRESS, else systemd's $XDG_RUNTIME_DIR/bus."""
    if address := environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return address
    runtime = environ.get("XDG_RUNTIME_DIR")
    if runtime and (Path(runtime) / "bus").exists():
        return f"unix:path={Path(runtime) / 'bus'}"
    return None


class DBusNotifier:
    """Shows notices through the desktop's notification service on the session bus."""

    def __init__(
        self,
        address: str,
        app_name: str,
        icon: str = "",
        desktop_entry: str = "",
        timeout: float = 2.0,
    ) -> None:
        self._address, self._app_name, self._icon = address, app_name, icon
        self._desktop_entry, self._timeout = desktop_entry, timeout
        self._con: DBusConnection | None = None
        self._queue: deque[Any] = deque()
        self._listener: NoticeListener | None = None
        self._ids: dict[str, int] = {}
        self._keys: dict[int, str] = {}
        self._tokens: dict[int, str] = {}
        self.capabilities: frozenset[str] = frozenset()
        self.server: tuple[str, ...] = ()
        # Called with the new socket's file number (None when closed) so a watcher can follow.
        self.connection_changed: Callable[[int | None], None] | None = None

    # Connection --------------------------------------------------------------------------------

    def connect(self) -> bool:
        """Connect and ask the service what it supports; False if there is no service."""
        if self._con is not None:
            return True
        try:
            con = open_dbus_connection(self._address, auth_timeout=self._timeout)
        except (OSError, ValueError, RuntimeError) as exc:
            log.info("no session bus at %s: %s", self._address, exc)
            return False
        try:
            con.filter(_SIGNALS, queue=self._queue)
            unwrap_msg(
                con.send_and_get_reply(message_bus.AddMatch(_SIGNALS), timeout=self._timeout)
            )
            caps = self._call(con, "GetCapabilities")
            self.capabilities = frozenset(caps[0])
            self.server = tuple(str(v) for v in self._call(con, "GetServerInformation"))
        except (OSError, TimeoutError, DBusErrorResponse, ValueError) as exc:
            log.info("no notification service on the session bus: %s", exc)
            con.close()
            return False
        self._con = con
        self._announce()
        return True

    def _call(self, con: DBusConnection, method: str, signature: str | None = None,
              body: tuple[Any, ...] = ()) -> tuple[Any, ...]:  # fmt: skip
        msg = new_method_call(_SERVICE, method, signature, body)
        return tuple(unwrap_msg(con.send_and_get_reply(msg, timeout=self._timeout)))

    def close(self) -> None:
        """Close the bus connection (notices already shown stay on the desktop)."""
        if self._con is not None:
            self._con.close()
            self._con = None
            self._announce()

    def fileno(self) -> int | None:
        """The bus socket's file number, to watch for incoming signals; None when closed."""
        return None if self._con is None else int(self._con.sock.fileno())

    def _announce(self) -> None:
        if self.connection_changed is not None:
            self.connection_changed(self.fileno())

    def _lost(self, exc: BaseException) -> None:
        log.warning("lost the session bus: %s", exc)
        self.close()

    # Notifier ----------------------------------------------------------------------------------

    def listen(self, listener: NoticeListener) -> None:
        """Send clicks and closes to `listener`."""
        self._listener = listener

    @property
    def supports_actions(self) -> bool:
        """True when the service shows buttons (without them a click opens the app)."""
        return "actions" in self.capabilities

    def notify_body(self, notice: Notice) -> tuple[Any, ...]:
        """The Notify call's arguments for `notice` (signature `susssasa{sv}i`)."""
        actions: list[str] = []
        if self.supports_actions:
            # "default" is the click on the notice itself; servers show no button for it.
            actions += [Action.OPEN.value, ""]
            for action, label in notice.actions:
                actions += [action.value, label]
        hints: dict[str, tuple[str, Any]] = {"urgency": ("y", URGENCY_NORMAL)}
        if self._desktop_entry:
            hints["desktop-entry"] = ("s", self._desktop_entry)
        body = notice.body if "body" in self.capabilities or not self.capabilities else ""
        replaces = self._ids.get(notice.key, 0)
        return (
            self._app_name, replaces, self._icon, notice.title, body, actions, hints,
            EXPIRE_DEFAULT,
        )  # fmt: skip

    def show(self, notice: Notice) -> bool:
        """Send the notice; False if there is no service or it did not answer in time."""
        if not self.connect():
            return False
        assert self._con is not None
        try:
            reply = self._call(self._con, "Notify", NOTIFY_SIGNATURE, self.notify_body(notice))
        except DBusErrorResponse as exc:
            log.warning("the notification service refused a notice: %s", exc)
            return False
        except (OSError, TimeoutError, ValueError) as exc:
            self._lost(exc)
            return False
        nid = int(reply[0])
        old = self._ids.pop(notice.key, None)
        if old is not None:
            self._keys.pop(old, None)
        self._ids[notice.key], self._keys[nid] = nid, notice.key
        self.process_events()
        return True

    def withdraw(self, key: str) -> None:
        """Close the notice with `key` if this run showed it."""
        nid = self._ids.pop(key, None)
        if nid is None or self._con is None:
            return
        self._keys.pop(nid, None)
        try:
            self._call(self._con, "CloseNotification", "u", (nid,))
        except DBusErrorResponse as exc:
            log.info("could not close notice %s: %s", nid, exc)
        except (OSError, TimeoutError, ValueError) as exc:
            self._lost(exc)

    # Incoming signals --------------------------------------------------------------------------

    def process_events(self, timeout: float = 0.0) -> int:
        """Handle the signals that have arrived (waiting up to `timeout` s for the first);
        returns how many were for our notices."""
        handled = self._drain()
        wait = timeout
        while self._con is not None:
            try:
                # Returns at once while jeepney holds buffered messages, so none is left behind.
                self._con.recv_messages(timeout=wait)
            except TimeoutError:
                break
            except (OSError, ValueError) as exc:
                self._lost(exc)
                break
            handled += self._drain()
            wait = 0.0
        return handled

    def _drain(self) -> int:
        handled = 0
        while self._queue:
            msg = self._queue.popleft()
            if msg.header.message_type is MessageType.signal:
                handled += self._signal(str(msg.header.fields.get(HeaderFields.member)), msg.body)
        return handled

    def _signal(self, member: str, body: tuple[Any, ...]) -> int:
        if member == "ActivationToken" and len(body) == 2:
            self._tokens[int(body[0])] = str(body[1])
            return 0
        if member not in ("ActionInvoked", "NotificationClosed") or len(body) != 2:
            return 0
        nid = int(body[0])
        key = self._keys.get(nid)
        if key is None:
            return 0  # another application's notice, or one from before a restart
        token = self._tokens.pop(nid, None)
        if member == "ActionInvoked":
            try:
                action = Action(str(body[1]))
            except ValueError:
                return 0
            if self._listener is not None:
                self._listener.action_invoked(key, action, token)
            return 1
        self._keys.pop(nid, None)
        if self._ids.get(key) == nid:
            del self._ids[key]
        try:
            reason = CloseReason(int(body[1]))
        except ValueError:
            reason = CloseReason.UNDEFINED
        if self._listener is not None:
            self._listener.notice_closed(key, reason)
        return 1


def dbus_notifier(environ: Mapping[str, str], app_name: str, icon: str = "",
                  desktop_entry: str = "") -> DBusNotifier | None:  # fmt: skip
    """A connected notifier for the session bus named in `environ`, or None if there is none."""
    address = session_bus_address(environ)
    if address is None:
        return None
    notifier = DBusNotifier(address, app_name, icon, desktop_entry)
    return notifier if notifier.connect() else None
