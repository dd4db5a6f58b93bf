"""Read an activity from a GPX track with gpxpy: start, distance, moving time, climb, heart rate."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

import gpxpy
import gpxpy.gpx

from rehab_app.core.runs.model import Activity, canonical_sport
from rehab_app.core.runs.reading import (
    MOVING_SPEED_MS,
    FormatError,
    SkipReason,
    climb,
    mean,
    step_metres,
    xml_text,
)

# Strava writes its own activity type numbers into <type>.
_STRAVA_TYPES = {"1": "cycling", "9": "running"}


def read_gpx(data: bytes) -> list[Activity]:
    """The recorded track of a GPX file as one activity; FormatError says why there is none."""
    text = xml_text(data)
    try:
        document = gpxpy.parse(text)
    except gpxpy.gpx.GPXXMLSyntaxException as exc:
        raise FormatError(SkipReason.MALFORMED_XML, str(exc.__cause__ or exc)) from None
    except Exception as exc:  # gpxpy raises plain ValueError etc. on bad values
        raise FormatError(SkipReason.DAMAGED, f"{type(exc).__name__}: {exc}") from None
    segments = [seg.points for trk in document.tracks for seg in trk.segments if seg.points]
    if not segments:
        detail = "a route or waypoints, no recorded track" if document.routes else ""
        if document.routes or document.waypoints:
            raise FormatError(SkipReason.NOT_ACTIVITY, detail)
        raise FormatError(SkipReason.NO_DATA)
    label = next((t.type for t in document.tracks if t.type), "") or ""
    sport = _STRAVA_TYPES.get(label.strip()) or canonical_sport(label)
    return [_summary(segments, sport)]


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _summary(segments: list[list[gpxpy.gpx.GPXTrackPoint]], sport: str) -> Activity:
    distance = moving = 0.0
    first: datetime | None = None
    last: datetime | None = None
    elevations: list[float] = []
    heart: list[float] = []
    cadence: list[float] = []
    for points in segments:
        prev = None
        for point in points:
            if point.elevation is not None:
                elevations.append(point.elevation)
            if point.extensions:
                _extensions(point.extensions, heart, cadence)
            if prev is not None:
                step = step_metres(prev.latitude, prev.longitude, point.latitude, point.longitude)
                distance += step
                if prev.time is not None and point.time is not None:
                    seconds = (point.time - prev.time).total_seconds()
                    if seconds > 0 and step / seconds >= MOVING_SPEED_MS:
                        moving += seconds
            if point.time is not None:
                first = first or point.time
                last = point.time
            prev = point
    if first is None or last is None:
        raise FormatError(SkipReason.NO_TIMES)
    spm = mean(cadence)
    return Activity(
        sport=sport,
        started_utc=_utc(first),
        distance_m=distance,
        moving_s=moving,
        elapsed_s=max(0.0, (last - first).total_seconds()),
        elevation_gain_m=climb(elevations),
        # Garmin's track point extension counts strides (one foot), like FIT.
        cadence_spm=2 * spm if spm and sport in ("running", "") else None,
        heart_rate_bpm=mean(heart),
    )


def _extensions(elements: Iterable[object], heart: list[float], cadence: list[float]) -> None:
    """Heart rate and cadence from Garmin's (or a look-alike) track point extension."""
    for element in elements:
        for node in element.iter():  # type: ignore[attr-defined]
            tag = node.tag.rpartition("}")[2] if isinstance(node.tag, str) else ""
            if tag not in ("hr", "cad") or not node.text:
                continue
            try:
                value = float(node.text)
            except ValueError:
                continue
            if value > 0:
                (heart if tag == "hr" else cadence).append(value)
