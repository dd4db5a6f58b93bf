"""What the runs log holds: activities read from files, stored runs, and the post-run answers."""

from __future__ import annotations

import enum
import math
import re
from dataclasses import dataclass
from datetime import date, datetime

# Faster than this on average (2:30 per km) an activity of unknown sport is not a run.
MAX_RUNNING_SPEED_MS = 1000 / 150


class Kind(enum.StrEnum):
    """A run counts towards running load; cross-training (cycling, swimming, walking) does not."""

    RUN = "run"
    CROSS_TRAINING = "cross_training"


class Source(enum.StrEnum):
    """Where a stored activity came from."""

    FIT = "fit"
    GPX = "gpx"
    TCX = "tcx"
    STRAVA = "strava"  # a row of a Strava export's activities.csv, without a usable file
    MANUAL = "manual"


class PainArea(enum.StrEnum):
    """Where it hurt during a run (the post-run questions)."""

    LOWER_BACK = "lower_back"
    BUTTOCK = "buttock"
    HIP = "hip"
    THIGH = "thigh"
    KNEE = "knee"
    LOWER_LEG = "lower_leg"
    FOOT = "foot"
    OTHER = "other"


class LegSymptom(enum.StrEnum):
    """Leg symptoms during or after a run that a physiotherapist would want to hear about."""

    PAIN_INTO_LEG = "pain_into_leg"
    PINS_AND_NEEDLES = "pins_and_needles"
    NUMBNESS = "numbness"
    WEAKNESS = "weakness"


# Sport names as the formats spell them, reduced to letters, mapped to the log's own names.
_SPORT_WORDS: tuple[tuple[str, str], ...] = (
    ("treadmill", "running"),
    ("run", "running"),
    ("jog", "running"),
    ("walk", "walking"),
    ("hik", "hiking"),
    ("bik", "cycling"),
    ("ride", "cycling"),
    ("cycl", "cycling"),
    ("swim", "swimming"),
    ("elliptical", "elliptical"),
    ("row", "rowing"),
    ("paddl", "paddling"),
    ("kayak", "paddling"),
    ("ski", "skiing"),
    ("snowboard", "skiing"),
    ("yoga", "yoga"),
    ("pilates", "yoga"),
    ("weight", "strength"),
    ("strength", "strength"),
    ("crossfit", "strength"),
)
# Labels that say nothing about the sport.
_UNKNOWN = {"", "generic", "other", "all", "invalid", "workout", "training", "fitnessequipment"}
_LETTERS = re.compile(r"[^a-z]")


def canonical_sport(label: str) -> str:
    """A format's sport label ("Trail Run", "trail_running", "Biking") as one of the log's names.

    Returns "" when the label does not say which sport it was.
    """
    word = _LETTERS.sub("", label.lower())
    if word in _UNKNOWN:
        return ""
    for part, sport in _SPORT_WORDS:
        if part in word:
            return sport
    return "other"


def kind_of(sport: str, distance_m: float | None, duration_s: float | None) -> Kind:
    """A run when the sport is running, or unknown at a pace a runner could keep."""
    if sport == "running":
        return Kind.RUN
    if sport:
        return Kind.CROSS_TRAINING
    if distance_m and duration_s and distance_m / duration_s > MAX_RUNNING_SPEED_MS:
        return Kind.CROSS_TRAINING
    return Kind.RUN


def finite(value: object, low: float = 0.0) -> float | None:
    """`value` as a float if it is a finite number of at least `low`, else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) and number >= low else None


@dataclass(frozen=True, slots=True)
class Activity:
    """One activity read from a file or an export row, not yet stored."""

    sport: str
    started_utc: datetime
    distance_m: float | None
    moving_s: float | None
    elapsed_s: float | None
    elevation_gain_m: float | None = None
    cadence_spm: float | None = None
    heart_rate_bpm: float | None = None
    # The device's offset from UTC at the start, when the file says so (FIT does).
    utc_offset_s: int | None = None
    notes: str = ""

    @property
    def duration_s(self) -> float | None:
        """Moving time, or elapsed time when the file has no moving time."""
        return self.moving_s if self.moving_s is not None else self.elapsed_s


@dataclass(frozen=True, slots=True)
class RunAnswers:
    """The post-run questions: pain during the run (0-10), where, and leg symptoms."""

    pain_during: int | None = None
    pain_where: tuple[PainArea, ...] = ()
    leg_symptoms: tuple[LegSymptom, ...] = ()


@dataclass(frozen=True, slots=True)
class RunRow:
    """A stored run or cross-training activity."""

    run_id: int
    kind: Kind
    sport: str
    started_utc: datetime
    local_date: date
    distance_m: float | None
    moving_s: float | None
    elapsed_s: float | None
    source: Source
    # False for a run added by hand without a time of day (started_utc is then noon local time).
    start_known: bool = True
    elevation_gain_m: float | None = None
    cadence_spm: float | None = None
    heart_rate_bpm: float | None = None
    source_name: str = ""
    source_sha256: str | None = None
    notes: str = ""
    # None until the post-run questions are answered (an empty tuple means "nowhere", "none").
    pain_during: int | None = None
    pain_where: tuple[PainArea, ...] | None = None
    leg_symptoms: tuple[LegSymptom, ...] | None = None
    answered_utc: datetime | None = None
    added_utc: datetime | None = None

    @property
    def duration_s(self) -> float | None:
        """Moving time, or elapsed time when there is no moving time."""
        return self.moving_s if self.moving_s is not None else self.elapsed_s

    @property
    def pace_s_per_km(self) -> float | None:
        """Seconds per kilometre over the moving time; None without a distance or a time."""
        duration = self.duration_s
        if not self.distance_m or not duration:
            return None
        return duration / (self.distance_m / 1000)

    @property
    def answered(self) -> bool:
        """True once the post-run questions have been answered."""
        return self.answered_utc is not None


@dataclass(frozen=True, slots=True)
class RunFile:
    """A file known to hold a stored run (so importing it again is recognised at once)."""

    sha256: str
    run_id: int
    name: str
