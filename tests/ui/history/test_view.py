"""The review screen and the morning check-in, around a real store in tmp_path (offscreen Qt)."""

# pytest-qt's QtBot methods are untyped.
# mypy: disable-error-code="no-untyped-call"
from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from rehab_app.core.history.store import (
    VERDICT_CREPT_UP,
    VERDICT_EASE_OFF,
    VERDICT_FINE,
    HistoryStore,
)
from rehab_app.core.models import PainModel
from rehab_app.core.session.record import ExerciseRecord, Outcome, PainReport, SessionRecord
from rehab_app.ui.history.model import SESSION_ID_ROLE, HistoryModel
from rehab_app.ui.history.view import HistoryView
from rehab_app.ui.safety.checkin import QUESTION, CheckinDialog, offer_checkin

TODAY = date(2026, 5, 20)
N_SESSIONS = 450  # three pages of 200
PROGRAMS = {"core": "Core basics", "mobility": "Hip mobility"}


def _record(n: int) -> SessionRecord:
    day = TODAY - timedelta(days=N_SESSIONS - 1 - n)
    program = "core" if n % 3 else "mobility"
    items = [
        ExerciseRecord(0, "bird-dog", "Bird dog", 3, 8, 0, done_sets=3, done_reps=8),
        ExerciseRecord(1, "side-plank", "Side plank", 2, 0, 30, done_sets=n % 3, done_s=30.0),
    ]
    items[1].pain_reports.append(PainReport(95.0, 5, action="easier_variant"))
    return SessionRecord(
        program_id=program,
        program_name=PROGRAMS[program],
        program_snapshot="",
        started_utc=datetime(day.year, day.month, day.day, 7, tzinfo=UTC),
        local_date=day.isoformat(),
        planned_s=900,
        items=items,
        outcome=Outcome.COMPLETED if n % 3 == 2 else Outcome.ENDED_EARLY,
        active_s=300.0 + n,
        pain_before=n % 4,
        pain_after=n % 5,
        effort=n % 10,
    )


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Written once per module (450 synced commits are slow); each test gets a copy."""
    path = tmp_path_factory.mktemp("history") / "history.sqlite3"
    opened = HistoryStore.open(path, lambda: datetime(2026, 5, 20, tzinfo=UTC))
    for n in range(N_SESSIONS):
        opened.store.begin(_record(n))
    opened.store.close()
    return path


@pytest.fixture
def store(tmp_path: Path, template_db: Path) -> Iterator[HistoryStore]:
    shutil.copyfile(template_db, tmp_path / "history.sqlite3")
    opened = HistoryStore.open(
        tmp_path / "history.sqlite3", lambda: datetime(2026, 5, 20, tzinfo=UTC)
    )
    assert opened.moved_aside is None
    yield opened.store
    opened.store.close()


@pytest.fixture
def view(qtbot: QtBot, store: HistoryStore) -> HistoryView:
    widget = HistoryView(store, PROGRAMS, {"core": 3, "mobility": 2}, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _column(view: HistoryView, column: int, rows: int = 5) -> list[str]:
    return [str(view.model.index(r, column).data()) for r in range(rows)]


def test_model_reads_only_the_first_page(view: HistoryView) -> None:
    assert view.model.rowCount() == N_SESSIONS
    assert view.model.cached_pages == [0]
    assert view.model.page_reads == 1
    assert _column(view, 0, 1) == [TODAY.isoformat()]  # newest first


def test_jumping_to_the_end_reads_only_the_last_page(view: HistoryView, qtbot: QtBot) -> None:
    view.table.scrollToBottom()
    qtbot.wait(10)
    view.table.viewport().grab()
    last = view.model.index(N_SESSIONS - 1, 0).data()
    assert last == (TODAY - timedelta(days=N_SESSIONS - 1)).isoformat()
    assert view.model.cached_pages == [0, 2]


def test_page_cache_is_bounded(store: HistoryStore, qtbot: QtBot) -> None:
    model = HistoryModel(store)
    model.PAGE_SIZE = 10
    for row in range(0, N_SESSIONS, 10):
        model.row_at(row)
    assert len(model.cached_pages) == HistoryModel.MAX_CACHED_PAGES
    assert model.row_at(N_SESSIONS) is None


def test_filter_by_program(view: HistoryView) -> None:
    view.program_filter.setCurrentIndex(view.program_filter.findData("mobility"))
    assert view.model.rowCount() == N_SESSIONS // 3
    assert set(_column(view, 1, 20)) == {"Hip mobility"}
    view.program_filter.setCurrentIndex(0)
    assert view.model.rowCount() == N_SESSIONS


def test_filter_by_date_range(view: HistoryView) -> None:
    view.range_check.setChecked(True)  # default range: the last 90 days
    assert view.model.rowCount() == 91
    view.date_from.setDate(view.date_to.date().addDays(-6))
    assert view.model.rowCount() == 7
    view.range_check.setChecked(False)
    assert view.model.rowCount() == N_SESSIONS


def test_sorting_requeries(view: HistoryView) -> None:
    view.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # duration
    assert _column(view, 2, 3) == ["5:00", "5:01", "5:02"]
    view.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert _column(view, 2, 1) == ["12:29"]
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _column(view, 1, 1) == ["Core basics"]
    assert view.model.cached_pages == [0]


def test_detail_shows_exercises_and_pain_reports(view: HistoryView, qtbot: QtBot) -> None:
    view.table.selectRow(0)
    assert view.exercises.rowCount() == 2
    items = [view.exercises.item(1, c) for c in range(view.exercises.columnCount())]
    cells = [item.text() if item else "" for item in items]
    assert cells[0] == "Side plank"
    assert cells[1] == f"{(N_SESSIONS - 1) % 3} of 2"
    assert cells[6] == "5 at 1:35 (easier variant)"
    assert "Core basics" in view.summary.text() or "Hip mobility" in view.summary.text()


def test_editing_notes_saves_them(view: HistoryView, store: HistoryStore, qtbot: QtBot) -> None:
    view.table.selectRow(3)
    session_id = view.model.index(3, 0).data(SESSION_ID_ROLE)
    assert not view.save_notes_button.isEnabled()
    qtbot.keyClicks(view.notes, "Tight hamstrings")
    assert view.save_notes_button.isEnabled()
    with qtbot.waitSignal(view.history_changed, timeout=1000):
        qtbot.mouseClick(view.save_notes_button, Qt.MouseButton.LeftButton)
    saved = store.session_detail(session_id)
    assert saved is not None
    assert saved.notes == "Tight hamstrings"
    assert not view.save_notes_button.isEnabled()


def test_delete_then_undo_restores(view: HistoryView, store: HistoryStore, qtbot: QtBot) -> None:
    view.table.selectRow(1)
    session_id = view.model.index(1, 0).data(SESSION_ID_ROLE)
    before = store.session_detail(session_id)
    assert not view.undo_button.isEnabled()
    with qtbot.waitSignal(view.history_changed, timeout=1000):
        qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert store.session_detail(session_id) is None
    assert view.model.rowCount() == N_SESSIONS - 1
    assert view.undo_button.isEnabled()
    assert "Deleted" in view.status.text()
    with qtbot.waitSignal(view.history_changed, timeout=1000):
        qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.session_detail(session_id) == before
    assert view.model.rowCount() == N_SESSIONS
    assert view.table.currentIndex().data(SESSION_ID_ROLE) == session_id


def test_delete_key_then_undo_button(view: HistoryView, store: HistoryStore, qtbot: QtBot) -> None:
    view.table.setFocus()
    view.table.selectRow(0)
    session_id = view.model.index(0, 0).data(SESSION_ID_ROLE)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert store.session_detail(session_id) is None
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert store.session_detail(session_id) is not None
    assert not view.undo_button.isEnabled()


def test_export_buttons_write_files(
    view: HistoryView, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export"
    target.mkdir()
    answers = iter([str(target / "mine.csv"), str(target / "mine.json")])

    def fake_dialog(*_args: object, **_kwargs: object) -> tuple[str, str]:
        return next(answers), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    qtbot.mouseClick(view.export_csv_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.export_json_button, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in target.iterdir()) == [
        "mine-exercises.csv",
        "mine.csv",
        "mine.json",
    ]
    lines = (target / "mine.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == N_SESSIONS + 1
    assert "mine.json" in view.status.text()


def test_cancelled_export_writes_nothing(
    view: HistoryView, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    before = sorted(tmp_path.iterdir())
    qtbot.mouseClick(view.export_csv_button, Qt.MouseButton.LeftButton)
    assert sorted(tmp_path.iterdir()) == before


def test_calendar_streak_and_weekly_target(view: HistoryView) -> None:
    activity = view.activity
    assert activity.streak_label.text() == f"Current streak: {N_SESSIONS} days"
    assert date(2026, 5, 1) in activity.active_days_shown
    assert TODAY in activity.active_days_shown
    formats = activity.calendar.dateTextFormat()
    assert formats[activity.calendar.selectedDate()].fontWeight() == QFont.Weight.Bold
    assert "of 3 sessions" in activity.weekly_label.text()  # latest program: core, 3 a week


def test_charts_show_bounded_series(view: HistoryView) -> None:
    from PySide6.QtCharts import QBarSeries, QLineSeries  # as the view does: lazily

    pain_chart = view.charts.pain_view.chart()
    assert [s.name() for s in pain_chart.series()] == ["Before", "After"]
    before = pain_chart.series()[0]
    assert isinstance(before, QLineSeries)
    assert before.count() == 60
    minutes = view.charts.minutes_view.chart().series()[0]
    assert isinstance(minutes, QBarSeries)
    assert minutes.barSets()[0].count() == 12


def test_every_control_is_named_and_explained(view: HistoryView) -> None:
    controls: list[QWidget] = [
        view.program_filter,
        view.range_check,
        view.date_from,
        view.date_to,
        view.export_csv_button,
        view.export_json_button,
        view.table,
        view.exercises,
        view.notes,
        view.save_notes_button,
        view.delete_button,
        view.undo_button,
        view.tabs,
        view.activity.calendar,
        view.charts.minutes_view,
        view.charts.pain_view,
        view.charts.morning_view,
    ]
    missing = [
        c.objectName() or repr(c)
        for c in controls
        if not (c.objectName() and c.accessibleName() and c.toolTip())
    ]
    assert missing == []
    assert len({c.objectName() for c in controls}) == len(controls)


def test_importing_the_view_does_not_import_qtcharts() -> None:
    code = (
        "import sys, rehab_app.ui.history.view\n"
        "assert 'PySide6.QtCharts' not in sys.modules, 'QtCharts imported at module level'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# Morning check-in ------------------------------------------------------------------------------


def test_checkin_dialog_keyboard_and_verdict(qtbot: QtBot) -> None:
    dialog = CheckinDialog(date(2026, 5, 19), 2, PainModel())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.findChild(QWidget, "checkinQuestion").text() == QUESTION  # type: ignore[union-attr]
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_3)
    assert dialog.pain == 3
    qtbot.keyClick(dialog.group.button(3), Qt.Key.Key_Right)
    assert dialog.pain == 4
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.answered, timeout=1000) as blocker:
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    assert blocker.args == [4]
    assert dialog.verdict == VERDICT_EASE_OFF  # 2 above the baseline of 2
    assert VERDICT_EASE_OFF in dialog.verdict_label.text()
    assert dialog.close_button.isVisible()
    assert not dialog.save_button.isVisible()


def test_offer_checkin_stores_the_answer(store: HistoryStore, qtbot: QtBot) -> None:
    dialog = offer_checkin(store, TODAY + timedelta(days=1), PainModel())
    assert dialog is not None
    qtbot.addWidget(dialog)
    baseline = (N_SESSIONS - 1) % 4  # pain before the session on TODAY
    dialog.choose(baseline)
    dialog.save()
    assert dialog.verdict == VERDICT_FINE
    checkins = store.checkins()
    assert [(c.day, c.session_day, c.pain) for c in checkins] == [
        (TODAY + timedelta(days=1), TODAY, baseline)
    ]
    assert offer_checkin(store, TODAY + timedelta(days=1), PainModel()) is None


def test_the_checkin_sees_a_creep_over_the_week(tmp_path: Path, qtbot: QtBot) -> None:
    # Issue 11: mornings 2, 3, 4, 5 (one up each day) said "keep the same" in the check-in.
    opened = HistoryStore.open(tmp_path / "h.sqlite3", lambda: datetime(2026, 5, 20, tzinfo=UTC))
    store = opened.store
    for n, pain in enumerate([2, 3, 4]):
        session_day = TODAY - timedelta(days=4 - n)
        record = _record(N_SESSIONS - 1)
        record.local_date = session_day.isoformat()
        record.started_utc = datetime.combine(session_day, datetime.min.time(), UTC)
        record.pain_before = pain - 1
        store.begin(record)
        store.finish(record)
        store.add_checkin(session_day + timedelta(days=1), pain, pain - 1, session_day)
    last = _record(N_SESSIONS - 1)
    last.pain_before = 4
    store.begin(last)
    store.finish(last)
    dialog = offer_checkin(store, TODAY + timedelta(days=1), PainModel())
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.choose(5)  # one above the 4 before the session: alone, only "hold"
    dialog.save()
    assert dialog.verdict == VERDICT_CREPT_UP
    store.close()
