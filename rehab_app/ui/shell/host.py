"""What the features may ask of the main window: a narrow interface instead of the whole window.

The launcher, the home actions and the safety notices are given a `Host`; only the shell knows
the `MainWindow` behind it, so the features never import the shell (and no import cycle forms).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from rehab_app.core.content.loader import Library
    from rehab_app.core.content.workspace import Workspace
    from rehab_app.core.history.store import HistoryStore
    from rehab_app.core.paths import AppPaths
    from rehab_app.core.session.record import SessionSink
    from rehab_app.core.settings import Settings

Clock = Callable[[], float]


@dataclass(frozen=True, slots=True)
class OpenedHistory:
    """The sink sessions are written to, the store behind it (None without one), and a notice."""

    sink: SessionSink
    store: HistoryStore | None
    notice: str | None


class Host(Protocol):
    """The main window, as the features see it.

    `settings_changed` fires after `update_settings` saved a change; `library_changed` (with a
    LibraryChange) after the workspace changed the library.
    """

    paths: AppPaths
    clock: Clock
    language: str
    history: OpenedHistory | None
    settings_changed: SignalInstance
    library_changed: SignalInstance

    @property
    def library(self) -> Library:
        """The exercises and programs (loaded on first use)."""

    @property
    def workspace(self) -> Workspace:
        """The one owner of changes to the library."""

    @property
    def settings(self) -> Settings:
        """The user's settings."""

    def update_settings(self, **changes: object) -> None:
        """Change some settings and save them."""

    def show_page(self, page: QWidget) -> None:
        """Show a full-window page (such as the player) in place of the home tabs."""

    def close_page(self, page: QWidget) -> None:
        """Take a full-window page away (it is deleted later)."""

    def show_home(self) -> None:
        """Return to the home tabs."""

    def status(self, text: str, timeout_ms: int = 8000) -> None:
        """A short confirmation or problem in the status bar."""

    def dialog_parent(self) -> QWidget:
        """The widget dialogs are centred on."""

    def close_and_then(self, after_exit: Callable[[], int]) -> bool:
        """Close the app and run `after_exit` once nothing holds the data folder open.

        False when closing was refused (a session in progress said no); nothing is kept then.
        """
