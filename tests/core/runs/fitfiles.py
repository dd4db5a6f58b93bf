"""A minimal FIT encoder for tests and benchmarks: file_id, records, session and activity messages.

The FIT format: a 14-byte header (size, protocol, profile, data size, ".FIT", header CRC), then
definition messages (which fields a local message type carries) and data messages, then a CRC-16
of everything before it.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

FIT_EPOCH = datetime(1989, 12, 31, tzinfo=UTC)
_CRC_TABLE = (
    0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
    0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
)  # fmt: skip
# Base types: (FIT code, struct format, size).
ENUM = (0x00, "B", 1)
UINT8 = (0x02, "B", 1)
UINT16 = (0x84, "H", 2)
SINT32 = (0x85, "i", 4)
UINT32 = (0x86, "I", 4)
SPORTS = {"generic": 0, "running": 1, "cycling": 2, "swimming": 5, "walking": 11, "hiking": 17}
FILE_TYPES = {"activity": 4, "course": 6, "settings": 2}


def crc16(data: bytes, crc: int = 0) -> int:
    """The FIT CRC-16 of `data`."""
    for byte in data:
        tmp = _CRC_TABLE[crc & 0xF]
        crc = (crc >> 4) & 0x0FFF
        crc = crc ^ tmp ^ _CRC_TABLE[byte & 0xF]
        tmp = _CRC_TABLE[crc & 0xF]
        crc = (crc >> 4) & 0x0FFF
        crc = crc ^ tmp ^ _CRC_TABLE[(byte >> 4) & 0xF]
    return crc


def fit_time(moment: datetime) -> int:
    """Seconds since the FIT epoch (1989-12-31 UTC)."""
    return int((moment - FIT_EPOCH).total_seconds())


class FitWriter:
    """Builds a FIT file one message at a time."""

    def __init__(self) -> None:
        self.body = bytearray()
        self._defined: dict[int, tuple[int, tuple[int, ...]]] = {}

    def message(
        self, local: int, global_num: int, fields: Sequence[tuple[int, tuple[int, str, int], int]]
    ) -> None:
        """A data message (with its definition first, when the layout is new)."""
        layout = tuple((num, base[0]) for num, base, _ in fields)
        key = (global_num, hash(layout))
        if self._defined.get(local) != key:
            self.body += struct.pack("<BBBHB", 0x40 | local, 0, 0, global_num, len(fields))
            for num, base, _ in fields:
                self.body += struct.pack("<BBB", num, base[2], base[0])
            self._defined[local] = key  # type: ignore[assignment]
        self.body.append(local)
        for _, base, value in fields:
            self.body += struct.pack("<" + base[1], value)

    def finish(self) -> bytes:
        """The whole file: header, messages and CRC."""
        header = struct.pack("<BBHI4s", 14, 0x20, 2132, len(self.body), b".FIT")
        header += struct.pack("<H", crc16(header))
        data = header + bytes(self.body)
        return data + struct.pack("<H", crc16(data))


@dataclass
class FitActivity:
    """What a generated activity file holds."""

    start: datetime
    distance_m: float = 5000.0
    timer_s: float = 1800.0
    elapsed_s: float | None = None
    sport: str = "running"
    heart_rate: int | None = 150
    cadence: int | None = 84  # strides per minute, as FIT stores it
    ascent_m: int | None = 40
    records: int = 60
    utc_offset_s: int | None = 7200
    file_type: str = "activity"
    with_session: bool = True
    extra_sessions: list[FitActivity] = field(default_factory=list)


def activity_fit(a: FitActivity) -> bytes:
    """A FIT activity file: file_id, `records` record messages, a session and an activity."""
    w = FitWriter()
    start = fit_time(a.start)
    w.message(0, 0, [(0, ENUM, FILE_TYPES[a.file_type]), (1, UINT16, 1), (4, UINT32, start)])
    elapsed = a.elapsed_s if a.elapsed_s is not None else a.timer_s
    for i in range(a.records):
        share = i / max(1, a.records - 1)
        w.message(
            1,
            20,
            [
                (253, UINT32, start + int(elapsed * share)),
                (0, SINT32, int((48.85 + 0.01 * share) * 2**31 / 180)),
                (1, SINT32, int((2.35 + 0.01 * share) * 2**31 / 180)),
                (5, UINT32, int(a.distance_m * share * 100)),
                (2, UINT16, int((35 + 10 * share + 500) * 5)),
                (3, UINT8, a.heart_rate or 0xFF),
            ],
        )
    end = start + int(elapsed)
    for s in (a, *a.extra_sessions) if a.with_session else ():
        _session(w, s, end)
    if a.utc_offset_s is not None:
        w.message(
            3,
            34,
            [
                (253, UINT32, end),
                (0, UINT32, int(a.timer_s * 1000)),
                (1, UINT16, 1),
                (5, UINT32, end + a.utc_offset_s),
            ],
        )
    return w.finish()


def _session(w: FitWriter, a: FitActivity, end: int) -> None:
    elapsed = a.elapsed_s if a.elapsed_s is not None else a.timer_s
    w.message(
        2,
        18,
        [
            (253, UINT32, end),
            (2, UINT32, fit_time(a.start)),
            (5, ENUM, SPORTS[a.sport]),
            (7, UINT32, int(elapsed * 1000)),
            (8, UINT32, int(a.timer_s * 1000)),
            (9, UINT32, int(a.distance_m * 100)),
            (16, UINT8, a.heart_rate if a.heart_rate is not None else 0xFF),
            (18, UINT8, a.cadence if a.cadence is not None else 0xFF),
            (22, UINT16, a.ascent_m if a.ascent_m is not None else 0xFFFF),
        ],
    )
