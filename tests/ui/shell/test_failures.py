"""No error without a message: a bad data folder, failed session saves, unexpected exceptions."""

from __future__ import annotations

import io
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from rehab_app.app import main
from rehab_app.core.history.store import HistoryStore
from rehab_app.core.session.engine import EngineState
from rehab_app.core.session.record import MemorySink, Outcome
from rehab_app.ui.session.launcher import SessionLauncher
from rehab_app.ui.shell.boot import build_main_window
from rehab_app.ui.shell.crash import MAX_DIALOGS, CrashReporter
from tests.helpers.clock import FakeClock
from tests.helpers.dialogs import ScriptedDialogs


@pytest.fixture(autouse=True)
def _keep_hooks_and_logging() -> Iterator[None]:
    hook = sys.excepthook
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    sys.excepthook = hook
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


def test_a_file_as_data_dir_is_a_dialog_and_one_line(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert main(["--data-dir", str(blocker)]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [
        f"rehab-app: The data folder {blocker} is a file, not a folder: move that file away, or"
        " choose another folder with --data-dir."
    ]
    assert "Traceback" not in err
    assert len(shown) == 1
    assert str(blocker) in shown[0]
    assert "is a file" in shown[0]


# -- unexpected exceptions --------------------------------------------------------------------


def _raise(
    kind: type[BaseException], text: str
) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise kind(text)
    except BaseException as exc:  # noqa: BLE001 - the exception itself is the test data
        return kind, exc, exc.__traceback__


def test_crash_reporter_logs_saves_and_tells(qtbot: QtBot, tmp_path: Path) -> None:
    from rehab_app.core.applog import configure_logging

    log_path = configure_logging(tmp_path, io.StringIO())
    terminal = io.StringIO()
    saved: list[bool] = []
    reporter = CrashReporter(log_path, lambda: saved.append(True), terminal)
    reporter(*_raise(ZeroDivisionError, "division by zero"))  # type: ignore[arg-type]
    assert saved == [True]
    assert terminal.getvalue() == (
        f"rehab-app: unexpected error: ZeroDivisionError: division by zero; details are in"
        f" {log_path}\n"
    )
    assert log_path is not None
    logged = log_path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "ZeroDivisionError: division by zero" in logged
    box = reporter.last_box
    assert box is not None
    assert box.isVisible()
    assert "ZeroDivisionError" in box.text()
    assert str(log_path) in box.informativeText()
    # A second error while the dialog is open is logged, not stacked in another dialog.
    reporter(*_raise(ValueError, "again"))  # type: ignore[arg-type]
    assert reporter.dialogs == 1
    box.done(0)
    for n in range(MAX_DIALOGS + 2):
        reporter(*_raise(ValueError, f"more {n}"))  # type: ignore[arg-type]
        if reporter.last_box is not None:
            reporter.last_box.done(0)
    assert reporter.dialogs == MAX_DIALOGS
    assert "more 4" in log_path.read_text(encoding="utf-8")


def test_a_failing_save_does_not_stop_the_report(qtbot: QtBot, tmp_path: Path) -> None:
    def broken_save() -> None:
        raise OSError("disk gone")

    terminal = io.StringIO()
    reporter = CrashReporter(None, broken_save, terminal, show_dialog=False)
    reporter(*_raise(KeyError, "x"))  # type: ignore[arg-type]
    assert "KeyError" in terminal.getvalue()


class _Trigger(QObject):
    fired = Signal()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_mid_session_keeps_the_checkpoint(
    qtbot: QtBot, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = FakeClock()
    window = build_main_window(data_dir, clock=clock)
    qtbot.addWidget(window)
    sink = MemorySink()
    launcher = SessionLauncher(window, sink, clock, dialogs=ScriptedDialogs())  # type: ignore[arg-type]
    assert launcher.start("core_stability_1")
    assert launcher.controller is not None
    launcher.controller.start()
    before = sink.checkpoints
    reporter = CrashReporter(None, launcher.save_checkpoint, show_dialog=False)
    reporter.install()
    trigger = _Trigger()

    def faulty() -> None:
        raise RuntimeError("a bug in a slot")

    trigger.fired.connect(faulty)
    trigger.fired.emit()
    assert sink.checkpoints == before + 1
    err = capsys.readouterr().err
    assert "RuntimeError: a bug in a slot" in err
    assert "Traceback" not in err
    # The session carries on.
    clock.advance(2)
    launcher.controller.poll()
    assert launcher.controller.engine.state is EngineState.RUNNING


# -- a history that fails to save -------------------------------------------------------------


def _fail_writes(store: HistoryStore, failing: bool) -> None:
    # Like a full or read-only disk: every write raises, reads still work.
    store._con.execute(f"PRAGMA query_only = {'ON' if failing else 'OFF'}")


def _item(controller: object) -> int:
    current = controller.engine.current  # type: ignore[attr-defined]
    return -1 if current is None else int(current.item_index)


def test_failed_saves_are_shown_and_retried(qtbot: QtBot, data_dir: Path) -> None:
    from datetime import UTC, datetime

    clock = FakeClock()
    window = build_main_window(data_dir, clock=clock)
    qtbot.addWidget(window)
    window.show()
    store = HistoryStore.open(data_dir / "test-history.sqlite3", lambda: datetime.now(UTC)).store
    launcher = SessionLauncher(window, store, clock, dialogs=ScriptedDialogs())  # type: ignore[arg-type]
    assert launcher.start("post_run_reset")
    player, controller = launcher.player, launcher.controller
    assert player is not None
    assert controller is not None
    controller.start()
    assert not player.save_banner.isVisible()
    _fail_writes(store, True)
    # The first exercise ends: its checkpoint fails, and the player says so at once.
    first = _item(controller)
    while _item(controller) == first:
        clock.advance(1)
        controller.poll()
    assert player.save_banner.isVisible()
    assert "Not saved" in player.save_banner.text()
    assert "cannot be written" in player.save_banner.text()
    # Writes work again: the next checkpoint saves the whole session and the banner goes.
    _fail_writes(store, False)
    second = _item(controller)
    while _item(controller) == second:
        clock.advance(1)
        controller.poll()
    assert not player.save_banner.isVisible()
    session_id = controller.engine.record.session_id
    assert session_id is not None
    assert store.session_detail(session_id) is not None
    # The end: saving the summary fails, the summary says so and offers to try again.
    _fail_writes(store, True)
    player.end_requested.emit()
    summary = window.stack.currentWidget()
    assert summary.objectName() == "summaryPage"
    assert "Not saved yet" in summary.save_status.text()  # type: ignore[attr-defined]
    summary.pain.set_value(2)  # type: ignore[attr-defined]
    summary.worst.set_value(3)  # type: ignore[attr-defined]
    qtbot.mouseClick(summary.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert window.stack.currentWidget() is summary
    assert "could not be saved" in summary.save_status.text()  # type: ignore[attr-defined]
    assert summary.save_button.text() == "Try again"  # type: ignore[attr-defined]
    assert summary.leave_button.isVisible()  # type: ignore[attr-defined]
    _fail_writes(store, False)
    qtbot.mouseClick(summary.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert window.stack.currentWidget() is window.tabs
    saved = store.session_detail(session_id)
    assert saved is not None
    assert saved.outcome is Outcome.ENDED_EARLY
    assert saved.pain_after == 2
    assert "saved" in window.statusBar().currentMessage()
    store.close()


def test_leaving_without_saving(qtbot: QtBot, data_dir: Path) -> None:
    from datetime import UTC, datetime

    clock = FakeClock()
    window = build_main_window(data_dir, clock=clock)
    qtbot.addWidget(window)
    store = HistoryStore.open(data_dir / "test-history.sqlite3", lambda: datetime.now(UTC)).store
    launcher = SessionLauncher(window, store, clock, dialogs=ScriptedDialogs())  # type: ignore[arg-type]
    saved: list[bool] = []
    launcher.session_saved.connect(lambda: saved.append(True))
    window.show()
    assert launcher.start("post_run_reset")
    assert launcher.player is not None
    assert launcher.controller is not None
    launcher.controller.start()
    _fail_writes(store, True)
    launcher.player.end_requested.emit()
    summary = window.stack.currentWidget()
    summary.worst.set_value(3)  # type: ignore[attr-defined]
    qtbot.mouseClick(summary.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.mouseClick(summary.leave_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert window.stack.currentWidget() is window.tabs
    assert saved == []
    store.close()
