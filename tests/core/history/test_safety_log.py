"""Safety events and end reasons in the history: migration 3, round trips, export."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from rehab_app.core.history.export import export_csv, export_json
from rehab_app.core.history.schema import SCHEMA_VERSION, migrate
from rehab_app.core.history.store import HistoryStore
from rehab_app.core.safety.events import EventKind, SafetyEvent
from rehab_app.core.session.record import ExerciseRecord, Outcome, PainReport, SessionRecord

NOW = datetime(2026, 5, 6, 7, 30, tzinfo=UTC)


def clock() -> datetime:
    return NOW


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = HistoryStore.open(tmp_path / "history.sqlite3", clock)
    yield opened.store
    opened.store.close()


def _record(end_reason: str = "", **flags: bool) -> SessionRecord:
    report = PainReport(at_s=12.0, pain=4, exercise_id="bird_dog", rule_id="x", **flags)
    item = ExerciseRecord(0, "bird_dog", "Bird dog", 3, 5, 0, done_sets=1, pain_reports=[report])
    return SessionRecord(
        program_id="core",
        program_name="Core",
        program_snapshot="",
        started_utc=datetime(2026, 5, 4, 7, tzinfo=UTC),
        local_date="2026-05-04",
        planned_s=600,
        items=[item],
        outcome=Outcome.ENDED_EARLY,
        end_reason=end_reason,
    )


def test_end_reason_and_the_new_report_fields_round_trip(store: HistoryStore) -> None:
    record = _record("leg_weakness", leg_weakness=True, both_legs=True)
    store.begin(record)
    store.finish(record)
    assert record.session_id is not None
    again = store.session_detail(record.session_id)
    assert again is not None
    assert again.end_reason == "leg_weakness"
    [report] = again.items[0].pain_reports
    assert (report.leg_weakness, report.both_legs) == (True, True)


def test_a_crashed_session_kept_as_ended_early_says_so(store: HistoryStore) -> None:
    record = _record()
    record.outcome = Outcome.IN_PROGRESS
    store.begin(record)
    assert record.session_id is not None
    assert store.mark_ended_early(record.session_id)
    again = store.session_detail(record.session_id)
    assert again is not None
    assert again.end_reason == "interrupted"


def test_safety_events_are_kept_in_order_with_their_dates(store: HistoryStore) -> None:
    events = [
        SafetyEvent(date(2026, 5, 4), EventKind.ANSWER, "rf_leg_symptoms", "yes", "caution"),
        SafetyEvent(
            date(2026, 5, 4), EventKind.STOP, "nerve_symptoms", "end_session", session_id=3
        ),
        SafetyEvent(date(2026, 5, 5), EventKind.SYMPTOM_CHECK, "nerve_symptoms", "not_settled"),
    ]
    store.add_safety_events(events[:2])
    store.add_safety_events(events[2:])
    found = store.safety_events()
    assert [(e.day, e.kind, e.code, e.answer) for e in found] == [
        (e.day, e.kind, e.code, e.answer) for e in events
    ]
    assert all(e.recorded_utc == NOW for e in found)
    assert [e.code for e in store.safety_events(start=date(2026, 5, 5))] == ["nerve_symptoms"]
    assert [e.code for e in store.safety_events(end=date(2026, 5, 4))] == [
        "rf_leg_symptoms",
        "nerve_symptoms",
    ]


def test_deleting_a_session_keeps_its_safety_events(store: HistoryStore) -> None:
    record = _record()
    store.begin(record)
    assert record.session_id is not None
    store.add_safety_events(
        [SafetyEvent(date(2026, 5, 4), EventKind.STOP, "pain_limit", session_id=record.session_id)]
    )
    store.delete_session(record.session_id)
    assert [e.code for e in store.safety_events()] == ["pain_limit"]


def test_migrates_a_version_2_file_keeping_its_sessions(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    con = sqlite3.connect(db, isolation_level=None)
    assert migrate(con, target=2) == [1, 2]
    con.execute(
        "INSERT INTO sessions (id, program_id, program_name, started_utc, updated_utc, local_date,"
        " outcome) VALUES (7, 'core', 'Core', '2026-05-04T07:00:00.000000+00:00',"
        " '2026-05-04T07:20:00.000000+00:00', '2026-05-04', 'ended_early')"
    )
    con.execute(
        "INSERT INTO session_items (session_id, item_index, exercise_id, exercise_name,"
        " planned_sets, planned_reps, planned_s) VALUES (7, 0, 'a', 'A', 4, 8, 0)"
    )
    con.execute(
        "INSERT INTO pain_reports (session_id, item_index, at_s, pain, spreading)"
        " VALUES (7, 0, 3.0, 5, 1)"
    )
    con.close()
    store = HistoryStore.open(db, clock).store
    assert store.pragma("user_version") == SCHEMA_VERSION >= 3
    record = store.session_detail(7)
    assert record is not None
    assert record.end_reason == ""
    [report] = record.items[0].pain_reports
    assert report.spreading
    assert not report.leg_weakness
    assert store.safety_events() == []
    store.close()


def test_the_json_export_loses_no_safety_data(store: HistoryStore, tmp_path: Path) -> None:
    record = _record("nerve_symptoms", nerve_symptoms=True)
    store.begin(record)
    store.finish(record)
    store.add_safety_events(
        [SafetyEvent(date(2026, 5, 4), EventKind.BLOCK, "general_warning", tier="urgent")]
    )
    path = export_json(store, tmp_path / "out.json", clock)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "rehab-app-history"
    assert document["sessions"][0]["end_reason"] == "nerve_symptoms"
    [event] = document["safety_events"]
    assert (event["day"], event["kind"], event["code"], event["tier"]) == (
        "2026-05-04",
        "block",
        "general_warning",
        "urgent",
    )


def test_the_csv_export_names_why_a_session_ended(store: HistoryStore, tmp_path: Path) -> None:
    record = _record("pain_limit", both_legs=True)
    store.begin(record)
    store.finish(record)
    sessions, exercises = export_csv(store, tmp_path / "h.csv")
    assert "end_reason" in sessions.read_text(encoding="utf-8-sig").splitlines()[0]
    assert "pain_limit" in sessions.read_text(encoding="utf-8-sig")
    assert "both legs" in exercises.read_text(encoding="utf-8-sig")
