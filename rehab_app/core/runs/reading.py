"""What every run-file reader shares: why a file is refused, limits, safe XML, gzip, geometry."""

from __future__ import annotations

import enum
import math
import zlib
from collections.abc import Iterable
from datetime import UTC, datetime

# One activity file, unpacked. A whole day recorded every second is a few MB of FIT, tens of TCX.
MAX_FILE_BYTES = 64 * 1024**2
# Climbs smaller than this are taken for altitude noise (GPS altitude wanders by metres).
CLIMB_NOISE_M = 3.0
# Between two points slower than this the runner is taken to be standing still.
MOVING_SPEED_MS = 0.5
_EARTH_RADIUS_M = 6_371_008.8
_M_PER_DEGREE = _EARTH_RADIUS_M * math.pi / 180


class SkipReason(enum.StrEnum):
    """Why a file, an archive entry or an export row was not imported (the UI words it)."""

    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    EMPTY = "empty"
    UNKNOWN_FORMAT = "unknown_format"
    TRUNCATED = "truncated"
    CHECKSUM = "checksum"
    DAMAGED = "damaged"
    NOT_ACTIVITY = "not_activity"
    NO_TIMES = "no_times"
    NO_DATA = "no_data"
    BAD_VALUES = "bad_values"
    IN_FUTURE = "in_future"
    UNSAFE_XML = "unsafe_xml"
    MALFORMED_XML = "malformed_xml"
    UNSAFE_PATH = "unsafe_path"
    LINK = "link"
    ENCRYPTED = "encrypted"
    ZIP_BOMB = "zip_bomb"
    BAD_ARCHIVE = "bad_archive"
    BAD_CSV = "bad_csv"
    BAD_ROW = "bad_row"
    MISSING_FILE = "missing_file"


class FormatError(Exception):
    """A file cannot be imported: `reason` says why, `detail` is the parser's own words (or "")."""

    def __init__(self, reason: SkipReason, detail: str = "") -> None:
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
        self.reason, self.detail = reason, detail


def gunzip(data: bytes, limit: int = MAX_FILE_BYTES) -> bytes:
    """The unpacked bytes of a gzip file; FormatError if damaged or larger than `limit` (a bomb)."""
    out: list[bytes] = []
    size = 0
    rest = data
    try:
        while rest:  # a gzip file may hold several members, one after the other
            unpacker = zlib.decompressobj(wbits=31)
            chunk = unpacker.decompress(rest, limit + 1 - size)
            size += len(chunk)
            if size > limit or unpacker.unconsumed_tail:
                raise FormatError(SkipReason.TOO_LARGE)
            out.append(chunk)
            if not unpacker.eof:
                raise FormatError(SkipReason.TRUNCATED, "the gzip data ends early")
            rest = unpacker.unused_data
    except zlib.error as exc:
        raise FormatError(SkipReason.DAMAGED, str(exc)) from None
    return b"".join(out)


def xml_text(data: bytes) -> str:
    """The text of an XML file, refused if it declares a DOCTYPE (entities, external files).

    GPX and TCX never need one; refusing it keeps entity expansion (billion laughs) and
    external entities (XXE) out of every XML parser the readers use.
    """
    encoding = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise FormatError(SkipReason.MALFORMED_XML, f"not UTF-8 text ({exc.reason})") from None
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise FormatError(SkipReason.UNSAFE_XML)
    if encoding == "utf-16":
        # The declaration names UTF-16, but the text handed on is a Python string.
        text = text.split("?>", 1)[1] if text.lstrip().startswith("<?xml") else text
    return text


def parse_time(text: str | None) -> datetime | None:
    """An ISO 8601 time as an aware UTC datetime (no zone is taken as UTC); None if unreadable."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def metres_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def step_metres(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance in metres between two nearby track points (flat-earth, fast).

    Track points are metres apart, where this differs from the great circle by far less than
    GPS noise; it costs a fraction of the haversine, which matters at 1 point a second.
    """
    if abs(lat2 - lat1) > 0.05 or abs(lon2 - lon1) > 0.05:  # a gap of kilometres
        return metres_between(lat1, lon1, lat2, lon2)
    x = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return _M_PER_DEGREE * math.hypot(x, lat2 - lat1)


def climb(elevations: Iterable[float]) -> float | None:
    """Total ascent in metres, ignoring rises smaller than CLIMB_NOISE_M; None without data."""
    total, low = 0.0, None
    for elevation in elevations:
        if low is None or elevation < low:
            low = elevation
        elif elevation - low >= CLIMB_NOISE_M:
            total += elevation - low
            low = elevation
    return None if low is None else total


def mean(values: list[float]) -> float | None:
    """The average, or None for no values."""
    return sum(values) / len(values) if values else None
