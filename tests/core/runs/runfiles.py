"""Generated run files for tests and benchmarks: GPX and TCX text, Strava exports (zip or folder)."""

from __future__ import annotations

import csv
import gzip
import io
import math
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.core.runs.fitfiles import FitActivity, activity_fit

START = datetime(2026, 5, 2, 6, 30, tzinfo=UTC)
_LAT0, _LON0 = 48.85, 2.35
_M_PER_DEG_LAT = 6_371_008.8 * math.pi / 180


@dataclass
class Track:
    """A straight run north: `points` points over `distance_m` metres in `seconds`."""

    start: datetime = START
    distance_m: float = 5000.0
    seconds: float = 1800.0
    points: int = 60
    sport: str = "running"
    heart_rate: int | None = 150
    cadence: int | None = 84  # strides per minute, as Garmin's extensions store it
    times: bool = True

    def point(self, i: int) -> tuple[float, float, float, datetime]:
        """(lat, lon, elevation, time) of point `i`."""
        share = i / max(1, self.points - 1)
        lat = _LAT0 + self.distance_m * share / _M_PER_DEG_LAT
        elevation = 35 + 20 * math.sin(share * math.pi)  # up 20 m and back down
        return lat, _LON0, elevation, self.start + timedelta(seconds=self.seconds * share)


def gpx_text(track: Track) -> str:
    """A GPX 1.1 file of one recorded track, with Garmin's heart rate and cadence extensions."""
    points = []
    for i in range(track.points):
        lat, lon, ele, moment = track.point(i)
        time = f"<time>{moment.strftime('%Y-%m-%dT%H:%M:%SZ')}</time>" if track.times else ""
        ext = ""
        if track.heart_rate or track.cadence:
            hr = f"<gpxtpx:hr>{track.heart_rate}</gpxtpx:hr>" if track.heart_rate else ""
            cad = f"<gpxtpx:cad>{track.cadence}</gpxtpx:cad>" if track.cadence else ""
            ext = f"<extensions><gpxtpx:TrackPointExtension>{hr}{cad}</gpxtpx:TrackPointExtension></extensions>"
        points.append(
            f'<trkpt lat="{lat:.7f}" lon="{lon:.7f}"><ele>{ele:.1f}</ele>{time}{ext}</trkpt>'
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"'
        ' xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">\n'
        f"<trk><name>Morning run</name><type>{track.sport}</type><trkseg>\n"
        + "\n".join(points)
        + "\n</trkseg></trk></gpx>\n"
    )


def tcx_text(track: Track, sport: str = "Running") -> str:
    """A TCX file of one activity with one lap, track points, heart rate and run cadence."""
    points = []
    for i in range(track.points):
        lat, lon, ele, moment = track.point(i)
        share = i / max(1, track.points - 1)
        hr = (
            f"<HeartRateBpm><Value>{track.heart_rate}</Value></HeartRateBpm>"
            if track.heart_rate
            else ""
        )
        cad = (
            f"<Extensions><ns3:TPX><ns3:RunCadence>{track.cadence}</ns3:RunCadence></ns3:TPX></Extensions>"
            if track.cadence
            else ""
        )
        points.append(
            f"<Trackpoint><Time>{moment.strftime('%Y-%m-%dT%H:%M:%S.000Z')}</Time>"
            f"<Position><LatitudeDegrees>{lat:.7f}</LatitudeDegrees><LongitudeDegrees>{lon:.7f}"
            f"</LongitudeDegrees></Position><AltitudeMeters>{ele:.1f}</AltitudeMeters>"
            f"<DistanceMeters>{track.distance_m * share:.1f}</DistanceMeters>{hr}{cad}</Trackpoint>"
        )
    stamp = track.start.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    lap_hr = (
        f"<AverageHeartRateBpm><Value>{track.heart_rate}</Value></AverageHeartRateBpm>"
        if track.heart_rate
        else ""
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"'
        ' xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">'
        f'<Activities><Activity Sport="{sport}"><Id>{stamp}</Id><Lap StartTime="{stamp}">'
        f"<TotalTimeSeconds>{track.seconds:.1f}</TotalTimeSeconds>"
        f"<DistanceMeters>{track.distance_m:.1f}</DistanceMeters>{lap_hr}"
        "<Intensity>Active</Intensity><TriggerMethod>Manual</TriggerMethod><Track>"
        + "".join(points)
        + "</Track></Lap></Activity></Activities></TrainingCenterDatabase>\n"
    )


