"""The history store: sink writes, crash safety, migrations, file recovery, queries, check-ins."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from rehab_app.core.history import schema as history_schema
from rehab_app.core.history.schema import SCHEMA_VERSION, migrate
from rehab_app.core.history.store import (
    VERDICT_EASE_OFF,
    VERDICT_FINE,
    VERDICT_HOLD,
    VERDICT_NO_BASELINE,
    HistoryFilter,
    HistoryStore,
    NewerDatabaseError,
    SortKey,
    checkin_verdict,
)
from rehab_app.core.models import PainModel
from rehab_app.core.session.record import ExerciseRecord, Outcome, PainReport, Pause, SessionRecord

NOW = datetime(2026, 5, 6, 7, 30, tzinfo=UTC)


def clock() -> datetime:
    return NOW


def make_record(
    day: date = date(2026, 5, 4),
    program: str = "core",
    hour: int = 7,
    outcome: Outcome = Outcome.IN_PROGRESS,
    active_s: float = 600.0,
    pain: tuple[int | None, int | None] = (2, 3),
    effort: int | None = 5,
    done_sets: int = 0,
) -> SessionRecord:
    started = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
    items = [
        ExerciseRecord(0, "bird-dog", "Bird dog", 3, 8, 0, done_sets=done_sets),
        ExerciseRecord(1, "side-plank", "Side plank", 2, 0, 30, done_sets=done_sets),
    ]
    return SessionRecord(
        program_id=program,
        program_name=f"{program.title()} program",
        program_snapshot='{"items": ["bird-dog", "side-plank"]}',
        started_utc=started,
        local_date=day.isoformat(),
        planned_s=900,
        items=items,
        outcome=outcome,
        active_s=active_s,
        pain_before=pain[0],
        pain_after=pain[1],
        effort=effort,
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = HistoryStore.open(tmp_path / "history.sqlite3", clock)
    assert opened.moved_aside is None
    yield opened.store
    opened.store.close()


def add(store: HistoryStore, **kwargs: object) -> SessionRecord:
    record = make_record(**kwargs)  # type: ignore[arg-type]
    store.begin(record)
    if record.outcome is Outcome.IN_PROGRESS:
        return record
    store.finish(record)
    return record


# SessionSink -------------------------------------------------------------------------------------


def test_begin_sets_the_id_and_the_record_round_trips(store: HistoryStore) -> None:
    record = make_record()
    record.items[0].pain_reports.append(
        PainReport(42.5, 4, "bird-dog", sharp=True, action="carry_on")
    )
    record.pauses.append(Pause(100.0, 20.0))
    store.begin(record)
    assert record.session_id is not None
    assert store.session_detail(record.session_id) == record


def test_checkpoint_rewrites_the_same_row(store: HistoryStore) -> None:
    record = make_record()
    store.begin(record)
    record.items[0].done_sets = 3
    record.items[0].pain_reports.append(PainReport(10.0, 3))
    record.current_item = 1
    store.checkpoint(record)
    record.items[0].pain_reports.append(PainReport(20.0, 5))
    store.checkpoint(record)
    loaded = store.session_detail(record.session_id or 0)
    assert loaded == record
    assert [p.pain for p in loaded.items[0].pain_reports] == [3, 5]
    assert store.pragma("user_version") == SCHEMA_VERSION
    assert store.unfinished_session() == record


def test_finish_fills_in_outcome_and_end_time(store: HistoryStore) -> None:
    complete = make_record(done_sets=3)
    store.begin(complete)
    store.finish(complete)
    partial = make_record(done_sets=1, hour=9)
    store.begin(partial)
    store.finish(partial)
    assert store.session_detail(complete.session_id or 0).outcome is Outcome.COMPLETED  # type: ignore[union-attr]
    loaded = store.session_detail(partial.session_id or 0)
    assert loaded is not None
    assert loaded.outcome is Outcome.ENDED_EARLY
    assert loaded.ended_utc == NOW
    assert store.unfinished_session() is None


def test_a_failed_write_does_not_stop_the_session(store: HistoryStore) -> None:
    record = make_record()
    store.begin(record)
    store._con.execute("PRAGMA query_only = ON")  # every write now fails like a full disk
    record.items[0].done_sets = 3
    store.checkpoint(record)
    failed = store.write_error
    assert failed is not None
    assert failed.kind == "read_only"
    assert "readonly" in failed.detail
    store._con.execute("PRAGMA query_only = OFF")
    record.items[1].done_sets = 2
    store.finish(record)
    assert store.write_error is None
    assert store.session_detail(record.session_id or 0) == record


def test_a_kill_after_a_checkpoint_keeps_the_finished_exercises(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    code = textwrap.dedent(
        f"""
        import os, signal, sys
        from datetime import UTC, datetime
        from pathlib import Path
        sys.path.insert(0, {str(Path(__file__).resolve().parents[3])!r})
        from tests.core.history.test_store import make_record
        from rehab_app.core.history.store import HistoryStore
        store = HistoryStore.open(Path({str(db)!r}), lambda: datetime.now(UTC)).store
        record = make_record()
        store.begin(record)
        record.items[0].done_sets = 3
        record.current_item = 1
        store.checkpoint(record)
        record.items[1].done_sets = 1  # the current exercise: not checkpointed yet
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
        """
    )
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True)
    assert result.returncode != 0, result.stderr.decode()
    reopened = HistoryStore.open(db, clock).store
    unfinished = reopened.unfinished_session()
    assert unfinished is not None
    assert [i.done_sets for i in unfinished.items] == [3, 0]
    point = reopened.resume_point(unfinished.session_id or 0)
    assert point is not None
    assert point.next_item == 1
    assert point.done_items == (0,)
    reopened.close()


def test_resume_offer_choices(store: HistoryStore) -> None:
    first, second = add(store), add(store, hour=9)
    assert store.unfinished_session() == second
    assert store.mark_ended_early(second.session_id or 0)
    assert not store.mark_ended_early(second.session_id or 0)
    assert store.mark_interrupted(first.session_id or 0)
    assert store.unfinished_session() is None
    assert store.resume_point(first.session_id or 0) is None
    kept = store.session_detail(second.session_id or 0)
    assert kept is not None
    assert kept.outcome is Outcome.ENDED_EARLY
    assert kept.ended_utc == NOW  # the time of the last write
    assert store.count_sessions() == 2


# The file: pragmas, migrations, recovery --------------------------------------------------------


def test_a_new_file_uses_wal_full_sync_and_foreign_keys(store: HistoryStore) -> None:
    assert store.pragma("journal_mode") == "wal"
    assert store.pragma("synchronous") == 2  # FULL
    assert store.pragma("foreign_keys") == 1
    assert store.pragma("user_version") == SCHEMA_VERSION == len(history_schema.MIGRATIONS)
    with pytest.raises(ValueError, match="drop"):
        store.pragma("drop table sessions")


def test_foreign_keys_cascade_on_delete(store: HistoryStore, tmp_path: Path) -> None:
    record = make_record()
    record.items[1].pain_reports.append(PainReport(5.0, 6))
    store.begin(record)
    store.delete_session(record.session_id or 0)
    con = sqlite3.connect(tmp_path / "history.sqlite3")
    for table in ("session_items", "pain_reports", "session_pauses"):
        assert con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table
    con.close()


def test_every_foreign_key_and_sort_column_is_indexed(store: HistoryStore, tmp_path: Path) -> None:
    con = sqlite3.connect(tmp_path / "history.sqlite3")
    plans = []
    for key in SortKey:
        columns = ", ".join(f"{c} DESC" for c in history_schema.ORDER_COLUMNS[key])
        sql = f"SELECT id FROM sessions ORDER BY {columns}, id DESC LIMIT 10"
        plans.append(" ".join(r[3] for r in con.execute(f"EXPLAIN QUERY PLAN {sql}")))
    for child in ("session_items", "pain_reports", "session_pauses"):
        sql = f"EXPLAIN QUERY PLAN SELECT * FROM {child} WHERE session_id = 1"
        plans.append(" ".join(r[3] for r in con.execute(sql)))
    con.close()
    assert all("TEMP B-TREE" not in p and "USING" in p for p in plans), plans


def test_migrates_a_version_1_file_to_the_current_version(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    con = sqlite3.connect(db, isolation_level=None)
    assert migrate(con, target=1) == [1]
    con.execute(
        "INSERT INTO sessions (id, program_id, program_name, started_utc, updated_utc, local_date,"
        " outcome) VALUES (7, 'core', 'Core', '2026-05-04T07:00:00.000000+00:00',"
        " '2026-05-04T07:20:00.000000+00:00', '2026-05-04', 'completed')"
    )
    con.execute(
        "INSERT INTO session_items (session_id, item_index, exercise_id, exercise_name,"
        " planned_sets, planned_reps, planned_s, done_sets) VALUES (7, 0, 'a', 'A', 4, 8, 0, 3)"
    )
    con.close()
    store = HistoryStore.open(db, clock).store
    assert store.pragma("user_version") == SCHEMA_VERSION
    rows = store.sessions_page(HistoryFilter())
    assert [(r.session_id, r.completed_fraction) for r in rows] == [(7, 0.75)]
    store.add_checkin(date(2026, 5, 5), 2, 1)
    assert [c.session_day for c in store.checkins()] == [date(2026, 5, 4)]
    store.close()


def test_migration_3_adds_the_worst_pain(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    con = sqlite3.connect(db, isolation_level=None)
    assert migrate(con, target=2) == [1, 2]
    con.execute(
        "INSERT INTO sessions (id, program_id, program_name, started_utc, updated_utc, local_date,"
        " outcome) VALUES (7, 'core', 'Core', '2026-05-04T07:00:00.000000+00:00',"
        " '2026-05-04T07:20:00.000000+00:00', '2026-05-04', 'completed')"
    )
    con.close()
    store = HistoryStore.open(db, clock).store
    assert store.pragma("user_version") == SCHEMA_VERSION >= 3
    old = store.session_detail(7)
    assert old is not None
    assert old.pain_worst is None
    record = make_record(outcome=Outcome.COMPLETED)
    record.pain_worst = 6
    store.begin(record)
    store.finish(record)
    again = store.session_detail(record.session_id or 0)
    assert again is not None
    assert again.pain_worst == 6
    store.close()


def test_a_failing_migration_leaves_the_previous_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    con = sqlite3.connect(tmp_path / "h.sqlite3", isolation_level=None)
    migrate(con, target=1)
    broken = (history_schema.MIGRATIONS[1][0], "CREATE TABLE oops (", "SELECT 1")
    monkeypatch.setattr(history_schema, "MIGRATIONS", (history_schema.MIGRATIONS[0], broken))
    with pytest.raises(sqlite3.OperationalError):
        migrate(con, target=2)
    assert history_schema.user_version(con) == 1
    columns = [r[1] for r in con.execute("PRAGMA table_info(sessions)")]
    assert "completed_fraction" not in columns  # the first statement was rolled back too
    con.close()


def _files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_a_garbage_file_is_moved_aside_with_its_wal(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    garbage = os.urandom(64) + b"\x00" * 4000
    db.write_bytes(garbage)
    Path(f"{db}-wal").write_bytes(b"not a wal")
    opened = HistoryStore.open(db, clock)
    stamp = NOW.astimezone().strftime("%Y%m%d-%H%M%S")
    assert opened.moved_aside == tmp_path / f"history.sqlite3.corrupt-{stamp}"
    assert opened.moved_aside.read_bytes() == garbage
    assert Path(f"{opened.moved_aside}-wal").read_bytes() == b"not a wal"
    assert opened.notice is not None
    assert str(opened.moved_aside) in opened.notice
    add(opened.store)
    assert opened.store.unfinished_session() is not None
    opened.store.close()
    again = HistoryStore.open(db, clock)
    assert again.moved_aside is None
    again.store.close()


def test_moving_aside_twice_in_one_second_overwrites_nothing(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    db.write_bytes(b"first")
    first = history_schema.move_aside(db, NOW)
    db.write_bytes(b"second")
    second = history_schema.move_aside(db, NOW)
    assert first != second
    assert (first.read_bytes(), second.read_bytes()) == (b"first", b"second")


def test_damaged_pages_are_found_by_quick_check(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    store = HistoryStore.open(db, clock).store
    for n in range(200):
        add(store, hour=n % 24, day=date(2026, 1, 1) + timedelta(days=n // 24))
    store.close()
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) > 10 * page
    for number in (3, 5, 8):
        data[number * page : number * page + 64] = b"\xff" * 64
    db.write_bytes(bytes(data))
    opened = HistoryStore.open(db, clock)
    assert opened.moved_aside is not None
    assert opened.moved_aside.read_bytes() == bytes(data)
    assert opened.store.count_sessions() == 0
    opened.store.close()


def test_another_apps_sqlite_file_is_moved_aside(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE sessions (x)")
    con.commit()
    con.close()
    opened = HistoryStore.open(db, clock)
    assert opened.moved_aside is not None
    opened.store.close()


def test_a_newer_database_is_left_untouched(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE future (x)")
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    before = _files(tmp_path)
    with pytest.raises(NewerDatabaseError, match="newer version") as caught:
        HistoryStore.open(db, clock)
    assert caught.value.found == SCHEMA_VERSION + 1
    assert str(db) in str(caught.value)
    assert _files(tmp_path) == before


def test_a_newer_database_is_refused_before_sqlite_opens_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "history.sqlite3"
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("CREATE TABLE future (x)")
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    con.close()

    def no_sqlite(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise AssertionError("SQLite must not open a newer database")

    monkeypatch.setattr(sqlite3, "connect", no_sqlite)
    with pytest.raises(NewerDatabaseError):
        HistoryStore.open(db, clock)


# Review queries ---------------------------------------------------------------------------------


def test_pages_in_every_order_match_one_full_query(store: HistoryStore) -> None:
    for n in range(23):
        add(
            store,
            day=date(2026, 3, 1) + timedelta(days=n % 9),
            hour=n,
            program=("core", "mobility")[n % 2],
            outcome=Outcome.COMPLETED,
            active_s=float((n * 7) % 11 * 60),
            pain=((n * 3) % 5 if n % 4 else None, n % 3),
            effort=None if n % 5 == 0 else n % 7,
            done_sets=n % 4,
        )
    add(store, day=date(2026, 3, 2))  # in progress: never listed
    flt = HistoryFilter()
    total = store.count_sessions(flt)
    assert total == 23
    for key in SortKey:
        for descending in (True, False):
            full = store.sessions_page(flt, key, descending, 0, 100)
            paged = [
                row
                for offset in range(0, total, 5)
                for row in store.sessions_page(flt, key, descending, offset, 5, total=total)
            ]
            assert paged == full, (key, descending)
    by_date = store.sessions_page(flt, SortKey.DATE, descending=True)
    assert [r.started_utc for r in by_date] == sorted(
        (r.started_utc for r in by_date), reverse=True
    )
    by_time = store.sessions_page(flt, SortKey.DURATION, descending=False)
    assert [r.active_s for r in by_time] == sorted(r.active_s for r in by_time)


def test_filters_by_program_and_date_range(store: HistoryStore) -> None:
    for n in range(10):
        program = "core" if n < 6 else "mobility"
        add(store, day=date(2026, 4, 1 + n), program=program, outcome=Outcome.COMPLETED)
    assert store.count_sessions(HistoryFilter("core")) == 6
    window = HistoryFilter(start=date(2026, 4, 3), end=date(2026, 4, 7))
    rows = store.sessions_page(window)
    assert sorted(r.local_date.day for r in rows) == [3, 4, 5, 6, 7]
    both = HistoryFilter("mobility", date(2026, 4, 3), date(2026, 4, 7))
    assert [r.local_date.day for r in store.sessions_page(both)] == [7]


def test_delete_and_restore(store: HistoryStore) -> None:
    record = make_record(outcome=Outcome.COMPLETED)
    record.items[0].pain_reports.append(PainReport(9.0, 4, nerve_symptoms=True))
    store.begin(record)
    other = add(store, hour=10, outcome=Outcome.COMPLETED)
    deleted = store.delete_session(record.session_id or 0)
    assert store.session_detail(record.session_id or 0) is None
    assert store.count_sessions() == 1
    store.restore_session(deleted)
    assert store.session_detail(record.session_id or 0) == record
    assert store.count_sessions() == 2
    assert other.session_id != record.session_id
    with pytest.raises(KeyError):
        store.delete_session(999)


def test_update_notes(store: HistoryStore) -> None:
    record = add(store, outcome=Outcome.COMPLETED)
    assert store.update_notes(record.session_id or 0, 'Stiff, eased off, line, "quoted"\nok')
    loaded = store.session_detail(record.session_id or 0)
    assert loaded is not None
    assert loaded.notes == 'Stiff, eased off, line, "quoted"\nok'
    assert not store.update_notes(999, "nothing")


def test_add_records_writes_all_or_nothing(store: HistoryStore) -> None:
    good = [make_record(hour=n, outcome=Outcome.COMPLETED) for n in range(3)]
    store.add_records(good)
    assert [r.session_id for r in good] == [1, 2, 3]
    bad = make_record(hour=5, outcome=Outcome.COMPLETED)
    bad.items[1].item_index = 0  # duplicate exercise row: the whole batch must roll back
    with pytest.raises(sqlite3.IntegrityError):
        store.add_records([make_record(hour=4, outcome=Outcome.COMPLETED), bad])
    assert store.count_sessions() == 3


def test_iter_records_reads_everything_in_chunks(store: HistoryStore) -> None:
    made = [add(store, hour=n, outcome=Outcome.COMPLETED) for n in range(7)]
    assert [r.session_id for r in store.iter_records(chunk=3)] == [r.session_id for r in made]


def test_last_done(store: HistoryStore) -> None:
    assert store.last_done("core") is None
    add(store, day=date(2026, 4, 1), outcome=Outcome.COMPLETED)
    add(store, day=date(2026, 4, 9), outcome=Outcome.ENDED_EARLY)
    add(store, day=date(2026, 4, 12))  # still in progress
    add(store, day=date(2026, 4, 20), program="mobility", outcome=Outcome.COMPLETED)
    assert store.last_done("core") == date(2026, 4, 9)


def test_a_session_shorter_than_half_its_plan_is_not_last_done(store: HistoryStore) -> None:
    # Issue 11: a session ended after a minute counted as "last done".
    add(store, day=date(2026, 4, 1), outcome=Outcome.COMPLETED, active_s=450.0)  # planned 900
    add(store, day=date(2026, 4, 9), outcome=Outcome.ENDED_EARLY, active_s=449.0)
    assert store.last_done("core") == date(2026, 4, 1)


def test_streak_active_days_and_minutes_per_week(store: HistoryStore) -> None:
    for day in (1, 3, 4, 5, 5, 6):  # May 2026: Fri 1, then Sun 3 to Wed 6
        add(store, day=date(2026, 5, day), outcome=Outcome.COMPLETED, active_s=1200.0)
    add(store, day=date(2026, 5, 7))  # in progress does not count
    assert store.active_days(date(2026, 5, 1), date(2026, 5, 5)) == {
        date(2026, 5, d) for d in (1, 3, 4, 5)
    }
    assert store.current_streak(date(2026, 5, 6)) == 4
    assert store.current_streak(date(2026, 5, 7)) == 4  # yesterday still counts
    assert store.current_streak(date(2026, 5, 8)) == 0
    assert store.current_streak(date(2026, 5, 2)) == 1
    weeks = store.minutes_per_week(3, today=date(2026, 5, 6))
    assert weeks == [(date(2026, 4, 20), 0.0), (date(2026, 4, 27), 40.0), (date(2026, 5, 4), 80.0)]
    summary = store.weekly_summary(2, date(2026, 5, 6), program_id="core")
    assert [(w.sessions, w.minutes) for w in summary] == [(2, 40.0), (4, 80.0)]
    assert store.weekly_summary(1, date(2026, 5, 6), program_id="other")[0].sessions == 0


def test_pain_series_is_the_latest_sessions_oldest_first(store: HistoryStore) -> None:
    for n in range(5):
        add(store, day=date(2026, 5, 1 + n), pain=(n, n + 1), outcome=Outcome.COMPLETED)
    series = store.pain_series(limit=3)
    assert [(p.local_date.day, p.pain_before, p.pain_after) for p in series] == [
        (3, 2, 3),
        (4, 3, 4),
        (5, 4, 5),
    ]


# Next-morning check-ins -------------------------------------------------------------------------


def test_needs_checkin_only_the_morning_after_a_session_day(store: HistoryStore) -> None:
    assert store.needs_checkin(date(2026, 5, 5)) is None  # no sessions at all
    add(store, day=date(2026, 5, 4), pain=(3, 4), outcome=Outcome.COMPLETED)
    add(store, day=date(2026, 5, 4), hour=18, pain=(5, 5), outcome=Outcome.COMPLETED)
    assert store.needs_checkin(date(2026, 5, 4)) is None  # the session day itself
    assert store.needs_checkin(date(2026, 5, 5)) == date(2026, 5, 4)
    assert store.needs_checkin(date(2026, 5, 6)) is None  # not the next morning any more
    assert store.checkin_baseline(date(2026, 5, 4)) == 3  # before the first session
    store.add_checkin(date(2026, 5, 5), 4, 3, session_day=date(2026, 5, 4))
    assert store.needs_checkin(date(2026, 5, 5)) is None
    add(store, day=date(2026, 5, 6))  # in progress (a crash): no check-in for it
    assert store.needs_checkin(date(2026, 5, 7)) is None
    store.add_checkin(date(2026, 5, 5), 2, 3)  # answering again replaces the answer
    checkins = store.checkins()
    assert [(c.day, c.session_day, c.pain, c.compared_to) for c in checkins] == [
        (date(2026, 5, 5), date(2026, 5, 4), 2, 3)
    ]


def test_checkins_are_oldest_first_and_limited(store: HistoryStore) -> None:
    for day in (9, 3, 6):
        store.add_checkin(date(2026, 5, day), day % 4, None, session_day=date(2026, 5, day - 1))
    assert [c.day.day for c in store.checkins()] == [3, 6, 9]
    assert [c.day.day for c in store.checkins(limit=2)] == [6, 9]


MODEL = PainModel()  # amber_max 5, next_morning_rise 2


@pytest.mark.parametrize(
    ("morning", "baseline", "verdict"),
    [
        (2, 2, VERDICT_FINE),
        (0, 3, VERDICT_FINE),
        (3, 2, VERDICT_HOLD),
        (4, 2, VERDICT_EASE_OFF),
        (5, 2, VERDICT_EASE_OFF),
        (5, 4, VERDICT_HOLD),
        (6, 6, VERDICT_EASE_OFF),  # above the amber ceiling, even at baseline
        (3, None, VERDICT_NO_BASELINE),
        (7, None, VERDICT_EASE_OFF),
    ],
)
def test_checkin_verdict(morning: int, baseline: int | None, verdict: str) -> None:
    assert checkin_verdict(morning, baseline, MODEL) == verdict


def test_checkin_verdict_follows_the_models_thresholds() -> None:
    strict = PainModel(next_morning_rise=1)
    assert checkin_verdict(3, 2, strict) == VERDICT_EASE_OFF
    assert checkin_verdict(3, 2, MODEL) == VERDICT_HOLD
    assert "reduce the next session" in VERDICT_EASE_OFF


def test_program_records_reads_one_programs_latest_sessions(store: HistoryStore) -> None:
    for n in range(5):
        add(store, day=date(2026, 5, 1 + n), outcome=Outcome.COMPLETED)
        add(store, day=date(2026, 5, 1 + n), program="mobility", outcome=Outcome.COMPLETED)
    add(store, day=date(2026, 5, 9), outcome=Outcome.INTERRUPTED)
    add(store, day=date(2026, 5, 10))  # still in progress
    records = store.program_records("core", limit=3)
    assert [r.local_date for r in records] == ["2026-05-03", "2026-05-04", "2026-05-05"]
    assert {r.program_id for r in records} == {"core"}
    assert len(store.program_records("core")) == 5
    assert store.program_records("nothing") == []
