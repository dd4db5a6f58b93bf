"""The `.rehab-backup` file: what it may hold, its limits, its manifest, and counting what it holds."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any, TypeGuard

from rehab_app import __version__
from rehab_app.core.content.user_files import MAX_PICTURE_BYTES, PICTURE_SUFFIXES
from rehab_app.core.content.yamlsafe import MAX_BYTES
from rehab_app.core.content.zipguard import ZipLimits, safe_name
from rehab_app.core.history.schema import SCHEMA_VERSION

SUFFIX = ".rehab-backup"
FORMAT = "rehab-app-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
HISTORY = "history.sqlite3"
SETTINGS = "settings.json"
USER_FOLDERS = ("programs", "exercises", "assets")
MAX_TOTAL_BYTES = 1024**3
MAX_ENTRIES = 10_000
MAX_HISTORY_BYTES = 512 * 1024**2
MAX_SETTINGS_BYTES = 64 * 1024
MAX_MANIFEST_BYTES = 4 * 1024**2
LIMITS = ZipLimits("backup", MAX_ENTRIES, MAX_TOTAL_BYTES)
_YAML = (".yaml", ".yml")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_VERSION = re.compile(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?")


def default_name(now: datetime) -> str:
    """`back-on-track-2026-05-19.rehab-backup` (the local date of `now`)."""
    return f"back-on-track-{now.astimezone().date().isoformat()}{SUFFIX}"


def entry_limit(name: str) -> int | None:
    """The size limit of a file a backup may hold at `name`, or None if it may not hold it."""
    if name == HISTORY:
        return MAX_HISTORY_BYTES
    if name == SETTINGS:
        return MAX_SETTINGS_BYTES
    path = PurePosixPath(name)
    if not safe_name(name) or any(part.startswith(".") for part in path.parts):
        return None
    if len(path.parts) == 2 and path.parts[0] in ("programs", "exercises"):
        return MAX_BYTES if path.suffix in _YAML else None
    if len(path.parts) >= 2 and path.parts[0] == "assets":
        return MAX_PICTURE_BYTES if path.suffix.lower() in PICTURE_SUFFIXES else None
    return None


def version_tuple(text: str) -> tuple[int, int, int] | None:
    """`0.1.0` -> (0, 1, 0); None when `text` does not start with a version number."""
    match = _VERSION.match(text)
    if match is None:
        return None
    return (int(match[1]), int(match[2] or 0), int(match[3] or 0))


@dataclass(frozen=True, slots=True)
class FileEntry:
    """One file in a backup, as its manifest lists it."""

    name: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Manifest:
    """A backup's manifest, checked."""

    format_version: int
    app_version: str
    history_schema: int | None
    created_utc: datetime
    files: tuple[FileEntry, ...]


