"""Start-up checks that run before Qt is imported."""

from __future__ import annotations

import sys

import pytest

from rehab_app import app


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux packages only")
def test_missing_libraries_name_the_debian_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes.util  # app imports it only when the check runs

    monkeypatch.setattr(
        ctypes.util, "find_library", lambda name: None if name == "xcb-cursor" else name
    )
    assert app.missing_system_libraries({"DISPLAY": ":0"}) == ["libxcb-cursor0"]
    assert app.missing_system_libraries({"QT_QPA_PLATFORM": "offscreen"}) == []
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: name)
    assert app.missing_system_libraries({"DISPLAY": ":0"}) == []


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
