"""The runs log in the history: runs added by hand, post-run answers, notes, delete and undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from rehab_app.core.history.schema import MIGRATIONS, SCHEMA_VERSION, migrate
from rehab_app.core.history.store import HistoryStore
from rehab_app.core.runs.model import (
    Activity,
    Kind,
    LegSymptom,
    PainArea,
    RunAnswers,
    Source,
)
from rehab_app.core.runs.store import AddStatus, NewActivity

NOW = datetime(2026, 5, 20, 7, tzinfo=UTC)
PARIS = timezone(timedelta(hours=2))


def _now() -> datetime:
    return NOW


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = HistoryStore.open(tmp_path / "history.sqlite3", _now).store
    yield opened
    opened.close()


def _fit_run(start: datetime, km: float = 5, **kw: object) -> NewActivity:
    activity = Activity("running", start, km * 1000, 1800, 1900, **kw)  # type: ignore[arg-type]
    return NewActivity(
        activity, Kind.RUN, Source.FIT, start.astimezone(PARIS).date(), "a.fit", "0" * 64
    )


def test_the_runs_migration_is_the_last_one_and_creates_the_tables(tmp_path: Path) -> None:
    import sqlite3

    con = sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None)
    migrate(con, SCHEMA_VERSION - 1)
    assert "runs" not in {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    migrate(con)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"runs", "run_files"} <= tables
    assert any("CREATE TABLE runs" in s for s in MIGRATIONS[-1])


def test_a_run_added_by_hand_with_a_time(store: HistoryStore) -> None:
    stored = store.add_run(date(2026, 5, 10), 6000, 2100, "felt easy", time(18, 30), PARIS)
    assert stored.status is AddStatus.ADDED
    run = stored.run
    assert run.source is Source.MANUAL
    assert run.kind is Kind.RUN
    assert run.sport == "running"
    assert run.started_utc == datetime(2026, 5, 10, 16, 30, tzinfo=UTC)
    assert run.start_known
    assert run.local_date == date(2026, 5, 10)
    assert (run.distance_m, run.moving_s, run.notes) == (6000, 2100, "felt easy")
    assert run.pace_s_per_km == pytest.approx(350)
    assert store.run(run.run_id) == run


def test_a_run_added_by_hand_without_a_time_meets_its_watch_file(store: HistoryStore) -> None:
    manual = store.add_run(date(2026, 5, 10), 5000, 1800, zone=PARIS).run
    assert not manual.start_known
    # The watch's file, that evening, 1 % longer: the same run; it brings the real start time.
    evening = datetime(2026, 5, 10, 17, 5, tzinfo=UTC)
    [result] = store.add_activities([_fit_run(evening, 5.05, heart_rate_bpm=140)])
    assert result.status is AddStatus.DUPLICATE
    assert result.run.run_id == manual.run_id
    assert result.run.started_utc == evening
    assert result.run.start_known
    assert result.run.heart_rate_bpm == 140
    assert result.run.distance_m == 5000
    assert len(store.runs()) == 1


def test_a_date_alone_never_merges_activities_without_a_distance(store: HistoryStore) -> None:
    store.add_run(date(2026, 5, 10), 5000, 1800, zone=PARIS)
    other = Activity("cycling", datetime(2026, 5, 10, 8, tzinfo=UTC), None, 3600, 3600)
    new = NewActivity(other, Kind.CROSS_TRAINING, Source.FIT, date(2026, 5, 10))
    assert store.add_activities([new])[0].status is AddStatus.ADDED


def test_two_runs_by_hand_on_one_day_are_both_kept_when_they_differ(store: HistoryStore) -> None:
    store.add_run(date(2026, 5, 10), 3000, 1000)
    assert store.add_run(date(2026, 5, 10), 8000, 3000).status is AddStatus.ADDED
    assert len(store.runs()) == 2


@pytest.mark.parametrize(
    ("metres", "seconds"), [(0, 1800), (5000, 0), (-1, 60), (float("nan"), 60)]
)
def test_a_run_by_hand_needs_a_distance_and_a_time(
    store: HistoryStore, metres: float, seconds: float
) -> None:
    with pytest.raises(ValueError, match="positive"):
        store.add_run(date(2026, 5, 10), metres, seconds)
    assert store.runs() == []


def test_a_walk_added_by_hand_is_cross_training(store: HistoryStore) -> None:
    walk = store.add_run(date(2026, 5, 10), 4000, 2700, sport="walking").run
    assert walk.kind is Kind.CROSS_TRAINING
    assert store.runs() == []
    assert store.runs(Kind.CROSS_TRAINING) == [walk]


def test_post_run_answers_are_stored_and_can_be_changed(store: HistoryStore) -> None:
    run = store.add_run(date(2026, 5, 10), 5000, 1800).run
    assert run.pain_during is None
    assert run.pain_where is None
    assert not run.answered
    answers = RunAnswers(3, (PainArea.LOWER_BACK, PainArea.BUTTOCK), (LegSymptom.PINS_AND_NEEDLES,))
    assert store.set_run_answers(run.run_id, answers)
    again = store.run(run.run_id)
    assert again is not None
    assert again.answered
    assert again.answered_utc == NOW
    assert again.pain_during == 3
    assert set(again.pain_where or ()) == {PainArea.LOWER_BACK, PainArea.BUTTOCK}
    assert again.leg_symptoms == (LegSymptom.PINS_AND_NEEDLES,)
    assert store.set_run_answers(run.run_id, RunAnswers(0))
    none = store.run(run.run_id)
    assert none is not None
    assert none.pain_where == ()
    assert none.leg_symptoms == ()
    with pytest.raises(ValueError, match="0-10"):
        store.set_run_answers(run.run_id, RunAnswers(11))
    assert not store.set_run_answers(999, RunAnswers(2))


def test_notes_delete_and_undo(store: HistoryStore) -> None:
    [stored] = store.add_activities([_fit_run(datetime(2026, 5, 9, 6, tzinfo=UTC))])
    run_id = stored.run.run_id
    assert store.update_run_notes(run_id, "windy")
    deleted = store.delete_run(run_id)
    assert store.runs() == []
    assert store.run_files() == []
    assert store.run_for_file("0" * 64) is None
    store.restore_runs([deleted.run], deleted.files)
    back = store.run(run_id)
    assert back is not None
    assert back.notes == "windy"
    assert store.run_for_file("0" * 64) == back
    with pytest.raises(KeyError):
        store.delete_run(12345)


def test_filter_by_kind_and_local_dates(store: HistoryStore) -> None:
    for day in (1, 8, 15):
        store.add_run(date(2026, 5, day), 5000, 1800)
    store.add_run(date(2026, 5, 8), 20_000, 3600, sport="cycling")
    assert [r.local_date.day for r in store.runs(start=date(2026, 5, 5))] == [8, 15]
    assert [r.local_date.day for r in store.runs(end=date(2026, 5, 8))] == [1, 8]
    assert len(store.runs(kind=None)) == 4
    assert store.count_runs() == {Kind.RUN: 3, Kind.CROSS_TRAINING: 1}


def test_the_morning_after_a_run_asks_for_a_check_in(store: HistoryStore) -> None:
    store.add_run(date(2026, 5, 10), 5000, 1800, zone=PARIS)
    assert store.needs_checkin(date(2026, 5, 11)) == date(2026, 5, 10)
    assert store.needs_checkin(date(2026, 5, 12)) is None
    store.add_checkin(date(2026, 5, 11), 2, None)
    assert store.needs_checkin(date(2026, 5, 11)) is None
    [checkin] = store.checkins()
    assert checkin.session_day == date(2026, 5, 10)


def test_cross_training_does_not_ask_for_a_check_in(store: HistoryStore) -> None:
    store.add_run(date(2026, 5, 10), 20_000, 3600, sport="cycling")
    assert store.needs_checkin(date(2026, 5, 11)) is None
