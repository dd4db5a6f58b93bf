"""`rehab-app`: read the command line and hand over to a command, the screenshots or the window.

Building and wiring the window is ui/shell/boot.py's job; this module only decides which one runs
and does the checks that must come before Qt is imported.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rehab_app.core.applog import configure_logging
from rehab_app.core.paths import AppPaths, data_dir_problem
from rehab_app.system_check import missing_system_libraries, no_display

if TYPE_CHECKING:
    from rehab_app.ui.shell.boot import ShownHook

log = logging.getLogger("rehab_app")


def _finish_restore(paths: AppPaths) -> None:
    """Complete a restore a crash cut short between its two renames (before anything else)."""
    if not paths.data_dir.exists():
        from rehab_app.core.backup.restore import finish_interrupted_restore

        finish_interrupted_restore(paths.data_dir)


def run_gui(paths: AppPaths, on_shown: ShownHook | None = None) -> int:
    """Check that a window can open here, then run the app; the exit code.

    `on_shown` is told when the window is on screen (the start-up benchmark uses it).
    """
    _finish_restore(paths)
    missing = missing_system_libraries()
    if missing:
        print(
            "rehab-app cannot open a window: Qt needs system libraries that are not installed.\n"
            f"On Debian or Ubuntu:  sudo apt-get install {' '.join(missing)}",
            file=sys.stderr,
        )
        return 1
    if no_display():
        print(
            "rehab-app needs a graphical desktop: no display was found (DISPLAY is not set).",
            file=sys.stderr,
        )
        return 1
    problem = data_dir_problem(paths.data_dir)
    if problem is not None:
        print(f"rehab-app: {problem.message}", file=sys.stderr)
        from rehab_app.ui.shell.startup_errors import tell_data_dir_problem

        tell_data_dir_problem(problem)
        return 1
    log_path = configure_logging(paths.data_dir)
    # Nearly every object made before the first paint lives as long as the app: the ~30
    # collections start-up would run (~10 ms) free a few dozen objects. Collect once it shows.
    gc.disable()
    try:
        # Before PySide6: every import after it goes through its (slower) import hook.
        from rehab_app.ui.shell.boot import run_window
        from rehab_app.ui.shell.snapshot import read_look

        return run_window(paths, read_look(paths.settings_file), log_path, on_shown)
    except Exception as exc:
        # Before the event loop runs (or after it ended) there is no excepthook dialog to show.
        log.exception("the app stopped after an unexpected error")
        where = f"; details are in {log_path}" if log_path else ""
        print(f"rehab-app stopped after an unexpected error: {exc}{where}", file=sys.stderr)
        return 1
    finally:
        gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `rehab-app` and `python -m rehab_app`."""
    if not (sys.argv[1:] if argv is None else argv):
        # Plain `rehab-app`: open the window without building the argument parser (~10 ms).
        return run_gui(AppPaths.create())
    from rehab_app.commands.cli import WRITES_DATA, build_parser, run_command

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
        from rehab_app.ui.demo.screenshots import render_screenshots

        return render_screenshots(paths, args.screenshots)
    return run_gui(paths)
