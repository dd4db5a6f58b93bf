"""Read activities from FIT files (Garmin, Coros, Polar, Suunto, Wahoo watches) with fitdecode."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

import fitdecode

from rehab_app.core.runs.model import Activity, canonical_sport, finite
from rehab_app.core.runs.reading import FormatError, SkipReason

# Message and field numbers of the FIT profile (stable across profile versions; names may gain subfields).
_FILE_ID, _SESSION, _RECORD, _ACTIVITY = 0, 18, 20, 34
_TIMESTAMP = 253
_SESSION_START, _SPORT, _SUB_SPORT = 2, 5, 6
_ELAPSED, _TIMER, _DISTANCE = 7, 8, 9
_AVG_HEART_RATE, _AVG_CADENCE, _TOTAL_ASCENT, _AVG_FRACTIONAL_CADENCE = 16, 18, 22, 41
_RECORD_DISTANCE = 5
_ACTIVITY_LOCAL_TIMESTAMP = 5
# Offsets from UTC beyond this are not a time zone: the device's clock was wrong.
_MAX_OFFSET_S = 14 * 3600


def is_fit(data: bytes) -> bool:
    """True when `data` starts with a FIT file header."""
    return len(data) >= 12 and data[8:12] == b".FIT" and data[0] in (12, 14)


def read_fit(data: bytes) -> list[Activity]:
    """Every activity (one per session) in a FIT file; FormatError says why there is none."""
    sessions: list[Any] = []
    first_record = last_record = None
    file_type: object = None
    offset_s: int | None = None
    try:
        with fitdecode.FitReader(
            io.BytesIO(data),
            check_crc=fitdecode.CrcCheck.RAISE,
            # Devices write odd developer fields; what we read comes from the standard messages.
            error_handling=fitdecode.ErrorHandling.IGNORE,
        ) as reader:
            for frame in reader:
                if frame.frame_type != fitdecode.FIT_FRAME_DATA:
                    continue
                # The message number, not `frame.name`: two property lookups per record add up.
                number = frame.def_mesg.global_mesg_num
                if number == _RECORD:
                    if first_record is None:
                        first_record = frame
                    last_record = frame
                elif number == _SESSION:
                    sessions.append(frame)
                elif number == _FILE_ID and file_type is None:
                    file_type = frame.get_value("type", fallback=None)
                elif number == _ACTIVITY:
                    offset_s = _utc_offset(frame)
    except fitdecode.FitCRCError as exc:
        raise FormatError(SkipReason.CHECKSUM, str(exc)) from None
    except fitdecode.FitEOFError as exc:
        raise FormatError(SkipReason.TRUNCATED, str(exc)) from None
    except fitdecode.FitHeaderError as exc:
        truncated = "truncated" in str(exc)
        reason = SkipReason.TRUNCATED if truncated else SkipReason.DAMAGED
        raise FormatError(reason, str(exc)) from None
    except Exception as exc:  # a third-party decoder on untrusted bytes: any error is damage
        raise FormatError(SkipReason.DAMAGED, f"{type(exc).__name__}: {exc}") from None
    if file_type not in (None, "activity"):
        raise FormatError(SkipReason.NOT_ACTIVITY, f"FIT file type {file_type}")
    if sessions:
        return [_from_session(s, offset_s) for s in sessions]
    if first_record is None or last_record is None:
        raise FormatError(SkipReason.NO_DATA)
    return [_from_records(first_record, last_record, offset_s)]


def _utc_offset(activity: Any) -> int | None:
    moment = activity.get_value(_TIMESTAMP, fallback=None)
    local = activity.get_value(_ACTIVITY_LOCAL_TIMESTAMP, fallback=None)
    if not isinstance(moment, datetime) or not isinstance(local, datetime):
        return None
    offset = (local - moment).total_seconds()
    if abs(offset) > _MAX_OFFSET_S:
        return None
    return round(offset / 900) * 900  # zones are whole quarter hours; the two stamps may differ


def _start(message: Any, *fields: int) -> datetime:
    for number in fields:
        value = message.get_value(number, fallback=None)
        if isinstance(value, datetime):
            return value
    # fitdecode leaves a time below its minimum as a number: the device had no clock yet.
    raise FormatError(SkipReason.BAD_VALUES, "no valid start time")


def _sport(message: Any) -> str:
    sport = canonical_sport(str(message.get_value(_SPORT, fallback="") or ""))
    if sport:
        return sport
    return canonical_sport(str(message.get_value(_SUB_SPORT, fallback="") or ""))


def _from_session(session: Any, offset_s: int | None) -> Activity:
    sport = _sport(session)
    cadence = None
    strides = finite(session.get_value(_AVG_CADENCE, fallback=None))
    if sport == "running" and strides:
        fraction = finite(session.get_value(_AVG_FRACTIONAL_CADENCE, fallback=None)) or 0.0
        cadence = 2 * (strides + fraction)  # FIT counts strides (one foot); runners count steps
    return Activity(
        sport=sport,
        started_utc=_start(session, _SESSION_START, _TIMESTAMP),
        distance_m=finite(session.get_value(_DISTANCE, fallback=None)),
        moving_s=finite(session.get_value(_TIMER, fallback=None)),
        elapsed_s=finite(session.get_value(_ELAPSED, fallback=None)),
        elevation_gain_m=finite(session.get_value(_TOTAL_ASCENT, fallback=None)),
        cadence_spm=cadence,
        heart_rate_bpm=finite(session.get_value(_AVG_HEART_RATE, fallback=None), 1),
        utc_offset_s=offset_s,
    )


def _from_records(first: Any, last: Any, offset_s: int | None) -> Activity:
    """An activity without a session message (some apps, some older devices): its records."""
    start = _start(first, _TIMESTAMP)
    end = _start(last, _TIMESTAMP)
    elapsed = max(0.0, (end - start).total_seconds())
    return Activity(
        sport="",
        started_utc=start,
        distance_m=finite(last.get_value(_RECORD_DISTANCE, fallback=None)),
        moving_s=None,
        elapsed_s=elapsed,
        utc_offset_s=offset_s,
    )
