"""PSFS, change ratings and the reminder log survive a JSON export, its restore, and a backup."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rehab_app.core.backup.create import create_backup
from rehab_app.core.backup.format import HISTORY
from rehab_app.core.backup.restore import Restored, restore, stage_restore
from rehab_app.core.history.export import export_json
from rehab_app.core.history.store import HistoryStore
from rehab_app.core.outcomes.change import ChangeRating
from rehab_app.core.outcomes.psfs import PsfsEntry, PsfsRating
from rehab_app.core.reminders.log import Response
from rehab_app.core.reminders.schedule import Kind, Occurrence
from tests.helpers.backupfiles import NOW, clock, history_json, make_data_dir

MON = date(2026, 5, 4)
SESSION = Occurrence(Kind.SESSION, "mine", MON, datetime(2026, 5, 4, 18, 0))


def add_between_sessions(db: Path) -> None:
    store = HistoryStore.open(db, clock).store
    store.add_psfs(PsfsEntry(MON, (PsfsRating("Run 5 km", 3), PsfsRating("Sit an hour", 6))))
    store.add_psfs(PsfsEntry(date(2026, 5, 18), (PsfsRating("Run 5 km", 5),)))
    store.add_change_rating(ChangeRating(4, date(2026, 6, 1), 3))
    store.record_sent([SESSION], NOW)
    store.record_response([SESSION], Response.SNOOZED, NOW, NOW)
    store.close()


def export(db: Path, target: Path) -> dict[str, Any]:
    store = HistoryStore.open(db, clock).store
    try:
        export_json(store, target, clock)
    finally:
        store.close()
    return dict(json.loads(target.read_text(encoding="utf-8")))


def test_the_json_export_holds_them(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path / "data")
    add_between_sessions(data / HISTORY)
    document = export(data / HISTORY, tmp_path / "h.json")
    assert document["psfs"][0] == {
        "day": "2026-05-04",
        "ratings": [{"activity": "Run 5 km", "score": 3}, {"activity": "Sit an hour", "score": 6}],
    }
    assert document["change_ratings"] == [{"week": 4, "day": "2026-06-01", "rating": 3}]
    [reminder] = document["reminders"]
    assert (reminder["kind"], reminder["subject"], reminder["day"]) == (
        "session",
        "mine",
        "2026-05-04",
    )
    assert (reminder["sends"], reminder["snoozes"], reminder["response"]) == (1, 1, "snoozed")
    assert reminder["planned"] == "2026-05-04T18:00:00"


def test_restoring_an_export_brings_them_back(tmp_path: Path) -> None:
    old = make_data_dir(tmp_path / "old")
    add_between_sessions(old / HISTORY)
    export(old / HISTORY, tmp_path / "h.json")
    done = restore(tmp_path / "h.json", tmp_path / "new", clock)
    assert isinstance(done, Restored), done
    restored = history_json(tmp_path / "new" / HISTORY)
    assert restored == history_json(old / HISTORY)
    assert len(restored["psfs"]) == 2
    assert len(restored["reminders"]) == 1


def test_a_backup_brings_them_back(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path / "data")
    add_between_sessions(data / HISTORY)
    backup = create_backup(data, tmp_path / "b", clock).path
    done = restore(backup, tmp_path / "elsewhere", clock)
    assert isinstance(done, Restored), done
    assert history_json(tmp_path / "elsewhere" / HISTORY) == history_json(data / HISTORY)


def test_an_export_from_before_them_still_restores(tmp_path: Path) -> None:
    old = make_data_dir(tmp_path / "old")
    document = export(old / HISTORY, tmp_path / "h.json")
    for key in ("psfs", "change_ratings", "reminders"):
        del document[key]
    (tmp_path / "h.json").write_text(json.dumps(document))
    assert isinstance(restore(tmp_path / "h.json", tmp_path / "new", clock), Restored)


def test_bad_entries_are_listed_and_nothing_is_restored(tmp_path: Path) -> None:
    old = make_data_dir(tmp_path / "old")
    document = export(old / HISTORY, tmp_path / "h.json")
    good_rating = {"activity": "Run", "score": 4}
    reminder = {
        "kind": "session",
        "subject": "x",
        "day": "2026-05-04",
        "planned": "2026-05-04T18:00:00",
    }
    document["psfs"] = [
        {"day": "2026-05-04", "ratings": [good_rating, {"activity": "Sit", "score": 11}]},
        {"day": "2026-05-04", "ratings": [good_rating]},
        {"day": "2026-05-05", "ratings": []},
        {"day": "2026-05-06", "ratings": [{"activity": "Run", "score": "four"}]},
    ]
    document["change_ratings"] = [{"week": 5, "day": "2026-06-01", "rating": 3}]
    document["reminders"] = [{**reminder, "sends": -1}, {**reminder, "kind": "nap"}]
    (tmp_path / "h.json").write_text(json.dumps(document))
    staged = stage_restore(tmp_path / "h.json", tmp_path / "new", clock)
    staged.discard()
    assert staged.problems == [
        "h.json: psfs[4].ratings[1].score: expected `int`, got `str`",
        "h.json: reminders[2].kind: invalid enum value 'nap'",
        "h.json: psfs[1].ratings[2]: score: expected a whole number from 0 to 10",
        "h.json: psfs[2]: day: 2026-05-04 appears twice",
        "h.json: psfs[3]: ratings: expected at least one activity",
        "h.json: change_ratings[1]: week: expected one of 4, 8, got 5",
        "h.json: reminders[1]: sends: expected a number of at least 0",
    ]
    assert not (tmp_path / "new").exists()
