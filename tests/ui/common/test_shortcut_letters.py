"""Alt+letter shortcuts are unique on every screen, in English and in German."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from rehab_app.core.content.loader import Library
from rehab_app.core.content.workspace import Workspace
from rehab_app.core.paths import AppPaths
from rehab_app.ui.editor.exercise.editor import ExerciseEditor
from rehab_app.ui.editor.program.editor import ProgramEditor
from rehab_app.ui.shell.boot import build_main_window
from rehab_app.ui.shell.translations import install_translators

_LETTER = re.compile(r"&([^&\s])")


def _letter(text: str) -> str:
    found = _LETTER.search(text.replace("&&", ""))
    return found.group(1).lower() if found else ""


def _shown_letters(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every label, button and group box `root` shows with a shortcut."""
    widgets: list[QWidget] = [
        *root.findChildren(QLabel),
        *root.findChildren(QAbstractButton),
        *root.findChildren(QGroupBox),
    ]
    found = []
    for widget in widgets:
        if not widget.isVisibleTo(root):
            continue
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()  # type: ignore[attr-defined]
        if _letter(text):
            found.append((_letter(text), text))
    return found


def _clashes(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    counts = Counter(letter for letter, _ in found)
    return sorted(item for item in found if counts[item[0]] > 1)


@pytest.fixture(params=["en_GB", "de_DE"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    installed = install_translators(qapp, str(request.param))
    yield str(request.param)
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def test_exercise_editor(language: str, qtbot: QtBot, paths: AppPaths, library: Library) -> None:
    editor = ExerciseEditor(Workspace(paths, library), library.exercises["bird_dog"], None)
    qtbot.addWidget(editor)
    found = _shown_letters(editor)
    assert len(found) > 15
    assert not _clashes(found), language


def test_program_editor(language: str, qtbot: QtBot, paths: AppPaths, library: Library) -> None:
    editor = ProgramEditor(Workspace(paths, library), None)
    qtbot.addWidget(editor)
    assert editor.open_program("core_stability_1")
    found = _shown_letters(editor)
    assert len(found) > 15
    assert not _clashes(found), language


def test_main_window_pages(language: str, qtbot: QtBot, data_dir: Path) -> None:
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    tabs = window.tabs
    titles = [(_letter(tabs.tabText(i)), tabs.tabText(i)) for i in range(tabs.count())]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        found = titles + _shown_letters(tabs.currentWidget())
        assert not _clashes([f for f in found if f[0]]), (language, tabs.tabText(index))
