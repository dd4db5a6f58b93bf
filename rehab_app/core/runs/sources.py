"""What an import reads: files, folders and zips (a Strava export or not), each file checked first.

`expand()` turns the paths a user gave into items to read, and into refusals for what cannot be
read at all (too large, unsafe, missing) before a byte of it is read.
"""

from __future__ import annotations

import functools
import os
import stat
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from rehab_app.core.content.zipguard import RATIO_FLOOR, GuardedZip, Refused, ZipLimits, safe_name
from rehab_app.core.runs.reading import MAX_FILE_BYTES, FormatError, SkipReason
from rehab_app.core.runs.strava import CSV_NAME, StravaRow, read_activities_csv

ACTIVITY_SUFFIXES = (".fit", ".gpx", ".tcx")
MAX_ENTRIES = 200_000
# What one import may unpack from an archive in all (the activities it reads, not its photos).
MAX_UNPACKED = 16 * 1024**3
LIMITS = ZipLimits("export", MAX_ENTRIES, MAX_UNPACKED)


@dataclass(frozen=True, slots=True)
class Item:
    """One thing to import: a file's bytes (read on demand) and/or a Strava export row."""

    label: str
    name: str
    load: Callable[[], bytes] | None
    row: StravaRow | None = None


@dataclass(frozen=True, slots=True)
class Refusal:
    """A file or entry refused before reading; `size` is set for a file that is too large."""

    label: str
    reason: SkipReason
    detail: str = ""
    size: int | None = None


@dataclass(frozen=True, slots=True)
class Ignored:
    """A file in a folder or archive that is not an activity (photos, other exports' files)."""

    label: str


Entry = Item | Refusal | Ignored


def is_activity_name(name: str) -> bool:
    """True for .fit, .gpx, .tcx, and the same gzipped (.fit.gz), in any case."""
    lower = name.lower().removesuffix(".gz")
    return lower.endswith(ACTIVITY_SUFFIXES)


class _Container:
    """Files inside a folder or a zip, by relative POSIX name."""

    label: str

    def names(self) -> list[str]:
        raise NotImplementedError

    def problem(self, name: str) -> Refusal | None:
        raise NotImplementedError

    def read(self, name: str) -> bytes:
        raise NotImplementedError

    def loader(self, name: str) -> Callable[[], bytes]:
        """Read `name` on demand, refusing it first if it is unsafe or too large."""

        def load() -> bytes:
            if (refused := self.problem(name)) is not None:
                raise FormatError(refused.reason, refused.detail)
            return self.read(name)

        return load


class _Folder(_Container):
    def __init__(self, root: Path, label: str) -> None:
        self.root, self.label = root, label
        self._real = root.resolve()

    def names(self) -> list[str]:
        found = []
        for folder, dirs, files in os.walk(self.root):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            base = Path(folder).relative_to(self.root)
            found += [(base / f).as_posix() for f in files if not f.startswith(".")]
        return sorted(found)

    def problem(self, name: str) -> Refusal | None:
        label = f"{self.label}/{name}"
        if not safe_name(name):
            return Refusal(label, SkipReason.UNSAFE_PATH)
        path = self.root / name
        try:
            info = path.lstat()
        except FileNotFoundError:
            return Refusal(label, SkipReason.MISSING_FILE)
        except OSError as exc:
            return Refusal(label, SkipReason.UNREADABLE, exc.strerror or str(exc))
        if stat.S_ISLNK(info.st_mode) or not path.resolve().is_relative_to(self._real):
            return Refusal(label, SkipReason.LINK)
        return _size_problem(label, info.st_size)

    def read(self, name: str) -> bytes:
        return read_file(self.root / name)


