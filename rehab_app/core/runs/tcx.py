"""Read activities from Garmin TCX files with the standard library's XML parser (no DOCTYPE)."""

from __future__ import annotations

import contextlib
import xml.etree.ElementTree as ET

from rehab_app.core.runs.model import Activity, canonical_sport
from rehab_app.core.runs.reading import (
    FormatError,
    SkipReason,
    climb,
    mean,
    parse_time,
    xml_text,
)

ROOT = "TrainingCenterDatabase"


def parse_tcx(data: bytes) -> ET.Element:
    """The XML tree of a TCX file (DOCTYPE and entities refused); FormatError if it is not XML."""
    text = xml_text(data)
    try:
        return ET.fromstring(text)
    except ET.ParseError as exc:
        raise FormatError(SkipReason.MALFORMED_XML, str(exc)) from None


def read_tcx(data: bytes) -> list[Activity]:
    """Every activity in a TCX file; FormatError says why there is none."""
    root = parse_tcx(data)
    ns = root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    if root.tag != ns + ROOT:
        raise FormatError(SkipReason.UNKNOWN_FORMAT, f"the root element is {root.tag}")
    activities = root.findall(f"{ns}Activities/{ns}Activity")
    if not activities:
        courses = root.find(f"{ns}Courses") is not None
        raise FormatError(SkipReason.NOT_ACTIVITY if courses else SkipReason.NO_DATA)
    return [_activity(a, ns) for a in activities]


def _number(element: ET.Element | None) -> float | None:
    if element is None or not element.text:
        return None
    try:
        return float(element.text)
    except ValueError:
        return None


class _Points:
    """What the track points of an activity add up to (one pass over each point's children)."""

    def __init__(self, ns: str) -> None:
        self.ns = ns
        self.first_time: str | None = None
        self.last_time: str | None = None
        self.distance: float | None = None
        self.altitudes: list[float] = []
        self.heart: list[float] = []
        self.cadence: list[float] = []

    def add(self, lap: ET.Element, want_heart: bool, want_cadence: bool) -> None:
        """Add a lap's points; heart rate and cadence only when the lap has no averages."""
        ns = self.ns
        t_time, t_alt, t_dist = f"{ns}Time", f"{ns}AltitudeMeters", f"{ns}DistanceMeters"
        t_hr = f"{ns}HeartRateBpm" if want_heart else None
        t_ext = f"{ns}Extensions" if want_cadence else None
        t_value = f"{ns}Value"
        altitudes, heart, cadence = self.altitudes, self.heart, self.cadence
        distance = None
        for point in lap.iter(f"{ns}Trackpoint"):
            # One pass over each point's children, numbers read as they come: per-point find()
            # and helper calls would cost more than parsing the XML did.
            for child in point:
                tag = child.tag
                try:
                    if tag == t_time:
                        self.first_time = self.first_time or child.text
                        self.last_time = child.text
                    elif tag == t_alt:
                        altitudes.append(float(child.text or ""))
                    elif tag == t_dist:
                        distance = child.text
                    elif tag == t_hr:
                        heart.append(float(child.findtext(t_value) or ""))
                    elif tag == t_ext:
                        for node in child.iter():
                            if node.tag.endswith("}RunCadence"):
                                cadence.append(float(node.text or ""))
                except ValueError:
                    continue  # an empty or unreadable value: the point still counts
        if distance is not None:
            with contextlib.suppress(ValueError):
                self.distance = max(self.distance or 0.0, float(distance))


def _activity(activity: ET.Element, ns: str) -> Activity:
    sport = canonical_sport(activity.get("Sport", ""))
    laps = activity.findall(f"{ns}Lap")
    lap_time = lap_distance = 0.0
    weighted_hr = hr_time = 0.0
    weighted_cad = cad_time = 0.0
    points = _Points(ns)
    for lap in laps:
        seconds = _number(lap.find(f"{ns}TotalTimeSeconds")) or 0.0
        lap_time += seconds
        lap_distance += _number(lap.find(f"{ns}DistanceMeters")) or 0.0
        hr = _number(lap.find(f"{ns}AverageHeartRateBpm/{ns}Value"))
        if hr:
            weighted_hr, hr_time = weighted_hr + hr * seconds, hr_time + seconds
        cad = None
        extensions = lap.find(f"{ns}Extensions")
        for node in extensions.iter() if extensions is not None else ():
            if node.tag.endswith("}AvgRunCadence") and (cad := _number(node)):
                weighted_cad, cad_time = weighted_cad + cad * seconds, cad_time + seconds
        points.add(lap, want_heart=not hr, want_cadence=not cad)
    start = (
        parse_time(activity.findtext(f"{ns}Id"))
        or next((t for t in (parse_time(lap.get("StartTime")) for lap in laps) if t), None)
        or parse_time(points.first_time)
    )
    if start is None:
        raise FormatError(SkipReason.NO_TIMES)
    last = parse_time(points.last_time)
    elapsed = (last - start).total_seconds() if last and last > start else None
    strides = weighted_cad / cad_time if cad_time else mean([c for c in points.cadence if c > 0])
    return Activity(
        sport=sport,
        started_utc=start,
        distance_m=lap_distance or points.distance,
        moving_s=lap_time or None,
        elapsed_s=max(elapsed or 0.0, lap_time) or None,
        elevation_gain_m=climb(points.altitudes),
        cadence_spm=2 * strides if strides and sport in ("running", "") else None,
        heart_rate_bpm=weighted_hr / hr_time
        if hr_time
        else mean([h for h in points.heart if h > 0]),
    )
