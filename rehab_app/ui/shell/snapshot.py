"""What the first screen needs before the library is loaded: the look, and the program list.

Loading the exercise library (YAML, typed conversion) and opening the history take longer than
building the window, so the program list is also kept as a small JSON snapshot next to the
settings. When no exercise or program file has changed since it was written, the window is shown
from it at once and the real objects are loaded right after; otherwise start-up loads everything
first, as before. Nothing here imports the models, msgspec, YAML or SQLite.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import NamedTuple

from rehab_app import __version__
from rehab_app.core.paths import AppPaths

log = logging.getLogger(__name__)
SNAPSHOT_VERSION = 1
_YAML = (".yaml", ".yml")


class Look(NamedTuple):
    """The settings start-up needs before the window exists (read without the Settings model)."""

    theme: str = "system"
    high_contrast: bool = False
    large_type: bool = False
    language: str | None = None
    last_program: str | None = None


class ProgramRow(NamedTuple):
    """One program as the programs page shows it, already in the user's language."""

    id: str
    name: str
    line: str
    tooltip: str
    detail_html: str
    start_tip: str
    start_description: str


class HomeSnapshot(NamedTuple):
    """The program list and the problem count, for one state of the files and one language."""

    key: str
    rows: tuple[ProgramRow, ...]
    problems: int


def read_look(settings_file: Path) -> Look:
    """The look fields of the settings file; defaults when it is missing or unreadable."""
    try:
        raw = json.loads(settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Look()
    if not isinstance(raw, dict):
        return Look()
    wanted = {name: raw[name] for name in Look._fields if name in raw}
    try:
        look = Look(**wanted)
    except TypeError:
        return Look()
    types_ok = (
        isinstance(look.theme, str)
        and isinstance(look.high_contrast, bool)
        and isinstance(look.large_type, bool)
        and isinstance(look.language, str | None)
        and isinstance(look.last_program, str | None)
    )
    return look if types_ok else Look()


def snapshot_file(paths: AppPaths) -> Path:
    """Where the snapshot of the programs page is kept."""
    return paths.data_dir / "cache" / "home-screen.json"


def files_key(paths: AppPaths, language: str) -> str:
    """Changes whenever an exercise or program file, the language or the app version changes."""
    parts = [__version__, language]
    for folder in (
        paths.shipped_exercises,
        paths.shipped_programs,
        paths.user_exercises,
        paths.user_programs,
    ):
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            entries = []
        parts.append(str(folder))
        for entry in entries:
            if entry.name.endswith(_YAML) and entry.is_file():
                stat = entry.stat()
                parts.append(f"{entry.name}:{stat.st_size}:{stat.st_mtime_ns}")
    # Kept whole rather than hashed: hashlib would cost more at start-up than the comparison.
    return "|".join(parts)


def read_snapshot(paths: AppPaths, key: str) -> HomeSnapshot | None:
    """The stored snapshot if it was made for exactly these files and language, else None."""
    try:
        raw = json.loads(snapshot_file(paths).read_text(encoding="utf-8"))
        if raw.get("version") != SNAPSHOT_VERSION or raw.get("key") != key:
            return None
        rows = tuple(ProgramRow(**row) for row in raw["rows"])
        return HomeSnapshot(key, rows, int(raw["problems"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def write_snapshot(paths: AppPaths, snapshot: HomeSnapshot) -> None:
    """Store the snapshot atomically; a failure only costs speed at the next start."""
    target = snapshot_file(paths)
    data = {
        "version": SNAPSHOT_VERSION,
        "key": snapshot.key,
        "problems": snapshot.problems,
        "rows": [row._asdict() for row in snapshot.rows],
    }
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_suffix(".tmp")
        temp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, target)
    except OSError as exc:
        log.info("could not write %s: %s", target, exc)
