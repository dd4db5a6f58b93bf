"""The app's look: light, dark and high-contrast palettes, large type, one stylesheet, focus rings."""

from __future__ import annotations

import os
from string import Template
from typing import TYPE_CHECKING, NamedTuple, Protocol, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from rehab_app.ui.common.icons import ICONS_DIR

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

LARGE_TYPE_SCALE = 1.3
# Theme values (rehab_app.core.settings.Theme is a StrEnum of these; not imported, to start faster).
SYSTEM, DARK_THEME = "system", "dark"


class LookSettings(Protocol):
    """The settings that decide the look (a Settings has them, and so does a start-up Look)."""

    @property
    def theme(self) -> str: ...

    @property
    def high_contrast(self) -> bool: ...

    @property
    def large_type(self) -> bool: ...


# NamedTuples rather than dataclasses here and in quick_start.py: a dataclass takes a few ms to
# create, which start-up pays before the window shows.
class Colours(NamedTuple):
    """Every colour the app uses in one scheme."""

    name: str
    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    button: str
    hover: str
    pressed: str
    border: str
    accent: str
    accent_text: str
    progress: str
    disabled: str
    disabled_bg: str
    danger: str
    phase_text: str
    work: str
    rest: str
    ready: str
    switch: str
    paused: str
    focus_width: int = 3

    @property
    def dark(self) -> bool:
        """True when text is light on a dark background."""
        return QColor(self.window).lightness() < 128


LIGHT = Colours(
    name="light",
    window="#f3f5f7",
    base="#ffffff",
    alt_base="#eef2f5",
    text="#1a202c",
    muted="#4a5568",
    button="#ffffff",
    hover="#e6f2f2",
    pressed="#cfe6e6",
    border="#8f9bab",
    accent="#0f7173",
    accent_text="#ffffff",
    progress="#9fd3d3",
    disabled="#7b8594",
    disabled_bg="#eceff2",
    danger="#b42318",
    phase_text="#ffffff",
    work="#1b7f4b",
    rest="#1f5f99",
    ready="#9a5b00",
    switch="#6b46c1",
    paused="#4a5568",
)
DARK = Colours(
    name="dark",
    window="#17191d",
    base="#21252b",
    alt_base="#272c33",
    text="#eceff3",
    muted="#b4bcc8",
    button="#2a3038",
    hover="#33404a",
    pressed="#3c4d57",
    border="#66717f",
    accent="#3cc1bf",
    accent_text="#0b1516",
    progress="#1f6664",
    disabled="#7d8794",
    disabled_bg="#22262c",
    danger="#ff8a80",
    phase_text="#ffffff",
    work="#1e7a48",
    rest="#2563a8",
    ready="#a35f00",
    switch="#6d4fc4",
    paused="#4f5b6b",
)
HIGH_CONTRAST = Colours(
    name="high-contrast",
    window="#000000",
    base="#000000",
    alt_base="#141414",
    text="#ffffff",
    muted="#ffffff",
    button="#000000",
    hover="#262626",
    pressed="#404040",
    border="#ffffff",
    accent="#ffd400",
    accent_text="#000000",
    progress="#ffd400",
    disabled="#b0b0b0",
    disabled_bg="#000000",
    danger="#ff7070",
    phase_text="#000000",
    work="#7cfc00",
    rest="#40c4ff",
    ready="#ffd400",
    switch="#ff9cff",
    paused="#ffffff",
    focus_width=4,
)

