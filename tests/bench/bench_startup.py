"""Start-up time: `python -m rehab_app` to its shown main window against a bare PySide6 window.

Both run as fresh processes, interleaved, offscreen, on the same interpreter and environment. Each
prints the wall-clock time once its window is shown and painted; a run is timed from just before the
spawn to that moment (shutdown is not counted). The app is told to quit as soon as it is shown.

The warm-up run writes the programs-page snapshot (rehab_app/ui/shell/snapshot.py), so the runs
measure an ordinary start; a first start, or one after an exercise file changed, loads the whole
library before showing the window and takes longer.

The first paint is the home screen: tabs, the program list and the Start button. The selected
program's details and the action bar follow on the next turn of the event loop, and the library,
settings and history after that; both moments are printed too, for the record (not asserted).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROUNDS = int(os.environ.get("BENCH_STARTUP_ROUNDS", "21"))
TARGET = 1.3
ROOT = Path(__file__).resolve().parents[2]

BARE = textwrap.dedent(
    """
    import sys
    import time

    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello", window))
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    print(f"shown at {time.time():.6f}", flush=True)
    print(f"shown cpu {time.process_time():.6f}", flush=True)
    """
)


# The app as `rehab-app` starts it (rehab_app.app.run_gui), told through its start-up hook to report
# when its window is on screen, when its details are, and when everything has loaded; then quit.
APP = textwrap.dedent(
    """
    import sys
    import time

    from rehab_app.app import run_gui
    from rehab_app.core.paths import AppPaths


    def report(app, window):
        from PySide6.QtCore import QTimer

        from rehab_app.ui.shell.boot import finish_window, start_collecting

        app.processEvents()
        print(f"shown at {time.time():.6f}\\nshown cpu {time.process_time():.6f}", flush=True)
        start_collecting()
        window.fill_in()
        app.processEvents()
        print(f"details at {time.time():.6f}", flush=True)
        finish_window(window)
        app.processEvents()
        print(f"loaded at {time.time():.6f}", flush=True)
        QTimer.singleShot(0, app.quit)


    sys.exit(run_gui(AppPaths.create(), on_shown=report))
    """
)


def _env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env["REHAB_APP_DATA_DIR"] = str(tmp / "data")
    # An installed app has compiled bytecode; without it every run would compile the package.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    return env


def _run(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from the spawn to each moment the program reports ("shown", "details", ...).

    Also "cpu": the process's own CPU seconds until its window was shown, which other load on
    the machine disturbs less than the wall clock.
    """
    start = time.time()
    done = subprocess.run(
        command, env=env, cwd=ROOT, check=True, timeout=120, capture_output=True, text=True
    )
    moments: dict[str, float] = {}
    for name, kind, stamp in (line.split() for line in done.stdout.splitlines()):
        if kind == "at":
            moments[name] = float(stamp) - start
        elif kind == "cpu" and name == "shown":
            moments["cpu"] = float(stamp)
    assert "shown" in moments, f"{command} did not report its window: {done.stderr[-2000:]}"
    return moments


def test_startup_ratio(tmp_path: Path) -> None:
    env = _env(tmp_path)
    bare_file = tmp_path / "bare.py"
    bare_file.write_text(BARE, encoding="utf-8")
    bare_cmd = [sys.executable, str(bare_file)]
    app_file = tmp_path / "app.py"
    app_file.write_text(APP, encoding="utf-8")
    app_cmd = [sys.executable, str(app_file)]
    _run(bare_cmd, env)  # warm-up: bytecode, font cache, the data folder's first files
    _run(app_cmd, env)
    bare_runs: list[dict[str, float]] = []
    app: list[dict[str, float]] = []
    for round_ in range(ROUNDS):
        # Alternate who goes first, so neither always runs on a machine the other just warmed.
        if round_ % 2:
            app.append(_run(app_cmd, env))
            bare_runs.append(_run(bare_cmd, env))
        else:
            bare_runs.append(_run(bare_cmd, env))
            app.append(_run(app_cmd, env))
    bare = [run["shown"] for run in bare_runs]
    shown = [run["shown"] for run in app]
    cpu_ratio = statistics.median(r["cpu"] for r in app) / statistics.median(
        r["cpu"] for r in bare_runs
    )
    bare_s, app_s = statistics.median(bare), statistics.median(shown)
    ratio = app_s / bare_s
    later = {
        name: statistics.median(run[name] - run["shown"] for run in app)
        for name in ("details", "loaded")
    }
    print(
        f"\nbare PySide6 window: median {bare_s * 1000:.0f} ms "
        f"({min(bare) * 1000:.0f}-{max(bare) * 1000:.0f})"
        f"\nrehab-app main window: median {app_s * 1000:.0f} ms "
        f"({min(shown) * 1000:.0f}-{max(shown) * 1000:.0f})"
        f"\n  then details and actions +{later['details'] * 1000:.0f} ms, "
        f"library and history loaded +{later['loaded'] * 1000:.0f} ms"
        f"\nCPU time to shown: ratio {cpu_ratio:.2f}"
        f"\nratio = {ratio:.2f} (target <= {TARGET})"
    )
    assert ratio <= TARGET
