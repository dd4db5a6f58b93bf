"""Start at login, minimised: one file per system, written atomically and removed cleanly.

- Linux and other XDG desktops: `$XDG_CONFIG_HOME/autostart/rehab-app.desktop`
  (`~/.config` without it), the XDG Autostart specification's place for a user's entries.
- Windows: a `.cmd` in the user's Startup folder (`%APPDATA%\\Microsoft\\Windows\\Start Menu\\
  Programs\\Startup`). A real shortcut (.lnk) needs COM (pywin32); a command file needs nothing,
  at the price of a console window that flashes once at login before `start` hands over.
- macOS: a LaunchAgent `~/Library/LaunchAgents/org.rehab-app.autostart.plist` with RunAtLoad,
  which launchd reads at the next login.

Only files this module wrote are removed: each carries a marker line.
"""

from __future__ import annotations

import plistlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rehab_app.core.atomic import write_atomic

MINIMISED_FLAG = "--minimised"
APP_NAME = "Back on Track"
DESKTOP_ID = "rehab-app"
LAUNCH_AGENT_LABEL = "org.rehab-app.autostart"
_MARKER = "X-Rehab-App-Autostart"


class AutostartError(Exception):
    """The entry could not be written or removed; the message says why in plain words."""


@dataclass(frozen=True, slots=True)
class AutostartPlace:
    """Where this system's login entry goes and how it is written."""

    system: str  # "xdg", "windows" or "macos"
    path: Path


def autostart_place(platform: str, home: Path, environ: Mapping[str, str]) -> AutostartPlace:
    """The entry's file for `platform` (sys.platform), the user's `home` and environment."""
    if platform == "win32":
        appdata = environ.get("APPDATA") or str(home / "AppData" / "Roaming")
        folder = Path(appdata, "Microsoft", "Windows", "Start Menu", "Programs", "Startup")
        return AutostartPlace("windows", folder / f"{APP_NAME}.cmd")
    if platform == "darwin":
        folder = home / "Library" / "LaunchAgents"
        return AutostartPlace("macos", folder / f"{LAUNCH_AGENT_LABEL}.plist")
    config = environ.get("XDG_CONFIG_HOME", "")
    # The specification says a relative $XDG_CONFIG_HOME is invalid and must be ignored.
    base = Path(config) if config and Path(config).is_absolute() else home / ".config"
    return AutostartPlace("xdg", base / "autostart" / f"{DESKTOP_ID}.desktop")


def _desktop_quote(arg: str) -> str:
    """One Exec argument, quoted as the Desktop Entry specification asks."""
    if not arg:
        return '""'
    special = set(" \t\n\"'\\><~|&;$*?#()`")
    escaped = arg.replace("%", "%%")
    if not special & set(arg):
        return escaped
    for char in ("\\", '"', "`", "$"):
        escaped = escaped.replace(char, "\\" + char)
    # The desktop file's own string escaping doubles the backslashes once more.
    return '"' + escaped.replace("\\", "\\\\") + '"'


def desktop_entry(command: Sequence[str]) -> str:
    """The XDG autostart entry that runs `command`."""
    if any("\n" in a or "\r" in a for a in command):
        raise AutostartError("A program path with a line break cannot start at login.")
    exec_line = " ".join(_desktop_quote(a) for a in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Reminders for your back exercises\n"
        f"Exec={exec_line}\n"
        f"Icon={DESKTOP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        f"{_MARKER}=true\n"
    )


def _cmd_quote(arg: str) -> str:
    if '"' in arg or "\n" in arg or "\r" in arg:
        raise AutostartError(
            f"A program path with a quote or line break cannot start at login: {arg}"
        )
    # In a batch file a single % starts a variable; %% is a literal one.
    return '"' + arg.replace("%", "%%") + '"'


def windows_command_file(command: Sequence[str]) -> str:
    """The Startup folder's command file that starts `command` and closes its console."""
    program, *args = command
    line = " ".join(["start", '""', _cmd_quote(program), *map(_cmd_quote, args)])
    return (
        "@echo off\r\n"
        f"rem {_MARKER}: written by {APP_NAME} to start it at login; switch it off in Settings.\r\n"
        # UTF-8, so a user folder with accents in its name still works.
        "chcp 65001 >nul\r\n"
        f"{line}\r\n"
    )


def launch_agent(command: Sequence[str]) -> bytes:
    """The macOS LaunchAgent property list that runs `command` at login."""
    return plistlib.dumps(
        {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
            _MARKER: True,
        }
    )


def login_command(python: Path, platform: str) -> list[str]:
    """How to start the app at login: this Python running the package (pythonw on Windows,
    which opens no console window of its own)."""
    if platform == "win32" and (windowed := python.with_name("pythonw.exe")).is_file():
        python = windowed
    return [str(python), "-m", "rehab_app"]


def _content(place: AutostartPlace, command: Sequence[str]) -> bytes:
    if place.system == "windows":
        return windows_command_file(command).encode("utf-8")
    if place.system == "macos":
        return launch_agent(command)
    return desktop_entry(command).encode("utf-8")


def _ours(path: Path) -> bool:
    try:
        return _MARKER.encode() in path.read_bytes()
    except OSError:
        return False


def is_enabled(place: AutostartPlace) -> bool:
    """True when our entry is there (the Settings switch reads this, not a stored flag)."""
    return place.path.is_file() and _ours(place.path)


def enable(place: AutostartPlace, command: Sequence[str]) -> Path:
    """Write the entry that starts `command` (with MINIMISED_FLAG added) at login."""
    if not command:
        raise AutostartError("There is no command to start at login.")
    args = list(command)
    if MINIMISED_FLAG not in args:
        args.append(MINIMISED_FLAG)
    if place.path.exists() and not _ours(place.path):
        raise AutostartError(
            f"{place.path} already exists and was not written by {APP_NAME}; it was left alone."
        )
    try:
        place.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(place.path, _content(place, args))
    except OSError as exc:
        raise AutostartError(f"Could not write {place.path}: {exc.strerror or exc}") from exc
    return place.path


def disable(place: AutostartPlace) -> bool:
    """Remove our entry; False if there was none. A file we did not write is left alone."""
    if not place.path.exists() or not _ours(place.path):
        return False
    try:
        place.path.unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise AutostartError(f"Could not remove {place.path}: {exc.strerror or exc}") from exc
    return True
