"""Restoring an `export --json` file: the same history comes back, and bad exports say why."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rehab_app.core.backup.format import HISTORY, SETTINGS, Contents
from rehab_app.core.backup.restore import Kind, Restored, restore, stage_restore
from rehab_app.core.history.export import JSON_VERSION, export_json
from rehab_app.core.history.schema import Checkin
from rehab_app.core.history.store import HistoryStore
from rehab_app.core.safety.events import EventKind, SafetyEvent
from rehab_app.core.session.record import ExerciseRecord, Outcome, PainReport, Pause, SessionRecord
from tests.helpers.backupfiles import clock, history_json, make_data_dir, snapshot

texts = st.text(max_size=30)
counts = st.integers(0, 10_000)
seconds = st.floats(0, 1e6, allow_nan=False, allow_infinity=False)
scores = st.none() | st.integers(0, 10)
moments = st.datetimes(datetime(2000, 1, 1), datetime(2100, 1, 1), timezones=st.just(UTC))
pain_reports = st.builds(
    PainReport,
    at_s=seconds,
    pain=st.integers(0, 10),
    exercise_id=st.none() | texts,
    spreading=st.booleans(),
    nerve_symptoms=st.booleans(),
    sharp=st.booleans(),
    red_flag_symptom=st.booleans(),
    general_warning=st.booleans(),
    leg_weakness=st.booleans(),
    both_legs=st.booleans(),
    action=texts,
    rule_id=texts,
)


@st.composite
def items(draw: st.DrawFn) -> list[ExerciseRecord]:
    indexes = draw(st.lists(st.integers(0, 40), unique=True, max_size=5))
    return [
        ExerciseRecord(
            item_index=index,
            exercise_id=draw(texts),
            exercise_name=draw(texts),
            planned_sets=draw(counts),
            planned_reps=draw(counts),
            planned_s=draw(counts),
            done_sets=draw(counts),
            done_reps=draw(counts),
            done_s=draw(seconds),
            skipped=draw(st.booleans()),
            variant_of=draw(st.none() | texts),
            pain_reports=draw(st.lists(pain_reports, max_size=3)),
        )
        for index in indexes
    ]


sessions = st.builds(
    SessionRecord,
    program_id=texts,
    program_name=texts,
    program_snapshot=texts,
    started_utc=moments,
    local_date=st.dates().map(date.isoformat),
    planned_s=counts,
    items=items(),
    outcome=st.sampled_from(Outcome),
    ended_utc=st.none() | moments,
    active_s=seconds,
    paused_s=seconds,
    pauses=st.lists(st.builds(Pause, seconds, seconds), max_size=3),
    pain_before=scores,
    pain_after=scores,
    effort=scores,
    notes=st.text(max_size=200),
    current_item=st.integers(0, 40),
    end_reason=texts,
)
safety_events = st.builds(
    SafetyEvent,
    day=st.dates(),
    kind=st.sampled_from(EventKind),
    code=texts,
    answer=texts,
    tier=texts,
    session_id=st.none() | st.integers(1, 2**40),
    detail=texts,
)


@st.composite
def histories(
    draw: st.DrawFn,
) -> tuple[list[SessionRecord], list[Checkin], list[SafetyEvent]]:
    records = draw(st.lists(sessions, max_size=6))
    ids = draw(st.lists(st.integers(1, 2**40), unique=True, min_size=len(records)))
    for record, sid in zip(records, ids, strict=False):
        record.session_id = sid  # gaps, as deleted sessions leave them
    days = draw(st.lists(st.dates(), unique=True, max_size=5))
    checkins = [Checkin(d, draw(st.dates()), draw(st.integers(0, 10)), draw(scores)) for d in days]
    return records, checkins, draw(st.lists(safety_events, max_size=4))


def _export(db: Path, target: Path) -> dict[str, Any]:
    store = HistoryStore.open(db, clock).store
    try:
        export_json(store, target, clock)
    finally:
        store.close()
    return dict(json.loads(target.read_text(encoding="utf-8")))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories())
def test_export_restore_export_gives_the_same_json(
    history: tuple[list[SessionRecord], list[Checkin], list[SafetyEvent]],
) -> None:
    records, checkins, events = history
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        store = HistoryStore.open(tmp / "old" / HISTORY, clock).store
        store.add_records(records)
        store.add_checkins(checkins)
        store.add_safety_events(events)
        store.close()
        first = _export(tmp / "old" / HISTORY, tmp / "first.json")
        done = restore(tmp / "first.json", tmp / "new", clock)
        assert isinstance(done, Restored), done
        assert done.staged.kind is Kind.HISTORY_EXPORT
        assert done.staged.contents.sessions == len(records)
        second = _export(tmp / "new" / HISTORY, tmp / "second.json")
        del first["exported_utc"], second["exported_utc"]
        assert len(first["safety_events"]) == len(events)
        assert second == first


def _exported(tmp: Path) -> Path:
    data = make_data_dir(tmp / "old")
    store = HistoryStore.open(data / HISTORY, clock).store
    path = export_json(store, tmp / "history.json", clock)
    store.close()
    return path


def test_an_export_restores_into_a_data_dir_with_files_but_no_history(tmp_path: Path) -> None:
    export = _exported(tmp_path)
    data = make_data_dir(tmp_path / "data", sessions=0)
    # A history opened by the app but still empty is no history.
    (data / HISTORY).unlink()
    HistoryStore.open(data / HISTORY, clock).store.close()
    before = snapshot(data)
    done = restore(export, data, clock)
    assert isinstance(done, Restored), done
    assert done.before is not None
    assert done.staged.contents == Contents(2, 1, 1, 1, 1, True)
    after = snapshot(data)
    # Programs, exercises, pictures and settings stay as they were; the history comes back.
    for name in (SETTINGS, "programs/mine.yaml", "exercises/my_move.yaml"):
        assert after[name] == before[name]
    assert history_json(data / HISTORY) == history_json(tmp_path / "old" / HISTORY)


def test_an_export_is_refused_over_an_existing_history(tmp_path: Path) -> None:
    export = _exported(tmp_path)
    data = make_data_dir(tmp_path / "data", sessions=1)
    before = snapshot(data)
    problems = stage_restore(export, data, clock).problems
    assert problems == [
        "history.json: cannot be restored: your data folder already holds a history (1 session,"
        " 1 check-in). A history export is only restored where there is no history yet, so"
        " nothing is mixed up or lost; restore a full backup instead, or restore the export into"
        " a new data folder (--data-dir)"
    ]
    assert snapshot(data) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "history.json", "old"]


def _document(**changes: object) -> dict[str, Any]:
    session = {
        "program_id": "core",
        "program_name": "Core",
        "program_snapshot": "{}",
        "started_utc": "2026-05-04T07:00:00Z",
        "local_date": "2026-05-04",
        "planned_s": 600,
        "items": [
            {"item_index": 0, "exercise_id": "plank", "exercise_name": "Plank",
             "planned_sets": 2, "planned_reps": 0, "planned_s": 30, "pain_reports": []},
        ],
        "session_id": 1,
    }  # fmt: skip
    document: dict[str, Any] = {
        "format": "rehab-app-history",
        "version": 1,
        "exported_utc": "2026-05-19T07:30:00+00:00",
        "sessions": [session],
        "checkins": [],
    }
    document.update(changes)
    return document


def _problems(tmp: Path, content: bytes | dict[str, Any]) -> list[str]:
    path = tmp / "h.json"
    raw = content if isinstance(content, bytes) else json.dumps(content).encode()
    path.write_bytes(raw)
    data = tmp / "data"
    staged = stage_restore(path, data, clock)
    staged.discard()
    assert not data.exists()
    assert sorted(p.name for p in tmp.iterdir()) == ["h.json"]
    return staged.problems


def test_a_good_hand_written_export_restores(tmp_path: Path) -> None:
    assert _problems(tmp_path, _document()) == []


def test_bad_exports_say_why_and_change_nothing(tmp_path: Path) -> None:
    assert _problems(tmp_path, b'{"format": "rehab-app-history", "sessions": [') == [
        "h.json: cannot be restored: it is not valid JSON (Input data was truncated)"
    ]
    assert _problems(tmp_path, b'{"format": ' + b"[" * 100_000) == [
        "h.json: cannot be restored: it is not valid JSON"
        " (maximum recursion depth exceeded while deserializing an object)"
    ]
    assert _problems(tmp_path, _document(format="something-else")) == [
        "h.json: cannot be restored: it is not a Back on Track history export"
    ]
    assert _problems(tmp_path, _document(version=JSON_VERSION + 1)) == [
        "h.json: cannot be restored: it was made by a newer version of Back on Track"
        f" (history export version {JSON_VERSION + 1}; this version reads up to {JSON_VERSION})"
    ]
    assert _problems(tmp_path, _document(version="1")) == [
        "h.json: version: expected `int`, got `str`"
    ]
    assert _problems(tmp_path, _document(sessions={"a": 1})) == [
        "h.json: sessions: expected `array`, got `object`"
    ]


def test_every_bad_session_and_check_in_is_listed(tmp_path: Path) -> None:
    good = _document()["sessions"][0]
    sessions = [
        {**good, "session_id": 1, "pain_before": "high"},
        {**good, "session_id": 2, "local_date": "yesterday", "effort": 11},
        {**good, "session_id": 2, "items": [good["items"][0], good["items"][0]]},
        {**good, "session_id": 4, "outcome": "abandoned"},
        {**good, "session_id": 5, "pauses": [{"at_s": -1.0, "duration_s": 3.0}]},
    ]
    checkins = [
        {"day": "2026-05-05", "session_day": "2026-05-04", "pain": 12, "compared_to": None},
        {"day": "2026-05-05", "session_day": "2026-05-04", "pain": 1, "compared_to": None},
        {"day": "not a day", "session_day": "2026-05-04", "pain": 1, "compared_to": None},
    ]
    problems = _problems(tmp_path, _document(sessions=sessions, checkins=checkins))
    assert problems == [
        "h.json: sessions[1].pain_before: expected `int | null`, got `str`",
        "h.json: sessions[2]: local_date: expected a date such as 2026-05-19",
        "h.json: sessions[2]: effort: expected a number from 0 to 10, got 11",
        "h.json: sessions[3]: items[2].item_index: 0 appears twice",
        "h.json: sessions[3]: session_id: 2 appears twice",
        "h.json: sessions[4].outcome: invalid enum value 'abandoned'",
        "h.json: sessions[5]: pauses[1].at_s: expected a number of at least 0, got -1.0",
        "h.json: checkins[3].day: invalid RFC3339 encoded date",
        "h.json: checkins[1]: pain: expected a number from 0 to 10, got 12",
        "h.json: checkins[2]: day: 2026-05-05 appears twice",
    ]
