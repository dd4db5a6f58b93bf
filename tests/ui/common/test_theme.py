"""Light, dark and high-contrast looks, large type, the icons and the desktop entry."""

from __future__ import annotations

import configparser
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from rehab_app.core.paths import project_root
from rehab_app.core.settings import Settings, Theme
from rehab_app.ui.common.icons import ICONS_DIR, app_icon, icon
from rehab_app.ui.common.theme import (
    DARK,
    HIGH_CONTRAST,
    LARGE_TYPE_SCALE,
    LIGHT,
    colours_for,
    current_colours,
    stylesheet,
    theme_state,
)
from tests.helpers.theming import themed

ICONS = [
    "start",
    "pause",
    "resume",
    "skip",
    "back",
    "done",
    "hurt",
    "end",
    "mute",
    "unmute",
    "fullscreen",
    "cues",
    "programs",
    "library",
    "history",
    "problems",
    "settings",
]


@pytest.mark.parametrize(
    ("settings", "system_dark", "expected"),
    [
        (Settings(theme=Theme.LIGHT), True, LIGHT),
        (Settings(theme=Theme.DARK), False, DARK),
        (Settings(theme=Theme.SYSTEM), True, DARK),
        (Settings(theme=Theme.SYSTEM), False, LIGHT),
        (Settings(theme=Theme.LIGHT, high_contrast=True), False, HIGH_CONTRAST),
        (Settings(theme=Theme.DARK, high_contrast=True), True, HIGH_CONTRAST),
    ],
)
def test_scheme_choice(settings: Settings, system_dark: bool, expected: object) -> None:
    assert colours_for(settings, system_dark) is expected


def test_light_dark_and_high_contrast_palettes(qtbot: QtBot) -> None:
    with themed(Settings(theme=Theme.DARK)) as app:
        window = app.palette().color(QPalette.ColorRole.Window)
        assert window.lightness() < 60
        assert current_colours() is DARK
    with themed(Settings(theme=Theme.LIGHT, high_contrast=True)) as app:
        pal = app.palette()
        assert pal.color(QPalette.ColorRole.Window).name() == "#000000"
        assert pal.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
        assert pal.color(QPalette.ColorRole.Highlight).name() == "#ffd400"
        assert "4px solid #ffd400" in app.styleSheet()  # thick yellow focus ring


def test_every_scheme_styles_focus_and_phases() -> None:
    for colours in (LIGHT, DARK, HIGH_CONTRAST):
        sheet = stylesheet(colours)
        assert "$" not in sheet
        assert f"{colours.focus_width}px solid {colours.accent}" in sheet
        for phase in ("phaseWork", "phaseRest", "phaseReady", "phaseSwitch", "phasePaused"):
            assert f'[phase="{phase}"]' in sheet
        for name in ("chevron-down", "chevron-up", "check", "dot"):
            assert (ICONS_DIR / f"{name}-{colours.name}.svg").is_file()


def test_large_type_scales_the_base_font_and_back(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    base = app.font().pointSizeF()
    with themed(Settings(large_type=True)):
        assert app.font().pointSizeF() == pytest.approx(base * LARGE_TYPE_SCALE)
        label = QLabel("text")
        qtbot.addWidget(label)
        assert label.font().pointSizeF() == pytest.approx(base * LARGE_TYPE_SCALE)
    assert app.font().pointSizeF() == pytest.approx(base)


def test_reapplying_is_cheap_and_changes_are_announced(qtbot: QtBot) -> None:
    from rehab_app.ui.common.theme import apply_theme

    with themed(Settings(theme=Theme.LIGHT)) as app:
        state = theme_state(app)
        assert state is not None
        sheet = app.styleSheet()
        apply_theme(app, Settings(theme=Theme.LIGHT, last_program="x"))
        assert app.styleSheet() is sheet or app.styleSheet() == sheet
        with qtbot.waitSignal(state.theme_changed):
            apply_theme(app, Settings(theme=Theme.DARK))
        assert current_colours() is DARK


def test_icons_render_in_any_colour(qtbot: QtBot) -> None:
    for name in ICONS:
        assert (ICONS_DIR / f"{name}.svg").is_file(), name
        for colour in ("#000000", "#ffffff"):
            assert not icon(name, colour).pixmap(24, 24).isNull(), name
    assert not app_icon().isNull()
    assert not app_icon().pixmap(64, 64).isNull()


def test_icons_are_cached_as_png_per_colour(qtbot: QtBot, tmp_path: Path) -> None:
    cache = tmp_path / "icons"
    drawn = icon("programs", "#123456", cache).pixmap(24, 24).toImage()
    files = sorted(cache.glob("programs-*.png"))
    assert [f.name.split("-")[1] for f in files] == ["24", "48"]
    icon("programs", "#abcdef", cache)
    assert len(list(cache.glob("programs-24-*.png"))) == 2  # one file per colour
    icon.cache_clear()
    from_png = icon("programs", "#123456", cache).pixmap(24, 24).toImage()
    assert from_png == drawn
    # A damaged cache file is drawn again from the SVG and replaced.
    for file in files:
        file.write_bytes(b"not a png")
    icon.cache_clear()
    assert icon("programs", "#123456", cache).pixmap(24, 24).toImage() == drawn
    assert all(QPixmap(str(f)).width() > 0 for f in files)


def test_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(project_root() / "assets" / "rehab-app.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name"] == "Back on Track"
    assert section["Exec"] == "rehab-app"
    assert section["Icon"] == "rehab-app"
    assert section["Categories"] == "Health;Sports;Education;"
    assert section["Type"] == "Application"
