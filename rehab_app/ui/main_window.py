"""The main window: programs, the exercise library, file problems, and the place the player opens."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import msgspec
from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QTabWidget, QWidget

from rehab_app.core.loader import Library
from rehab_app.core.paths import AppPaths
from rehab_app.core.settings import Settings, save_settings
from rehab_app.ui.library_browser import LibraryBrowser
from rehab_app.ui.problems_panel import ProblemsPanel
from rehab_app.ui.programs_page import LastDone, ProgramsPage
from rehab_app.ui.settings_page import SettingsPage

if TYPE_CHECKING:
    from rehab_app.ui.session_launcher import SessionLauncher
    from rehab_app.ui.startup import LazyPage, OpenedHistory

Clock = Callable[[], float]


def _never(_program_id: str) -> str | None:
    return None


class MainWindow(QMainWindow):
    """Home screen with tabs; a session replaces it in the same window.

    Signals:
        settings_changed(): the settings were changed and saved.
    """

    settings_changed = Signal()

    def __init__(
        self,
        paths: AppPaths,
        library: Library,
        settings: Settings,
        clock: Clock,
        last_done: LastDone = _never,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Back on Track: back rehab for runners")
        self.resize(1280, 720)
        self.paths = paths
        self.library = library
        self.settings = settings
        self.clock = clock
        self.session_launcher: SessionLauncher | None = None
        self.history: OpenedHistory | None = None
        self.history_page: LazyPage | None = None
        self.stack = QStackedWidget(self)
        self.tabs = QTabWidget(self.stack)
        self.tabs.setObjectName("homeTabs")
        self.tabs.setDocumentMode(True)
        self.programs = ProgramsPage(library, last_done, self.tabs)
        self.browser = LibraryBrowser(library, self.tabs)
        self.problems = ProblemsPanel(library.problems, self.tabs)
        self.tabs.addTab(self.programs, "&Programs")
        self.tabs.addTab(self.browser, "&Exercise library")
        count = len(library.problems)
        self.tabs.addTab(self.problems, f"P&roblems ({count})" if count else "P&roblems")
        self.settings_page = SettingsPage(settings, self.update_settings, self.tabs)
        self.tabs.addTab(self.settings_page, "&Settings")
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        if settings.last_program:
            self.programs.select(settings.last_program)
        self.programs.list.currentItemChanged.connect(self._remember_program)
        if count:
            self.statusBar().showMessage(
                f"{count} problem(s) in exercise or program files; see the Problems tab."
            )

    @property
    def problems_tab(self) -> int:
        """Index of the Problems tab."""
        return self.tabs.indexOf(self.problems)

    def update_settings(self, **changes: object) -> None:
        """Change some settings and save them in the data folder."""
        self.settings = msgspec.structs.replace(self.settings, **changes)
        save_settings(self.paths.settings_file, self.settings)
        self.settings_changed.emit()

    def show_page(self, page: QWidget) -> None:
        """Show a full-window page (such as the player) in place of the home tabs."""
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def show_home(self) -> None:
        """Return to the home tabs."""
        self.stack.setCurrentWidget(self.tabs)
        self.programs.refresh()

    def _remember_program(self) -> None:
        key = self.programs.current_id()
        if key and key != self.settings.last_program:
            self.update_settings(last_program=key)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Let the current page veto closing (e.g. a session in progress)."""
        page = self.stack.currentWidget()
        can_close = getattr(page, "can_close", None)
        if callable(can_close) and not can_close():
            event.ignore()
            return
        super().closeEvent(event)
