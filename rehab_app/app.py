"""Composition root: parse the command line, build the objects, wire them, run."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rehab_app import __version__
from rehab_app.core.applog import configure_logging
from rehab_app.core.paths import AppPaths, data_dir_problem

if TYPE_CHECKING:
    from datetime import datetime

    from rehab_app.ui.main_window import MainWindow
    from rehab_app.ui.quick_start import Look
    from rehab_app.ui.startup import OpenedHistory

log = logging.getLogger("rehab_app")

Clock = Callable[[], float]
EXIT_AFTER_SHOW_ENV = "REHAB_APP_EXIT_AFTER_SHOW"

# Libraries Qt's X11 window plugin loads at start: name, file, and the Debian/Ubuntu package.
_XCB_LIBS = (
    ("xcb-cursor", "libxcb-cursor.so.0", "libxcb-cursor0"),
    ("xkbcommon-x11", "libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("xcb-icccm", "libxcb-icccm.so.4", "libxcb-icccm4"),
    ("xcb-keysyms", "libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("EGL", "libEGL.so.1", "libegl1"),
    ("fontconfig", "libfontconfig.so.1", "libfontconfig1"),
)


def _library_dirs(env: Mapping[str, str]) -> list[str]:
    """Where the dynamic linker usually finds libraries (no ldconfig run)."""
    multiarch = getattr(sys.implementation, "_multiarch", "") or ""
    dirs = [d for d in env.get("LD_LIBRARY_PATH", "").split(os.pathsep) if d]
    for base in ("/usr/lib", "/lib", "/usr/lib64", "/lib64", "/usr/local/lib"):
        if multiarch:
            dirs.append(f"{base}/{multiarch}")
        dirs.append(base)
    return dirs


def missing_system_libraries(environ: Mapping[str, str] | None = None) -> list[str]:
    """Debian packages that Qt needs to open a window here but cannot find (Linux only)."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return []
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal", "vnc")):
        return []
    wayland = platform.startswith("wayland") or bool(
        env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY")
    )
    wanted = [entry for entry in _XCB_LIBS if not wayland or entry[0] in ("EGL", "fontconfig")]
    dirs = _library_dirs(env)
    # Looking in the usual folders costs well under a millisecond; only a library not found
    # there is asked of ctypes (20 ms to import, and every lookup runs ldconfig).
    unsure = [e for e in wanted if not any(os.path.exists(f"{d}/{e[1]}") for d in dirs)]
    if not unsure:
        return []
    import ctypes.util

    return [pkg for lib, _file, pkg in unsure if not ctypes.util.find_library(lib)]


def tidy_data_dir(paths: AppPaths) -> None:
    """Undo what a crash left half-done: an interrupted import, temp files of an interrupted save."""
    from rehab_app.core.atomic import remove_stale_temps
    from rehab_app.core.bundle import recover_imports

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

    from rehab_app.core.loader import load_library
    from rehab_app.core.settings import load_settings
    from rehab_app.ui.main_window import MainWindow
    from rehab_app.ui.startup import open_history

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
    from rehab_app.ui.session_launcher import SessionLauncher

    window.history = history
    launcher = SessionLauncher(window, history.sink, clock, wall)
    window.programs.start_requested.connect(launcher.start)
    window.session_launcher = launcher

    def after_session() -> None:
        view = window.history_page.content
        if view is not None:
            view.reload()  # type: ignore[attr-defined]

    launcher.session_saved.connect(after_session)
    from rehab_app.ui.program_actions import ProgramActions

    actions = ProgramActions(window, history.store)
    launcher.session_saved.connect(actions.refresh_suggestion)
    # A safety decision (a symptom stop settled, a caution checked) can change what is suggested.
    window.settings_changed.connect(actions.refresh_suggestion)
    from rehab_app.ui.safety_home import SafetyHome

    SafetyHome(window, launcher)


def _first_window(paths: AppPaths, look: Look) -> MainWindow:
    """The main window from the programs-page snapshot when it is current, else fully built."""
    from rehab_app.ui.main_window import MainWindow
    from rehab_app.ui.quick_start import files_key, read_snapshot
    from rehab_app.ui.translations import content_language

    paths.data_dir.mkdir(parents=True, exist_ok=True)
    snapshot = read_snapshot(paths, files_key(paths, content_language(look.language)))
    if snapshot is None:
        return build_main_window(paths.data_dir, root=paths.root)
    return MainWindow(paths, None, None, time.monotonic, look=look, snapshot=snapshot)


