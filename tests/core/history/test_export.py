"""CSV and JSON export: parsed back, BOM for spreadsheets, atomic writes, the CLI entry point."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from rehab_app.core.history.export import (
    EXERCISE_COLUMNS,
    JSON_VERSION,
    SESSION_COLUMNS,
    exercises_path_for,
    export_csv,
    export_json,
    run_export,
)
from rehab_app.core.history.schema import SCHEMA_VERSION
from rehab_app.core.history.store import HistoryStore
from rehab_app.core.session.record import PainReport
from tests.core.history.test_store import clock, make_record

BOM = b"\xef\xbb\xbf"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = HistoryStore.open(tmp_path / "history.sqlite3", clock)
    first = make_record(day=date(2026, 5, 4), done_sets=3, pain=(2, 3))
    first.program_name = "Kern & Rücken, Stufe 1"
    first.notes = '=HYPERLINK("http://x") sore, "tight"\nsecond line'
    first.pain_worst = 5
    first.items[1].skipped = True
    first.items[1].variant_of = "plank"
    first.items[0].pain_reports.append(PainReport(65.0, 4, sharp=True, action="easier_variant"))
    first.items[0].pain_reports.append(PainReport(130.0, 6, spreading=True))
    opened.store.begin(first)
    opened.store.finish(first)
    second = make_record(day=date(2026, 5, 6), program="mobility", done_sets=1, pain=(None, 1))
    opened.store.begin(second)
    opened.store.finish(second)
    opened.store.begin(make_record(day=date(2026, 5, 7)))  # in progress: exported too
    opened.store.add_checkin(date(2026, 5, 7), 2, 1, session_day=date(2026, 5, 6))
    yield opened.store
    opened.store.close()


def _read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(BOM)
    assert raw.count(BOM) == 1
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_exercises_file_goes_beside_the_sessions_file(tmp_path: Path) -> None:
    assert exercises_path_for(tmp_path / "h.csv") == tmp_path / "h-exercises.csv"
    assert exercises_path_for(tmp_path / "export") == tmp_path / "export-exercises"


def test_sessions_csv_parses_back(store: HistoryStore, tmp_path: Path) -> None:
    sessions_path, exercises_path = export_csv(store, tmp_path / "out" / "history.csv")
    assert exercises_path == tmp_path / "out" / "history-exercises.csv"
    rows = _read_csv(sessions_path)
    assert list(rows[0]) == list(SESSION_COLUMNS)
    assert [r["outcome"] for r in rows] == ["completed", "ended_early", "in_progress"]
    first = rows[0]
    assert date.fromisoformat(first["local_date"]) == date(2026, 5, 4)
    started = datetime.fromisoformat(first["started_utc"]).replace(tzinfo=UTC)
    assert started == datetime(2026, 5, 4, 7, tzinfo=UTC)
    assert first["program_name"] == "Kern & Rücken, Stufe 1"
    # A leading "=" would run as a formula in a spreadsheet: it is kept as text.
    assert first["notes"] == "'" + '=HYPERLINK("http://x") sore, "tight"\nsecond line'
    assert (first["pain_before"], first["pain_after"], first["completed_pct"]) == ("2", "3", "100")
    assert (first["pain_worst"], rows[1]["pain_worst"]) == ("5", "")
    assert (first["planned_min"], first["active_min"]) == ("15.0", "10.0")
    assert rows[1]["pain_before"] == ""
    assert rows[1]["completed_pct"] == "40"  # 2 of 5 planned sets
    assert rows[2]["ended_utc"] == ""


def test_exercise_rows_csv_parses_back(store: HistoryStore, tmp_path: Path) -> None:
    _, exercises_path = export_csv(store, tmp_path / "s.csv", tmp_path / "elsewhere.csv")
    assert exercises_path == tmp_path / "elsewhere.csv"
    rows = _read_csv(exercises_path)
    assert list(rows[0]) == list(EXERCISE_COLUMNS)
    assert len(rows) == 6  # three sessions, two exercises each
    bird, plank = rows[0], rows[1]
    assert (bird["item"], bird["exercise_id"], bird["planned_sets"], bird["done_sets"]) == (
        "1",
        "bird-dog",
        "3",
        "3",
    )
    assert (bird["pain_reports"], bird["max_pain"]) == ("2", "6")
    assert bird["pain_detail"] == "4 at 65 s, sharp (easier variant); 6 at 130 s, spreading"
    assert (plank["skipped"], plank["variant_of"], plank["pain_reports"]) == ("yes", "plank", "0")
    assert {r["session_id"] for r in rows} == {"1", "2", "3"}


def test_csv_uses_crlf_rows_and_leaves_no_temp_files(store: HistoryStore, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    export_csv(store, folder / "h.csv")
    raw = (folder / "h.csv").read_bytes()
    assert raw.count(b"\r\n") >= 4
    assert sorted(p.name for p in folder.iterdir()) == ["h-exercises.csv", "h.csv"]


def test_json_export_holds_everything(store: HistoryStore, tmp_path: Path) -> None:
    path = export_json(store, tmp_path / "h.json", lambda: datetime(2026, 5, 8, tzinfo=UTC))
    document = json.loads(path.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == ("rehab-app-history", JSON_VERSION)
    assert document["exported_utc"] == "2026-05-08T00:00:00+00:00"
    sessions = document["sessions"]
    assert [s["outcome"] for s in sessions] == ["completed", "ended_early", "in_progress"]
    first = sessions[0]
    assert first["program_name"] == "Kern & Rücken, Stufe 1"
    assert (first["pain_worst"], sessions[1]["pain_worst"]) == (5, None)
    assert first["items"][0]["pain_reports"][1] == {
        "at_s": 130.0,
        "pain": 6,
        "exercise_id": None,
        "spreading": True,
        "nerve_symptoms": False,
        "sharp": False,
        "red_flag_symptom": False,
        "general_warning": False,
        "action": "",
        "rule_id": "",
        "leg_weakness": False,
        "both_legs": False,
    }
    assert datetime.fromisoformat(first["started_utc"]) == datetime(2026, 5, 4, 7, tzinfo=UTC)
    assert document["checkins"] == [
        {"day": "2026-05-07", "session_day": "2026-05-06", "pain": 2, "compared_to": 1}
    ]


def test_run_export_writes_both_formats(store: HistoryStore, tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = run_export(store.path, tmp_path / "x.csv", tmp_path / "x.json", out, err, clock)
    assert code == 0, err.getvalue()
    assert out.getvalue().splitlines() == [
        f"Wrote {tmp_path / 'x.csv'}",
        f"Wrote {tmp_path / 'x-exercises.csv'}",
        f"Wrote {tmp_path / 'x.json'}",
    ]
    assert len(_read_csv(tmp_path / "x.csv")) == 3


def test_run_export_refuses_what_it_cannot_do(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run_export(tmp_path / "h.sqlite3", None, None, out, err) == 2
    assert run_export(tmp_path / "missing.sqlite3", tmp_path / "a.csv", None, out, err) == 1
    assert not (tmp_path / "missing.sqlite3").exists()
    newer = tmp_path / "newer.sqlite3"
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    assert run_export(newer, tmp_path / "a.csv", None, out, err) == 1
    assert "newer version" in err.getvalue()
    assert not (tmp_path / "a.csv").exists()
