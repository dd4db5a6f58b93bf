"""Answer widgets for the safety dialogs (0-10 pain scale, Yes/No) and mat-readable type."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.models import PainModel
from rehab_app.core.safety.rules import AMBER, GREEN, traffic_light

MAX_PAIN = 10
BUTTON_SIZE = 52
MAT_FONT_PT = 14.0
# Typing "1" then "0" within this many seconds means 10.
TEN_WINDOW_S = 1.0

# Pale when not chosen, strong with white text when chosen; both keep dark-on-light or
# light-on-dark contrast whatever the system theme is.
_COLOURS = {
    "green": ("#dcefdc", "#1e6b30"),
    "amber": ("#fde7b8", "#9a4f00"),
    "red": ("#f8d0cb", "#a8231b"),
}


def use_mat_font(widget: QWidget, points: float = MAT_FONT_PT) -> None:
    """Make `widget`'s base font at least `points` (more with large type) to read from a mat."""
    font = widget.font()
    # Large type scales the application font; keep the mat font that much larger too.
    points = max(points, QApplication.font().pointSizeF() * MAT_FONT_PT / 10)
    if font.pointSizeF() < points:
        font.setPointSizeF(points)
        widget.setFont(font)


def spread_font(root: QWidget) -> None:
    """Give descendants still at the application's type size `root`'s size (call after building).

    With the app-wide stylesheet, widgets inside frames (stacked pages, scroll areas) do not
    inherit a font set on their dialog.
    """
    target = root.font().pointSizeF()
    base = QApplication.font().pointSizeF()
    if target <= 0 or base <= 0 or target == base:
        return
    for widget in root.findChildren(QWidget):
        font = widget.font()
        if abs(font.pointSizeF() - base) < 0.01:
            font.setPointSizeF(target)
            widget.setFont(font)


def _button_style(light: str) -> str:
    pale, strong = _COLOURS[light]
    return (
        f"QPushButton {{ background: {pale}; color: #111111; border: 2px solid {strong};"
        f" border-radius: 6px; font-weight: bold; }}"
        f"QPushButton:checked {{ background: {strong}; color: #ffffff; border: 4px solid #111111; }}"
    )


def heading(text: str, parent: QWidget, scale: float = 1.4) -> QLabel:
    """A bold, larger, word-wrapped label."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    # The window's font: with a stylesheet, fonts are not inherited through frames.
    font = QFont(parent.window().font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def wrapped(text: str, parent: QWidget, name: str) -> QLabel:
    """A plain word-wrapped label with an objectName."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def big_button(text: str, name: str, parent: QWidget, tip: str = "") -> QPushButton:
    """A push button at least 44 px tall with objectName, accessible name and tooltip."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(text)
    button.setMinimumHeight(44)
    button.setStyleSheet("QPushButton { padding: 6px 18px; }")
    if tip:
        button.setToolTip(tip)
    return button


def big_check(text: str, name: str, parent: QWidget) -> QCheckBox:
    """A check box with a large tick area, objectName and accessible name."""
    box = QCheckBox(text, parent)
    box.setObjectName(name)
    box.setAccessibleName(text)
    box.setMinimumHeight(44)
    box.setStyleSheet("QCheckBox::indicator { width: 24px; height: 24px; }")
    return box


def scrolled(parent: QWidget) -> tuple[QScrollArea, QWidget]:
    """A frameless, resizable scroll area and the body widget it shows."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget(scroll)
    scroll.setWidget(body)
    return scroll, body


