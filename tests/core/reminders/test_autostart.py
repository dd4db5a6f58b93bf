"""Start at login: the right file in a fake home on each system, written and removed cleanly."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from rehab_app.core.reminders.autostart import (
    LAUNCH_AGENT_LABEL,
    MINIMISED_FLAG,
    AutostartError,
    autostart_place,
    desktop_entry,
    disable,
    enable,
    is_enabled,
    login_command,
)

COMMAND = ["/opt/back on track/bin/python", "-m", "rehab_app"]


def exec_args(entry: str) -> list[str]:
    """Split an Exec line as a desktop (GLib's g_shell_parse_argv) would, for the cases used."""
    line = next(x for x in entry.splitlines() if x.startswith("Exec="))[5:]
    # Desktop file string unescaping first (\\ -> \), then the Exec quoting rules.
    value = line.replace("\\\\", "\x00").replace("\x00", "\\")
    args, current, quoted, escaped, started = [], "", False, False, False
    for char in value:
        if escaped:
            current, escaped = current + char, False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if current or started:
                args.append(current)
            current, started = "", False
        else:
            current += char
    if current or started:
        args.append(current)
    return [a.replace("%%", "%") for a in args]


def test_linux_entry_goes_to_xdg_config_home(tmp_path: Path) -> None:
    home, config = tmp_path / "home", tmp_path / "config"
    place = autostart_place("linux", home, {"XDG_CONFIG_HOME": str(config)})
    assert place.path == config / "autostart" / "rehab-app.desktop"
    assert not is_enabled(place)
    assert enable(place, COMMAND) == place.path
    assert is_enabled(place)
    text = place.path.read_text()
    assert "[Desktop Entry]\nType=Application\n" in text
    assert "Name=Back on Track\n" in text
    assert "Terminal=false\n" in text
    assert exec_args(text) == [*COMMAND, MINIMISED_FLAG]
    assert disable(place)
    assert not place.path.exists()
    assert not is_enabled(place)
    assert not disable(place)


@pytest.mark.parametrize("config", ["", "relative/config"])
def test_linux_without_a_usable_xdg_config_home_uses_dot_config(
    tmp_path: Path, config: str
) -> None:
    place = autostart_place("linux", tmp_path, {"XDG_CONFIG_HOME": config})
    assert place.path == tmp_path / ".config" / "autostart" / "rehab-app.desktop"
    assert autostart_place("freebsd14", tmp_path, {}).path == place.path


@pytest.mark.parametrize(
    "arg",
    ['with "quotes"', "back\\slash", "dollar $HOME", "100%", "tick`s", "plain", ""],
)
def test_exec_quoting_keeps_each_argument_whole(arg: str) -> None:
    assert exec_args(desktop_entry(["/usr/bin/python3", arg])) == ["/usr/bin/python3", arg]


def test_a_line_break_in_the_command_is_refused(tmp_path: Path) -> None:
    place = autostart_place("linux", tmp_path, {})
    with pytest.raises(AutostartError, match="line break"):
        enable(place, ["/bin/app\nX-Evil=1"])
    assert not place.path.exists()


def test_enabling_twice_keeps_one_entry_and_the_flag_once(tmp_path: Path) -> None:
    place = autostart_place("linux", tmp_path, {})
    enable(place, COMMAND)
    enable(place, [*COMMAND, MINIMISED_FLAG])
    assert exec_args(place.path.read_text()).count(MINIMISED_FLAG) == 1
    assert [p.name for p in place.path.parent.iterdir()] == ["rehab-app.desktop"]


def test_a_file_someone_else_wrote_is_left_alone(tmp_path: Path) -> None:
    place = autostart_place("linux", tmp_path, {})
    place.path.parent.mkdir(parents=True)
    place.path.write_text("[Desktop Entry]\nExec=something-else\n")
    assert not is_enabled(place)
    with pytest.raises(AutostartError, match="not written by Back on Track"):
        enable(place, COMMAND)
    assert not disable(place)
    assert place.path.read_text() == "[Desktop Entry]\nExec=something-else\n"


def test_windows_command_file_in_the_startup_folder(tmp_path: Path) -> None:
    appdata = tmp_path / "AppData" / "Roaming"
    place = autostart_place("win32", tmp_path, {"APPDATA": str(appdata)})
    startup = appdata / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup"
    assert place.path == startup / "Back on Track.cmd"
    enable(place, [r"C:\Users\José\100% fit\pythonw.exe", "-m", "rehab_app"])
    raw = place.path.read_bytes()
    assert b"\r\n" in raw
    assert b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.decode("utf-8").splitlines()
    assert lines[0] == "@echo off"
    assert "chcp 65001 >nul" in lines
    assert lines[-1] == (
        'start "" "C:\\Users\\José\\100%% fit\\pythonw.exe" "-m" "rehab_app" "--minimised"'
    )
    assert is_enabled(place)
    assert disable(place)
    assert not place.path.exists()
    assert autostart_place("win32", tmp_path, {}).path.parent == startup


def test_windows_refuses_a_quote_it_cannot_write(tmp_path: Path) -> None:
    place = autostart_place("win32", tmp_path, {})
    with pytest.raises(AutostartError, match="quote"):
        enable(place, ['C:\\a"b\\pythonw.exe'])


def test_macos_launch_agent(tmp_path: Path) -> None:
    place = autostart_place("darwin", tmp_path, {})
    assert place.path == tmp_path / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
    enable(place, COMMAND)
    plist = plistlib.loads(place.path.read_bytes())
    assert plist["Label"] == LAUNCH_AGENT_LABEL
    assert plist["ProgramArguments"] == [*COMMAND, MINIMISED_FLAG]
    assert plist["RunAtLoad"] is True
    assert "KeepAlive" not in plist  # quitting the app must not restart it
    assert is_enabled(place)
    assert disable(place)
    assert not place.path.exists()


def test_an_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    place = autostart_place("linux", tmp_path, {"XDG_CONFIG_HOME": str(blocker)})
    with pytest.raises(AutostartError, match="Could not write"):
        enable(place, COMMAND)


def test_an_empty_command_is_refused(tmp_path: Path) -> None:
    with pytest.raises(AutostartError):
        enable(autostart_place("darwin", tmp_path, {}), [])


def test_login_command_uses_pythonw_on_windows(tmp_path: Path) -> None:
    python = tmp_path / "python.exe"
    assert login_command(python, "win32") == [str(python), "-m", "rehab_app"]
    (tmp_path / "pythonw.exe").touch()
    assert login_command(python, "win32") == [str(tmp_path / "pythonw.exe"), "-m", "rehab_app"]
    assert login_command(python, "linux") == [str(python), "-m", "rehab_app"]
