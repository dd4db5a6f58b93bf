"""Render exercise pictures (SVG or bitmap) to pixmaps, mirrored for the other side when asked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer


def picture(path: Path, size: QSize, mirrored: bool = False, ratio: float = 1.0) -> QPixmap:
    """The picture at `path` scaled to fit `size` (keeping its aspect), or a null pixmap if unreadable."""
    target = QSize(max(1, int(size.width() * ratio)), max(1, int(size.height() * ratio)))
    if path.suffix.lower() == ".svg":
        renderer = QSvgRenderer(str(path))
        if not renderer.isValid():
            return QPixmap()
        natural = renderer.defaultSize()
        fitted = (
            natural.scaled(target, Qt.AspectRatioMode.KeepAspectRatio)
            if natural.isValid()
            else target
        )
        image = QImage(fitted, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, fitted.width(), fitted.height()))
        painter.end()
    else:
        image = QImage(str(path))
        if image.isNull():
            return QPixmap()
        image = image.scaled(
            target, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    if mirrored:
        image = image.transformed(QTransform().scale(-1, 1))
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
