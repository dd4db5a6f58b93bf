"""Helpers shared by the editors' forms: naming controls, the problems text, the undo keys."""

from __future__ import annotations

import html
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QWidget

W = TypeVar("W", bound=QWidget)

_STACK_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
_EXTRA_REDO = QKeySequence("Ctrl+Y")
MAX_SHOWN_PROBLEMS = 6


def problems_html(lines: list[str], ok: str, heading: str) -> str:
    """The problems label's text: a tick and `ok`, or `heading` and the first few problems."""
    if not lines:
        return html.escape(f"✓ {ok}", quote=False)
    shown = [f"⚠ {html.escape(line, quote=False)}" for line in lines[:MAX_SHOWN_PROBLEMS]]
    if len(lines) > MAX_SHOWN_PROBLEMS:
        shown.append(f"… +{len(lines) - MAX_SHOWN_PROBLEMS}")
    return f"<b>{html.escape(heading, quote=False)}</b><br>" + "<br>".join(shown)


class StackKeys(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y reach the editor's undo stack from text fields.

    Line edits and spin boxes claim these keys for their own one-field undo; every change
    in the editors is already on the shared undo stack, so the stack must get them.
    """

    def watch(self, *widgets: QWidget) -> None:
        """Install the filter on these widgets (and a spin box's inner line edit)."""
        for widget in widgets:
            widget.installEventFilter(self)
            inner = widget.findChild(QLineEdit) if isinstance(widget, QAbstractSpinBox) else None
            if inner is not None:
                inner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Swallow the override request (unaccepted) so the shortcut fires instead."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            combo = QKeySequence(event.keyCombination())
            if any(event.matches(key) for key in _STACK_KEYS) or combo == _EXTRA_REDO:
                event.ignore()
                return True
        return False
