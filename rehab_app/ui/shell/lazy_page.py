"""A tab whose content is built the first time it is shown (keeps start-up fast)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent  # its class set-up costs ~2 ms at start-up


class LazyPage(QWidget):
    """Holds a factory; `build()` (or the first show) makes the content widget."""

    def __init__(
        self, factory: Callable[[QWidget], QWidget], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._factory = factory
        self.content: QWidget | None = None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def build(self) -> QWidget:
        """Build the content now if it is not built yet."""
        if self.content is None:
            self.content = self._factory(self)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.content)
        return self.content

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Build on first show."""
        self.build()
        super().showEvent(event)
