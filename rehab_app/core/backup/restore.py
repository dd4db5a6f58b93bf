"""Restore a backup or a history export: check it all, stage it beside the data folder, swap it in."""

from __future__ import annotations

import enum
import json
import logging
import os
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import msgspec

from rehab_app.core.atomic import fsync_folder, write_atomic
from rehab_app.core.backup.create import user_files
from rehab_app.core.backup.format import (
    HISTORY,
    LIMITS,
    MANIFEST,
    MAX_MANIFEST_BYTES,
    SETTINGS,
    Contents,
    Manifest,
    contents_of,
    entry_limit,
    parse_manifest,
)
from rehab_app.core.backup.restore_history import (
    build_history,
    check_history_file,
    read_export,
    read_export_extras,
)
from rehab_app.core.content.user_files import picture_problem
from rehab_app.core.content.zipguard import GuardedZip, Refused, size_text
from rehab_app.core.settings import Settings

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]
READY = ".restore-ready"
MAX_EXPORT_BYTES = 256 * 1024**2


class Kind(enum.StrEnum):
    """What a restore file is."""

    BACKUP = "backup"
    HISTORY_EXPORT = "history export"


class RestoreError(Exception):
    """The restore could not be finished; nothing was changed. The message says why."""


def _staging_prefix(data_dir: Path) -> str:
    return f".{data_dir.name}.restore-"


@dataclass
class StagedRestore:
    """A checked restore waiting beside the data folder; `problems` empty means it can be applied.

    `contents` is what the restore brings, `current` what it replaces.
    """

    source: Path
    data_dir: Path
    kind: Kind | None
    problems: list[str] = field(default_factory=list)
    staging: Path | None = None
    contents: Contents = field(default_factory=Contents)
    current: Contents = field(default_factory=Contents)
    made_utc: datetime | None = None
    app_version: str | None = None

    def discard(self) -> None:
        """Remove the staged files (when the user cancels)."""
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging = None

    def apply(self, now_utc: Clock) -> Path | None:
        """Swap the staged data in; returns where the replaced data now is (None if none)."""
        if self.staging is None or self.problems:
            raise RestoreError("There is nothing checked to restore.")
        data_dir, before = self.data_dir, None
        if data_dir.exists() and not data_dir.is_dir():
            raise RestoreError(f"{data_dir} is not a folder; nothing was changed.")
        try:
            if data_dir.is_dir() and not any(data_dir.iterdir()):
                data_dir.rmdir()
            elif data_dir.is_dir():
                before = _free_name(data_dir, now_utc())
                os.rename(data_dir, before)
        except OSError as exc:
            raise RestoreError(_not_restored(data_dir, exc)) from exc
        try:
            os.rename(self.staging, data_dir)
        except OSError as exc:
            if before is not None:
                os.rename(before, data_dir)
            raise RestoreError(_not_restored(data_dir, exc)) from exc
        fsync_folder(data_dir.parent)
        (data_dir / READY).unlink(missing_ok=True)
        self.staging = None
        return before


def _not_restored(data_dir: Path, exc: OSError) -> str:
    return f"{data_dir} could not be replaced ({exc.strerror or exc}); nothing was changed."


def _free_name(data_dir: Path, now: datetime) -> Path:
    """`<data dir>.before-restore-YYYYmmdd-HHMMSS` (local time), made unique with -2, -3..."""
    stamp = now.astimezone().strftime("%Y%m%d-%H%M%S")
    target, n = Path(f"{data_dir}.before-restore-{stamp}"), 1
    while target.exists():
        n += 1
        target = Path(f"{data_dir}.before-restore-{stamp}-{n}")
    return target


def _stagings(data_dir: Path) -> list[Path]:
    if not data_dir.parent.is_dir():
        return []
    prefix = _staging_prefix(data_dir)
    return sorted(p for p in data_dir.parent.iterdir() if p.name.startswith(prefix) and p.is_dir())