# Unfocused controls keep a transparent or thin border and a margin so that the thicker focus
# ring does not move anything.
STYLESHEET = Template(
    """
QToolTip { color: $text; background: $base; border: 1px solid $border; padding: 4px 8px; }
QPushButton, QToolButton {
    background: $button; color: $text; border: 1px solid $border; border-radius: 6px;
    padding: 6px 16px; margin: ${ring_margin}px; min-height: 24px;
}
QToolButton { padding: 4px 8px; }
QPushButton:hover, QToolButton:hover { background: $hover; }
QPushButton:pressed, QPushButton:checked, QToolButton:pressed { background: $pressed; }
QPushButton:disabled, QToolButton:disabled {
    color: $disabled; background: $disabled_bg; border-color: $disabled;
}
QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit {
    background: $base; color: $text; border: 1px solid $border; border-radius: 6px;
    padding: 4px 8px; margin: ${ring_margin}px;
}
QComboBox { padding-right: 28px; }
QComboBox::drop-down, QDateTimeEdit::drop-down {
    subcontrol-origin: padding; subcontrol-position: center right; width: 24px; border: none;
}
QComboBox::down-arrow, QDateTimeEdit::down-arrow {
    image: url($chevron_down); width: 16px; height: 16px;
}
QAbstractSpinBox { padding-right: 24px; }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {
    subcontrol-origin: border; width: 22px; border: none; background: transparent;
}
QAbstractSpinBox::up-button { subcontrol-position: top right; }
QAbstractSpinBox::down-button { subcontrol-position: bottom right; }
QAbstractSpinBox::up-arrow { image: url($chevron_up); width: 12px; height: 12px; }
QAbstractSpinBox::down-arrow { image: url($chevron_down); width: 12px; height: 12px; }
QComboBox QAbstractItemView {
    background: $base; color: $text; selection-background-color: $accent;
    selection-color: $accent_text;
}
QListView, QTreeView, QTableView {
    background: $base; alternate-background-color: $alt_base; color: $text;
    border: 1px solid $border; border-radius: 6px; margin: ${ring_margin}px;
}
QListView { padding: 4px; }
QCheckBox, QRadioButton, QSlider {
    border: ${focus_width}px solid transparent; border-radius: 6px; padding: 4px 8px;
}
QCheckBox { spacing: 8px; }
QRadioButton { spacing: 8px; }
QCheckBox::indicator, QRadioButton::indicator {
    width: 18px; height: 18px; border: 2px solid $border; background: $base;
}
QCheckBox::indicator { border-radius: 4px; }
QRadioButton::indicator { border-radius: 11px; }
QCheckBox::indicator:checked { background: $accent; border-color: $accent; image: url($check); }
QRadioButton::indicator:checked { background: $accent; border-color: $accent; image: url($dot); }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: $disabled; }
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus,
QAbstractSpinBox:focus, QPlainTextEdit:focus, QTextEdit:focus, QListView:focus,
QTreeView:focus, QTableView:focus {
    border: ${focus_width}px solid $accent; margin: 0px;
}
QCheckBox:focus, QRadioButton:focus, QSlider:focus, QScrollArea:focus, QGraphicsView:focus,
QCalendarWidget:focus {
    border: ${focus_width}px solid $accent;
}
QTabBar::tab {
    padding: 8px 16px; margin-right: 4px; color: $muted; background: transparent;
    border: ${focus_width}px solid transparent; border-bottom: 3px solid transparent;
}
QTabBar::tab:selected { color: $text; background: $base; border-bottom: 3px solid $accent; }
QTabBar::tab:hover { background: $hover; }
QTabBar::tab:selected:focus { border: ${focus_width}px solid $accent; }
QSlider::groove:horizontal {
    height: 6px; background: $alt_base; border: 1px solid $border; border-radius: 4px;
}
QSlider::sub-page:horizontal { background: $accent; border-radius: 4px; }
QSlider::handle:horizontal {
    width: 18px; margin: -8px 0; border-radius: 10px; background: $button;
    border: 2px solid $accent;
}
QProgressBar {
    background: $base; color: $text; border: 1px solid $border; border-radius: 6px;
    text-align: center; min-height: 20px;
}
QProgressBar::chunk { background: $progress; border-radius: 5px; }
QProgressBar#segmentProgress { min-height: 12px; max-height: 12px; }
QProgressBar#segmentProgress::chunk { background: $accent; }
QStatusBar { color: $text; }

QLabel#phaseLabel {
    border-radius: 10px; padding: 6px 18px; color: $phase_text; background: $paused;
}
QLabel#phaseLabel[phase="phaseWork"] { background: $work; }
QLabel#phaseLabel[phase="phaseRest"] { background: $rest; }
QLabel#phaseLabel[phase="phaseReady"] { background: $ready; }
QLabel#phaseLabel[phase="phaseSwitch"] { background: $switch; }
QLabel#phaseLabel[phase="phasePaused"] { background: $paused; }
QLabel#countdownLabel { color: $text; }
QLabel#hintLabel, QLabel#itemLabel { color: $muted; }
QPushButton#hurtButton {
    font-weight: bold; color: $danger; border: 2px solid $danger; margin: ${danger_margin}px;
}
QPushButton#hurtButton:focus { border: ${focus_width}px solid $accent; margin: 0px; }
QPushButton#startButton, QPushButton#saveSummaryButton { font-weight: bold; }
QLabel#cuesPanel { background: $alt_base; border: 1px solid $border; border-radius: 6px; padding: 8px; }
QLabel#saveBanner, QLabel#saveStatus[failed="true"] {
    color: $danger; border: 2px solid $danger; border-radius: 6px; padding: 6px 12px;
    font-weight: bold;
}
"""
)


def colours_for(settings: LookSettings, system_dark: bool) -> Colours:
    """The scheme the settings ask for; `system_dark` decides Theme.SYSTEM."""
    if settings.high_contrast:
        return HIGH_CONTRAST
    if settings.theme == DARK_THEME or (settings.theme == SYSTEM and system_dark):
        return DARK
    return LIGHT


