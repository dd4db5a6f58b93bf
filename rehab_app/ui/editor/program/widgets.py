"""Small building blocks shared by the program editor's panels: buttons, bold labels, shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget


def scale_font(label: QLabel, factor: float) -> None:
    """Make a label's font bold and `factor` times as large."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(True)
    label.setFont(font)


def with_keys(text: str, keys: list[QKeySequence]) -> str:
    """`text` followed by its shortcuts in brackets, as shown in tooltips."""
    shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
    return f"{text} ({shown})" if shown else text


def redo_keys() -> list[QKeySequence]:
    """The platform's redo keys plus Ctrl+Shift+Z and Ctrl+Y, each once."""
    keys: list[QKeySequence] = []
    for key in (
        *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
        QKeySequence("Ctrl+Shift+Z"),
        QKeySequence("Ctrl+Y"),
    ):
        if key not in keys:
            keys.append(key)
    return keys


def add_action(
    text: str,
    keys: list[QKeySequence],
    slot: Callable[[], object],
    owner: QWidget,
    context: Qt.ShortcutContext,
) -> QAction:
    """An action on `owner` that runs `slot` on `keys` within `context`."""
    action = QAction(text, owner)
    action.setShortcuts(keys)
    action.setShortcutContext(context)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action
