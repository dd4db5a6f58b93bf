"""The history database file: numbered migrations (`PRAGMA user_version`), opening it, row types."""

from __future__ import annotations

import enum
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from rehab_app.core.models import PainModel
from rehab_app.core.progression.pain_monitoring import MorningCause, MorningKind, morning_verdict
from rehab_app.core.session.record import Outcome, SessionRecord

log = logging.getLogger(__name__)
_MAGIC = b"SQLite format 3\x00"

# Migration N brings the database from user_version N-1 to N. Never edit a shipped one: append.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: sessions with their exercise rows and pain reports, snapshotted at record time.
    (
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            program_id TEXT NOT NULL,
            program_name TEXT NOT NULL,
            program_snapshot TEXT NOT NULL DEFAULT '',
            started_utc TEXT NOT NULL,
            ended_utc TEXT,
            updated_utc TEXT NOT NULL,
            local_date TEXT NOT NULL,
            planned_s INTEGER NOT NULL DEFAULT 0,
            active_s REAL NOT NULL DEFAULT 0,
            paused_s REAL NOT NULL DEFAULT 0,
            outcome TEXT NOT NULL
                CHECK (outcome IN ('in_progress', 'completed', 'ended_early', 'interrupted')),
            pain_before INTEGER,
            pain_after INTEGER,
            effort INTEGER,
            notes TEXT NOT NULL DEFAULT '',
            current_item INTEGER NOT NULL DEFAULT 0
        )""",
        """CREATE TABLE session_items (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            item_index INTEGER NOT NULL,
            exercise_id TEXT NOT NULL,
            exercise_name TEXT NOT NULL,
            planned_sets INTEGER NOT NULL,
            planned_reps INTEGER NOT NULL,
            planned_s INTEGER NOT NULL,
            done_sets INTEGER NOT NULL DEFAULT 0,
            done_reps INTEGER NOT NULL DEFAULT 0,
            done_s REAL NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            variant_of TEXT,
            PRIMARY KEY (session_id, item_index)
        )""",
        """CREATE TABLE pain_reports (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL,
            item_index INTEGER NOT NULL,
            at_s REAL NOT NULL,
            pain INTEGER NOT NULL,
            exercise_id TEXT,
            spreading INTEGER NOT NULL DEFAULT 0,
            nerve_symptoms INTEGER NOT NULL DEFAULT 0,
            sharp INTEGER NOT NULL DEFAULT 0,
            red_flag_symptom INTEGER NOT NULL DEFAULT 0,
            general_warning INTEGER NOT NULL DEFAULT 0,
            action TEXT NOT NULL DEFAULT '',
            rule_id TEXT NOT NULL DEFAULT '',
            FOREIGN KEY (session_id, item_index)
                REFERENCES session_items(session_id, item_index) ON DELETE CASCADE
        )""",
        "CREATE INDEX pain_reports_item ON pain_reports(session_id, item_index)",
        "CREATE INDEX sessions_started ON sessions(started_utc)",
        "CREATE INDEX sessions_program ON sessions(program_id, started_utc)",
    ),
    # 2: pauses, next-morning check-ins, a sortable completed share, and sort-column indexes.
    (
        "ALTER TABLE sessions ADD COLUMN completed_fraction REAL NOT NULL DEFAULT 0",
        """UPDATE sessions SET completed_fraction = COALESCE((
            SELECT CAST(SUM(MIN(i.done_sets, i.planned_sets)) AS REAL) / NULLIF(SUM(i.planned_sets), 0)
            FROM session_items AS i WHERE i.session_id = sessions.id), 0)""",
        """CREATE TABLE session_pauses (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            at_s REAL NOT NULL,
            duration_s REAL NOT NULL,
            PRIMARY KEY (session_id, seq)
        )""",
        """CREATE TABLE checkins (
            day TEXT PRIMARY KEY,
            session_day TEXT NOT NULL,
            pain INTEGER NOT NULL,
            compared_to INTEGER,
            recorded_utc TEXT NOT NULL
        )""",
        "CREATE INDEX sessions_local_date ON sessions(local_date)",
        "CREATE INDEX sessions_program_name ON sessions(program_name)",
        "CREATE INDEX sessions_active ON sessions(active_s)",
        "CREATE INDEX sessions_completed ON sessions(completed_fraction)",
        "CREATE INDEX sessions_pain ON sessions(pain_before, pain_after)",
        "CREATE INDEX sessions_effort ON sessions(effort)",
        "CREATE INDEX sessions_unfinished ON sessions(started_utc) WHERE outcome = 'in_progress'",
    ),
    # 3: why a session ended, the worst pain during it (asked on the summary; progression counts
    # it), two more "it hurts" answers, and the dated log of safety decisions (kept when a session
    # is deleted: no foreign key on session_id).
    (
        "ALTER TABLE sessions ADD COLUMN end_reason TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE sessions ADD COLUMN pain_worst INTEGER",
        "ALTER TABLE pain_reports ADD COLUMN leg_weakness INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE pain_reports ADD COLUMN both_legs INTEGER NOT NULL DEFAULT 0",
        """CREATE TABLE safety_events (
            id INTEGER PRIMARY KEY,
            local_date TEXT NOT NULL,
            recorded_utc TEXT NOT NULL,
            kind TEXT NOT NULL,
            code TEXT NOT NULL DEFAULT '',
            answer TEXT NOT NULL DEFAULT '',
            tier TEXT NOT NULL DEFAULT '',
            session_id INTEGER,
            detail TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX safety_events_day ON safety_events(local_date, id)",
    ),
    # 4: reminders shown and answered (one row per kind, subject and local day, so none repeats);
    # the Patient-Specific Functional Scale; the global rating of change at 4 and 8 weeks.
    (
        """CREATE TABLE reminder_log (
            kind TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            day TEXT NOT NULL,
            planned_local TEXT NOT NULL,
            sent_utc TEXT,
            sends INTEGER NOT NULL DEFAULT 0 CHECK (sends >= 0),
            snoozes INTEGER NOT NULL DEFAULT 0 CHECK (snoozes >= 0),
            snoozed_until_utc TEXT,
            response TEXT,
            responded_utc TEXT,
            PRIMARY KEY (kind, subject, day)
        )""",
        "CREATE INDEX reminder_log_day ON reminder_log(day)",
        """CREATE TABLE psfs (
            day TEXT PRIMARY KEY,
            recorded_utc TEXT NOT NULL
        )""",
        """CREATE TABLE psfs_ratings (
            day TEXT NOT NULL REFERENCES psfs(day) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 5),
            activity TEXT NOT NULL CHECK (length(activity) BETWEEN 1 AND 200),
            score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
            PRIMARY KEY (day, position)
        )""",
        """CREATE TABLE change_ratings (
            week INTEGER PRIMARY KEY CHECK (week BETWEEN 1 AND 104),
            day TEXT NOT NULL,
            rating INTEGER NOT NULL CHECK (rating BETWEEN -7 AND 7),
            recorded_utc TEXT NOT NULL
        )""",
    ),
    # 5: the runs log (issue 14): runs and cross-training from watch files, a Strava export or by hand,
    # with the post-run answers; every file seen for a run, so the same file is known by its hash.
    (
        """CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('run', 'cross_training')),
            sport TEXT NOT NULL DEFAULT '',
            started_utc TEXT NOT NULL,
            start_known INTEGER NOT NULL DEFAULT 1,
            local_date TEXT NOT NULL,
            distance_m REAL CHECK (distance_m >= 0),
            moving_s REAL CHECK (moving_s >= 0),
            elapsed_s REAL CHECK (elapsed_s >= 0),
            elevation_gain_m REAL CHECK (elevation_gain_m >= 0),
            cadence_spm REAL CHECK (cadence_spm >= 0),
            heart_rate_bpm REAL CHECK (heart_rate_bpm >= 0),
            source TEXT NOT NULL CHECK (source IN ('fit', 'gpx', 'tcx', 'strava', 'manual')),
            source_name TEXT NOT NULL DEFAULT '',
            source_sha256 TEXT,
            notes TEXT NOT NULL DEFAULT '',
            pain_during INTEGER CHECK (pain_during BETWEEN 0 AND 10),
            pain_where TEXT,
            leg_symptoms TEXT,
            answered_utc TEXT,
            added_utc TEXT NOT NULL
        )""",
        """CREATE TABLE run_files (
            sha256 TEXT NOT NULL,
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            PRIMARY KEY (sha256, run_id)
        )""",
        "CREATE INDEX runs_started ON runs(started_utc)",
        "CREATE INDEX runs_local_date ON runs(kind, local_date)",
        "CREATE INDEX run_files_run ON run_files(run_id)",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)


