"""Only one app per data folder; a second start brings the first forward."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from rehab_app.ui.shell.single_instance import SingleInstance


def test_second_instance_is_refused_and_raises_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QObject()
    first = SingleInstance(tmp_path, parent)
    assert first.acquire()
    second = SingleInstance(tmp_path, parent)
    with qtbot.waitSignal(first.raise_requested, timeout=3000):
        assert not second.acquire()
    first.release()
    third = SingleInstance(tmp_path, parent)
    assert third.acquire(), "after release the folder is free again"
    third.release()


def test_other_data_folders_are_independent(tmp_path: Path) -> None:
    parent = QObject()
    one = SingleInstance(tmp_path / "a", parent)
    two = SingleInstance(tmp_path / "b", parent)
    assert one.acquire()
    assert two.acquire()
    one.release()
    two.release()