class YesNo(QWidget):
    """One question answered by an explicit Yes or No (neither is chosen at first)."""

    def __init__(self, name: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.group = QButtonGroup(self)
        self.yes = QRadioButton(self.tr("Yes"), self)
        self.no = QRadioButton(self.tr("No"), self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        for button, value, word in ((self.yes, 1, self.tr("Yes")), (self.no, 0, self.tr("No"))):
            button.setObjectName(f"{name}_{'yes' if value else 'no'}")
            button.setAccessibleName(word)
            button.setAccessibleDescription(question)
            button.setMinimumHeight(44)
            button.setStyleSheet("QRadioButton::indicator { width: 24px; height: 24px; }")
            self.group.addButton(button, value)
            row.addWidget(button)
        row.addStretch(1)

    def answer(self) -> bool | None:
        """True for Yes, False for No, None while unanswered."""
        checked = self.group.checkedId()
        return None if checked < 0 else checked == 1


class PainScale(QWidget):
    """Pick a pain score from 0 to 10 by mouse or keyboard; the number is always on the button.

    Keys: 0-9 choose that number ("1" then "0" quickly chooses 10), Left/Right move,
    Home/End go to 0/10. Return and Escape pass on to the dialog.

    Signals:
        value_changed(int): the user (or `set_value`) chose a number.
    """

    value_changed = Signal(int)

    def __init__(self, pain_model: PainModel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painScale")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Pain from 0 to 10"))
        self.setAccessibleDescription(
            self.tr("0 means no pain and 10 means the worst pain you can imagine.")
        )
        self.setToolTip(
            self.tr("Click a number, or type it. The Left and Right arrow keys move the choice.")
        )
        self._model = pain_model or PainModel()
        self._value: int | None = None
        self._last_key: tuple[int, float] | None = None

        self._frame = QFrame(self)
        self._frame.setObjectName("painScaleFrame")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout(self._frame)
        row.setContentsMargins(6, 6, 6, 6)
        row.setSpacing(6)
        self.buttons: list[QPushButton] = []
        for n in range(MAX_PAIN + 1):
            button = QPushButton(str(n), self._frame)
            button.setObjectName(f"pain{n}")
            button.setCheckable(True)
            # One tab stop for the whole scale; the scale itself takes the keys.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.setMinimumSize(BUTTON_SIZE, BUTTON_SIZE)
            button.setAccessibleName(self.tr("Pain {0} of 10").format(n))
            button.setToolTip(self._word_line(n))
            button.setStyleSheet(_button_style(traffic_light(n, self._model)))
            font = button.font()
            font.setPointSizeF(max(font.pointSizeF(), 16.0))
            button.setFont(font)
            self.group.addButton(button, n)
            row.addWidget(button)
            self.buttons.append(button)
        self.group.idClicked.connect(self._on_clicked)

        self._anchors = QLabel(self.tr("0 = no pain, 10 = worst pain you can imagine"), self)
        self._anchors.setObjectName("painScaleAnchors")
        self._anchors.setWordWrap(True)
        self.word_label = QLabel(self)
        self.word_label.setObjectName("painScaleWord")
        self.word_label.setWordWrap(True)
        font = self.word_label.font()
        font.setBold(True)
        self.word_label.setFont(font)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._frame)
        layout.addWidget(self._anchors)
        layout.addWidget(self.word_label)
        self._show_focus(False)
        self._update_word()

    def value(self) -> int | None:
        """The chosen number, or None when nothing is chosen yet."""
        return self._value

    def set_value(self, value: int | None) -> None:
        """Choose `value` (clamped to 0-10), or clear the choice with None."""
        if value is None:
            self.group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self.group.setExclusive(True)
            self._value = None
            self._update_word()
            return
        value = max(0, min(MAX_PAIN, value))
        self.buttons[value].setChecked(True)
        if value != self._value:
            self._value = value
            self._update_word()
            self.value_changed.emit(value)

    def word(self, value: int) -> str:
        """Words for a pain score that name its traffic-light colour, so colour is never alone."""
        if value <= 0:
            return self.tr("no pain (green)")
        light = traffic_light(value, self._model)
        if light == GREEN:
            return self.tr("mild, fine to exercise (green)")
        if light == AMBER:
            return self.tr("moderate, acceptable (amber)")
        if value >= self._model.stop_at:
            return self.tr("severe, stop (red)")
        return self.tr("too much, ease off (red)")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Digits choose, arrows move; anything else goes to the parent (Return, Escape)."""
        key = event.key()
        current = self._value
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self._on_digit(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_value(MAX_PAIN if current is None else current - 1)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(0 if current is None else current + 1)
        elif key == Qt.Key.Key_Home:
            self.set_value(0)
        elif key == Qt.Key.Key_End:
            self.set_value(MAX_PAIN)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """Show that the keyboard now drives the scale."""
        self._show_focus(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """Hide the keyboard focus frame."""
        self._show_focus(False)
        super().focusOutEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Re-translate the words when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._update_word()
        super().changeEvent(event)

    def _on_digit(self, digit: int) -> None:
        now = time.monotonic()
        last = self._last_key
        self._last_key = (digit, now)
        if digit == 0 and last is not None and last[0] == 1 and now - last[1] <= TEN_WINDOW_S:
            self._last_key = None
            self.set_value(MAX_PAIN)
        else:
            self.set_value(digit)

    def _on_clicked(self, value: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.set_value(value)

    def _show_focus(self, on: bool) -> None:
        colour = "palette(highlight)" if on else "transparent"
        self._frame.setStyleSheet(
            f"QFrame#painScaleFrame {{ border: 3px solid {colour}; border-radius: 8px; }}"
        )

    def _word_line(self, value: int) -> str:
        return self.tr("{0} out of 10: {1}").format(value, self.word(value))

    def _update_word(self) -> None:
        if self._value is None:
            text = self.tr("Nothing chosen yet.")
        else:
            text = self.tr("You chose {0}").format(self._word_line(self._value))
        self.word_label.setText(text)
        self.setAccessibleDescription(text)
