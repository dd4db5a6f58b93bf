"""Review screen with 10,000 against 100 sessions (open + jump to the end), and checkpoint cost.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/bench/bench_history.py -s
"""

from __future__ import annotations

import statistics
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rehab_app.core.history.store import HistoryStore
from rehab_app.core.session.record import ExerciseRecord, Outcome, PainReport, SessionRecord
from rehab_app.ui.history.model import HistoryModel
from rehab_app.ui.history.view import HistoryView

SMALL, LARGE = 100, 10_000
ROUNDS = 7
CHECKPOINTS = 200
TODAY = date(2026, 5, 20)
PROGRAMS = {f"prog-{n}": f"Program {n}" for n in range(5)}
TARGETS = dict.fromkeys(PROGRAMS, 3)


def _record(n: int, total: int) -> SessionRecord:
    # Newest last; about three sessions every four days, so streaks stay realistic.
    day = TODAY - timedelta(days=(total - 1 - n) * 4 // 3)
    started = datetime(day.year, day.month, day.day, 6 + n % 12, tzinfo=UTC)
    items = [
        ExerciseRecord(i, f"ex-{i}", f"Exercise {i}", 3, 10, 0, done_sets=3 - (n + i) % 2)
        for i in range(10)
    ]
    items[n % 10].pain_reports.append(PainReport(60.0 * (n % 10), n % 6, f"ex-{n % 10}"))
    return SessionRecord(
        program_id=f"prog-{n % 5}",
        program_name=f"Program {n % 5}",
        program_snapshot='{"items": 10}',
        started_utc=started,
        local_date=day.isoformat(),
        planned_s=1200,
        items=items,
        outcome=Outcome.COMPLETED if n % 7 else Outcome.ENDED_EARLY,
        ended_utc=started + timedelta(minutes=20),
        active_s=900.0 + n % 300,
        pain_before=n % 4,
        pain_after=n % 5,
        effort=n % 10,
        notes="" if n % 5 else "felt fine",
    )


def _store(folder: Path, count: int) -> HistoryStore:
    store = HistoryStore.open(folder / f"history-{count}.sqlite3", lambda: datetime.now(UTC)).store
    store.add_records(_record(n, count) for n in range(count))
    return store


def _open_and_jump_to_end(store: HistoryStore, app: QApplication) -> tuple[float, HistoryModel]:
    start = time.perf_counter()
    view = HistoryView(store, PROGRAMS, TARGETS, today=lambda: TODAY)
    view.resize(1200, 800)
    view.show()
    app.processEvents()
    view.table.scrollToBottom()
    app.processEvents()
    view.table.viewport().repaint()  # paint the last rows now, reading what they need
    last = view.model.index(view.model.rowCount() - 1, 0).data()
    elapsed = time.perf_counter() - start
    assert last is not None
    model = view.model
    view.close()
    view.deleteLater()
    app.processEvents()
    return elapsed, model


def _checkpoint_costs(store: HistoryStore) -> list[float]:
    record = _record(0, 1)
    record.outcome, record.ended_utc = Outcome.IN_PROGRESS, None
    for item in record.items:
        item.done_sets = 0
    store.begin(record)
    costs = []
    for n in range(CHECKPOINTS):
        item = record.items[n % 10]
        item.done_sets = min(item.planned_sets, item.done_sets + 1)
        record.current_item = n % 10
        record.active_s += 30.0
        start = time.perf_counter()
        store.checkpoint(record)
        costs.append(time.perf_counter() - start)
    store.finish(record)
    return costs


def test_review_screen_cost_does_not_grow_with_history(tmp_path: Path, qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    small, large = _store(tmp_path, SMALL), _store(tmp_path, LARGE)
    assert (small.count_sessions(), large.count_sessions()) == (SMALL, LARGE)
    for store in (small, large):  # warm-up: QtCharts import, fonts, first paint
        _open_and_jump_to_end(store, app)
    small_times, large_times = [], []
    for _ in range(ROUNDS):
        elapsed, model = _open_and_jump_to_end(small, app)
        small_times.append(elapsed)
        elapsed, model = _open_and_jump_to_end(large, app)
        large_times.append(elapsed)
        last_page = (LARGE - 1) // HistoryModel.PAGE_SIZE
        assert model.cached_pages == [0, last_page], model.cached_pages  # nothing in between
    costs = _checkpoint_costs(large)
    small.close()
    large.close()
    ratio = statistics.median(large_times) / statistics.median(small_times)
    costs.sort()
    print(
        f"\nhistory review screen, open + jump to the last row (median of {ROUNDS}): "
        f"{SMALL} sessions {statistics.median(small_times) * 1000:.1f} ms, "
        f"{LARGE} sessions {statistics.median(large_times) * 1000:.1f} ms, "
        f"ratio = {ratio:.2f} (target <= 1.5)\n"
        f"checkpoint write (10 exercise rows, WAL + synchronous=FULL, {CHECKPOINTS} writes): "
        f"median {statistics.median(costs) * 1000:.2f} ms, "
        f"p95 {costs[int(len(costs) * 0.95)] * 1000:.2f} ms"
    )
    assert ratio <= 1.5
