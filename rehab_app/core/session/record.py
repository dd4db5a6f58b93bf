"""What a session did, as the engine records it and the history store keeps it."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol


class Outcome(enum.StrEnum):
    """How a session ended."""

    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"
    INTERRUPTED = "interrupted"


@dataclass(slots=True)
class PainReport:
    """An "it hurts" report during a session, with the action the stop rules chose."""

    at_s: float
    pain: int
    exercise_id: str | None = None
    spreading: bool = False
    nerve_symptoms: bool = False
    sharp: bool = False
    red_flag_symptom: bool = False
    general_warning: bool = False
    action: str = ""
    rule_id: str = ""
    leg_weakness: bool = False
    both_legs: bool = False


@dataclass(slots=True)
class ExerciseRecord:
    """Planned against done for one program item."""

    item_index: int
    exercise_id: str
    exercise_name: str
    planned_sets: int
    planned_reps: int
    planned_s: int
    done_sets: int = 0
    done_reps: int = 0
    done_s: float = 0.0
    skipped: bool = False
    variant_of: str | None = None
    pain_reports: list[PainReport] = field(default_factory=list)

    @property
    def completed(self) -> bool:
        """True when every planned set was done."""
        return not self.skipped and self.done_sets >= self.planned_sets


@dataclass(slots=True)
class Pause:
    """A pause: when it began (seconds into the session) and how long it lasted."""

    at_s: float
    duration_s: float


@dataclass(slots=True)
class SessionRecord:
    """Everything about one session; `items` follow the program's order."""

    program_id: str
    program_name: str
    program_snapshot: str
    started_utc: datetime
    local_date: str
    planned_s: int
    items: list[ExerciseRecord]
    outcome: Outcome = Outcome.IN_PROGRESS
    ended_utc: datetime | None = None
    active_s: float = 0.0
    paused_s: float = 0.0
    pauses: list[Pause] = field(default_factory=list)
    pain_before: int | None = None
    pain_after: int | None = None
    # The worst pain during the session, as the user remembers it on the summary (0-10).
    pain_worst: int | None = None
    effort: int | None = None
    notes: str = ""
    current_item: int = 0
    session_id: int | None = None
    # Why it ended: "" completed (or not known), "user", "interrupted", or the stop rule's id.
    end_reason: str = ""

    @property
    def completed_fraction(self) -> float:
        """Share of the planned sets that were done, 0.0 to 1.0."""
        planned = sum(i.planned_sets for i in self.items)
        done = sum(min(i.done_sets, i.planned_sets) for i in self.items)
        return done / planned if planned else 0.0


@dataclass(frozen=True, slots=True)
class WriteFailure:
    """Why the last save of a session failed: `kind` for the user, `detail` from the system.

    Kinds: "disk_full", "read_only", "busy" (another program holds the file), "io_error", "other".
    """

    kind: str
    detail: str


class SessionSink(Protocol):
    """Where the player hands a session: at start, at every exercise boundary and pause, and at the end.

    A sink never raises on a failed write: it sets `write_error` (None again after a write
    succeeds), and the next write saves the whole session again.
    """

    @property
    def write_error(self) -> WriteFailure | None:
        """Why the last write failed, or None when it succeeded."""

    def begin(self, record: SessionRecord) -> None:
        """A session started; the sink may set `record.session_id`."""

    def checkpoint(self, record: SessionRecord) -> None:
        """Save progress so a crash loses at most the current exercise."""

    def finish(self, record: SessionRecord) -> None:
        """The session ended (completed or early) and the summary was filled in."""


class MemorySink:
    """A sink that keeps sessions in memory: for tests, and until a store is wired."""

    def __init__(self) -> None:
        self.sessions: list[SessionRecord] = []
        self.checkpoints = 0
        self.write_error: WriteFailure | None = None

    def begin(self, record: SessionRecord) -> None:
        """Remember the session and give it an id."""
        record.session_id = len(self.sessions) + 1
        self.sessions.append(record)

    def checkpoint(self, record: SessionRecord) -> None:
        """Count checkpoints (the record is shared, so nothing to copy)."""
        self.checkpoints += 1

    def finish(self, record: SessionRecord) -> None:
        """Nothing more to do: the record is already kept."""
