"""A real app process killed mid-session offers to resume with its finished exercises kept."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from pytestqt.qtbot import QtBot

from rehab_app.core.session.engine import EngineState
from rehab_app.ui.shell.boot import build_main_window
from tests.helpers.clock import FakeClock
from tests.helpers.dialogs import ScriptedDialogs

ROOT = Path(__file__).resolve().parents[3]

CHILD = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtWidgets import QApplication
    from rehab_app.ui.shell.boot import build_main_window
    from tests.helpers.clock import FakeClock
    from tests.helpers.dialogs import ScriptedDialogs

    app = QApplication([])
    clock = FakeClock()
    window = build_main_window(__import__("pathlib").Path(sys.argv[1]), clock=clock)
    launcher = window.session_launcher
    launcher.dialogs = ScriptedDialogs()
    assert launcher.start("core_stability_1")
    controller = launcher.controller
    controller.start()
    engine = controller.engine
    while engine.record.current_item < 2:  # finish cat-camel and the curl-up
        clock.advance(0.5)
        controller.poll()
    print("READY", flush=True)
    time.sleep(60)
    """
)


def test_sigkill_mid_session_then_resume(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data)], stdout=subprocess.PIPE, env=env, cwd=ROOT
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"READY"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL

    clock = FakeClock()
    window = build_main_window(data, clock=clock)
    qtbot.addWidget(window)
    assert window.history is not None
    store = window.history.store
    assert store is not None
    unfinished = store.unfinished_session()
    assert unfinished is not None
    assert unfinished.session_id is not None
    point = store.resume_point(unfinished.session_id)
    assert point is not None
    assert point.next_item == 2
    assert [i.completed for i in point.record.items[:2]] == [True, True]
    launcher = window.session_launcher
    assert launcher is not None
    launcher.dialogs = ScriptedDialogs()  # type: ignore[assignment]
    assert launcher.resume(point.record, point.next_item)
    assert launcher.controller is not None
    launcher.controller.start()
    engine = launcher.controller.engine
    assert engine.state is EngineState.RUNNING
    assert engine.current is not None
    assert engine.current.item_index == 2
    assert engine.record.session_id == unfinished.session_id
    again = store.unfinished_session()
    assert again is not None
    assert again.session_id == unfinished.session_id, "resuming continues the same session"
    assert [i.completed for i in again.items[:2]] == [True, True]
