"""Settings -> Back up... and Restore...: the file dialogs, what the user is told, the restart."""

from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rehab_app.commands.backup import cmd_restore
from rehab_app.core.backup.format import HISTORY, SUFFIX
from rehab_app.core.backup.restore import RestoreError, StagedRestore
from rehab_app.core.history.export import export_json
from rehab_app.core.history.store import HistoryStore
from rehab_app.ui.sharing.backups import DataActions
from rehab_app.ui.shell.boot import build_main_window
from rehab_app.ui.shell.main_window import MainWindow
from rehab_app.ui.shell.single_instance import LOCK_NAME
from tests.helpers.backupfiles import NOW, clock, hand_made, make_data_dir, snapshot

Icon = QMessageBox.Icon


@dataclass
class Script:
    """Stands in for the file dialogs and message boxes; records what the user was shown."""

    save_as: str = ""
    open_file: str = ""
    go_on: bool = True
    relaunched: int = 0
    relaunch_works: bool = True
    asked: list[tuple[str, str]] = field(default_factory=list)
    shown: list[tuple[Icon, str, str, str]] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)

    def install(self, actions: DataActions) -> None:
        def ask_save(_p: QWidget | None, title: str, start: str, _f: str) -> tuple[str, str]:
            self.asked.append((title, start))
            return self.save_as, ""

        def ask_open(_p: QWidget | None, title: str, start: str, _f: str) -> tuple[str, str]:
            self.asked.append((title, start))
            return self.open_file, ""

        def show(_p: QWidget | None, icon: Icon, title: str, text: str, details: str) -> None:
            self.shown.append((icon, title, text, details))

        def confirm(_p: QWidget | None, _title: str, text: str, _go: str) -> bool:
            self.questions.append(text)
            return self.go_on

        def relaunch() -> bool:
            self.relaunched += 1
            return self.relaunch_works

        actions.ask_save, actions.ask_open, actions.show = ask_save, ask_open, show
        actions.confirm, actions.relaunch = confirm, relaunch
        actions.now_utc = clock


def _window(qtbot: QtBot, data: Path, script: Script, folder: Path) -> MainWindow:
    window = build_main_window(data, now_utc=clock)
    qtbot.addWidget(window)
    window.show()
    page = window.settings_page
    window.tabs.setCurrentWidget(window.settings_tab)
    assert window.data_actions is not None
    window.data_actions.folder = folder
    script.install(window.data_actions)
    assert page.backup_button.isVisible()
    return window


def _quit(window: MainWindow) -> int:
    """What the app does once its event loop ends: let go of the history, run the hook."""
    assert window.history is not None
    assert window.history.store is not None
    window.history.store.close()
    assert window.after_exit is not None
    return window.after_exit()


def _files(folder: Path) -> dict[str, bytes]:
    """The user's files; SQLite's -wal and -shm come and go with the open history."""
    return {k: v for k, v in snapshot(folder).items() if not k.endswith(("-wal", "-shm"))}


