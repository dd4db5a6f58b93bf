"""Read zip files that may be hostile: safe names, no links, sizes and ratios within limits."""

from __future__ import annotations

import hashlib
import stat
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import BinaryIO

# Entries smaller than this are never judged by their compression ratio (tiny files vary a lot).
RATIO_FLOOR = 1024 * 1024
_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ZipLimits:
    """What one kind of zip file may hold; `noun` names it in messages ("bundle", "backup")."""

    noun: str
    max_entries: int
    max_total: int
    # Unpacked size / packed size above which an entry is taken for a zip bomb.
    max_ratio: int = 200


class Refused(Exception):
    """The archive as a whole cannot be used; the message says why in plain words."""


def size_text(size: int) -> str:
    """`20 MB`, `1 GB`: a limit as people read it."""
    if size >= 1024**3:
        return f"{size / 1024**3:g} GB"
    if size >= 1024**2:
        return f"{size / 1024**2:g} MB"
    return f"{size / 1024:g} KB"


def safe_name(name: str) -> bool:
    """True when `name` is a relative path that stays inside the archive's folder."""
    parts = PurePosixPath(name).parts
    return bool(parts) and not (
        name.startswith("/") or "\\" in name or ":" in name or "\0" in name or ".." in parts
    )


def _is_link(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


class GuardedZip:
    """An open zip file checked against `limits`: `refusals` lists everything wrong with it.

    Nothing is read from an entry until `read()` or `copy()`, which stop at the declared size
    and at the total limit, whatever the entry's header claims.
    """

    def __init__(self, archive: zipfile.ZipFile, limits: ZipLimits) -> None:
        self.archive, self.limits, self.read_total = archive, limits, 0
        self.refusals: list[str] = []
        self.entries: dict[str, zipfile.ZipInfo] = {}
        noun = limits.noun
        infos = archive.infolist()
        if len(infos) > limits.max_entries:
            self.refusals.append(
                f"it holds {len(infos)} files; a {noun} may hold at most {limits.max_entries}"
            )
        if sum(i.file_size for i in infos) > limits.max_total:
            self.refusals.append(f"it would unpack to more than {size_text(limits.max_total)}")
        seen: set[str] = set()
        for info in infos:
            name = info.filename
            if not safe_name(name):
                self.refusals.append(f"the entry '{name}' points outside the {noun}")
            elif _is_link(info):
                self.refusals.append(f"the entry '{name}' is a link, which a {noun} never holds")
            elif info.flag_bits & 0x1:
                self.refusals.append(f"the entry '{name}' is encrypted")
            elif name in seen:
                self.refusals.append(f"the entry '{name}' appears twice")
            elif info.file_size > RATIO_FLOOR and (
                info.file_size > limits.max_ratio * max(info.compress_size, 1)
            ):
                self.refusals.append(
                    f"the entry '{name}' would unpack to more than {limits.max_ratio} times"
                    " its packed size (a zip bomb)"
                )
            seen.add(name)
            if not info.is_dir():
                self.entries.setdefault(name, info)

    def refuse_first(self) -> None:
        """Raise Refused with the first refusal, if there is one."""
        if self.refusals:
            raise Refused(self.refusals[0])

    def read(self, name: str, limit: int) -> bytes:
        """The entry's bytes; Refused if it holds more than it declares or than `limit`."""
        chunks: list[bytes] = []
        self._stream(name, limit, chunks.append)
        return b"".join(chunks)

    def copy(self, name: str, target: BinaryIO, limit: int) -> str:
        """Write the entry to `target` in chunks; returns its SHA-256 (hex)."""
        digest = hashlib.sha256()

        def write(chunk: bytes) -> None:
            digest.update(chunk)
            target.write(chunk)

        self._stream(name, limit, write)
        return digest.hexdigest()

    def _stream(self, name: str, limit: int, sink: Callable[[bytes], object]) -> None:
        info = self.entries[name]
        allowed = min(limit, info.file_size)
        got = 0
        try:
            with self.archive.open(info) as handle:
                while chunk := handle.read(min(_CHUNK, allowed + 1 - got)):
                    got += len(chunk)
                    self.read_total += len(chunk)
                    if got > allowed or self.read_total > self.limits.max_total:
                        raise Refused(f"the entry '{name}' is larger than allowed")
                    sink(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
            raise Refused(f"the entry '{name}' is damaged ({exc})") from None
        if got != info.file_size:
            raise Refused(f"the entry '{name}' is damaged (shorter than it declares)")
