"""CPU cost of a running session against the app idle on its main window, measured in one run."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SECONDS = float(os.environ.get("BENCH_IDLE_SECONDS", "30"))
ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import resource, sys, time
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from rehab_app.ui.shell.boot import build_main_window
    from tests.helpers.dialogs import ScriptedDialogs

    mode, seconds, data = sys.argv[1], float(sys.argv[2]), Path(sys.argv[3])
    app = QApplication([])
    window = build_main_window(data)  # the real monotonic clock
    window.resize(1280, 720)
    window.show()
    if mode == "session":
        launcher = window.session_launcher
        launcher.dialogs = ScriptedDialogs()
        assert launcher.start("return_to_run_w1")  # long, fully timed
        launcher.controller.start()
    for _ in range(20):  # let start-up work settle before measuring
        app.processEvents()
    before = resource.getrusage(resource.RUSAGE_SELF)
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(f"CPU {cpu:.4f}")
    """
)


def _cpu(mode: str, tmp: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(SECONDS), str(tmp / mode)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=SECONDS * 4 + 60,
        check=True,
    ).stdout
    return float(out.split("CPU")[-1])


def test_session_idle_cost(tmp_path: Path) -> None:
    idle = _cpu("idle", tmp_path)
    session = _cpu("session", tmp_path)
    added = (session - idle) / SECONDS * 100
    print(
        f"\nidle cost over {SECONDS:.0f} s: main window idle {idle:.3f} CPU s, running session "
        f"{session:.3f} CPU s; the session adds {added:.2f} % of one core (target < 2 %)"
    )
    assert added < 2.0
