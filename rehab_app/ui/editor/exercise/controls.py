"""Controls the exercise editor's boxes share: named push buttons and sized text boxes."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from rehab_app.ui.common.controls import named


def text_box(parent: QWidget, name: str, label: str, tip: str, lines: int) -> QPlainTextEdit:
    """A plain text box `lines` lines high; Tab moves on instead of typing a tab."""
    edit = named(QPlainTextEdit(parent), name, label, tip)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(parent.fontMetrics().lineSpacing() * lines + 14)
    return edit