def _siblings(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_back_up_then_restore_and_restart(qtbot: QtBot, tmp_path: Path) -> None:
    data = make_data_dir(tmp_path / "data")
    script = Script(save_as=str(tmp_path / "mine"))
    window = _window(qtbot, data, script, tmp_path / "Documents")
    window.settings_page.backup_button.click()
    backup = tmp_path / f"mine{SUFFIX}"
    assert script.asked == [
        ("Back up your data", str(tmp_path / "Documents" / f"back-on-track-{NOW.date()}{SUFFIX}"))
    ]
    icon, title, text, _details = script.shown[-1]
    assert (icon, title) == (Icon.Information, "Backup saved")
    assert text.startswith(
        "Saved 2 sessions, 1 check-in, 1 program, 1 exercise, 1 picture and your settings in"
        f" {backup} ("
    )
    assert backup.is_file()
    assert window.data_actions is not None
    assert window.data_actions.folder == tmp_path  # the next dialog opens where this one saved

    # Later: a program is changed, then the user restores yesterday's backup.
    (data / "programs" / "mine.yaml").write_text("changed after the backup\n")
    changed = snapshot(data)
    script.open_file = str(backup)
    window.settings_page.restore_button.click()
    assert window.after_exit is not None
    assert not window.isVisible()  # the window closed so the app can let go of the data folder
    question = script.questions[-1]
    assert question.startswith("Replace all your data with the backup made on 2026-05-19 ")
    assert (
        "holds 2 sessions, 1 check-in, 1 program, 1 exercise, 1 picture and your settings."
        in question
    )
    assert "Your data now: 2 sessions, 1 check-in, 1 program" in question
    assert "data.before-restore-" in question
    assert "Back on Track will close and open again to finish." in question
    assert snapshot(data) == changed  # nothing swapped while the app still runs

    assert _quit(window) == 0
    assert script.relaunched == 1
    before = tmp_path / "data.before-restore-20260519-073000"
    icon, title, text, _details = script.shown[-1]
    assert (icon, title) == (Icon.Information, "Restored")
    assert f"The data it replaced is kept in {before}." in text
    assert (data / "programs" / "mine.yaml").read_text() != "changed after the backup\n"
    assert (before / "programs" / "mine.yaml").read_text() == "changed after the backup\n"

    # The app that starts again shows the restored history.
    again = build_main_window(data, now_utc=clock)
    qtbot.addWidget(again)
    assert again.history is not None
    assert again.history.store is not None
    assert again.history.store.count_sessions() == 2
    again.history.store.close()


def test_a_bad_file_lists_its_problems_and_changes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    data = make_data_dir(tmp_path / "data")
    bad = hand_made(
        tmp_path / "bad.rehab-backup",
        {f"assets/{n}.png": b"MZ" for n in range(8)},
    )
    script = Script(open_file=str(bad))
    window = _window(qtbot, data, script, tmp_path)
    around, before = _siblings(tmp_path), snapshot(data)
    window.settings_page.restore_button.click()
    icon, title, text, details = script.shown[-1]
    assert (icon, title) == (Icon.Warning, "Not restored")
    assert text.startswith("bad.rehab-backup cannot be restored; nothing was changed.")
    assert text.count("• assets/") == 6
    assert text.endswith("…and 2 more problems (see the details).")
    assert len(details.splitlines()) == 8
    assert script.questions == []
    assert window.after_exit is None
    assert window.isVisible()
    assert (_siblings(tmp_path), snapshot(data)) == (around, before)


def test_cancelling_the_confirmation_changes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    data = make_data_dir(tmp_path / "data")
    script = Script(save_as=str(tmp_path / "b"), go_on=False)
    window = _window(qtbot, data, script, tmp_path)
    window.settings_page.backup_button.click()
    script.open_file = str(tmp_path / f"b{SUFFIX}")
    around, before = _siblings(tmp_path), snapshot(data)
    window.settings_page.restore_button.click()
    assert len(script.questions) == 1
    assert window.after_exit is None
    assert window.isVisible()
    assert (_siblings(tmp_path), snapshot(data)) == (around, before)


def test_a_history_export_says_only_the_history_changes(qtbot: QtBot, tmp_path: Path) -> None:
    old = make_data_dir(tmp_path / "old")
    store = HistoryStore.open(old / HISTORY, clock).store
    export = export_json(store, tmp_path / "history.json", clock)
    store.close()
    data = tmp_path / "new"
    script = Script(open_file=str(export))
    window = _window(qtbot, data, script, tmp_path)
    window.settings_page.restore_button.click()
    assert script.questions[-1].startswith(
        "Put back the history from this export?\n\nIt holds 2 sessions and 1 check-in. Your"
        " programs, exercises, pictures and settings stay as they are."
    )
    assert _quit(window) == 0
    restored = HistoryStore.open(data / HISTORY, clock).store
    assert restored.count_sessions() == 2
    restored.close()


def test_a_swap_that_fails_says_so_and_starts_the_app_again(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = make_data_dir(tmp_path / "data")
    script = Script(save_as=str(tmp_path / "b"), relaunch_works=False)
    window = _window(qtbot, data, script, tmp_path)
    window.settings_page.backup_button.click()
    script.open_file = str(tmp_path / f"b{SUFFIX}")
    window.settings_page.restore_button.click()
    before = _files(data)

    def refuse(_self: StagedRestore, _now: object) -> None:
        raise RestoreError(
            f"{data} could not be replaced (Permission denied); nothing was changed."
        )

    monkeypatch.setattr(StagedRestore, "apply", refuse)
    assert _quit(window) == 1
    icon, title, text, _details = script.shown[-1]
    assert (icon, title) == (Icon.Critical, "Not restored")
    assert "Permission denied" in text
    assert script.relaunched == 1
    assert _files(data) == before
    assert _siblings(tmp_path) == [f"b{SUFFIX}", "data"]


def test_a_failed_relaunch_asks_the_user_to_open_the_app(qtbot: QtBot, tmp_path: Path) -> None:
    data = make_data_dir(tmp_path / "data")
    script = Script(save_as=str(tmp_path / "b"), relaunch_works=False)
    window = _window(qtbot, data, script, tmp_path)
    window.settings_page.backup_button.click()
    script.open_file = str(tmp_path / f"b{SUFFIX}")
    window.settings_page.restore_button.click()
    assert _quit(window) == 0
    assert script.shown[-1][2] == "Back on Track could not start again by itself: please open it."


def test_the_command_line_will_not_restore_under_the_running_app(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path / "data")
    (data / LOCK_NAME).unlink()
    backup = hand_made(tmp_path / "b.rehab-backup", {"programs/a.yaml": b"x: 1\n"})
    lock = QLockFile(str(data / LOCK_NAME))
    assert lock.tryLock(0)
    out, err = io.StringIO(), io.StringIO()
    try:
        assert cmd_restore(data, backup, out, err, clock) == 1
    finally:
        lock.unlock()
    assert "Back on Track is open with" in err.getvalue()
    assert cmd_restore(data, backup, out, err, clock) == 0
    assert (data / "programs" / "a.yaml").read_bytes() == b"x: 1\n"


RUN_APP = """
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

import rehab_app.ui.sharing.backups as actions
import rehab_app.ui.shell.prompts as startup
from rehab_app.app import main

data, backup = Path(sys.argv[1]), Path(sys.argv[2])
told = []
real_init = actions.DataActions.__init__


def scripted(self, window, page, now_utc=None):
    real_init(self, window, page, now_utc)
    self.ask_open = lambda *_a: (str(backup), "")
    self.confirm = lambda *_a: True
    self.show = lambda _p, _i, title, text, _d: told.append(title)
    self.relaunch = lambda: told.append("relaunched") or True


def restore_once_loaded(window, history, launcher):
    # What the user does: open Settings and press Restore..., once the app has loaded.
    QTimer.singleShot(0, window.settings_page.restore_button.click)


actions.DataActions.__init__ = scripted
startup.startup_prompts = restore_once_loaded
code = main(["--data-dir", str(data)])
print(code, told, sorted(p.name for p in data.iterdir()))
"""


def test_the_running_app_lets_go_of_its_data_folder_then_swaps_and_restarts(
    tmp_path: Path,
) -> None:
    """The real start-up: the window closes, history and lock are released, then the swap."""
    data = make_data_dir(tmp_path / "data")
    (data / LOCK_NAME).unlink()
    backup = hand_made(tmp_path / "b.rehab-backup", {"programs/from_backup.yaml": b"x: 1\n"})
    done = subprocess.run(
        [sys.executable, "-c", RUN_APP, str(data), str(backup)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "0 ['Restored', 'relaunched'] ['programs']"
    assert (data / "programs" / "from_backup.yaml").is_file()
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("data.before-restore-")]
    assert len(kept) == 1
    assert (kept[0] / "programs" / "mine.yaml").is_file()
    assert not (kept[0] / LOCK_NAME).exists()  # the app let go of it before the swap
    store = HistoryStore.open(kept[0] / HISTORY, clock).store
    assert store.count_sessions() == 2
    store.close()