def finish_interrupted_restore(data_dir: Path) -> bool:
    """Complete a confirmed restore a crash cut short between its two renames; True if one was."""
    if data_dir.exists():
        return False
    for staging in _stagings(data_dir):
        if (staging / READY).is_file():
            try:
                os.rename(staging, data_dir)
                fsync_folder(data_dir.parent)
                (data_dir / READY).unlink(missing_ok=True)
            except OSError as exc:
                log.warning("could not finish the restore staged in %s: %s", staging, exc)
                return False
            log.warning("finished a restore that was cut short: %s", staging)
            return True
    return False


def _kind(source: Path) -> Kind | None:
    with source.open("rb") as handle:
        start = handle.read(64)
    if start.startswith(b"PK"):
        return Kind.BACKUP
    if start.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{"):
        return Kind.HISTORY_EXPORT
    return None


def stage_restore(source: Path, data_dir: Path, now_utc: Clock) -> StagedRestore:
    """Check `source` completely and stage it beside `data_dir`; nothing in `data_dir` changes."""
    label = source.name
    staged = StagedRestore(source, data_dir, None)
    try:
        staged.kind = _kind(source)
    except OSError as exc:
        staged.problems.append(f"{label}: cannot be read ({exc.strerror or exc})")
        return staged
    if staged.kind is None:
        msg = "it is not a Back on Track backup or history export"
        staged.problems.append(f"{label}: cannot be restored: {msg}")
        return staged
    if data_dir.exists() and not data_dir.is_dir():
        staged.problems.append(f"{data_dir}: not a folder, so nothing can be restored into it")
        return staged
    for stale in _stagings(data_dir):
        shutil.rmtree(stale, ignore_errors=True)
    staged.current = contents_of(data_dir) if data_dir.is_dir() else Contents()
    try:
        data_dir.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=_staging_prefix(data_dir), dir=data_dir.parent))
        if data_dir.is_dir():  # the restored folder keeps who may read it (private if new)
            os.chmod(staging, stat.S_IMODE(data_dir.stat().st_mode))
    except OSError as exc:
        staged.problems.append(f"{data_dir.parent}: cannot be written ({exc.strerror or exc})")
        return staged
    try:
        if staged.kind is Kind.BACKUP:
            _stage_backup(staged, staging, now_utc)
        else:
            _stage_export(staged, staging, now_utc)
        if not staged.problems:
            write_atomic(staging / READY, b"")
            fsync_folder(staging)
    except OSError as exc:
        staged.problems.append(f"{label}: cannot be restored here ({exc.strerror or exc})")
    except (ValueError, RuntimeError, NotImplementedError, EOFError, zipfile.BadZipFile) as exc:
        staged.problems.append(f"{label}: cannot be restored: it is damaged ({exc})")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if staged.problems:
        shutil.rmtree(staging, ignore_errors=True)
        return staged
    staged.staging = staging
    staged.contents = contents_of(staging)
    return staged


def _stage_backup(staged: StagedRestore, staging: Path, now_utc: Clock) -> None:
    label, problems = staged.source.name, staged.problems
    try:
        archive = zipfile.ZipFile(staged.source)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        problems.append(f"{label}: cannot be restored: it is damaged, or not a backup (not a zip)")
        return
    with archive:
        guard = GuardedZip(archive, LIMITS)
        problems += [f"{label}: cannot be restored: {why}" for why in guard.refusals]
        if not problems:
            manifest = _manifest(guard, label, problems)
            if manifest is not None:
                staged.made_utc, staged.app_version = manifest.created_utc, manifest.app_version
                if HISTORY in _unpack(guard, manifest, staging, label, problems):
                    problems += check_history_file(
                        staging / HISTORY, manifest.history_schema, now_utc
                    )


def _manifest(guard: GuardedZip, label: str, problems: list[str]) -> Manifest | None:
    if MANIFEST not in guard.entries:
        problems.append(f"{label}: cannot be restored: it has no {MANIFEST}, so it is not a backup")
        return None
    try:
        data = json.loads(guard.read(MANIFEST, MAX_MANIFEST_BYTES))
    except Refused as exc:
        problems.append(f"{label}: cannot be restored: {exc}")
        return None
    except (ValueError, UnicodeDecodeError):
        problems.append(f"{MANIFEST}: not valid JSON")
        return None
    manifest, found, refusals = parse_manifest(data)
    problems += [f"{label}: cannot be restored: {why}" for why in refusals] + found
    return manifest


