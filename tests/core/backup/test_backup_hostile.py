"""Hostile or damaged backups: one clear message each, every problem listed, nothing changed."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from rehab_app.core.backup import format as backup_format
from rehab_app.core.backup.create import create_backup
from rehab_app.core.backup.format import HISTORY, SETTINGS
from rehab_app.core.backup.restore import stage_restore
from rehab_app.core.history.schema import SCHEMA_VERSION
from tests.helpers.backupfiles import (
    PNG,
    clock,
    hand_made,
    lie_about_size,
    make_data_dir,
    manifest_for,
    mark_encrypted,
    snapshot,
)

YAML = b"schema_version: 1\nid: mine\n"
Case = Callable[[Path, dict[str, bytes]], Path]


def _good(tmp: Path) -> dict[str, bytes]:
    """The files of a real backup of a small data folder."""
    source = make_data_dir(tmp / "source")
    path = create_backup(source, tmp / "real", clock).path
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n != "manifest.json"}


def _link(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = 0o120777 << 16
    return info


def _encrypted(path: Path, name: str) -> Path:
    mark_encrypted(path, name)
    return path


def _damaged_history(tmp: Path, good: dict[str, bytes]) -> bytes:
    """A history whose pages were overwritten in the middle: the header still looks right."""
    path = tmp / "damaged.sqlite3"
    path.write_bytes(good[HISTORY])
    con = sqlite3.connect(path)
    con.executemany("INSERT INTO checkins VALUES (?, ?, 1, NULL, '')", [
        (f"2030-01-{n:02d}", "2030-01-01") for n in range(1, 29)
    ])  # fmt: skip
    con.commit()
    con.close()
    raw = bytearray(path.read_bytes())
    page = 4096
    for start in range(2 * page, len(raw), page):
        raw[start + 8 : start + 200] = b"\xff" * 192
    return bytes(raw)


def _other_tables(tmp: Path) -> bytes:
    """An SQLite file at our version number, with a trigger that would delete what is saved."""
    path = tmp / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, x)")
    con.execute("CREATE TRIGGER wipe AFTER INSERT ON sessions BEGIN DELETE FROM sessions; END")
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    con.commit()
    con.close()
    return path.read_bytes()


def _with(good: dict[str, bytes], **files: bytes) -> dict[str, bytes]:
    return {**good, **{k.replace("__", "/").replace("_DOT_", "."): v for k, v in files.items()}}


CASES: dict[str, tuple[Case, str]] = {
    "not a zip": (
        lambda tmp, good: _write(tmp / "x.rehab-backup", b"just some text"),
        "not a Back on Track backup or history export",
    ),
    "truncated": (
        lambda tmp, good: _truncate(hand_made(tmp / "t.rehab-backup", good)),
        "damaged, or not a backup (not a zip)",
    ),
    "traversal": (
        lambda tmp, good: hand_made(tmp / "x.rehab-backup", good, extra={"../evil.yaml": YAML}),
        "the entry '../evil.yaml' points outside the backup",
    ),
    "absolute": (
        lambda tmp, good: hand_made(tmp / "x.rehab-backup", good, extra={"/etc/evil": YAML}),
        "the entry '/etc/evil' points outside the backup",
    ),
    "symlink": (
        lambda tmp, good: hand_made(
            tmp / "x.rehab-backup", good, infos=[(_link("programs/x.yaml"), b"/etc/passwd")]
        ),
        "the entry 'programs/x.yaml' is a link",
    ),
    "encrypted": (
        lambda tmp, good: _encrypted(
            hand_made(tmp / "x.rehab-backup", _with(good, programs__x_DOT_yaml=YAML)),
            "programs/x.yaml",
        ),
        "the entry 'programs/x.yaml' is encrypted",
    ),
    "zip bomb ratio": (
        lambda tmp, good: hand_made(
            tmp / "x.rehab-backup", _with(good, assets__b_DOT_png=PNG + bytes(3 * 1024**2))
        ),
        "the entry 'assets/b.png' would unpack to more than 200 times its packed size",
    ),
    "declared size too large": (
        lambda tmp, good: _lying(tmp, good, "programs/mine.yaml", 2**32 - 1),
        "it would unpack to more than 1 GB",
    ),
    "declared size too small": (
        lambda tmp, good: _lying(tmp, good, "programs/mine.yaml", 10),
        "x.rehab-backup: cannot be restored: the entry 'programs/mine.yaml' is damaged",
    ),
    "damaged entry": (
        lambda tmp, good: _flip(hand_made(tmp / "x.rehab-backup", good), SETTINGS),
        "x.rehab-backup: cannot be restored: the entry 'settings.json' is damaged",
    ),
    "too many entries": (
        lambda tmp, good: hand_made(
            tmp / "x.rehab-backup",
            good,
            extra={f"assets/{n}.png": PNG for n in range(10_001)},
        ),
        "a backup may hold at most 10000",
    ),
    "no manifest": (
        lambda tmp, good: _zip(tmp / "x.rehab-backup", good),
        "it has no manifest.json, so it is not a backup",
    ),
    "malformed manifest": (
        lambda tmp, good: hand_made(tmp / "x.rehab-backup", good, manifest=b'{"format": '),
        "manifest.json: not valid JSON",
    ),
    "other format": (
        lambda tmp, good: hand_made(
            tmp / "x.rehab-backup", good, manifest=manifest_for(good, format="something-else")
        ),
        "it is not a Back on Track backup",
    ),
    "a shared program": (
        lambda tmp, good: hand_made(
            tmp / "x.rehab-backup", good, manifest={"format": "rehab-app-bundle", "version": 1}
        ),
        "it is a shared program, not a backup: import it on the Programs page",
    ),
    "newer format": (
        lambda tmp, good: hand_made(
            tmp / "x.rehab-backup", good, manifest=manifest_for(good, format_version=2)
        ),
        "made by a newer version of Back on Track (backup format 2",
    ),
    "newer app": (
        lambda tmp, good: hand_made(
            tmp / "x.rehab-backup", good, manifest=manifest_for(good, app_version="99.0.0")
        ),
        "made by a newer version of Back on Track (99.0.0; this is",
    ),
    "newer history in the manifest": (
        lambda tmp, good: hand_made(
            tmp / "x.rehab-backup",
            good,
            manifest=manifest_for(good, history_schema=SCHEMA_VERSION + 1),
        ),
        f"history format {SCHEMA_VERSION + 1}; this version reads up to {SCHEMA_VERSION}",
    ),
    "newer history in the file": (
        lambda tmp, good: hand_made(
            tmp / "x.rehab-backup", _with(good, history_DOT_sqlite3=_newer(good[HISTORY]))
        ),
        f"history.sqlite3: written by a newer version of Back on Track (history format {SCHEMA_VERSION + 1}",
    ),
    "wrong types in the manifest": (
        lambda tmp, good: hand_made(
            tmp / "x.rehab-backup",
            good,
            manifest=manifest_for(good, format_version="1", files="all of them"),
        ),
        "manifest.json: format_version: expected a whole number from 1",
    ),
    "unlisted file": (
        lambda tmp, good: hand_made(
            tmp / "x.rehab-backup", good, extra={"programs/extra.yaml": YAML}
        ),
        "programs/extra.yaml: not listed in the manifest",
    ),
    "missing file": (
        lambda tmp, good: hand_made(
            tmp / "x.rehab-backup",
            {k: v for k, v in good.items() if k != SETTINGS},
            manifest=manifest_for(good),
        ),
        "settings.json: listed in the manifest but missing from the backup",
    ),
    "changed file": (
        lambda tmp, good: hand_made(
            tmp / "x.rehab-backup",
            _with(good, programs__mine_DOT_yaml=good["programs/mine.yaml"].upper()),
            manifest=manifest_for(good),
        ),
        "programs/mine.yaml: damaged or changed (it does not match its checksum)",
    ),
    "file a backup never holds": (
        lambda tmp, good: hand_made(tmp / "x.rehab-backup", _with(good, cache__evil_DOT_sh=b"rm")),
        "cache/evil.sh: not a file a backup holds",
    ),
    "names differing in case": (
        lambda tmp, good: hand_made(
            tmp / "x.rehab-backup", _with(good, programs__MINE_DOT_yaml=YAML)
        ),
        "differs from programs/MINE.yaml only in upper and lower case",
    ),
    "history not sqlite": (
        lambda tmp, good: hand_made(
            tmp / "x.rehab-backup", _with(good, history_DOT_sqlite3=b"MZ" + bytes(4000))
        ),
        "history.sqlite3: not an SQLite database",
    ),
    "history damaged": (
        lambda tmp, good: hand_made(
            tmp / "x.rehab-backup", _with(good, history_DOT_sqlite3=_damaged_history(tmp, good))
        ),
        "history.sqlite3: damaged",
    ),
    "history with other tables": (
        lambda tmp, good: hand_made(
            tmp / "x.rehab-backup", _with(good, history_DOT_sqlite3=_other_tables(tmp))
        ),
        "history.sqlite3: its tables are not those of a Back on Track history",
    ),
    "malformed settings": (
        lambda tmp, good: hand_made(tmp / "x.rehab-backup", _with(good, settings_DOT_json=b"{")),
        "settings.json: not valid settings",
    ),
    "settings with wrong types": (
        lambda tmp, good: hand_made(
            tmp / "x.rehab-backup", _with(good, settings_DOT_json=b'{"volume": "loud"}')
        ),
        "settings.json: not valid settings (Expected `int`, got `str` - at `$.volume`)",
    ),
    "fake picture": (
        lambda tmp, good: hand_made(
            tmp / "x.rehab-backup", _with(good, assets__x_DOT_png=b"MZ an executable")
        ),
        "assets/x.png: it is not a PNG picture inside",
    ),
    "huge picture": (
        lambda tmp, good: hand_made(
            tmp / "x.rehab-backup", _with(good, assets__x_DOT_png=PNG + os.urandom(6 * 1024**2))
        ),
        "assets/x.png: larger than a backup may hold (5 MB)",
    ),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _truncate(path: Path) -> Path:
    raw = path.read_bytes()
    return _write(path, raw[: len(raw) // 2])


def _zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def _lying(tmp: Path, good: dict[str, bytes], name: str, size: int) -> Path:
    files = {**good, name: b"x" * 5000}
    manifest = manifest_for(files)
    for entry in manifest["files"]:
        if entry["name"] == name:
            entry["size"] = size
    path = hand_made(tmp / "x.rehab-backup", files, manifest=manifest)
    lie_about_size(path, name, size)
    return path


def _flip(path: Path, name: str) -> Path:
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    raw = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(name.encode()) + len(info.extra)
    for at in range(start, start + info.compress_size):
        raw[at] ^= 0x5A
    return _write(path, bytes(raw))


def _newer(history: bytes) -> bytes:
    raw = bytearray(history)
    raw[60:64] = (SCHEMA_VERSION + 1).to_bytes(4, "big")
    return bytes(raw)


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return _good(tmp_path_factory.mktemp("good"))


def test_the_hand_made_good_backup_restores(tmp_path: Path, good: dict[str, bytes]) -> None:
    staged = stage_restore(hand_made(tmp_path / "ok.rehab-backup", good), tmp_path / "d", clock)
    assert staged.problems == []
    staged.discard()


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_bad_backup_says_why_and_changes_nothing(
    tmp_path: Path, good: dict[str, bytes], case: str
) -> None:
    make, words = CASES[case]
    data = make_data_dir(tmp_path / "data")
    source = make(tmp_path, good)
    before, around = snapshot(data), sorted(p.name for p in tmp_path.iterdir())
    staged = stage_restore(source, data, clock)
    assert any(words in p for p in staged.problems), staged.problems
    assert staged.staging is None
    assert snapshot(data) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == around


def test_every_problem_is_listed_not_just_the_first(tmp_path: Path, good: dict[str, bytes]) -> None:
    files = _with(good, settings_DOT_json=b"{", assets__x_DOT_png=b"MZ")
    path = hand_made(
        tmp_path / "x.rehab-backup",
        files,
        extra={"programs/extra.yaml": YAML},
    )
    problems = stage_restore(path, tmp_path / "data", clock).problems
    assert len(problems) == 3, problems
    assert problems[0] == "programs/extra.yaml: not listed in the manifest"
    assert problems[1] == "assets/x.png: it is not a PNG picture inside"
    assert problems[2].startswith("settings.json: not valid settings")
    manifest = manifest_for(good, format_version="1", files=[{"name": 3, "size": -1}])
    del manifest["created_utc"]
    problems = stage_restore(
        hand_made(tmp_path / "y.rehab-backup", good, manifest=manifest), tmp_path / "d", clock
    ).problems
    assert problems == [
        "manifest.json: format_version: expected a whole number from 1",
        "manifest.json: created_utc: expected a date and time such as 2026-05-19T07:30:00+00:00",
        "manifest.json: files[1].name: expected a file name",
        "manifest.json: files[1].size: expected a whole number of bytes",
        "manifest.json: files[1].sha256: expected 64 hex digits",
    ]


def test_every_hostile_entry_name_is_listed(tmp_path: Path, good: dict[str, bytes]) -> None:
    path = hand_made(
        tmp_path / "x.rehab-backup",
        good,
        extra={"../a.yaml": YAML, "/b.yaml": YAML, "c\\..\\d.yaml": YAML},
    )
    problems = stage_restore(path, tmp_path / "data", clock).problems
    assert len(problems) == 3, problems
    assert all("points outside the backup" in p for p in problems)


def test_a_history_too_large_is_refused_before_it_is_read(
    tmp_path: Path, good: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_format, "MAX_HISTORY_BYTES", 1024)
    path = hand_made(tmp_path / "x.rehab-backup", good)
    problems = stage_restore(path, tmp_path / "data", clock).problems
    assert problems == ["history.sqlite3: larger than a backup may hold (1 KB)"]


def test_a_source_that_cannot_be_read_says_so(tmp_path: Path) -> None:
    problems = stage_restore(tmp_path / "missing.rehab-backup", tmp_path / "d", clock).problems
    assert problems == ["missing.rehab-backup: cannot be read (No such file or directory)"]
    with contextlib.suppress(FileNotFoundError):
        (tmp_path / "d").rmdir()
    folder_file = tmp_path / "data-file"
    folder_file.write_text("I am a file")
    backup = hand_made(tmp_path / "ok.rehab-backup", {"programs/a.yaml": YAML})
    problems = stage_restore(backup, folder_file, clock).problems
    assert problems == [f"{folder_file}: not a folder, so nothing can be restored into it"]
