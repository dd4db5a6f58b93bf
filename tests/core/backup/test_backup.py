"""Backup and restore: one file with everything, consistent while the app writes; restore swaps it in."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import zipfile
from datetime import date
from pathlib import Path

import pytest

from rehab_app import __version__
from rehab_app.core.backup import restore as restore_module
from rehab_app.core.backup.create import BackupError, backup_target, create_backup
from rehab_app.core.backup.format import HISTORY, SETTINGS, SUFFIX, Contents, default_name
from rehab_app.core.backup.restore import (
    READY,
    Kind,
    Restored,
    RestoreError,
    finish_interrupted_restore,
    restore,
    stage_restore,
)
from rehab_app.core.history.records import write_record
from rehab_app.core.history.schema import SCHEMA_VERSION, migrate
from rehab_app.core.history.store import HistoryStore
from rehab_app.core.paths import AppPaths
from tests.core.history.test_store import make_record
from tests.helpers.backupfiles import (
    NOW,
    clock,
    hand_made,
    history_json,
    make_data_dir,
    manifest_for,
    snapshot,
)

USER_FILES = {
    "settings.json",
    "programs/mine.yaml",
    "exercises/my_move.yaml",
    "assets/exercises/my_move-1.png",
}


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return make_data_dir(tmp_path / "data")


def test_names_match_the_app_paths(tmp_path: Path) -> None:
    paths = AppPaths.create(tmp_path)
    assert paths.history_db == tmp_path / HISTORY
    assert paths.settings_file == tmp_path / SETTINGS
    assert default_name(NOW) == "back-on-track-2026-05-19.rehab-backup"


def test_backup_holds_history_settings_and_own_files_with_a_manifest(
    data: Path, tmp_path: Path
) -> None:
    result = create_backup(data, tmp_path / "out" / "mine", clock)
    assert result.path == tmp_path / "out" / f"mine{SUFFIX}"
    assert result.contents == Contents(2, 1, 1, 1, 1, True)
    assert result.skipped == []
    with zipfile.ZipFile(result.path) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        contents = {n: archive.read(n) for n in names}
    # The clutter (cache, lock file, .bak copies) stays out.
    assert names == {"manifest.json", HISTORY, *USER_FILES}
    assert manifest["format"] == "rehab-app-backup"
    assert manifest["format_version"] == 1
    assert manifest["app_version"] == __version__
    assert manifest["history_schema"] == SCHEMA_VERSION
    assert manifest["created_utc"] == "2026-05-19T07:30:00+00:00"
    listed = {f["name"]: f for f in manifest["files"]}
    assert set(listed) == names - {"manifest.json"}
    for name, entry in listed.items():
        assert entry["size"] == len(contents[name])
        assert entry["sha256"] == hashlib.sha256(contents[name]).hexdigest()
    for name in USER_FILES:
        assert contents[name] == (data / name).read_bytes()
    # The history copy is one self-contained file (no WAL) that opens as the same history.
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(contents[HISTORY])
    assert history_json(copy) == history_json(data / HISTORY)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [f"mine{SUFFIX}"]
    assert result.size == result.path.stat().st_size


def test_backup_target_names(tmp_path: Path) -> None:
    assert backup_target(tmp_path, NOW) == tmp_path / "back-on-track-2026-05-19.rehab-backup"
    assert backup_target(tmp_path / "b", NOW) == tmp_path / "b.rehab-backup"
    assert backup_target(tmp_path / "b.zip", NOW) == tmp_path / "b.zip"


def test_backup_leaves_out_links_and_fake_pictures_and_says_so(data: Path, tmp_path: Path) -> None:
    (data / "assets" / "exercises" / "fake.png").write_bytes(b"MZ not a picture")
    outside = tmp_path / "secret.yaml"
    outside.write_text("x: 1\n")
    (data / "programs" / "linked.yaml").symlink_to(outside)
    (data / SETTINGS).write_text("{ not json")
    result = create_backup(data, tmp_path / "b", clock)
    with zipfile.ZipFile(result.path) as archive:
        names = set(archive.namelist())
    assert "assets/exercises/fake.png" not in names
    assert "programs/linked.yaml" not in names
    assert SETTINGS not in names
    assert sorted(result.skipped) == [
        "assets/exercises/fake.png: it is not a PNG picture inside",
        "programs/linked.yaml: a link; back up the file it points to instead",
        "settings.json: unreadable, so the app uses its default settings",
    ]
    # What a backup writes, a restore accepts.
    assert isinstance(restore(result.path, tmp_path / "new", clock), Restored)


def test_backup_refuses_a_missing_data_dir_or_a_damaged_history(tmp_path: Path, data: Path) -> None:
    with pytest.raises(BackupError, match="nothing to back up"):
        create_backup(tmp_path / "nowhere", tmp_path / "b", clock)
    (data / HISTORY).write_bytes(b"not a database at all" * 100)
    with pytest.raises(BackupError, match="history could not be copied.*no backup was written"):
        create_backup(data, tmp_path / "b", clock)
    assert not (tmp_path / f"b{SUFFIX}").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_failed_write_keeps_the_old_backup(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / f"b{SUFFIX}"
    target.write_bytes(b"yesterday's backup")

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", full_disk)
    with pytest.raises(BackupError, match="was not written: No space left on device"):
        create_backup(data, target, clock)
    assert target.read_bytes() == b"yesterday's backup"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.rehab-backup", "data"]


def test_backup_holds_only_committed_sessions(data: Path, tmp_path: Path) -> None:
    """The app's writer has a session half-written: the backup has the history before it."""
    store = HistoryStore.open(data / HISTORY, clock).store
    con = store._con
    con.execute("BEGIN IMMEDIATE")
    write_record(con, make_record(day=date(2026, 5, 10)), NOW)
    result = create_backup(data, tmp_path / "during", clock)
    con.execute("COMMIT")
    store.close()
    assert result.contents.sessions == 2
    after = create_backup(data, tmp_path / "after", clock)
    assert after.contents.sessions == 3


