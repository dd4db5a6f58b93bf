"""Naming controls for screen readers: object name, accessible name and tooltip in one call."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QPushButton, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible: str, tip: str) -> W:
    """Give a control its object name, accessible name and tooltip; returns it."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    widget.setToolTip(tip)
    return widget


def named_button(text: str, name: str, tip: str, parent: QWidget) -> QPushButton:
    """A named push button whose accessible name is its text without the mnemonic and ellipsis."""
    return named(QPushButton(text, parent), name, text.replace("&", "").rstrip("…"), tip)