def user_version(con: sqlite3.Connection) -> int:
    """The schema version stored in the database header."""
    return int(con.execute("PRAGMA user_version").fetchone()[0])


def migrate(con: sqlite3.Connection, target: int = SCHEMA_VERSION) -> list[int]:
    """Apply the missing migrations up to `target`, one transaction each; returns their numbers.

    `con` must be in autocommit mode (`isolation_level=None`) so the transactions are ours.
    """
    applied = []
    for number in range(user_version(con) + 1, target + 1):
        con.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[number - 1]:
                con.execute(statement)
            # user_version lives in the header page, so it commits or rolls back with the rest.
            con.execute(f"PRAGMA user_version = {number:d}")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
        applied.append(number)
    return applied


class NewerDatabaseError(Exception):
    """The history file was written by a newer version of the app; it is left untouched."""

    def __init__(self, path: Path, found: int) -> None:
        self.path, self.found, self.supported = path, found, SCHEMA_VERSION
        super().__init__(
            f"{path} was written by a newer version of rehab-app (history format {found}; this "
            f"version reads up to {SCHEMA_VERSION}). It was left untouched: update the app to "
            "see your history."
        )


class UnusableDatabaseError(Exception):
    """The file is not a usable history database and should be moved aside."""


VERDICT_NO_BASELINE = "Recorded. There is no pain score from before the session to compare with."
VERDICT_FINE = "Back to your baseline: fine, carry on as planned."
VERDICT_HOLD = "A little above your baseline: keep the next session the same, do not progress yet."
VERDICT_EASE_OFF = "Ease off: reduce the next session."
VERDICT_CREPT_UP = (
    "Ease off: your morning pain has crept up over the last week. Reduce the next session."
)