class _Zip(_Container):
    def __init__(self, guard: GuardedZip, label: str) -> None:
        self.guard, self.label = guard, label
        self._infos = {i.filename: i for i in reversed(guard.archive.infolist())}

    def names(self) -> list[str]:
        return [i.filename for i in self.guard.archive.infolist() if not i.is_dir()]

    def problem(self, name: str) -> Refusal | None:
        label = f"{self.label}/{name}"
        info = self._infos.get(name)
        if info is None:
            return Refusal(label, SkipReason.MISSING_FILE)
        if not safe_name(name):
            return Refusal(label, SkipReason.UNSAFE_PATH)
        if stat.S_ISLNK(info.external_attr >> 16):
            return Refusal(label, SkipReason.LINK)
        if info.flag_bits & 0x1:
            return Refusal(label, SkipReason.ENCRYPTED)
        packed = max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and info.file_size > LIMITS.max_ratio * packed:
            return Refusal(label, SkipReason.ZIP_BOMB, size=info.file_size)
        return _size_problem(label, info.file_size)

    def read(self, name: str) -> bytes:
        try:
            return self.guard.read(name, MAX_FILE_BYTES)
        except Refused as exc:
            raise FormatError(SkipReason.DAMAGED, str(exc)) from None
        except KeyError:
            raise FormatError(SkipReason.MISSING_FILE) from None


def _hidden(name: str) -> bool:
    """Dot files and the __MACOSX copies a Mac adds to the zips it makes (never activities)."""
    return any(p.startswith(".") or p == "__MACOSX" for p in PurePosixPath(name).parts)


def _size_problem(label: str, size: int) -> Refusal | None:
    if size > MAX_FILE_BYTES:
        return Refusal(label, SkipReason.TOO_LARGE, size=size)
    if size == 0:
        return Refusal(label, SkipReason.EMPTY)
    return None


def read_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """A file's bytes, never more than `limit` (checked by size first, then while reading)."""
    try:
        with path.open("rb") as handle:
            if os.fstat(handle.fileno()).st_size > limit:
                raise FormatError(SkipReason.TOO_LARGE)
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise FormatError(SkipReason.NOT_FOUND) from None
    except OSError as exc:
        raise FormatError(SkipReason.UNREADABLE, exc.strerror or str(exc)) from None
    if len(data) > limit:
        raise FormatError(SkipReason.TOO_LARGE)
    return data


def expand(paths: Sequence[Path]) -> Iterator[Entry]:
    """Everything to import from `paths`: files, folders (searched), zips; in the order given."""
    for path in paths:
        label = str(path)
        if path.is_dir():
            yield from _container(_Folder(path, path.name or label))
            continue
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            yield Refusal(label, SkipReason.NOT_FOUND)
            continue
        except OSError as exc:
            yield Refusal(label, SkipReason.UNREADABLE, exc.strerror or str(exc))
            continue
        if _looks_zipped(path):
            yield from _archive(path, label)
        elif (refused := _size_problem(label, size)) is not None:
            yield refused
        else:
            yield Item(label, path.name, functools.partial(read_file, path))


def _looks_zipped(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) in (b"PK\x03\x04", b"PK\x05\x06")
    except OSError:
        return False


def _archive(path: Path, label: str) -> Iterator[Entry]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        yield Refusal(label, SkipReason.BAD_ARCHIVE, str(exc))
        return
    with archive:
        if len(archive.infolist()) > MAX_ENTRIES:
            yield Refusal(label, SkipReason.TOO_LARGE, f"more than {MAX_ENTRIES} files")
            return
        yield from _container(_Zip(GuardedZip(archive, LIMITS), path.name))


def _container(box: _Container) -> Iterator[Entry]:
    names = box.names()
    csvs = sorted((n for n in names if PurePosixPath(n).name == CSV_NAME), key=len)
    rows: list[StravaRow] = []
    used: set[str] = set()
    base = ""
    if csvs:
        base = str(PurePosixPath(csvs[0]).parent).removeprefix(".").lstrip("/")
        base = f"{base}/" if base else ""
        used.add(csvs[0])
        try:
            rows = read_activities_csv(box.loader(csvs[0])())
        except FormatError as exc:
            yield Refusal(f"{box.label}/{csvs[0]}", exc.reason, exc.detail)
    for row in rows:
        if not row.filename:
            yield Item(f"{box.label}/{CSV_NAME} line {row.line}", CSV_NAME, None, row)
            continue
        name = base + row.filename
        used.add(name)
        yield Item(f"{box.label}/{name}", name, box.loader(name), row)
    for name in names:
        if name in used:
            continue
        label = f"{box.label}/{name}"
        refused = box.problem(name)
        if refused is not None and refused.reason in (SkipReason.UNSAFE_PATH, SkipReason.LINK):
            yield refused  # never silently passed over: a hostile archive should be seen
        elif not is_activity_name(name) or _hidden(name):
            yield Ignored(label)
        else:
            yield Item(label, name, box.loader(name))