def _finish_window(window: MainWindow) -> None:
    """Load what a window shown from the snapshot still lacks: files, settings, history."""
    if window.history is not None:
        return
    from datetime import UTC, datetime

    from rehab_app.ui.startup import open_history

    def wall() -> datetime:
        return datetime.now(UTC)

    tidy_data_dir(window.paths)
    history = open_history(window.paths, wall)
    window.finish_loading(last_done_of(history))
    wire_sessions(window, history, window.clock, wall)


def _finish_restore(paths: AppPaths) -> None:
    """Complete a restore a crash cut short between its two renames (before anything else)."""
    if not paths.data_dir.exists():
        from rehab_app.core.restore import finish_interrupted_restore

        finish_interrupted_restore(paths.data_dir)


def _run_gui(paths: AppPaths) -> int:
    _finish_restore(paths)
    missing = missing_system_libraries()
    if missing:
        print(
            "rehab-app cannot open a window: Qt needs system libraries that are not installed.\n"
            f"On Debian or Ubuntu:  sudo apt-get install {' '.join(missing)}",
            file=sys.stderr,
        )
        return 1
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    ):
        print(
            "rehab-app needs a graphical desktop: no display was found (DISPLAY is not set).",
            file=sys.stderr,
        )
        return 1
    problem = data_dir_problem(paths.data_dir)
    if problem is not None:
        print(f"rehab-app: {problem.message}", file=sys.stderr)
        from rehab_app.ui.startup_errors import tell_data_dir_problem

        tell_data_dir_problem(problem)
        return 1
    log_path = configure_logging(paths.data_dir)
    # Nearly every object made before the first paint lives as long as the app: the ~30
    # collections start-up would run (~10 ms) free a few dozen objects. Collect once it shows.
    gc.disable()
    try:
        # Before PySide6: every import after it goes through its (slower) import hook.
        from rehab_app.ui.quick_start import read_look

        return _show_window(paths, read_look(paths.settings_file), log_path)
    except Exception as exc:
        # Before the event loop runs (or after it ended) there is no excepthook dialog to show.
        log.exception("the app stopped after an unexpected error")
        where = f"; details are in {log_path}" if log_path else ""
        print(f"rehab-app stopped after an unexpected error: {exc}{where}", file=sys.stderr)
        return 1
    finally:
        gc.enable()


def _start_collecting() -> None:
    """Turn the collector back on, leaving the start-up objects out of its future passes."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _show_window(paths: AppPaths, look: Look, log_path: Path | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from rehab_app.ui.single_instance import SingleInstance
    from rehab_app.ui.theme import apply_theme, theme_state
    from rehab_app.ui.translations import install_translators

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
    window = _first_window(paths, look)
    from rehab_app.ui.shell.crash import CrashReporter

    # Installed now, so an error while loading after the first paint is reported too.
    CrashReporter(log_path, lambda: _save_session(window)).install()

    def bring_forward() -> None:
        window.showNormal()
        window.raise_()
        window.activateWindow()

    def after_show() -> None:
        from rehab_app.ui.startup import startup_prompts

        _finish_window(window)
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
        _start_collecting()
        window.fill_in()
        # Posted after the repaint fill_in() asked for, so the details show before loading starts.
        QTimer.singleShot(0, after_show)

    window.show()
    if os.environ.get(EXIT_AFTER_SHOW_ENV) == "1":
        # For tests/bench/bench_startup.py: report when the window is on screen, when its details
        # are, and when everything has loaded; then quit.
        app.processEvents()
        print(f"shown at {time.time():.6f}\nshown cpu {time.process_time():.6f}", flush=True)
        _start_collecting()
        window.fill_in()
        app.processEvents()
        print(f"details at {time.time():.6f}", flush=True)
        _finish_window(window)
        app.processEvents()
        print(f"loaded at {time.time():.6f}", flush=True)
        QTimer.singleShot(0, app.quit)
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


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `rehab-app` and `python -m rehab_app`."""
    if not (sys.argv[1:] if argv is None else argv):
        # Plain `rehab-app`: open the window without building the argument parser (~10 ms).
        return _run_gui(AppPaths.create())
    from rehab_app.cli import WRITES_DATA, build_parser, run_command

    args = build_parser().parse_args(argv)
    paths = AppPaths.create(args.data_dir.expanduser() if args.data_dir else None)
    if args.command:
        configure_logging(None)
        _finish_restore(paths)
        problem = data_dir_problem(paths.data_dir, write=args.command in WRITES_DATA)
        if problem is not None:
            print(f"rehab-app: {problem.message}", file=sys.stderr)
            return 1
        try:
            return run_command(args, paths)
        except BrokenPipeError:  # e.g. `rehab-app plan X | head`
            sys.stderr.close()
            return 0
    if args.screenshots:
        from rehab_app.ui.screenshots import render_screenshots

        return render_screenshots(paths, args.screenshots)
    return _run_gui(paths)
