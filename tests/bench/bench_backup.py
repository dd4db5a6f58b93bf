"""Backup and restore of a large data folder: 10,000 sessions and 60 half-megabyte pictures.

Run: make bench (or .venv/bin/python -m pytest tests/bench/bench_backup.py -s -o python_files='bench_*.py')
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path

from rehab_app.core.backup.create import create_backup
from rehab_app.core.backup.restore import Restored, restore, stage_restore
from rehab_app.core.history.store import HistoryStore
from tests.bench.bench_history import _record

SESSIONS, PICTURES = 10_000, 60
PNG = b"\x89PNG\r\n\x1a\n"


def _now() -> datetime:
    return datetime(2026, 5, 20, 7, tzinfo=UTC)


def _data(folder: Path) -> Path:
    store = HistoryStore.open(folder / "history.sqlite3", _now).store
    store.add_records(_record(n, SESSIONS) for n in range(SESSIONS))
    store.close()
    pictures = folder / "assets" / "exercises"
    pictures.mkdir(parents=True)
    for n in range(PICTURES):
        (pictures / f"mine-{n}.png").write_bytes(PNG + os.urandom(512 * 1024))
    return folder


def test_backup_and_restore_a_large_data_folder(tmp_path: Path) -> None:
    data = _data(tmp_path / "data")
    history_mb = (data / "history.sqlite3").stat().st_size / 1024**2
    start = time.perf_counter()
    result = create_backup(data, tmp_path / "big", _now)
    backup_s = time.perf_counter() - start
    start = time.perf_counter()
    staged = stage_restore(result.path, tmp_path / "other", _now)
    check_s = time.perf_counter() - start
    assert staged.problems == []
    staged.discard()
    start = time.perf_counter()
    done = restore(result.path, data, _now)
    restore_s = time.perf_counter() - start
    assert isinstance(done, Restored)
    print(
        f"\n{SESSIONS} sessions ({history_mb:.1f} MB history), {PICTURES} pictures:"
        f" backup {backup_s:.2f} s ({result.size / 1024**2:.1f} MB file),"
        f" check and stage {check_s:.2f} s, restore (check, stage, swap) {restore_s:.2f} s"
    )
