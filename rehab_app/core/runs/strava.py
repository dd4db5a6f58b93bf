"""A Strava bulk export's activities.csv: one row per activity, naming its file in activities/."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from rehab_app.core.runs.model import Activity, canonical_sport, finite
from rehab_app.core.runs.reading import FormatError, SkipReason

CSV_NAME = "activities.csv"
REQUIRED = ("Activity Date", "Activity Type", "Filename")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WORD = re.compile(r"[A-Za-z]+")
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class StravaRow:
    """One activity as activities.csv lists it; `line` is its line number in the file."""

    line: int
    activity_id: str
    filename: str
    sport: str
    started_utc: datetime | None
    distance_m: float | None = None
    moving_s: float | None = None
    elapsed_s: float | None = None
    elevation_gain_m: float | None = None
    heart_rate_bpm: float | None = None
    notes: str = ""

    def activity(self) -> Activity | None:
        """The activity from this row alone (no file, or an unusable one); None without a date."""
        if self.started_utc is None:
            return None
        return Activity(
            sport=self.sport,
            started_utc=self.started_utc,
            distance_m=self.distance_m,
            moving_s=self.moving_s,
            elapsed_s=self.elapsed_s,
            elevation_gain_m=self.elevation_gain_m,
            heart_rate_bpm=self.heart_rate_bpm,
            notes=self.notes,
        )


def parse_date(text: str) -> datetime | None:
    """Strava's "Mar 3, 2021, 6:15:30 PM" (UTC; English month names whatever the locale) or ISO."""
    text = text.replace("\u202f", " ").replace("\xa0", " ").strip()
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except ValueError:
        pass
    words = [w.lower() for w in _WORD.findall(text)]
    months = [i for i, m in enumerate(_MONTHS, 1) for w in words if w.startswith(m)]
    numbers = [int(n) for n in _NUMBER.findall(text)]
    if len(months) != 1 or len(numbers) != 5:
        return None
    day, year, hour, minute, second = numbers
    if "pm" in words and hour < 12:
        hour += 12
    elif "am" in words and hour == 12:
        hour = 0
    try:
        return datetime(year, months[0], day, hour, minute, second, tzinfo=UTC)
    except ValueError:
        return None


def _number(text: str) -> float | None:
    text = text.strip()
    if "," in text and "." not in text:
        text = text.replace(",", ".")  # a decimal comma
    try:
        return finite(float(text.replace(",", "")))
    except ValueError:
        return None


def read_activities_csv(data: bytes) -> list[StravaRow]:
    """The rows of activities.csv; FormatError(BAD_CSV) when it is not such a list."""
    try:
        text = data.decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise FormatError(SkipReason.BAD_CSV, str(exc)) from None
    if not rows:
        raise FormatError(SkipReason.BAD_CSV, "no header")
    header = [h.strip() for h in rows[0]]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise FormatError(SkipReason.BAD_CSV, "missing columns: " + ", ".join(missing))
    first: dict[str, int] = {}
    for i, name in enumerate(header):
        first.setdefault(name, i)
    # Newer exports list Distance twice: first in the athlete's units (km), then in metres.
    distances = [i for i, name in enumerate(header) if name == "Distance"]
    metres_at = distances[1] if len(distances) > 1 else None
    km_at = distances[0] if len(distances) == 1 else None

    def cell(row: list[str], at: int | None) -> str:
        return row[at] if at is not None and at < len(row) else ""

    found = []
    for line, row in enumerate(rows[1:], 2):
        if not any(c.strip() for c in row):
            continue
        distance = _number(cell(row, metres_at))
        if distance is None and (km := _number(cell(row, km_at))) is not None:
            distance = km * 1000
        found.append(
            StravaRow(
                line=line,
                activity_id=cell(row, first.get("Activity ID")).strip(),
                filename=cell(row, first["Filename"]).strip(),
                sport=canonical_sport(cell(row, first["Activity Type"])),
                started_utc=parse_date(cell(row, first["Activity Date"])),
                distance_m=distance,
                moving_s=_number(cell(row, first.get("Moving Time"))),
                elapsed_s=_number(cell(row, first.get("Elapsed Time"))),
                elevation_gain_m=_number(cell(row, first.get("Elevation Gain"))),
                heart_rate_bpm=_number(cell(row, first.get("Average Heart Rate"))) or None,
                notes=cell(row, first.get("Activity Description")).strip(),
            )
        )
    return found
