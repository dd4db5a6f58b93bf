"""The summary and the history name exercises in the user's language, not as the history kept them.

The history keeps each exercise's plain (English) name of the day; screens look the name up by id,
and show the kept name only for an exercise the library no longer has.
"""

# pytest-qt's QtBot methods are untyped.
# mypy: disable-error-code="no-untyped-call"
from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from rehab_app.core.content.loader import Library
from rehab_app.core.history.store import HistoryStore
from rehab_app.core.i18n import exercise_name
from rehab_app.core.session.record import ExerciseRecord, Outcome, SessionRecord
from rehab_app.core.settings import Settings, save_settings
from rehab_app.ui.history.view import HistoryView
from rehab_app.ui.session.summary import summary_html
from rehab_app.ui.shell.boot import build_main_window
from rehab_app.ui.shell.translations import install_translators
from tests.helpers.clock import FakeClock
from tests.helpers.dialogs import ScriptedDialogs

NOW = datetime(2026, 5, 20, 7, tzinfo=UTC)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    installed = install_translators(qapp, "de_DE")
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def _record() -> SessionRecord:
    """Bird-dog done as its easier version, and an exercise since removed from the library."""
    items = [
        ExerciseRecord(0, "cat_camel", "Cat-camel", 1, 8, 0, done_sets=1, done_reps=8),
        ExerciseRecord(
            1, "bird_dog_arm_or_leg", "Bird-dog, arm or leg", 2, 6, 0, variant_of="bird_dog"
        ),
        ExerciseRecord(2, "gone_stretch", "Gone stretch", 1, 0, 30, skipped=True),
    ]
    return SessionRecord(
        "core_stability_1", "Core stability", "", NOW, "2026-05-20", 300, items,
        outcome=Outcome.ENDED_EARLY, active_s=120.0,
    )  # fmt: skip


def _german(library: Library, exercise_id: str) -> str:
    return library.exercises[exercise_id].name_i18n["de"]


def _namer(library: Library, language: str | None) -> object:
    def name(exercise_id: str, recorded: str) -> str:
        return exercise_name(library.exercises, exercise_id, recorded, language)

    return name


def test_the_summary_names_exercises_in_german(library: Library) -> None:
    text = summary_html(_record(), _namer(library, "de_DE"))  # type: ignore[arg-type]
    for key in ("cat_camel", "bird_dog_arm_or_leg", "bird_dog"):
        assert _german(library, key) in text, key
    assert "Cat-camel" not in text
    assert "bird_dog" not in text, "an easier version names what it replaced, not its id"
    assert "Gone stretch" in text, "an exercise no longer in the library keeps its kept name"
    # Without a namer the summary shows what the history kept (as before).
    assert "Cat-camel" in summary_html(_record())


def test_the_history_detail_names_exercises_in_german(
    qtbot: QtBot, tmp_path: Path, library: Library
) -> None:
    opened = HistoryStore.open(tmp_path / "history.sqlite3", lambda: NOW)
    store = opened.store
    store.begin(_record())
    view = HistoryView(
        store, {"core_stability_1": "Rumpfstabilität"}, {}, None, lambda: NOW.date(),
        exercise_name=_namer(library, "de_DE"),  # type: ignore[arg-type]
    )  # fmt: skip
    qtbot.addWidget(view)
    view.table.selectRow(0)
    cells = [
        [view.exercises.item(row, column).text() for column in (0, 5)]
        for row in range(view.exercises.rowCount())
    ]
    assert cells == [
        [_german(library, "cat_camel"), ""],
        [_german(library, "bird_dog_arm_or_leg"), _german(library, "bird_dog")],
        ["Gone stretch", ""],
    ]
    store.close()


def test_a_german_session_summary_is_german_end_to_end(
    qtbot: QtBot, data_dir: Path, german: None
) -> None:
    save_settings(data_dir / "settings.json", Settings(language="de_DE"))
    window = build_main_window(data_dir, clock=FakeClock())
    qtbot.addWidget(window)
    launcher = window.session_launcher
    assert launcher is not None
    launcher.dialogs = ScriptedDialogs()  # type: ignore[assignment]
    assert launcher.start("core_stability_1")
    assert launcher.controller is not None
    launcher.controller.start()
    launcher._on_end()  # "End the session", confirmed
    summary = window.stack.currentWidget()
    assert summary.objectName() == "summaryPage"
    label = summary.findChild(QLabel, "summaryText")
    assert label is not None
    program = window.library.programs["core_stability_1"]
    for item in program.items:
        plain = window.library.exercises[item.exercise]
        assert plain.name_i18n["de"] in label.text()
        assert plain.name not in label.text()
