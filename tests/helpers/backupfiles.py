"""Helpers for backup tests: a data folder with some of everything, and hand-made backup files."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from rehab_app import __version__
from rehab_app.core.history.export import export_json
from rehab_app.core.history.schema import SCHEMA_VERSION
from rehab_app.core.history.store import HistoryStore
from rehab_app.core.session.record import Pause
from rehab_app.core.settings import Settings, save_settings
from tests.core.history.test_store import make_record
from tests.helpers.libfiles import EXERCISE, PROGRAM

NOW = datetime(2026, 5, 19, 7, 30, tzinfo=UTC)
PNG = b"\x89PNG\r\n\x1a\n" + b"picture bytes" * 20


def clock() -> datetime:
    return NOW


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (names relative to it) with its bytes; {} if it is missing."""
    if not folder.exists():
        return {}
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def make_data_dir(data: Path, sessions: int = 2) -> Path:
    """A data folder with history, settings, a program, an exercise, a picture, and clutter."""
    store = HistoryStore.open(data / "history.sqlite3", clock).store
    for n in range(sessions):
        record = make_record(day=date(2026, 5, 4 + n), done_sets=2)
        record.pauses.append(Pause(30.0, 12.5))
        record.notes = f"Session {n}: felt fine"
        store.begin(record)
        store.finish(record)
    store.add_checkin(date(2026, 5, 6), 2, 2)
    store.close()
    save_settings(data / "settings.json", Settings(sound=False, volume=40, last_program="mine"))
    (data / "programs").mkdir()
    (data / "programs" / "mine.yaml").write_text(PROGRAM.format(id="mine", exercise="my_move"))
    (data / "programs" / "mine.yaml.bak").write_text("an older copy")
    (data / "exercises").mkdir()
    (data / "exercises" / "my_move.yaml").write_text(
        EXERCISE.format(id="my_move", name="My move", easier="[]")
    )
    (data / "assets" / "exercises").mkdir(parents=True)
    (data / "assets" / "exercises" / "my_move-1.png").write_bytes(PNG)
    (data / "cache").mkdir()
    (data / "cache" / "home-screen.json").write_text("{}")
    (data / ".rehab-app.lock").write_text("12345\n")
    return data


def history_json(db: Path) -> dict[str, Any]:
    """The history as `export --json` writes it, without the export time."""
    store = HistoryStore.open(db, clock).store
    try:
        path = export_json(store, db.with_name("export-for-test.json"), clock)
    finally:
        store.close()
    document = json.loads(path.read_text(encoding="utf-8"))
    path.unlink()
    del document["exported_utc"]
    return dict(document)


def manifest_for(entries: dict[str, bytes], /, **changes: object) -> dict[str, Any]:
    manifest: dict[str, Any] = {
        "format": "rehab-app-backup",
        "format_version": 1,
        "app_version": __version__,
        "history_schema": SCHEMA_VERSION if "history.sqlite3" in entries else None,
        "created_utc": NOW.isoformat(),
        "files": [
            {"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
            for n, d in sorted(entries.items())
        ],
    }
    manifest.update(changes)
    return manifest


def hand_made(
    path: Path,
    files: dict[str, bytes],
    manifest: dict[str, Any] | bytes | None = None,
    extra: dict[str, bytes] | None = None,
    infos: list[tuple[zipfile.ZipInfo, bytes]] | None = None,
) -> Path:
    """A backup zip: `files` listed in a manifest (made right unless given), `extra` unlisted."""
    if manifest is None:
        manifest = manifest_for(files)
    raw = manifest if isinstance(manifest, bytes) else json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", raw)
        for name, data in {**files, **(extra or {})}.items():
            archive.writestr(name, data)
        for info, data in infos or []:
            archive.writestr(info, data)
    return path


def _patch_headers(path: Path, name: str, local: int, central: int, value: bytes) -> None:
    """Overwrite bytes at the given offsets of an entry's local and central headers."""
    raw = bytearray(path.read_bytes())
    encoded = name.encode()
    for signature, offset, name_offset in (
        (b"PK\x03\x04", local, 30),
        (b"PK\x01\x02", central, 46),
    ):
        start = 0
        while (at := raw.find(signature, start)) >= 0:
            if raw[at + name_offset : at + name_offset + len(encoded)] == encoded:
                raw[at + offset : at + offset + len(value)] = value
            start = at + 4
    path.write_bytes(bytes(raw))


def lie_about_size(path: Path, name: str, size: int) -> None:
    """Change the unpacked size an entry declares, in its local and central headers."""
    _patch_headers(path, name, 22, 24, size.to_bytes(4, "little"))


def mark_encrypted(path: Path, name: str) -> None:
    """Set an entry's "encrypted" flag (zipfile will not write one)."""
    _patch_headers(path, name, 6, 8, (1).to_bytes(2, "little"))
