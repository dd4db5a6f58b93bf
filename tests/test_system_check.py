"""Can a window open here: the checks that run before Qt is imported."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from rehab_app import app, system_check


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux packages only")
def test_missing_libraries_name_the_debian_packages(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import ctypes.util  # app imports it only when the check runs

    # Nothing in the usual folders: every library is asked of ctypes.
    monkeypatch.setattr(system_check, "_library_dirs", lambda env: [str(tmp_path)])
    asked: list[str] = []

    def find(name: str) -> str | None:
        asked.append(name)
        return None if name == "xcb-cursor" else name

    monkeypatch.setattr(ctypes.util, "find_library", find)
    assert system_check.missing_system_libraries({"DISPLAY": ":0"}) == ["libxcb-cursor0"]
    assert len(asked) == 6
    assert system_check.missing_system_libraries({"QT_QPA_PLATFORM": "offscreen"}) == []
    assert system_check.missing_system_libraries({"WAYLAND_DISPLAY": "wayland-0"}) == []
    # Files found in a library folder are not asked of ctypes (which runs ldconfig each time).
    for _lib, file, _pkg in system_check._XCB_LIBS:
        if file != "libxcb-cursor.so.0":
            (tmp_path / file).touch()
    asked.clear()
    assert system_check.missing_system_libraries({"DISPLAY": ":0"}) == ["libxcb-cursor0"]
    assert asked == ["xcb-cursor"]
    (tmp_path / "libxcb-cursor.so.0").touch()
    assert system_check.missing_system_libraries({"DISPLAY": ":0"}) == []
    assert asked == ["xcb-cursor"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux packages only")
def test_library_folders_include_ld_library_path() -> None:
    dirs = system_check._library_dirs({"LD_LIBRARY_PATH": "/opt/qt/lib:/other"})
    assert dirs[:2] == ["/opt/qt/lib", "/other"]
    assert "/usr/lib" in dirs


def test_run_without_display_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(app, "missing_system_libraries", lambda: [])
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert app.main([]) == 1
    assert "no display was found" in capsys.readouterr().err


def test_run_with_missing_library_says_which(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(app, "missing_system_libraries", lambda: ["libxcb-cursor0"])
    assert app.main([]) == 1
    assert "sudo apt-get install libxcb-cursor0" in capsys.readouterr().err
