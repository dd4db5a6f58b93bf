"""Apply the app's theme for one test and put the application back as it was afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from rehab_app.core.settings import Settings
from rehab_app.ui.common.theme import apply_theme, theme_state


@contextmanager
def themed(settings: Settings | None = None) -> Iterator[QApplication]:
    """The QApplication with `settings`' look applied; restored on exit."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, palette, sheet, style = (
        QFont(app.font()),
        QPalette(app.palette()),
        app.styleSheet(),
        app.style().name(),
    )
    apply_theme(app, settings or Settings())
    try:
        yield app
    finally:
        state = theme_state(app)
        if state is not None:
            state.setParent(None)
            state.deleteLater()
        app.setStyleSheet(sheet)
        QGuiApplication.setPalette(palette)
        app.setFont(font)
        app.setStyle(style)
