"""The main window: programs, the exercise library, history, settings and file problems."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QTabWidget, QWidget

from rehab_app.core.paths import AppPaths
from rehab_app.ui.common.icons import app_icon, icon
from rehab_app.ui.common.theme import current_colours, theme_state
from rehab_app.ui.home.programs_page import LastDone, ProgramsPage
from rehab_app.ui.shell.lazy_page import LazyPage
from rehab_app.ui.shell.snapshot import HomeSnapshot, Look, files_key, write_snapshot
from rehab_app.ui.shell.translations import content_language

# The models, the loader and msgspec are imported when first needed: not before the window shows.
if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QIcon

    from rehab_app.core.content.loader import Library
    from rehab_app.core.content.workspace import Workspace
    from rehab_app.core.settings import Settings
    from rehab_app.ui.home.problems_panel import ProblemsPanel
    from rehab_app.ui.home.settings_page import SettingsPage
    from rehab_app.ui.library.browser import LibraryBrowser
    from rehab_app.ui.session.launcher import SessionLauncher
    from rehab_app.ui.sharing.backups import DataActions
    from rehab_app.ui.shell.host import OpenedHistory

Clock = Callable[[], float]
log = logging.getLogger(__name__)


def _never(_program_id: str) -> str | None:
    return None


class MainWindow(QMainWindow):
    """Home screen with tabs; a session replaces it in the same window.

    Tabs other than Programs are built when first shown (or first used). The window can also
    start from a snapshot of the programs page (`starting`), with the library and settings
    loaded by `finish_loading()` right after it shows, or as soon as anything asks for them.

    Signals:
        settings_changed(): the settings were changed and saved.
        library_changed(object): the workspace changed the library (a LibraryChange); every
            page showing programs, exercises or file problems refreshes itself.
        new_exercise_requested(): "New exercise" was pressed in the exercise library.
    """

    settings_changed = Signal()
    library_changed = Signal(object)
    new_exercise_requested = Signal()

    def __init__(
        self,
        paths: AppPaths,
        library: Library | None,
        settings: Settings | None,
        clock: Clock,
        last_done: LastDone = _never,
        parent: QWidget | None = None,
        look: Look | None = None,
        snapshot: HomeSnapshot | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Back on Track: back rehab for runners"))
        self.resize(1280, 720)
        self.paths = paths
        self._library = library
        self._workspace: Workspace | None = None
        self._settings = settings
        look = look or Look()
        language = settings.language if settings is not None else look.language
        self.language = content_language(language)
        self.clock = clock
        self.session_launcher: SessionLauncher | None = None
        self.history: OpenedHistory | None = None
        # Run by the composition root once the event loop has ended (a confirmed restore).
        self.after_exit: Callable[[], int] | None = None
        self.data_actions: DataActions | None = None
        self._icons: dict[QWidget, str] = {}
        self.stack = QStackedWidget(self)
        self.tabs = QTabWidget(self.stack)
        self.tabs.setObjectName("homeTabs")
        self.tabs.setAccessibleName(self.tr("Main sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Main sections"))
        self.tabs.setDocumentMode(True)
        self.tabs.setIconSize(QSize(24, 24))
        rows = snapshot.rows if snapshot is not None else ()
        self.programs = ProgramsPage(library, last_done, self.tabs, self.language, rows)
        self.programs.rows_changed.connect(self._save_snapshot)
        self.library_changed.connect(self._refresh_for)
        self._save_snapshot()
        self.browser_page = LazyPage(self._make_browser, self.tabs)
        self.browser_page.setObjectName("libraryPage")
        self.history_page = LazyPage(self._make_history, self.tabs)
        self.history_page.setObjectName("historyPage")
        self.problems_page = LazyPage(self._make_problems, self.tabs)
        self.problems_page.setObjectName("problemsPage")
        self.settings_tab = LazyPage(self._make_settings, self.tabs)
        self.settings_tab.setObjectName("settingsTab")
        for page, label, name in (
            (self.programs, self.tr("&Programs"), "programs"),
            (self.browser_page, self.tr("&Exercise library"), "library"),
            (self.history_page, self.tr("&History"), "history"),
            (self.problems_page, self.tr("P&roblems"), "problems"),
            (self.settings_tab, self.tr("&Settings"), "settings"),
        ):
            self._icons[page] = name
            self.tabs.addTab(page, self._tab_icon(name, current_colours().text), label)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self._show_problem_count(
            len(library.problems) if library is not None else snapshot.problems if snapshot else 0
        )
        last_program = settings.last_program if settings is not None else look.last_program
        if last_program:
            self.programs.select(last_program)
        self.programs.list.currentItemChanged.connect(self._remember_program)
        self.programs.list.setFocus()
        state = theme_state()
        if state is not None:
            state.theme_changed.connect(self._refresh_icons)
        if snapshot is None:
            self.fill_in()

    def fill_in(self) -> None:
        """Add what the first paint from a snapshot leaves out: details, actions, window icon.

        Laying out the details' rich text and reading the SVG icon engine cost more than the rest
        of the first screen, so start-up calls this right after the window has painted once.
        """
        from rehab_app.ui.home.action_bar import ProgramActionBar

        self.programs.show_details()
        ProgramActionBar.of(self.programs)
        if self.windowIcon().isNull():
            self.setWindowIcon(app_icon())

    # -- what the window shows ------------------------------------------------------------
    @property
    def library(self) -> Library:
        """The exercise library (loaded now if the window started from a snapshot)."""
        if self._library is None:
            self.finish_loading()
        assert self._library is not None
        return self._library

    @property
    def settings(self) -> Settings:
        """The user's settings (read now if the window started from a snapshot)."""
        if self._settings is None:
            from rehab_app.core.settings import load_settings

            self._settings = load_settings(self.paths.settings_file)
        return self._settings

    @property
    def loaded(self) -> bool:
        """True once the library is loaded."""
        return self._library is not None

    def finish_loading(self, last_done: LastDone | None = None) -> None:
        """Load the library (and settings) a window started from a snapshot does not have yet."""
        if self._library is not None:
            if last_done is not None:
                self.programs.set_last_done(last_done)
            return
        from rehab_app.core.content.loader import load_library

        self._library = load_library(self.paths)
        self.settings  # noqa: B018 - reads the settings file now, with the library
        self.programs.set_library(self._library, last_done)
        self._show_problem_count(len(self._library.problems))

    @property
    def workspace(self) -> Workspace:
        """The one owner of changes to the library; its changes are broadcast."""
        if self._workspace is None:
            from rehab_app.core.content.workspace import Workspace

            self._workspace = Workspace(self.paths, self.library, self.library_changed.emit)
        return self._workspace

    def _refresh_for(self, change: object) -> None:
        """Each page showing the library refreshes after a change (see `library_changed`)."""
        from rehab_app.core.content.workspace import LibraryChange

        if not isinstance(change, LibraryChange):
            return
        self.programs.refresh()
        browser = self.browser_page.content
        if change.exercises and browser is not None:
            browser.refresh()  # type: ignore[attr-defined]
        if change.problems:
            problems = self.problems_page.content
            if problems is not None:
                problems.set_problems(self.library.problems)  # type: ignore[attr-defined]
            self._show_problem_count(len(self.library.problems))

    def _show_problem_count(self, count: int) -> None:
        index = self.tabs.indexOf(self.problems_page)
        self.tabs.setTabText(
            index, self.tr("P&roblems ({0})").format(count) if count else self.tr("P&roblems")
        )
        if count:
            self.statusBar().showMessage(
                self.tr(
                    "{0} problem(s) in exercise or program files; see the Problems tab."
                ).format(count)
            )

    def _save_snapshot(self) -> None:
        if self._library is None:
            return
        key = files_key(self.paths, self.language)
        snapshot = HomeSnapshot(key, self.programs.rows, len(self._library.problems))
        write_snapshot(self.paths, snapshot)

    def _tab_icon(self, name: str, colour: str) -> QIcon:
        return icon(name, colour, self.paths.data_dir / "cache" / "icons")

    def _refresh_icons(self) -> None:
        colour = current_colours().text
        for page, name in self._icons.items():
            index = self.tabs.indexOf(page)
            if index >= 0:
                self.tabs.setTabIcon(index, self._tab_icon(name, colour))

    # -- tabs built on first use ----------------------------------------------------------
    def _make_browser(self, parent: QWidget) -> QWidget:
        from rehab_app.ui.library.browser import LibraryBrowser

        browser = LibraryBrowser(self.library, parent, self.language)
        browser.new_exercise_requested.connect(self.new_exercise_requested)
        return browser

    def _make_history(self, parent: QWidget) -> QWidget:
        from rehab_app.ui.shell.prompts import history_view

        store = self.history.store if self.history is not None else None
        if store is None:
            label = QLabel(self.tr("Your history is not available this time."), parent)
            label.setObjectName("historyUnavailable")
            return label
        return history_view(self, store, parent)

    def _make_problems(self, parent: QWidget) -> QWidget:
        from rehab_app.ui.home.problems_panel import ProblemsPanel

        return ProblemsPanel(self.library.problems, parent)

    def _make_settings(self, parent: QWidget) -> QWidget:
        from rehab_app.ui.home.settings_page import SettingsPage
        from rehab_app.ui.sharing.backups import DataActions

        page = SettingsPage(self.settings, self.update_settings, parent)
        self.data_actions = DataActions(self, page)
        return page

    @property
    def browser(self) -> LibraryBrowser:
        """The exercise library tab's content (built on first use)."""
        return cast("LibraryBrowser", self.browser_page.build())

    @property
    def problems(self) -> ProblemsPanel:
        """The Problems tab's content (built on first use)."""
        return cast("ProblemsPanel", self.problems_page.build())

    @property
    def settings_page(self) -> SettingsPage:
        """The Settings tab's content (built on first use)."""
        return cast("SettingsPage", self.settings_tab.build())

    @property
    def problems_tab(self) -> int:
        """Index of the Problems tab."""
        return self.tabs.indexOf(self.problems_page)

    # -- behaviour ------------------------------------------------------------------------
    def update_settings(self, **changes: object) -> None:
        """Change some settings and save them in the data folder (a failed save is shown)."""
        import msgspec

        from rehab_app.core.settings import save_settings

        self._settings = msgspec.structs.replace(self.settings, **changes)
        try:
            save_settings(self.paths.settings_file, self._settings)
        except OSError as exc:
            # The change holds for this run; the user is told it will not last.
            log.warning("cannot save settings: %s", exc)
            self.status(
                self.tr(
                    "Your settings could not be saved ({0}); they hold until you close the app."
                ).format(exc.strerror or exc)
            )
        self.settings_changed.emit()

    def status(self, text: str, timeout_ms: int = 8000) -> None:
        """A short confirmation or problem in the status bar."""
        self.statusBar().showMessage(text, timeout_ms)

    def dialog_parent(self) -> QWidget:
        """The widget dialogs are centred on: this window."""
        return self

    def close_and_then(self, after_exit: Callable[[], int]) -> bool:
        """Close the window; boot runs `after_exit` once the history and lock are let go."""
        self.after_exit = after_exit
        if self.close():
            return True
        self.after_exit = None
        return False

    def close_page(self, page: QWidget) -> None:
        """Take a full-window page away and delete it later."""
        self.stack.removeWidget(page)
        page.deleteLater()

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