def manifest_json(
    files: list[FileEntry], history_schema: int | None, created: datetime
) -> dict[str, Any]:
    """The manifest of a backup being written by this version of the app."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "history_schema": history_schema,
        "created_utc": created.isoformat(timespec="seconds"),
        "files": [{"name": f.name, "size": f.size, "sha256": f.sha256} for f in files],
    }


def _whole(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def parse_manifest(data: object) -> tuple[Manifest | None, list[str], list[str]]:
    """The manifest, its problems, and why it must be refused outright (not ours, or too new)."""
    where = MANIFEST
    if isinstance(data, dict) and data.get("format") == "rehab-app-bundle":
        return None, [], ["it is a shared program, not a backup: import it on the Programs page"]
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None, [], ["it is not a Back on Track backup (its manifest names another format)"]
    problems: list[str] = []
    refusals: list[str] = []
    version = data.get("format_version")
    app = data.get("app_version")
    schema = data.get("history_schema")
    if not _whole(version) or version < 1:
        problems.append(f"{where}: format_version: expected a whole number from 1")
    elif version > FORMAT_VERSION:
        refusals.append(
            f"it was made by a newer version of Back on Track (backup format {version}; "
            f"this version reads up to {FORMAT_VERSION}): update the app, then restore it"
        )
    if not isinstance(app, str) or version_tuple(app) is None:
        problems.append(f"{where}: app_version: expected a version such as '{__version__}'")
    elif version_tuple(app) > version_tuple(__version__):  # type: ignore[operator]
        refusals.append(
            f"it was made by a newer version of Back on Track ({app}; this is {__version__}):"
            " update the app, then restore it"
        )
    if schema is not None and (not _whole(schema) or schema < 0):
        problems.append(f"{where}: history_schema: expected a whole number or null")
    elif schema is not None and schema > SCHEMA_VERSION:
        refusals.append(
            f"its history was written by a newer version of Back on Track (history format {schema};"
            f" this version reads up to {SCHEMA_VERSION}): update the app, then restore it"
        )
    created = None
    try:
        created = datetime.fromisoformat(data.get("created_utc"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        problems.append(
            f"{where}: created_utc: expected a date and time such as 2026-05-19T07:30:00+00:00"
        )
    files = _files(data.get("files"), problems)
    if problems or refusals or created is None or files is None:
        return None, problems, refusals
    return Manifest(version, app, schema, created, files), [], []  # type: ignore[arg-type]


def _files(value: object, problems: list[str]) -> tuple[FileEntry, ...] | None:
    if not isinstance(value, list):
        problems.append(f"{MANIFEST}: files: expected a list of files")
        return None
    found: list[FileEntry] = []
    for n, item in enumerate(value, 1):
        where = f"{MANIFEST}: files[{n}]"
        if not isinstance(item, dict):
            problems.append(f"{where}: expected name, size and sha256")
            continue
        name, size, digest = item.get("name"), item.get("size"), item.get("sha256")
        bad = [
            f"{where}.name: expected a file name" if not isinstance(name, str) else "",
            f"{where}.size: expected a whole number of bytes"
            if not _whole(size) or size < 0
            else "",
            f"{where}.sha256: expected 64 hex digits"
            if not isinstance(digest, str) or not _SHA256.match(digest)
            else "",
        ]
        problems.extend(b for b in bad if b)
        if not any(bad):
            found.append(FileEntry(name, size, digest))  # type: ignore[arg-type]
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Contents:
    """How much of the user's data a data folder or backup holds; `sessions` None if unreadable."""

    sessions: int | None = 0
    checkins: int | None = 0
    programs: int = 0
    exercises: int = 0
    pictures: int = 0
    settings: bool = False
    runs: int | None = 0

    @property
    def has_history(self) -> bool:
        """True unless the history is known to hold no session, check-in or run."""
        return self.sessions != 0 or self.checkins != 0 or self.runs != 0


def history_counts(db: Path) -> tuple[int | None, int | None]:
    """(sessions, check-ins) in a history file; (0, 0) without one, None where unreadable."""
    sessions, checkins = table_counts(db, ("sessions", "checkins"))
    return sessions, checkins


def run_count(db: Path) -> int | None:
    """Runs and cross-training in a history file; 0 without one, None where unreadable."""
    return table_counts(db, ("runs",))[0]


def table_counts(db: Path, names: tuple[str, ...]) -> list[int | None]:
    """Rows in each table of a history file; 0 without the file or table, None if unreadable."""
    if not db.is_file():
        return [0] * len(names)
    counts: list[int | None] = []
    try:
        # Read-write (never creating the file) so closing tidies the -wal and -shm files away.
        con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=rw", uri=True)
    except sqlite3.Error:
        return [None] * len(names)
    try:
        con.execute("PRAGMA query_only = ON")
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        for table in names:
            counts.append(
                int(con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
                if table in tables
                else 0
            )
    except sqlite3.Error:
        return [None] * len(names)
    finally:
        with contextlib.suppress(sqlite3.Error):
            con.close()
    return counts


def contents_of(folder: Path) -> Contents:
    """What the user's data in `folder` amounts to (a data folder or a staged restore)."""
    sessions, checkins = history_counts(folder / HISTORY)

    def count(sub: str, pattern: str) -> int:
        base = folder / sub
        if not base.is_dir():
            return 0
        return sum(
            1
            for p in base.glob(pattern)
            if p.is_file() and entry_limit(p.relative_to(folder).as_posix()) is not None
        )

    return Contents(
        sessions,
        checkins,
        count("programs", "*"),
        count("exercises", "*"),
        count("assets", "**/*"),
        (folder / SETTINGS).is_file(),
        run_count(folder / HISTORY),
    )