def _unpack(
    guard: GuardedZip, manifest: Manifest, staging: Path, label: str, problems: list[str]
) -> set[str]:
    """Unpack every listed file that may be unpacked; returns the names that came out whole."""
    whole: set[str] = set()
    listed = {}
    folded: dict[str, str] = {}
    for entry in manifest.files:
        if entry.name in listed:
            problems.append(f"{entry.name}: listed twice in the manifest")
        elif (other := folded.get(entry.name.casefold())) is not None:
            problems.append(f"{entry.name}: differs from {other} only in upper and lower case")
        listed[entry.name] = entry
        folded.setdefault(entry.name.casefold(), entry.name)
    for name in sorted(set(guard.entries) - set(listed) - {MANIFEST}):
        problems.append(f"{name}: not listed in the manifest")
    for name in sorted(set(listed) - set(guard.entries)):
        problems.append(f"{name}: listed in the manifest but missing from the backup")
    for name, entry in sorted(listed.items()):
        limit = entry_limit(name)
        if name not in guard.entries:
            continue
        if limit is None:
            problems.append(f"{name}: not a file a backup holds")
            continue
        declared = guard.entries[name].file_size
        if declared > limit:
            problems.append(f"{name}: larger than a backup may hold ({size_text(limit)})")
            continue
        if declared != entry.size:
            problems.append(f"{name}: {declared} bytes, but the manifest says {entry.size}")
            continue
        target = staging / name
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            with target.open("wb") as out:
                digest = guard.copy(name, out, limit)
        except Refused as exc:
            problems.append(f"{label}: cannot be restored: {exc}")
            continue
        if digest != entry.sha256:
            problems.append(f"{name}: damaged or changed (it does not match its checksum)")
        elif (why := _content_problem(name, target)) is not None:
            problems.append(f"{name}: {why}")
        else:
            whole.add(name)
    return whole


def _content_problem(name: str, path: Path) -> str | None:
    if name == SETTINGS:
        try:
            msgspec.json.decode(path.read_bytes(), type=Settings)
        except msgspec.DecodeError as exc:
            return f"not valid settings ({exc})"
    elif name.startswith("assets/"):
        return picture_problem(name, path.read_bytes())
    return None


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _stage_export(staged: StagedRestore, staging: Path, now_utc: Clock) -> None:
    label, problems = staged.source.name, staged.problems
    size = staged.source.stat().st_size
    if size > MAX_EXPORT_BYTES:
        limit = MAX_EXPORT_BYTES // 1024**2
        problems.append(f"{label}: cannot be restored: it is larger than {limit} MB")
        return
    raw = staged.source.read_bytes().removeprefix(b"\xef\xbb\xbf")
    records, checkins, found = read_export(raw, label)
    problems += found
    extras, found = read_export_extras(raw, label) if not found else (None, [])
    problems += found
    if not problems and staged.current.has_history:
        current = staged.current
        held = (
            f"a history ({_plural(current.sessions, 'session')},"
            f" {_plural(current.checkins, 'check-in')})"
            if current.sessions is not None and current.checkins is not None
            else "a history that cannot be read"
        )
        problems.append(
            f"{label}: cannot be restored: your data folder already holds {held}. A history"
            " export is only restored where there is no history yet, so nothing is mixed up or"
            " lost; restore a full backup instead, or restore the export into a new data folder"
            " (--data-dir)"
        )
    if problems:
        return
    for name, path in user_files(staged.data_dir)[0]:
        (staging / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, staging / name)
    problems += build_history(staging / HISTORY, records, checkins, now_utc, extras)


@dataclass(frozen=True, slots=True)
class Restored:
    """A finished restore: what it brought and where the replaced data is kept."""

    staged: StagedRestore
    before: Path | None


def restore(source: Path, data_dir: Path, now_utc: Clock) -> Restored | list[str]:
    """Check, stage and swap in `source` (for the command line); the problems if it cannot."""
    finish_interrupted_restore(data_dir)
    staged = stage_restore(source, data_dir, now_utc)
    if staged.problems:
        return staged.problems
    try:
        before = staged.apply(now_utc)
    except RestoreError as exc:
        staged.discard()
        return [str(exc)]
    return Restored(staged, before)