def stylesheet(colours: Colours) -> str:
    """The app-wide stylesheet for a scheme."""
    width = colours.focus_width
    icons = ICONS_DIR.as_posix()
    return STYLESHEET.substitute(
        colours._asdict(),
        ring_margin=width - 1,
        danger_margin=max(0, width - 2),
        chevron_down=f"{icons}/chevron-down-{colours.name}.svg",
        chevron_up=f"{icons}/chevron-up-{colours.name}.svg",
        check=f"{icons}/check-{colours.name}.svg",
        dot=f"{icons}/dot-{colours.name}.svg",
    )


def palette(colours: Colours) -> QPalette:
    """A QPalette for a scheme, with muted text for disabled controls."""
    pal = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    text, base, button = QColor(colours.text), QColor(colours.base), QColor(colours.button)
    accent = QColor(colours.accent)
    for r, colour in (
        (role.Window, QColor(colours.window)),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, QColor(colours.alt_base)),
        (role.ToolTipBase, base),
        (role.ToolTipText, text),
        (role.PlaceholderText, QColor(colours.muted)),
        (role.Text, text),
        (role.Button, button),
        (role.ButtonText, text),
        (role.BrightText, QColor(colours.danger)),
        (role.Highlight, accent),
        (role.HighlightedText, QColor(colours.accent_text)),
        (role.Accent, accent),
        (role.Link, accent if colours.dark else QColor("#0b57a4")),
        (role.LinkVisited, accent if colours.dark else QColor("#6b3fa0")),
        (role.Light, button.lighter(130)),
        (role.Midlight, button.lighter(115)),
        (role.Mid, QColor(colours.border)),
        (role.Dark, QColor(colours.border).darker(130)),
        (role.Shadow, QColor("#000000")),
    ):
        pal.setColor(r, colour)
    disabled = QColor(colours.disabled)
    for r in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        pal.setColor(group.Disabled, r, disabled)
    return pal


class ThemeState(QObject):
    """Remembers what was applied to the app, and re-applies when the system scheme changes.

    Signals:
        theme_changed(): a different scheme or type size was applied.
    """

    theme_changed = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("themeState")
        self.app = app
        self.base_font: QFont | None = None
        self.system_palette = app.palette()
        self.settings: LookSettings | None = None
        self.colours = LIGHT
        self.applied: tuple[str, bool] | None = None
        self.following = False

    def system_dark(self) -> bool:
        """Whether the desktop asks for dark colours."""
        if self.following:
            scheme = self.app.styleHints().colorScheme().name
            if scheme in ("Dark", "Light"):
                return scheme == "Dark"
        # Before follow_system(), or when the desktop states no preference: judge by the palette
        # the platform gave us, which Qt derives from the same setting.
        return self.system_palette.color(QPalette.ColorRole.Window).lightness() < 128

    def follow_system(self) -> None:
        """Ask Qt for the system's colour scheme, now and whenever it changes.

        Called once the window is up: the first use of PySide6's Qt namespace, which the scheme
        is part of, costs about 30 ms.
        """
        if self.following:
            return
        self.following = True
        self.app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        self._on_scheme_changed()

    def _on_scheme_changed(self) -> None:
        if self.settings is not None and self.settings.theme == SYSTEM:
            apply_theme(self.app, self.settings)


def theme_state(app: QApplication | None = None) -> ThemeState | None:
    """The app's theme state, or None before `apply_theme` ran."""
    app = app or cast(QApplication | None, QApplication.instance())
    if app is None:
        return None
    return app.findChild(ThemeState, "themeState")


def current_colours() -> Colours:
    """The colours applied now (light before `apply_theme` ran)."""
    state = theme_state()
    return state.colours if state is not None else LIGHT


def apply_theme(app: QApplication, settings: LookSettings) -> None:
    """Apply Fusion, the palette, the type size and the stylesheet the settings ask for."""
    state = theme_state(app) or ThemeState(app)
    state.settings = settings
    colours = colours_for(settings, settings.theme == SYSTEM and state.system_dark())
    key = (colours.name, settings.large_type)
    if key == state.applied:
        return
    first = state.applied is None
    state.applied = key
    state.colours = colours
    # Start-up asks for Fusion through the environment: setStyle() would wrap the new QStyle in
    # Python, which costs PySide6 about 10 ms of enum set-up.
    if first and os.environ.get("QT_STYLE_OVERRIDE", "").lower() != "fusion":
        app.setStyle("Fusion")
    # The application font is touched only once large type is asked for: QFont's first use costs
    # PySide6 a few ms at start-up.
    if settings.large_type or state.base_font is not None:
        from PySide6.QtGui import QFont

        if state.base_font is None:
            state.base_font = app.font()
        font = QFont(state.base_font)
        if settings.large_type:
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * LARGE_TYPE_SCALE)
            else:
                font.setPixelSize(round(font.pixelSize() * LARGE_TYPE_SCALE))
        app.setFont(font)
    QGuiApplication.setPalette(palette(colours))
    app.setStyleSheet(stylesheet(colours))
    if not first:
        state.theme_changed.emit()
