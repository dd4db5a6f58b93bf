"""Back up the user's data to one `.rehab-backup` file (a zip), consistent while the app runs."""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from rehab_app.core.atomic import atomic_output
from rehab_app.core.backup.format import (
    HISTORY,
    MANIFEST,
    MAX_ENTRIES,
    MAX_HISTORY_BYTES,
    MAX_TOTAL_BYTES,
    SETTINGS,
    SUFFIX,
    USER_FOLDERS,
    Contents,
    FileEntry,
    default_name,
    entry_limit,
    history_counts,
    manifest_json,
    run_count,
)
from rehab_app.core.content.user_files import picture_problem
from rehab_app.core.content.zipguard import size_text
from rehab_app.core.history.schema import user_version
from rehab_app.core.settings import Settings

Clock = Callable[[], datetime]
_CHUNK = 1024 * 1024
# Already compressed: deflating them again costs time and saves nothing.
_STORED = (".png", ".jpg", ".jpeg", ".webp")


class BackupError(Exception):
    """The backup was not written; the message says why in plain words."""


@dataclass
class BackupResult:
    """The written backup: where, how large, what it holds, and files left out (with why)."""

    path: Path
    size: int
    contents: Contents
    skipped: list[str] = field(default_factory=list)


def backup_target(target: Path, now: datetime) -> Path:
    """Where `rehab-app backup TARGET` writes: into a folder by date, or TARGET with the suffix."""
    if target.is_dir():
        return target / default_name(now)
    return target if target.suffix else target.with_name(target.name + SUFFIX)


def user_files(data_dir: Path) -> tuple[list[tuple[str, Path]], list[str]]:
    """(name in a backup, file) for settings, programs, exercises, pictures; and what was left out."""
    found: list[tuple[str, Path]] = []
    skipped: list[str] = []
    settings = data_dir / SETTINGS
    if settings.is_file() and not settings.is_symlink():
        found.append((SETTINGS, settings))
    for folder in USER_FOLDERS:
        base = data_dir / folder
        if not base.is_dir():
            continue
        pattern = "**/*" if folder == "assets" else "*"
        for path in sorted(base.glob(pattern)):
            name = path.relative_to(data_dir).as_posix()
            if path.is_symlink():
                skipped.append(f"{name}: a link; back up the file it points to instead")
            elif path.is_file() and entry_limit(name) is not None:
                found.append((name, path))
    return found, skipped


def _copy_history(db: Path, folder: Path) -> Path | None:
    """A consistent copy of the history, made with SQLite's online backup API, or None."""
    if not db.is_file():
        return None
    copy = folder / HISTORY
    try:
        source = sqlite3.connect(f"{db.resolve().as_uri()}?mode=rw", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(
            f"Your history could not be read ({exc}); no backup was written."
        ) from exc
    try:
        target = sqlite3.connect(copy)
        try:
            # One step: the whole copy is taken inside one read transaction, so a session being
            # saved at the same moment is either all in the backup or not at all.
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            target.execute("VACUUM")
            problems = [r[0] for r in target.execute("PRAGMA integrity_check")]
        finally:
            target.close()
    except sqlite3.Error as exc:
        raise BackupError(
            f"Your history could not be copied ({exc}); no backup was written."
        ) from exc
    finally:
        source.close()
    if problems != ["ok"]:
        raise BackupError(
            "Your history is damaged (" + "; ".join(problems[:3]) + "), so it cannot be backed"
            " up as it is. Export it with 'rehab-app export --json' to keep what can be read."
        )
    if copy.stat().st_size > MAX_HISTORY_BYTES:
        raise BackupError(
            f"Your history is larger than {size_text(MAX_HISTORY_BYTES)}; no backup was written."
        )
    return copy


def _checked(name: str, path: Path) -> tuple[bytes | None, str | None]:
    """The file's bytes if a restore will accept them, else why it is left out."""
    limit = entry_limit(name)
    assert limit is not None
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        return None, f"{name}: could not be read ({exc.strerror or exc})"
    if len(data) > limit:
        return None, f"{name}: larger than {limit // 1024} KiB, too large to load"
    if name == SETTINGS:
        import msgspec

        try:
            msgspec.json.decode(data, type=Settings)
        except msgspec.DecodeError:
            return None, f"{name}: unreadable, so the app uses its default settings"
    elif name.startswith("assets/") and (why := picture_problem(name, data)) is not None:
        return None, f"{name}: {why}"
    return data, None


def _entry(name: str, stamp: tuple[int, ...]) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, stamp[:6])  # type: ignore[arg-type]
    stored = name.lower().endswith(_STORED)
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def _add_bytes(
    archive: zipfile.ZipFile, name: str, data: bytes, stamp: tuple[int, ...]
) -> FileEntry:
    archive.writestr(_entry(name, stamp), data)
    return FileEntry(name, len(data), hashlib.sha256(data).hexdigest())


def _add_file(archive: zipfile.ZipFile, name: str, path: Path, stamp: tuple[int, ...]) -> FileEntry:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as source, archive.open(_entry(name, stamp), "w", force_zip64=True) as out:
        while chunk := source.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
    return FileEntry(name, size, digest.hexdigest())


def create_backup(data_dir: Path, target: Path, now_utc: Clock) -> BackupResult:
    """Write the history, settings, own programs, exercises and pictures to one backup file."""
    now = now_utc().astimezone(UTC)
    path = backup_target(target, now)
    if not data_dir.is_dir():
        raise BackupError(f"There is nothing to back up: {data_dir} does not exist.")
    files, skipped = user_files(data_dir)
    entries: list[tuple[str, bytes]] = []
    for name, source in files:
        data, why = _checked(name, source)
        if why is not None:
            skipped.append(why)
        elif data is not None:
            entries.append((name, data))
    stamp = now.timetuple()[:6]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".rehab-backup-", dir=path.parent) as folder:
            history = _copy_history(data_dir / HISTORY, Path(folder))
            total = sum(len(d) for _, d in entries) + (history.stat().st_size if history else 0)
            if total > MAX_TOTAL_BYTES or len(entries) + 2 > MAX_ENTRIES:
                raise BackupError(
                    f"Your data is larger than a backup may hold ({size_text(MAX_TOTAL_BYTES)}"
                    f" or {MAX_ENTRIES} files); no backup was written."
                )
            schema = None
            if history is not None:
                with contextlib.closing(sqlite3.connect(history)) as con:
                    schema = user_version(con)
            with atomic_output(path) as handle, zipfile.ZipFile(handle, "w") as archive:
                listed = [_add_file(archive, HISTORY, history, stamp)] if history else []
                listed += [_add_bytes(archive, name, data, stamp) for name, data in entries]
                manifest = manifest_json(listed, schema, now)
                text = json.dumps(manifest, indent=2).encode("utf-8")
                _add_bytes(archive, MANIFEST, text, stamp)
            sessions, checkins = history_counts(history) if history else (0, 0)
            runs = run_count(history) if history else 0
    except OSError as exc:
        raise BackupError(f"{path.name} was not written: {exc.strerror or exc}.") from exc
    names = {name for name, _ in entries}
    contents = Contents(
        sessions,
        checkins,
        sum(1 for n in names if n.startswith("programs/")),
        sum(1 for n in names if n.startswith("exercises/")),
        sum(1 for n in names if n.startswith("assets/")),
        SETTINGS in names,
        runs,
    )
    return BackupResult(path, path.stat().st_size, contents, skipped)
