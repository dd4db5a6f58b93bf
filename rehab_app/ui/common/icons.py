"""Line icons from `assets/icons/*.svg`, drawn in the theme's text colour."""

from __future__ import annotations

import logging
import os
import zlib
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon, QPixmap

from rehab_app.core.paths import project_root

log = logging.getLogger(__name__)
ICONS_DIR = project_root() / "assets" / "icons"
APP_ICON = ICONS_DIR / "app.svg"
# Drawn at these sizes (the 2x ones for high-density screens); Qt scales between them.
_SIZES = (24, 48)


@cache
def _svg(name: str) -> str:
    return (ICONS_DIR / f"{name}.svg").read_text(encoding="utf-8")


@cache
def icon(name: str, colour: str, cache_dir: Path | None = None) -> QIcon:
    """The icon `name` (a file in assets/icons) with its lines in `colour`.

    With `cache_dir`, each size is kept there as a PNG once drawn: the first screen then shows
    its icons without loading Qt's SVG renderer, which costs more than the rest of the tab bar.
    """
    source = _svg(name).replace("currentColor", colour)
    result = QIcon()
    for size in _SIZES:
        # The SVG reader draws at the document's size, so state the size we want.
        text = source.replace('width="24" height="24"', f'width="{size}" height="{size}"', 1)
        pixmap = _cached(cache_dir, name, size, text) if cache_dir is not None else None
        if pixmap is None:
            pixmap = QPixmap()
            if not pixmap.loadFromData(text.encode(), "SVG"):
                continue
            if cache_dir is not None:
                _store(cache_dir, name, size, text, pixmap)
        result.addPixmap(pixmap)
    return result


def _cache_file(cache_dir: Path, name: str, size: int, text: str) -> Path:
    # Named after the drawn SVG's checksum: a new colour or a changed icon is a new file.
    return cache_dir / f"{name}-{size}-{zlib.crc32(text.encode()):08x}.png"


def _cached(cache_dir: Path, name: str, size: int, text: str) -> QPixmap | None:
    pixmap = QPixmap()
    file = _cache_file(cache_dir, name, size, text)
    return pixmap if file.is_file() and pixmap.load(str(file)) else None


def _store(cache_dir: Path, name: str, size: int, text: str, pixmap: QPixmap) -> None:
    """Write the PNG atomically; a failure only costs speed at the next start."""
    target = _cache_file(cache_dir, name, size, text)
    temp = target.with_suffix(".tmp.png")
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        if not pixmap.save(str(temp), "PNG"):
            raise OSError("the PNG writer failed")
        os.replace(temp, target)
    except OSError as exc:
        log.info("could not cache icon %s: %s", target, exc)


def app_icon() -> QIcon:
    """The application's icon."""
    return QIcon(str(APP_ICON))