class SortKey(enum.StrEnum):
    """Columns the review table sorts on (each has an index)."""

    DATE = "date"
    PROGRAM = "program"
    DURATION = "duration"
    COMPLETED = "completed"
    PAIN = "pain"
    EFFORT = "effort"


ORDER_COLUMNS = {
    SortKey.DATE: ("started_utc",),
    SortKey.PROGRAM: ("program_name",),
    SortKey.DURATION: ("active_s",),
    SortKey.COMPLETED: ("completed_fraction",),
    SortKey.PAIN: ("pain_before", "pain_after"),
    SortKey.EFFORT: ("effort",),
}


@dataclass(frozen=True, slots=True)
class HistoryFilter:
    """Which finished sessions to show: one program and/or an inclusive local-date range."""

    program_id: str | None = None
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True, slots=True)
class SessionRow:
    """One line of the review table (no exercise rows)."""

    session_id: int
    local_date: date
    started_utc: datetime
    program_id: str
    program_name: str
    active_s: float
    completed_fraction: float
    pain_before: int | None
    pain_after: int | None
    effort: int | None
    outcome: Outcome


@dataclass(frozen=True, slots=True)
class ResumePoint:
    """Where an unfinished session stopped: items before `next_item` are done or skipped."""

    record: SessionRecord
    next_item: int
    done_items: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class DeletedSession:
    """A deleted session, kept whole so undo can put it back with the same id."""

    record: SessionRecord


