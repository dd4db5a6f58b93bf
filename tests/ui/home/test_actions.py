"""The customising controls on the home screen: edit, flare-up day, progress suggestions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rehab_app.core.content.loader import load_library
from rehab_app.core.models import ChangeKind
from rehab_app.core.progression.suggestions import SuggestionKind, flare_up
from rehab_app.core.session.engine import planned_record
from rehab_app.core.session.plan import build_plan, format_duration
from rehab_app.core.session.record import Outcome, SessionRecord
from rehab_app.ui.home.actions import ProgramActions
from rehab_app.ui.shell.boot import build_main_window
from rehab_app.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.dialogs import ScriptedDialogs


def _window(qtbot: QtBot, data: Path) -> tuple[MainWindow, ProgramActions]:
    window = build_main_window(data, clock=FakeClock())
    qtbot.addWidget(window)
    assert window.session_launcher is not None
    window.session_launcher.dialogs = ScriptedDialogs()  # type: ignore[assignment]
    store = window.history.store if window.history else None
    actions = window.findChild(ProgramActions) or ProgramActions(
        window, window.programs, store, window.session_launcher
    )
    return window, actions


def _green_sessions(window: MainWindow, program_id: str, days: tuple[int, ...] = (4, 2)) -> None:
    """Two completed sessions at pain 1 with next-morning pain back to baseline."""
    assert window.history is not None
    store = window.history.store
    assert store is not None
    program = window.library.programs[program_id]
    plan = build_plan(program, window.library.exercise)
    today = date.today()
    for days_ago in days:
        day = today - timedelta(days=days_ago)
        items = [planned_record(plan, i) for i in range(len(program.items))]
        for item in items:
            item.done_sets, item.done_reps, item.done_s = (
                item.planned_sets,
                item.planned_reps,
                item.planned_s,
            )
        started = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=8)
        record = SessionRecord(
            program.id, program.name, "{}", started, day.isoformat(), plan.total_s, items,
            outcome=Outcome.COMPLETED, ended_utc=started + timedelta(minutes=20),
            pain_before=1, pain_after=1, effort=4,
        )  # fmt: skip
        store.begin(record)
        store.finish(record)
        store.add_checkin(day + timedelta(days=1), 1, 1, day)


def test_controls_exist_and_edit_opens_the_editor(qtbot: QtBot, data_dir: Path) -> None:
    window, actions = _window(qtbot, data_dir)
    window.programs.select("core_stability_1")
    for button in (actions.edit_button, actions.new_button, actions.import_button, actions.export_button,
                   actions.pdf_button, actions.flare_button, window.browser.new_exercise_button):  # fmt: skip
        assert button.accessibleName()
        assert button.toolTip()
    assert actions.edit("core_stability_1")
    assert window.stack.currentWidget() is actions.editor()


def test_the_library_tab_is_built_only_when_shown(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Issue 12: the home actions built the library tab to put a button into it.
    from PySide6.QtWidgets import QDialog

    window, _actions = _window(qtbot, data_dir)
    assert window.browser_page.content is None
    opened: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(dialog.objectName()) or 0)
    window.browser.new_exercise_button.click()
    assert opened == ["exerciseEditor"]


def test_flare_up_day_starts_the_easier_versions(qtbot: QtBot, data_dir: Path) -> None:
    window, actions = _window(qtbot, data_dir)
    window.programs.select("core_stability_1")
    actions.flare_button.click()
    launcher = window.session_launcher
    assert launcher is not None
    assert launcher.controller is not None
    used = {s.exercise_id for s in launcher.controller.engine.plan.segments}
    assert "abdominal_brace" in used, "the curl-up's easier variant"
    assert "mcgill_curl_up" not in used
    assert "core_stability_1" not in {
        p for p in load_library(window.paths).programs if p.endswith("flare")
    }


def test_two_green_sessions_suggest_progress_and_accept_saves_it(
    qtbot: QtBot, data_dir: Path
) -> None:
    window, actions = _window(qtbot, data_dir)
    _green_sessions(window, "core_stability_1")
    window.programs.select("daily_mobility_10")
    window.programs.select("core_stability_1")
    banner = actions.banner
    assert not banner.isHidden()
    assert banner.suggestion is not None
    before = window.library.programs["core_stability_1"]
    actions._accept(banner.suggestion)
    after = load_library(window.paths).programs["core_stability_1"]
    assert after.changes
    assert after.changes[-1].kind is ChangeKind.PROGRESS
    assert after.items != before.items
    assert window.library.programs["core_stability_1"] == after


def test_the_flare_up_day_shows_its_length_before_starting(qtbot: QtBot, data_dir: Path) -> None:
    # Issue 11: the flare-up day's total was only known after starting it.
    window, actions = _window(qtbot, data_dir)
    window.programs.select("return_to_run_w1")
    library = window.library
    program = library.programs["return_to_run_w1"]
    easier = build_plan(flare_up(program, library), library.exercise).total_s
    normal = build_plan(program, library.exercise).total_s
    assert easier < normal
    assert f"({format_duration(easier)})" in actions.flare_button.text()
    assert format_duration(normal) in actions.flare_button.toolTip()


def test_accepting_the_next_stage_notes_it_and_shows_that_stage(
    qtbot: QtBot, data_dir: Path
) -> None:
    window, actions = _window(qtbot, data_dir)
    _green_sessions(window, "return_to_run_w1", days=(9, 7))
    window.programs.select("daily_mobility_10")
    window.programs.select("return_to_run_w1")
    shown = actions.banner.suggestion
    assert shown is not None
    assert shown.kind is SuggestionKind.NEXT_STAGE
    assert "Move on to Return to running, stage 2." in actions.banner.reason_label.text()
    actions._accept(shown)
    left = load_library(window.paths).programs["return_to_run_w1"]
    assert left.changes[-1].kind is ChangeKind.PROGRESS
    assert left.changes[-1].item is None
    assert left.changes[-1].description == "Move on to Return to running, stage 2."
    assert left.items == window.library.programs["return_to_run_w1"].items
    assert window.programs.current_id() == "return_to_run_s2"