def test_backups_taken_while_sessions_are_written_are_whole(data: Path, tmp_path: Path) -> None:
    """Every backup made during a stream of writes restores, and no session is half there."""
    stop, writing = threading.Event(), threading.Event()
    written: list[int] = []

    def write() -> None:
        store = HistoryStore.open(data / HISTORY, clock).store
        try:
            day = 0
            while not stop.is_set() and day < 2000:
                day += 1
                record = make_record(day=date.fromordinal(738000 + day))
                store.begin(record)
                store.finish(record)
                written.append(day)
                writing.set()
        finally:
            store.close()

    writer = threading.Thread(target=write)
    writer.start()
    assert writing.wait(10), "the writer must be writing while the backups are taken"
    try:
        results = [create_backup(data, tmp_path / f"b{n}", clock) for n in range(5)]
    finally:
        stop.set()
        writer.join()
    assert len(written) > 1
    for n, result in enumerate(results):
        restored = restore(result.path, tmp_path / f"r{n}", clock)
        assert isinstance(restored, Restored), restored
        con = sqlite3.connect(tmp_path / f"r{n}" / HISTORY)
        counts = con.execute("SELECT COUNT(*) FROM session_items GROUP BY session_id").fetchall()
        con.close()
        assert {c for (c,) in counts} == {2}  # every session with both its exercise rows


def test_round_trip_into_a_new_data_dir(data: Path, tmp_path: Path) -> None:
    result = create_backup(data, tmp_path / "b", clock)
    target = tmp_path / "new computer" / "rehab-app"
    done = restore(result.path, target, clock)
    assert isinstance(done, Restored)
    assert done.before is None
    assert done.staged.kind is Kind.BACKUP
    assert done.staged.contents == Contents(2, 1, 1, 1, 1, True)
    assert done.staged.made_utc == NOW
    assert done.staged.app_version == __version__
    restored = snapshot(target)
    for name in USER_FILES:
        assert restored[name] == (data / name).read_bytes()
    assert set(restored) == {HISTORY, *USER_FILES}
    assert history_json(target / HISTORY) == history_json(data / HISTORY)
    # Nothing is left beside it: no staging folder.
    assert sorted(p.name for p in (tmp_path / "new computer").iterdir()) == ["rehab-app"]


