"""Starting from the programs-page snapshot: when it is used, and that the window completes."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from rehab_app.core.paths import AppPaths
from rehab_app.core.settings import Settings, Theme, save_settings
from rehab_app.ui.home.action_bar import ProgramActionBar
from rehab_app.ui.home.actions import ProgramActions
from rehab_app.ui.home.suggestions import SuggestionBanner
from rehab_app.ui.shell.boot import build_main_window, finish_window
from rehab_app.ui.shell.main_window import MainWindow
from rehab_app.ui.shell.snapshot import (
    Look,
    files_key,
    read_look,
    read_snapshot,
    snapshot_file,
)
from tests.helpers.libfiles import make_tree


def test_look_reads_the_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert read_look(path) == Look()
    save_settings(
        path, Settings(theme=Theme.DARK, large_type=True, language="de", last_program="x")
    )
    assert read_look(path) == Look("dark", False, True, "de", "x")
    path.write_text("[1, 2]", encoding="utf-8")
    assert read_look(path) == Look()
    path.write_text('{"theme": 3}', encoding="utf-8")
    assert read_look(path) == Look()
    path.write_text("{not json", encoding="utf-8")
    assert read_look(path) == Look()


def test_key_follows_files_and_language(tmp_path: Path) -> None:
    paths = make_tree(tmp_path)
    key = files_key(paths, "en_GB")
    assert files_key(paths, "en_GB") == key
    assert files_key(paths, "de_DE") != key
    program = next(paths.shipped_programs.glob("*.yaml"))
    stat = program.stat()
    os.utime(program, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert files_key(paths, "en_GB") != key
    paths.user_programs.mkdir(parents=True, exist_ok=True)
    key = files_key(paths, "en_GB")
    (paths.user_programs / "mine.yaml").write_text("x", encoding="utf-8")
    assert files_key(paths, "en_GB") != key


def test_full_build_writes_the_snapshot(qtbot: QtBot, data_dir: Path) -> None:
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    snapshot = read_snapshot(window.paths, files_key(window.paths, window.language))
    assert snapshot is not None
    assert snapshot.rows == window.programs.rows
    assert snapshot.problems == len(window.library.problems)
    assert read_snapshot(window.paths, "another key") is None
    snapshot_file(window.paths).write_text("{broken", encoding="utf-8")
    assert read_snapshot(window.paths, files_key(window.paths, window.language)) is None


def test_window_from_snapshot_then_completed(qtbot: QtBot, data_dir: Path) -> None:
    first = build_main_window(data_dir)
    qtbot.addWidget(first)
    rows = first.programs.rows
    first.close()
    paths = AppPaths.create(data_dir)
    look = Look(last_program=rows[1].id)
    snapshot = read_snapshot(paths, files_key(paths, first.language))
    assert snapshot is not None
    window = MainWindow(paths, None, None, time.monotonic, look=look, snapshot=snapshot)
    qtbot.addWidget(window)
    assert not window.loaded
    assert window.programs.list.count() == len(rows)
    assert window.programs.current_id() == rows[1].id
    # The first paint leaves out the details and the action bar; fill_in() adds them.
    assert window.findChild(QScrollArea, "programDetailArea") is None
    assert window.findChild(ProgramActionBar) is None
    window.fill_in()
    assert rows[1].name in window.programs.detail.text()
    bar = window.findChild(ProgramActionBar)
    assert bar is not None
    assert not window.windowIcon().isNull()
    assert window.session_launcher is None
    window.show()
    qtbot.waitExposed(window)
    detail_y = window.programs.detail_scroll.mapTo(window, QPoint(0, 0)).y()
    finish_window(window)
    assert window.loaded
    assert window.session_launcher is not None
    # Wiring the actions reuses the bar already shown: nothing above the details moves.
    assert window.findChildren(ProgramActionBar) == [bar]
    assert window.findChild(ProgramActions) is not None
    qtbot.wait(1)  # let the layouts settle
    banner = window.findChild(SuggestionBanner)
    assert banner is not None
    assert not banner.isVisible()  # no sessions yet: nothing to suggest
    assert window.programs.detail_scroll.mapTo(window, QPoint(0, 0)).y() == detail_y
    assert window.programs.rows == rows
    assert window.history is not None


def test_snapshot_window_loads_on_demand(qtbot: QtBot, data_dir: Path) -> None:
    build_main_window(data_dir).deleteLater()
    paths = AppPaths.create(data_dir)
    snapshot = read_snapshot(paths, files_key(paths, _language(paths)))
    assert snapshot is not None
    window = MainWindow(paths, None, None, time.monotonic, snapshot=snapshot)
    qtbot.addWidget(window)
    assert window.browser.list.count() > 0  # the library tab asks for the library: it loads
    assert window.loaded
    assert json.loads(snapshot_file(paths).read_text(encoding="utf-8"))["rows"]


def _language(paths: AppPaths) -> str:
    from rehab_app.ui.shell.translations import content_language

    return content_language(read_look(paths.settings_file).language)
