"""Building the main window and running it: the one place the app's objects are made and wired.

The first paint comes from a snapshot of the programs page when it is current (ui/shell/snapshot.py);
the details, the library, settings and history follow on the next turns of the event loop.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rehab_app import __version__
from rehab_app.core.paths import AppPaths

if TYPE_CHECKING:
    from datetime import datetime

    from PySide6.QtWidgets import QApplication

    from rehab_app.ui.shell.host import OpenedHistory
    from rehab_app.ui.shell.main_window import MainWindow
    from rehab_app.ui.shell.snapshot import Look

Clock = Callable[[], float]
# Told when the window is on screen (for the start-up benchmark): it may drive the rest itself.
ShownHook = Callable[["QApplication", "MainWindow"], None]


def tidy_data_dir(paths: AppPaths) -> None:
    """Undo what a crash left half-done: an interrupted import, temp files of an interrupted save."""
    from rehab_app.core.atomic import remove_stale_temps
    from rehab_app.core.content.bundles import recover_imports

    recover_imports(paths)
    for folder in (paths.data_dir, paths.user_programs, paths.user_exercises):
        remove_stale_temps(folder)


def build_main_window(
    data_dir: Path,
    clock: Clock = time.monotonic,
    root: Path | None = None,
    now_utc: Callable[[], datetime] | None = None,
) -> MainWindow:
    """Build the whole main window without running the event loop (a QApplication must exist)."""
    from datetime import UTC, datetime

    from rehab_app.core.content.loader import load_library
    from rehab_app.core.settings import load_settings
    from rehab_app.ui.shell.main_window import MainWindow
    from rehab_app.ui.shell.prompts import open_history

    wall = now_utc or (lambda: datetime.now(UTC))
    paths = AppPaths.create(data_dir, root)
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    tidy_data_dir(paths)
    library = load_library(paths)
    settings = load_settings(paths.settings_file)
    history = open_history(paths, wall)
    window = MainWindow(paths, library, settings, clock, last_done_of(history))
    wire_sessions(window, history, clock, wall)
    return window


def last_done_of(history: OpenedHistory) -> Callable[[str], str | None]:
    """The "last done" date of a program, from the history (None without one)."""
    store = history.store

    def last_done(program_id: str) -> str | None:
        day = store.last_done(program_id) if store is not None else None
        return day.isoformat() if day else None

    return last_done


def wire_sessions(
    window: MainWindow, history: OpenedHistory, clock: Clock, wall: Callable[[], datetime]
) -> None:
    """Give the window its history and the launcher that runs sessions from the programs page."""
    from rehab_app.ui.session.launcher import SessionLauncher

    window.history = history
    launcher = SessionLauncher(window, history.sink, clock, wall)
    window.programs.start_requested.connect(launcher.start)
    window.session_launcher = launcher

    def after_session() -> None:
        view = window.history_page.content
        if view is not None:
            view.reload()  # type: ignore[attr-defined]

    launcher.session_saved.connect(after_session)
    from rehab_app.ui.home.actions import ProgramActions

    actions = ProgramActions(window, window.programs, history.store, launcher)
    window.new_exercise_requested.connect(actions.new_exercise)
    launcher.session_saved.connect(actions.refresh_suggestion)
    # A safety decision (a symptom stop settled, a caution checked) can change what is suggested.
    window.settings_changed.connect(actions.refresh_suggestion)
    from rehab_app.ui.home.safety_home import SafetyHome

    SafetyHome(window, window.programs, window.tabs, launcher)


def first_window(paths: AppPaths, look: Look) -> MainWindow:
    """The main window from the programs-page snapshot when it is current, else fully built."""
    from rehab_app.ui.shell.main_window import MainWindow
    from rehab_app.ui.shell.snapshot import files_key, read_snapshot
    from rehab_app.ui.shell.translations import content_language

    paths.data_dir.mkdir(parents=True, exist_ok=True)
    snapshot = read_snapshot(paths, files_key(paths, content_language(look.language)))
    if snapshot is None:
        return build_main_window(paths.data_dir, root=paths.root)
    return MainWindow(paths, None, None, time.monotonic, look=look, snapshot=snapshot)


def finish_window(window: MainWindow) -> None:
    """Load what a window shown from the snapshot still lacks: files, settings, history."""
    if window.history is not None:
        return
    from datetime import UTC, datetime

    from rehab_app.ui.shell.prompts import open_history

    def wall() -> datetime:
        return datetime.now(UTC)

    tidy_data_dir(window.paths)
    history = open_history(window.paths, wall)
    window.finish_loading(last_done_of(history))
    wire_sessions(window, history, window.clock, wall)


def start_collecting() -> None:
    """Turn the collector back on, leaving the start-up objects out of its future passes."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def run_window(
    paths: AppPaths, look: Look, log_path: Path | None = None, on_shown: ShownHook | None = None
) -> int:
    """Show the main window and run the event loop; the exit code."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from rehab_app.ui.common.theme import apply_theme, theme_state
    from rehab_app.ui.shell.single_instance import SingleInstance
    from rehab_app.ui.shell.translations import install_translators

    # Fusion from the start (apply_theme then need not set it; see there).
    os.environ.setdefault("QT_STYLE_OVERRIDE", "fusion")
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Back on Track")
    app.setOrganizationName("rehab-app")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("rehab-app")
    install_translators(app, look.language)
    apply_theme(app, look)
    guard = SingleInstance(paths.data_dir, app)
    if not guard.acquire(listen=False):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            None,
            app.translate("App", "Already open"),
            app.translate(
                "App",
                "Back on Track is already open with this data folder; it has been brought forward.",
            ),
        )
        return 0
    window = first_window(paths, look)
    from rehab_app.ui.shell.crash import CrashReporter

    # Installed now, so an error while loading after the first paint is reported too.
    CrashReporter(log_path, lambda: _save_session(window)).install()

    def bring_forward() -> None:
        window.showNormal()
        window.raise_()
        window.activateWindow()

    def after_show() -> None:
        from rehab_app.ui.shell.prompts import startup_prompts

        finish_window(window)
        apply_theme(app, window.settings)
        window.settings_changed.connect(lambda: apply_theme(app, window.settings))
        state = theme_state(app)
        if state is not None:
            state.follow_system()
        guard.raise_requested.connect(bring_forward)
        guard.listen()
        launcher = window.session_launcher
        if window.history is not None and launcher is not None:
            startup_prompts(window, window.history, launcher)

    def fill_in() -> None:
        start_collecting()
        window.fill_in()
        # Posted after the repaint fill_in() asked for, so the details show before loading starts.
        QTimer.singleShot(0, after_show)

    window.show()
    if on_shown is not None:
        on_shown(app, window)
    else:
        QTimer.singleShot(0, fill_in)
    code = app.exec()
    if window.history is not None and window.history.store is not None:
        window.history.store.close()
    guard.release()
    # A restore the user confirmed swaps the data folder now that nothing holds it open.
    return window.after_exit() if window.after_exit is not None else code


def _save_session(window: MainWindow) -> None:
    """Save the running session's last checkpoint (after an unexpected error)."""
    launcher = window.session_launcher
    if launcher is not None:
        launcher.save_checkpoint()