@dataclass(frozen=True, slots=True)
class WeekSummary:
    """Sessions and active minutes in the week starting `week_start` (a Monday)."""

    week_start: date
    sessions: int
    minutes: float


@dataclass(frozen=True, slots=True)
class PainPoint:
    """Pain before and after one session."""

    session_id: int
    local_date: date
    pain_before: int | None
    pain_after: int | None


@dataclass(frozen=True, slots=True)
class Checkin:
    """A next-morning answer: pain on `day` after the session on `session_day`."""

    day: date
    session_day: date
    pain: int
    compared_to: int | None


def checkin_verdict(
    morning_pain: int,
    baseline: int | None,
    pain_model: PainModel,
    earlier: Sequence[int] = (),
) -> str:
    """The pain-monitoring model's 24-hour rule applied to a next-morning score.

    `earlier` are the scores of the mornings in the week before, oldest first: a slow creep
    over the week is an "ease off" too (progression reads the same verdict).
    """
    verdict = morning_verdict(morning_pain, baseline, earlier, pain_model)
    if verdict.cause is MorningCause.CREPT_UP:
        return VERDICT_CREPT_UP
    return {
        MorningKind.NO_BASELINE: VERDICT_NO_BASELINE,
        MorningKind.FINE: VERDICT_FINE,
        MorningKind.HOLD: VERDICT_HOLD,
        MorningKind.EASE_OFF: VERDICT_EASE_OFF,
    }[verdict.kind]


def check_header(path: Path) -> None:
    """Refuse a newer or non-SQLite file from its header bytes, before SQLite touches it."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise UnusableDatabaseError(f"cannot read the file: {exc}") from exc
    if not header:
        return
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise UnusableDatabaseError("not an SQLite database")
    found = int.from_bytes(header[60:64], "big", signed=True)
    if found > SCHEMA_VERSION:
        raise NewerDatabaseError(path, found)


def connect(path: Path) -> sqlite3.Connection:
    """Open the single writer connection: pragmas, quick_check, then the missing migrations."""
    con = sqlite3.connect(path, isolation_level=None, timeout=5.0)
    try:
        con.execute("PRAGMA busy_timeout = 5000")
        found = user_version(con)
        if found > SCHEMA_VERSION:
            raise NewerDatabaseError(path, found)
        if found == 0 and con.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]:
            raise UnusableDatabaseError("an SQLite database, but not a rehab-app history")
        # Check before switching to WAL, so a damaged file is moved aside exactly as it was.
        problems = [r[0] for r in con.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise UnusableDatabaseError("; ".join(problems[:3]))
        mode = con.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode != "wal":
            log.warning("history database %s: WAL unavailable, using %s", path, mode)
        con.execute("PRAGMA synchronous = FULL")
        con.execute("PRAGMA foreign_keys = ON")
        if sys.platform == "darwin":
            # macOS fsync does not flush the drive cache; F_FULLFSYNC does.
            con.execute("PRAGMA fullfsync = ON")
            con.execute("PRAGMA checkpoint_fullfsync = ON")
        migrate(con)
    except BaseException:
        con.close()
        raise
    return con


def is_unusable(exc: Exception, path: Path) -> bool:
    """True for errors that mean the file is corrupt or unreadable (not busy, not disk full)."""
    if isinstance(exc, UnusableDatabaseError):
        return True
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    # Busy/locked (another copy running) or a full disk must not make us move the file.
    unusable = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_IOERR}
    return code in unusable or (code == sqlite3.SQLITE_CANTOPEN and path.exists())


def move_aside(path: Path, now: datetime) -> Path:
    """Rename `path` (and its -wal/-shm) to `<name>.corrupt-YYYYmmdd-HHMMSS` in local time."""
    stamp = now.astimezone().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    for suffix in ("", "-wal", "-shm", "-journal"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{target}{suffix}"))
    return target
