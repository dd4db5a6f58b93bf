"""Line icons from `assets/icons/*.svg`, drawn in the theme's text colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon, QPixmap

from rehab_app.core.paths import project_root

ICONS_DIR = project_root() / "assets" / "icons"
APP_ICON = ICONS_DIR / "app.svg"
# Drawn at these sizes (the 2x ones for high-density screens); Qt scales between them.
_SIZES = (24, 48)


@cache
def _svg(name: str) -> str:
    return (ICONS_DIR / f"{name}.svg").read_text(encoding="utf-8")


@cache
def icon(name: str, colour: str) -> QIcon:
    """The icon `name` (a file in assets/icons) with its lines in `colour`."""
    source = _svg(name).replace("currentColor", colour)
    result = QIcon()
    for size in _SIZES:
        # The SVG reader draws at the document's size, so state the size we want.
        text = source.replace('width="24" height="24"', f'width="{size}" height="{size}"', 1)
        pixmap = QPixmap()
        if pixmap.loadFromData(text.encode(), "SVG"):
            result.addPixmap(pixmap)
    return result


def app_icon() -> QIcon:
    """The application's icon."""
    return QIcon(str(APP_ICON))
