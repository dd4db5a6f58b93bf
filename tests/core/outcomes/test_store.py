"""Outcome measures in the history database: stored, replaced, read back, and what is due."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from rehab_app.core.history.store import HistoryStore
from rehab_app.core.outcomes.change import ChangeRating
from rehab_app.core.outcomes.psfs import PsfsEntry, PsfsRating
from rehab_app.core.session.record import Outcome, SessionRecord

NOW = datetime(2026, 5, 4, 16, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    store = HistoryStore.open(tmp_path / "history.db", lambda: NOW).store
    yield store
    store.close()


def psfs(day: date, *scores: int) -> PsfsEntry:
    names = ("Run 5 km", "Sit through a meeting", "Lift my child")
    return PsfsEntry(day, tuple(PsfsRating(n, s) for n, s in zip(names, scores, strict=False)))


def test_psfs_entries_round_trip_in_order(store: HistoryStore) -> None:
    store.add_psfs(psfs(date(2026, 5, 18), 5, 6, 7))
    store.add_psfs(psfs(date(2026, 5, 4), 2, 3, 4))
    assert store.psfs_entries() == [
        psfs(date(2026, 5, 4), 2, 3, 4),
        psfs(date(2026, 5, 18), 5, 6, 7),
    ]


def test_a_second_psfs_on_the_same_day_replaces_the_first(store: HistoryStore) -> None:
    store.add_psfs(psfs(date(2026, 5, 4), 2, 3, 4))
    store.add_psfs(psfs(date(2026, 5, 4), 8))
    assert store.psfs_entries() == [psfs(date(2026, 5, 4), 8)]
    assert store.delete_psfs(date(2026, 5, 4))
    assert not store.delete_psfs(date(2026, 5, 4))
    assert store.psfs_entries() == []


def test_an_invalid_psfs_is_refused_and_nothing_is_written(store: HistoryStore) -> None:
    with pytest.raises(ValueError, match="score_out_of_range"):
        store.add_psfs_entries([psfs(date(2026, 5, 4), 5), psfs(date(2026, 5, 5), 11)])
    assert store.psfs_entries() == []


def test_the_database_itself_refuses_out_of_range_scores(store: HistoryStore) -> None:
    con = store._con
    con.execute("INSERT INTO psfs VALUES ('2026-05-04', 'x')")
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("INSERT INTO psfs_ratings VALUES ('2026-05-04', 1, 'Run', 11)")
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("INSERT INTO change_ratings VALUES (4, '2026-06-01', 8, 'x')")


def test_change_ratings_one_per_week(store: HistoryStore) -> None:
    store.add_change_rating(ChangeRating(8, date(2026, 6, 29), 5))
    store.add_change_rating(ChangeRating(4, date(2026, 6, 1), 2))
    store.add_change_rating(ChangeRating(4, date(2026, 6, 2), 3))
    assert store.change_ratings() == [
        ChangeRating(4, date(2026, 6, 2), 3),
        ChangeRating(8, date(2026, 6, 29), 5),
    ]
    with pytest.raises(ValueError, match="rating"):
        store.add_change_rating(ChangeRating(4, date(2026, 6, 2), -8))


def session(day: str, program: str = "core", outcome: Outcome = Outcome.COMPLETED) -> SessionRecord:
    return SessionRecord(
        program_id=program,
        program_name=program,
        program_snapshot="",
        planned_s=600,
        items=[],
        started_utc=datetime.fromisoformat(f"{day}T17:00:00+00:00"),
        local_date=day,
        outcome=outcome,
    )


def test_what_is_due_comes_from_the_stored_history(store: HistoryStore) -> None:
    assert store.first_session_day() is None
    due = store.outcomes_due(date(2026, 5, 4))
    assert due.psfs
    assert due.change_week is None
    store.add_records([session("2026-05-06"), session("2026-05-02", outcome=Outcome.IN_PROGRESS)])
    assert store.first_session_day() == date(2026, 5, 6)
    store.add_psfs(psfs(date(2026, 5, 4), 3))
    assert not store.outcomes_due(date(2026, 5, 17)).psfs
    assert store.outcomes_due(date(2026, 5, 18)).psfs
    assert store.outcomes_due(date(2026, 6, 1)).change_week == 4  # four weeks after the PSFS
    store.add_change_rating(ChangeRating(4, date(2026, 6, 1), 2))
    assert store.outcomes_due(date(2026, 6, 1)).change_week is None
    assert store.outcomes_due(date(2026, 6, 29)).change_week == 8


def test_programs_done_on_a_day(store: HistoryStore) -> None:
    store.add_records(
        [
            session("2026-05-04"),
            session("2026-05-04", "hips"),
            session("2026-05-04", "run", Outcome.IN_PROGRESS),
            session("2026-05-05", "run"),
        ]
    )
    assert store.programs_done_on(date(2026, 5, 4)) == {"core", "hips"}
