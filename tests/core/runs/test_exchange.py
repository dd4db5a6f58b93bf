"""The runs log travels with the history: JSON export, restoring it, backups and their checks."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from rehab_app.commands.backup import describe
from rehab_app.core.backup.create import create_backup
from rehab_app.core.backup.format import HISTORY, Contents, contents_of
from rehab_app.core.backup.restore import Restored, restore, stage_restore
from rehab_app.core.history.export import JSON_VERSION, export_json
from rehab_app.core.history.store import HistoryStore
from rehab_app.core.runs.model import Activity, Kind, LegSymptom, PainArea, RunAnswers, Source
from rehab_app.core.runs.store import NewActivity
from tests.helpers.backupfiles import clock, history_json, make_data_dir


def _add_runs(db: Path) -> None:
    store = HistoryStore.open(db, clock).store
    try:
        run = store.add_run(date(2026, 5, 10), 5000, 1800, "easy", time(7)).run
        store.set_run_answers(run.run_id, RunAnswers(2, (PainArea.LOWER_BACK,), ()))
        start = datetime(2026, 5, 12, 6, tzinfo=UTC)
        ride = Activity("cycling", start, 20_000, 3600, 3700, heart_rate_bpm=130.5)
        store.add_activities(
            [NewActivity(ride, Kind.CROSS_TRAINING, Source.FIT, start.date(), "r.fit", "a" * 64)]
        )
        leg = store.add_run(date(2026, 5, 14), 6000, 2200).run
        store.set_run_answers(leg.run_id, RunAnswers(4, (), (LegSymptom.NUMBNESS,)))
    finally:
        store.close()


def test_the_json_export_holds_every_run_and_file(tmp_path: Path) -> None:
    db = tmp_path / HISTORY
    _add_runs(db)
    document = history_json(db)
    assert document["version"] == JSON_VERSION == 2
    runs = document["runs"]
    assert [r["kind"] for r in runs] == ["run", "cross_training", "run"]
    assert runs[0]["pain_where"] == ["lower_back"]
    assert runs[0]["notes"] == "easy"
    assert runs[1]["heart_rate_bpm"] == 130.5
    assert runs[1]["source"] == "fit"
    assert runs[2]["leg_symptoms"] == ["numbness"]
    assert document["run_files"] == [{"sha256": "a" * 64, "run_id": 2, "name": "r.fit"}]


def test_an_export_with_runs_restores_them_exactly(tmp_path: Path) -> None:
    db = tmp_path / "old" / HISTORY
    _add_runs(db)
    store = HistoryStore.open(db, clock).store
    export = export_json(store, tmp_path / "h.json", clock)
    store.close()
    done = restore(export, tmp_path / "new", clock)
    assert isinstance(done, Restored), done
    assert done.staged.contents.runs == 3
    assert history_json(tmp_path / "new" / HISTORY) == history_json(db)


def test_an_export_from_before_the_runs_log_still_restores(tmp_path: Path) -> None:
    db = tmp_path / "old" / HISTORY
    make_data_dir(tmp_path / "old")
    document = history_json(db)
    del document["runs"], document["run_files"]
    document.update(version=1, exported_utc="2026-05-19T07:30:00+00:00")
    path = tmp_path / "v1.json"
    path.write_text(json.dumps(document))
    done = restore(path, tmp_path / "new", clock)
    assert isinstance(done, Restored), done
    assert history_json(tmp_path / "new" / HISTORY)["runs"] == []


def _export_with(tmp_path: Path, **changes: Any) -> list[str]:
    db = tmp_path / "old" / HISTORY
    _add_runs(db)
    document = history_json(db)
    document["exported_utc"] = "2026-05-19T07:30:00+00:00"
    for key, value in changes.items():
        if key.startswith("run0_"):
            document["runs"][0][key.removeprefix("run0_")] = value
        else:
            document[key] = value
    path = tmp_path / "h.json"
    path.write_text(json.dumps(document))
    staged = stage_restore(path, tmp_path / "new", clock)
    staged.discard()
    return staged.problems


def test_bad_runs_in_an_export_are_named_and_nothing_is_restored(tmp_path: Path) -> None:
    assert _export_with(tmp_path, run0_pain_during=12) == [
        "h.json: runs[1]: pain_during: expected a number from 0 to 10, got 12"
    ]
    assert _export_with(tmp_path, run0_kind="swim") == [
        "h.json: runs[1].kind: invalid enum value 'swim'"
    ]
    assert _export_with(tmp_path, run0_distance_m=-5) == [
        "h.json: runs[1]: distance_m: expected a number of at least 0, got -5.0"
    ]
    assert _export_with(tmp_path, run_files=[{"sha256": "b" * 64, "run_id": 99, "name": "x"}]) == [
        "h.json: run_files[1]: run_id 99 is not one of the runs"
    ]


def test_a_history_holding_only_runs_is_not_overwritten_by_an_export(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _add_runs(data / HISTORY)
    assert contents_of(data).has_history
    other = tmp_path / "other"
    make_data_dir(other)
    store = HistoryStore.open(other / HISTORY, clock).store
    export = export_json(store, tmp_path / "h.json", clock)
    store.close()
    problems = restore(export, data, clock)
    assert isinstance(problems, list)
    assert "already holds a history" in problems[0]


def test_backup_and_restore_carry_the_runs(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path / "data")
    _add_runs(data / HISTORY)
    result = create_backup(data, tmp_path / "b", clock)
    assert result.contents == Contents(2, 1, 1, 1, 1, True, 3)
    assert "3 activities in the runs log" in describe(result.contents)
    done = restore(result.path, tmp_path / "new", clock)
    assert isinstance(done, Restored), done
    assert history_json(tmp_path / "new" / HISTORY) == history_json(data / HISTORY)


def test_a_backup_whose_runs_cannot_be_right_is_refused(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path / "data")
    _add_runs(data / HISTORY)
    con = sqlite3.connect(data / HISTORY)
    con.execute("UPDATE runs SET distance_m = 9e999 WHERE id = 1")  # infinity passes the CHECK
    con.commit()
    con.close()
    result = create_backup(data, tmp_path / "b", clock)
    problems = restore(result.path, tmp_path / "new", clock)
    assert problems == [
        "history.sqlite3: runs[1]: distance_m: expected a number of at least 0, got inf"
    ]


def test_a_backup_from_before_the_runs_log_is_brought_up_to_date(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path / "data")
    con = sqlite3.connect(data / HISTORY)
    con.execute("DROP TABLE run_files")
    con.execute("DROP TABLE runs")
    version = con.execute("PRAGMA user_version").fetchone()[0]
    con.execute(f"PRAGMA user_version = {version - 1}")
    con.commit()
    con.close()
    result = create_backup(data, tmp_path / "b", clock)
    done = restore(result.path, tmp_path / "new", clock)
    assert isinstance(done, Restored), done
    store = HistoryStore.open(tmp_path / "new" / HISTORY, clock).store
    assert store.runs(kind=None) == []
    store.add_run(date(2026, 5, 20), 3000, 1200)
    store.close()


def test_later_runs_after_restore_keep_counting(tmp_path: Path) -> None:
    db = tmp_path / "old" / HISTORY
    _add_runs(db)
    store = HistoryStore.open(db, clock).store
    export = export_json(store, tmp_path / "h.json", clock)
    store.close()
    restore(export, tmp_path / "new", clock)
    store = HistoryStore.open(tmp_path / "new" / HISTORY, clock).store
    added = store.add_run(date(2026, 5, 20) + timedelta(days=1), 3000, 1200).run
    assert added.run_id == 4
    store.close()