STRAVA_HEADER = [
    "Activity ID",
    "Activity Date",
    "Activity Name",
    "Activity Type",
    "Activity Description",
    "Elapsed Time",
    "Distance",
    "Max Heart Rate",
    "Relative Effort",
    "Commute",
    "Activity Private Note",
    "Activity Gear",
    "Filename",
    "Athlete Weight",
    "Bike Weight",
    "Elapsed Time",
    "Moving Time",
    "Distance",
    "Max Speed",
    "Average Speed",
    "Elevation Gain",
    "Elevation Loss",
    "Average Heart Rate",
]


@dataclass
class StravaActivity:
    """One activity of a generated Strava export: its CSV row and (unless `kind` is "") its file."""

    activity_id: int
    start: datetime
    kind: str = "fit"  # "fit", "gpx", "tcx" or "" for an activity without a file
    strava_type: str = "Run"
    distance_m: float = 5000.0
    seconds: float = 1800.0
    description: str = ""
    points: int = 60
    gzipped: bool = True

    @property
    def filename(self) -> str:
        """The file's name in the export, as activities.csv gives it."""
        if not self.kind:
            return ""
        gz = ".gz" if self.gzipped else ""
        return f"activities/{self.activity_id}.{self.kind}{gz}"

    def file_bytes(self) -> bytes:
        """The file as the export holds it (gzipped when `gzipped`)."""
        sport = "running" if self.strava_type == "Run" else "cycling"
        track = Track(self.start, self.distance_m, self.seconds, self.points, sport=sport)
        if self.kind == "fit":
            fit = FitActivity(
                self.start, self.distance_m, self.seconds, sport=sport, records=self.points
            )
            data = activity_fit(fit)
        elif self.kind == "gpx":
            data = gpx_text(track).encode()
        else:
            data = tcx_text(track, "Running" if sport == "running" else "Biking").encode()
        return gzip.compress(data, compresslevel=1, mtime=0) if self.gzipped else data

    def row(self) -> list[str]:
        """Its activities.csv row (Strava's date format, distance in km then in metres)."""
        stamp = self.start.strftime("%b %-d, %Y, %-I:%M:%S %p")
        km = f"{self.distance_m / 1000:.2f}"
        return [
            str(self.activity_id), stamp, "Morning Run", self.strava_type, self.description,
            str(int(self.seconds)), km, "170", "20", "false", "", "", self.filename, "", "",
            f"{self.seconds:.1f}", f"{self.seconds:.1f}", f"{self.distance_m:.1f}", "4.0",
            "2.8", "40.0", "40.0", "148",
        ]  # fmt: skip


def activities_csv(
    activities: Sequence[StravaActivity], header: Sequence[str] = STRAVA_HEADER
) -> bytes:
    """activities.csv for these activities."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(a.row() for a in activities)
    return buffer.getvalue().encode()


def strava_zip(
    path: Path, activities: Sequence[StravaActivity], extra: dict[str, bytes] | None = None
) -> Path:
    """A Strava bulk export zip: activities.csv, activities/, and `extra` entries."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("activities.csv", activities_csv(activities))
        for a in activities:
            if a.kind:
                archive.writestr(a.filename, a.file_bytes())
        archive.writestr("profile.csv", b"Email\nrunner@example.org\n")
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def strava_folder(folder: Path, activities: Sequence[StravaActivity]) -> Path:
    """An unpacked Strava export."""
    (folder / "activities").mkdir(parents=True, exist_ok=True)
    (folder / "activities.csv").write_bytes(activities_csv(activities))
    for a in activities:
        if a.kind:
            (folder / a.filename).write_bytes(a.file_bytes())
    return folder


def mixed_export(count: int, start: datetime = START) -> list[StravaActivity]:
    """`count` activities a day apart: FIT, GPX and TCX in turn, every fifth a ride."""
    kinds = ("fit", "gpx", "tcx")
    return [
        StravaActivity(
            1000 + i,
            start + timedelta(days=i, minutes=i % 60),
            kinds[i % 3],
            "Ride" if i % 5 == 4 else "Run",
            distance_m=4000.0 + 37 * (i % 50),
            seconds=1500.0 + 11 * (i % 50),
        )
        for i in range(count)
    ]
