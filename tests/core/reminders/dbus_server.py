"""A private session bus and a small notification service on it, for the real D-Bus tests.

The service owns org.freedesktop.Notifications on a bus of its own (no desktop's service is
started), records every call as received off the wire, and emits the signals a user's click
makes a real server emit.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import shutil
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, Proxy, open_dbus_connection

from rehab_app.core.reminders.dbus_notify import BUS_NAME, INTERFACE, OBJECT_PATH

_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
_EMITTER = DBusAddress(OBJECT_PATH, interface=INTERFACE)
REPLACE_EXISTING, DO_NOT_QUEUE = 2, 4


@contextlib.contextmanager
def private_bus(folder: Path) -> Iterator[str]:
    """Run a dbus-daemon of our own (no service activation) and yield its address."""
    exe = shutil.which("dbus-daemon")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("dbus-daemon is missing: .ci/run installs the dbus-daemon package")
        pytest.skip("dbus-daemon is not installed (apt-get install dbus-daemon)")
    config = folder / "bus.conf"
    config.write_text(_CONFIG.format(folder=folder))
    proc = subprocess.Popen(
        [exe, f"--config-file={config}", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        with selectors.DefaultSelector() as sel:
            sel.register(proc.stdout, selectors.EVENT_READ)
            assert sel.select(10), "dbus-daemon printed no address"
        address = proc.stdout.readline().strip()
        assert address.startswith("unix:"), address
        yield address
    finally:
        proc.terminate()
        proc.wait(10)


@dataclass(frozen=True)
class NotifyCall:
    """One Notify call as the service received it."""

    signature: str
    app_name: str
    replaces_id: int
    app_icon: str
    summary: str
    body: str
    actions: list[str]
    hints: dict[str, tuple[str, Any]]
    expire_timeout: int


class NotificationServer:
    """org.freedesktop.Notifications on the test bus, served from a thread."""

    def __init__(self, address: str, capabilities: tuple[str, ...] = ("actions", "body")) -> None:
        self.capabilities = capabilities
        self.calls: list[NotifyCall] = []
        self.closed: list[int] = []
        self._con: DBusConnection = open_dbus_connection(address)
        owned = Proxy(message_bus, self._con, timeout=5).RequestName(BUS_NAME, DO_NOT_QUEUE)
        assert owned == (1,), owned
        self._send_lock = threading.Lock()
        self._next_id = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def close(self) -> None:
        """Stop serving and leave the bus (the name is free again)."""
        self._stop.set()
        self._thread.join(5)
        self._con.close()

    def _send(self, msg: Any) -> None:
        with self._send_lock:
            self._con.send(msg)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                msg = self._con.receive(timeout=0.05)
            except TimeoutError:
                continue
            except OSError:
                return
            if msg.header.message_type is MessageType.method_call:
                self._answer(msg)

    def _answer(self, msg: Any) -> None:
        member = msg.header.fields.get(HeaderFields.member)
        if member == "Notify":
            call = NotifyCall(str(msg.header.fields.get(HeaderFields.signature)), *msg.body)
            self.calls.append(call)
            nid = call.replaces_id
            if not nid:
                self._next_id += 1
                nid = self._next_id
            self._send(new_method_return(msg, "u", (nid,)))
        elif member == "GetCapabilities":
            self._send(new_method_return(msg, "as", (list(self.capabilities),)))
        elif member == "GetServerInformation":
            self._send(new_method_return(msg, "ssss", ("test-server", "tests", "1", "1.2")))
        elif member == "CloseNotification":
            nid = int(msg.body[0])
            self.closed.append(nid)
            self._send(new_method_return(msg))
            self.emit_closed(nid, 3)
        else:
            self._send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))

    def click(self, nid: int, action: str, token: str = "token-1", close: bool = True) -> None:
        """What a server sends when the user clicks `action` on notice `nid` (GNOME Shell also
        closes the notice, reporting it dismissed)."""
        self._send(new_signal(_EMITTER, "ActivationToken", "us", (nid, token)))
        self._send(new_signal(_EMITTER, "ActionInvoked", "us", (nid, action)))
        if close:
            self.emit_closed(nid, 2)

    def emit_closed(self, nid: int, reason: int) -> None:
        """The notice went away (1 expired, 2 dismissed, 3 closed by a call)."""
        self._send(new_signal(_EMITTER, "NotificationClosed", "uu", (nid, reason)))
