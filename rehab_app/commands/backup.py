"""`rehab-app backup FILE` and `rehab-app restore FILE`: exit code 0, 1 (it failed) or 2 (usage)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import TextIO

from rehab_app.core.backup.create import BackupError, create_backup
from rehab_app.core.backup.format import Contents
from rehab_app.core.backup.restore import RestoreError, finish_interrupted_restore, stage_restore

Clock = Callable[[], datetime]


def _line(stream: TextIO, text: str) -> None:
    stream.write(text + "\n")


def _count(n: int | None, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def describe(contents: Contents) -> str:
    """`3 sessions, 1 check-in, 2 programs, 0 exercises, 4 pictures and the settings`."""
    parts = [
        _count(contents.sessions, "session", "sessions"),
        _count(contents.checkins, "check-in", "check-ins"),
        *(
            [_count(contents.runs, "activity in the runs log", "activities in the runs log")]
            if contents.runs
            else []
        ),
        _count(contents.programs, "program", "programs"),
        _count(contents.exercises, "exercise", "exercises"),
        _count(contents.pictures, "picture", "pictures"),
    ]
    if contents.settings:
        return ", ".join(parts) + " and the settings"
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def cmd_backup(data_dir: Path, target: Path, out: TextIO, err: TextIO, now_utc: Clock) -> int:
    """Write the backup; say what it holds and what was left out."""
    try:
        result = create_backup(data_dir, target, now_utc)
    except BackupError as exc:
        _line(err, str(exc))
        return 1
    for why in result.skipped:
        _line(err, f"Left out {why}")
    size = result.size / 1024 / 1024
    _line(out, f"Backed up {describe(result.contents)} to {result.path} ({size:.1f} MB).")
    return 0


@contextlib.contextmanager
def app_closed(data_dir: Path) -> Iterator[bool]:
    """Hold the app's lock on `data_dir` for the block; False if the app has it open."""
    if not data_dir.is_dir():
        yield True
        return
    # The app's own lock file (Qt's format), so the app and this command exclude each other.
    from PySide6.QtCore import QLockFile

    from rehab_app.ui.shell.single_instance import LOCK_NAME

    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        yield False
        return
    try:
        yield True
    finally:
        lock.unlock()


def cmd_restore(
    data_dir: Path,
    source: Path,
    out: TextIO,
    err: TextIO,
    now_utc: Clock,
    lock: Callable[[Path], AbstractContextManager[bool]] = app_closed,
) -> int:
    """Check `source`, list every problem (exit 1), or swap it in and say where the old data is."""
    if not source.is_file():
        _line(err, f"No such file: {source}")
        return 2
    finish_interrupted_restore(data_dir)
    with lock(data_dir) as closed:
        if not closed:
            _line(err, f"Back on Track is open with {data_dir}: close it, then restore again.")
            return 1
        staged = stage_restore(source, data_dir, now_utc)
    for problem in staged.problems:
        _line(err, problem)
    if staged.problems:
        n = len(staged.problems)
        _line(err, f"{_count(n, 'problem', 'problems')} found; nothing was changed.")
        return 1
    try:
        before = staged.apply(now_utc)
    except RestoreError as exc:
        staged.discard()
        _line(err, str(exc))
        return 1
    _line(out, f"Restored {describe(staged.contents)} from {source.name} into {data_dir}.")
    if before is not None:
        _line(out, f"The data it replaced is kept in {before}.")
    return 0
