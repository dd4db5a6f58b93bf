"""Room around list items: the app's 8 px grid for item views (the stylesheet leaves items alone)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStyledItemDelegate, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex
    from PySide6.QtWidgets import QStyleOptionViewItem


class RoomyDelegate(QStyledItemDelegate):
    """List items with 8 px of room above and below their text (the stylesheet leaves items alone)."""

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The usual size plus the room."""
        return super().sizeHint(option, index) + QSize(8, 16)


def roomy(view: QWidget) -> None:
    """Give an item view's rows the app's spacing."""
    setter = getattr(view, "setItemDelegate", None)
    if callable(setter):
        setter(RoomyDelegate(view))
