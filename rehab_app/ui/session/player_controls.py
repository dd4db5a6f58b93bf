"""The player's control bar: its buttons, the single keys that press them, and when each works."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QSize, Qt, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from rehab_app.core.session.engine import EngineState, SessionEngine
from rehab_app.ui.common.icons import icon
from rehab_app.ui.common.texts import translate
from rehab_app.ui.common.theme import current_colours
from rehab_app.ui.session.controller import SessionController


class ControlledPage(Protocol):
    """What the control bar needs of the page it sits on (the player page)."""

    controller: SessionController
    engine: SessionEngine
    cues: QLabel
    mute_toggled: SignalInstance
    end_requested: SignalInstance
    hurt_requested: SignalInstance

    def toggle_fullscreen(self) -> None:
        """Full screen on or off."""

    def refresh(self) -> None:
        """Show the engine's state again."""


# Worded in the "PlayerPage" context, which holds their German translations.


class PlayerControls(QHBoxLayout):
    """The row of buttons under the player; `add_shortcuts()` puts the same actions on keys."""

    def __init__(self, page: ControlledPage, widget: QWidget) -> None:
        super().__init__()
        self._page = page
        self._widget = widget
        c = page.controller
        self.start_button = self._button(
            "startButton", translate("PlayerPage", "Start"),
            translate("PlayerPage", "Start the session (Space)"), self._start, "start",
        )  # fmt: skip
        self.back_button = self._button(
            "backButton", translate("PlayerPage", "Back"),
            translate("PlayerPage", "Previous part; twice to restart the exercise (Left)"), c.back,
            "back",
        )  # fmt: skip
        self.pause_button = self._button(
            "pauseButton", translate("PlayerPage", "Pause"),
            translate("PlayerPage", "Pause or resume (Space)"), c.toggle_pause, "pause",
        )  # fmt: skip
        self.skip_button = self._button(
            "skipButton", translate("PlayerPage", "Skip"),
            translate("PlayerPage", "Skip this part (Right)"), c.skip, "skip",
        )  # fmt: skip
        self.done_button = self._button(
            "doneButton", translate("PlayerPage", "Done"),
            translate("PlayerPage", "Finished these reps (Enter)"), c.done, "done",
        )  # fmt: skip
        self.hurt_button = self._button(
            "hurtButton", translate("PlayerPage", "It hurts"),
            translate("PlayerPage", "Tell the app what you feel; it pauses first (H)"), self._hurt,
            "hurt", current_colours().danger,
        )  # fmt: skip
        self.cues_button = self._button(
            "cuesButton", translate("PlayerPage", "Cues && cautions"),
            translate("PlayerPage", "Show tips and cautions for this exercise (C)"),
            self._toggle_cues, "cues",
        )  # fmt: skip
        self.mute_button = self._button(
            "muteButton", translate("PlayerPage", "Mute"),
            translate("PlayerPage", "Sound and voice on or off (M)"), page.mute_toggled.emit,
            "mute",
        )  # fmt: skip
        self.full_button = self._button(
            "fullscreenButton", translate("PlayerPage", "Full screen"),
            translate("PlayerPage", "Full screen on or off (F or F11)"), page.toggle_fullscreen,
            "fullscreen",
        )  # fmt: skip
        self.end_button = self._button(
            "endButton", translate("PlayerPage", "End"),
            translate("PlayerPage", "End the session; asks first (Esc)"), page.end_requested.emit,
            "end",
        )  # fmt: skip
        self.hurt_button.setProperty("role", "danger")
        for button in (
            self.start_button, self.back_button, self.pause_button, self.skip_button, self.done_button,
            self.hurt_button, self.cues_button, self.mute_button, self.full_button, self.end_button,
        ):  # fmt: skip
            self.addWidget(button)

    def _button(
        self,
        name: str,
        text: str,
        tip: str,
        slot: Callable[[], object],
        icon_name: str,
        colour: str = "",
    ) -> QPushButton:
        button = QPushButton(icon(icon_name, colour or current_colours().text), text, self._widget)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&&", "&"))
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setMinimumHeight(52)
        button.setIconSize(QSize(24, 24))
        button.clicked.connect(slot)
        return button

    def add_shortcuts(self) -> None:
        """Put every control on a single key, active while the page or a child has focus."""
        page, c = self._page, self._page.controller
        keys = {
            "Space": self._space,
            "Right": c.skip,
            "Left": c.back,
            "Return": c.done,
            "Enter": c.done,
            "F": page.toggle_fullscreen,
            "F11": page.toggle_fullscreen,
            "M": page.mute_toggled.emit,
            "H": self._hurt,
            "C": self._toggle_cues,
            "Escape": page.end_requested.emit,
        }
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self._widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _start(self) -> None:
        self._page.controller.start()
        self._page.refresh()

    def _space(self) -> None:
        if self._page.engine.state is EngineState.READY:
            self._start()
        else:
            self._page.controller.toggle_pause()

    def _hurt(self) -> None:
        if self._page.engine.state in (EngineState.FINISHED, EngineState.ENDED_EARLY):
            return
        self._page.controller.pause()
        self._page.hurt_requested.emit()

    def _toggle_cues(self) -> None:
        cues = self._page.cues
        cues.setVisible(not cues.isVisible())

    def show_state(self, state: EngineState, manual: bool) -> None:
        """Show Start before the session and Pause or Resume; enable what can be pressed now."""
        ready = state is EngineState.READY
        over = state in (EngineState.FINISHED, EngineState.ENDED_EARLY)
        self.start_button.setVisible(ready)
        paused = state is EngineState.PAUSED
        pause_text = (
            translate("PlayerPage", "Resume") if paused else translate("PlayerPage", "Pause")
        )
        if self.pause_button.text() != pause_text:
            self.pause_button.setText(pause_text)
            self.pause_button.setAccessibleName(pause_text)
            self.pause_button.setIcon(icon("resume" if paused else "pause", current_colours().text))
        for button in (self.pause_button, self.skip_button, self.back_button, self.hurt_button):
            button.setEnabled(not ready and not over)
        self.done_button.setEnabled(manual and state is EngineState.RUNNING)

    def show_muted(self, muted: bool) -> None:
        """Show the mute button as "Unmute" while sound and voice are off."""
        text = translate("PlayerPage", "Unmute") if muted else translate("PlayerPage", "Mute")
        self.mute_button.setText(text)
        self.mute_button.setAccessibleName(text)
        self.mute_button.setIcon(icon("unmute" if muted else "mute", current_colours().text))