def test_restore_keeps_the_replaced_data_beside_it(data: Path, tmp_path: Path) -> None:
    backup = create_backup(data, tmp_path / "b", clock).path
    (data / "programs" / "newer.yaml").write_text("made after the backup\n")
    store = HistoryStore.open(data / HISTORY, clock).store
    record = make_record(day=date(2026, 5, 12))
    store.begin(record)
    store.close()
    before = snapshot(data)
    done = restore(backup, data, clock)
    assert isinstance(done, Restored)
    assert done.staged.current.sessions == 3
    assert done.before == tmp_path / "data.before-restore-20260519-073000"
    assert {k: v for k, v in snapshot(done.before).items() if k != HISTORY} == {
        k: v for k, v in before.items() if k != HISTORY
    }
    assert len(history_json(done.before / HISTORY)["sessions"]) == 3
    assert not (data / "programs" / "newer.yaml").exists()
    assert len(history_json(data / HISTORY)["sessions"]) == 2
    # A second restore the same second gets its own folder.
    again = restore(backup, data, clock)
    assert isinstance(again, Restored)
    assert again.before == tmp_path / "data.before-restore-20260519-073000-2"


def test_a_cancelled_restore_leaves_nothing(data: Path, tmp_path: Path) -> None:
    backup = create_backup(data, tmp_path / "b", clock).path
    before = snapshot(tmp_path)
    staged = stage_restore(backup, data, clock)
    assert staged.problems == []
    assert staged.staging is not None
    assert (staged.staging / READY).is_file()
    staged.discard()
    assert snapshot(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"b{SUFFIX}", "data"]


def test_a_failed_swap_puts_the_old_data_back(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = create_backup(data, tmp_path / "b", clock).path
    (data / "programs" / "mine.yaml").write_text("changed since\n")
    before = snapshot(data)
    staged = stage_restore(backup, data, clock)
    real_rename, calls = os.rename, []

    def second_fails(src: Path, dst: Path) -> None:
        calls.append(src)
        if len(calls) == 2:
            raise OSError(13, "Permission denied")
        real_rename(src, dst)

    monkeypatch.setattr(restore_module.os, "rename", second_fails)
    with pytest.raises(RestoreError, match="could not be replaced.*nothing was changed"):
        staged.apply(clock)
    monkeypatch.undo()
    staged.discard()
    assert snapshot(data) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"b{SUFFIX}", "data"]


def test_a_restore_cut_short_between_the_renames_is_finished(data: Path, tmp_path: Path) -> None:
    backup = create_backup(data, tmp_path / "b", clock).path
    staged = stage_restore(backup, data, clock)
    assert staged.staging is not None
    os.rename(data, tmp_path / "data.before-restore-x")  # the crash comes right after this
    assert finish_interrupted_restore(data)
    assert snapshot(data)[SETTINGS] == (tmp_path / "data.before-restore-x" / SETTINGS).read_bytes()
    assert not (data / READY).exists()
    assert not finish_interrupted_restore(data)


def test_a_stale_unconfirmed_staging_is_not_swapped_in_but_cleared(
    data: Path, tmp_path: Path
) -> None:
    backup = create_backup(data, tmp_path / "b", clock).path
    first = stage_restore(backup, data, clock)
    assert not finish_interrupted_restore(data)  # the data folder is still there: not confirmed
    second = stage_restore(backup, data, clock)
    assert first.staging is not None
    assert not first.staging.exists()
    second.discard()


def test_a_backup_with_an_older_history_is_brought_up_to_date(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    con = sqlite3.connect(old, isolation_level=None)
    migrate(con, 1)
    con.execute(
        "INSERT INTO sessions (program_id, program_name, started_utc, updated_utc, local_date,"
        " outcome) VALUES ('core', 'Core', '2025-01-02T07:00:00+00:00',"
        " '2025-01-02T07:30:00+00:00', '2025-01-02', 'completed')"
    )
    con.close()
    files = {HISTORY: old.read_bytes()}
    backup = hand_made(tmp_path / "old.rehab-backup", files, manifest_for(files, history_schema=1))
    done = restore(backup, tmp_path / "data", clock)
    assert isinstance(done, Restored), done
    con = sqlite3.connect(tmp_path / "data" / HISTORY)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    con.close()
    assert history_json(tmp_path / "data" / HISTORY)["sessions"][0]["program_id"] == "core"


def test_any_command_finishes_a_cut_short_restore_before_checking_the_folder(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rehab_app.app import main

    backup = create_backup(data, tmp_path / "b", clock).path
    stage_restore(backup, data, clock)
    os.rename(data, tmp_path / "data.before-restore-x")
    # The folder check must not make an empty data folder first and hide the staged one.
    assert main(["list", "--data-dir", str(data)]) == 0
    assert (data / SETTINGS).exists()
    assert not (data / READY).exists()
