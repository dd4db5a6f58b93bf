"""The runs log in the history database: storing runs once, listing them, the post-run answers."""

from __future__ import annotations

import enum
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, TypeVar

from rehab_app.core.history.connection import HistoryConnection
from rehab_app.core.history.records import iso
from rehab_app.core.runs.model import (
    Activity,
    Kind,
    LegSymptom,
    PainArea,
    RunAnswers,
    RunFile,
    RunRow,
    Source,
    finite,
    kind_of,
)

# The same activity from two sources: starts this close and distances this close (Garmin and
# Strava round differently, a .gpx recomputes the distance from its points).
SAME_START = timedelta(minutes=2)
SAME_DISTANCE = 0.03
# Fields a duplicate may fill in when the stored copy lacks them (a .gpx has no heart rate).
FILLABLE = (
    "distance_m",
    "moving_s",
    "elapsed_s",
    "elevation_gain_m",
    "cadence_spm",
    "heart_rate_bpm",
)
_COLS = (
    "id, kind, sport, started_utc, start_known, local_date, distance_m, moving_s, elapsed_s,"
    " elevation_gain_m, cadence_spm, heart_rate_bpm, source, source_name, source_sha256, notes,"
    " pain_during, pain_where, leg_symptoms, answered_utc, added_utc"
)
_INSERT = "INSERT INTO runs ({}) VALUES ({})".format(_COLS, ", ".join("?" * len(_COLS.split(","))))
_E = TypeVar("_E", bound=enum.Enum)


@dataclass(frozen=True, slots=True)
class NewActivity:
    """An activity ready to store: what it is, where it came from, the local date it counts for."""

    activity: Activity
    kind: Kind
    source: Source
    local_date: date
    source_name: str = ""
    sha256: str | None = None
    start_known: bool = True


class AddStatus(enum.StrEnum):
    """What storing one activity did."""

    ADDED = "added"
    DUPLICATE = "duplicate"


@dataclass(frozen=True, slots=True)
class Stored:
    """The outcome of storing one activity: the run now holding it, and what a duplicate added."""

    status: AddStatus
    run: RunRow
    filled: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DeletedRun:
    """A deleted run with its files, kept so undo can put it back with the same id."""

    run: RunRow
    files: tuple[RunFile, ...]


def _join(values: Iterable[enum.Enum] | None) -> str | None:
    return None if values is None else ",".join(sorted({str(v.value) for v in values}))


def _split(text: str | None, kind: type[_E]) -> tuple[_E, ...] | None:
    if text is None:
        return None
    known = {str(m.value): m for m in kind}
    return tuple(known[p] for p in text.split(",") if p in known)


def run_row(r: Sequence[Any]) -> RunRow:
    """A `runs` row (in _COLS order) as a RunRow."""
    return RunRow(
        run_id=r[0],
        kind=Kind(r[1]),
        sport=r[2],
        started_utc=datetime.fromisoformat(r[3]),
        start_known=bool(r[4]),
        local_date=date.fromisoformat(r[5]),
        distance_m=r[6],
        moving_s=r[7],
        elapsed_s=r[8],
        elevation_gain_m=r[9],
        cadence_spm=r[10],
        heart_rate_bpm=r[11],
        source=Source(r[12]),
        source_name=r[13],
        source_sha256=r[14],
        notes=r[15],
        pain_during=r[16],
        pain_where=_split(r[17], PainArea),
        leg_symptoms=_split(r[18], LegSymptom),
        answered_utc=None if r[19] is None else datetime.fromisoformat(r[19]),
        added_utc=None if r[20] is None else datetime.fromisoformat(r[20]),
    )


def _values(run: RunRow) -> tuple[object, ...]:
    return (
        run.run_id, run.kind.value, run.sport, iso(run.started_utc), int(run.start_known),
        run.local_date.isoformat(), run.distance_m, run.moving_s, run.elapsed_s,
        run.elevation_gain_m, run.cadence_spm, run.heart_rate_bpm, run.source.value,
        run.source_name, run.source_sha256, run.notes, run.pain_during, _join(run.pain_where),
        _join(run.leg_symptoms), iso(run.answered_utc) if run.answered_utc else None,
        iso(run.added_utc) if run.added_utc else None,
    )  # fmt: skip


def same_distance(a: float | None, b: float | None) -> bool:
    """True when two distances are within SAME_DISTANCE of each other (or one is unknown)."""
    if a is None or b is None:
        return True
    return abs(a - b) <= SAME_DISTANCE * max(a, b)


class HistoryRuns(HistoryConnection):
    """The `runs` and `run_files` tables of the history database."""

    def run_for_file(self, sha256: str) -> RunRow | None:
        """The stored run a file with this SHA-256 was found to hold, or None."""
        row = self._con.execute(
            f"SELECT {_COLS} FROM runs WHERE id ="
            " (SELECT run_id FROM run_files WHERE sha256 = ? ORDER BY run_id LIMIT 1)",
            (sha256,),
        ).fetchone()
        return None if row is None else run_row(row)

    def add_activities(self, items: Sequence[NewActivity]) -> list[Stored]:
        """Store activities in one transaction, each once: a duplicate only fills in what is missing."""
        now = iso(self._now_utc())
        with self._tx() as con:
            return [self._add(con, item, now) for item in items]

    def _add(self, con: sqlite3.Connection, item: NewActivity, now: str) -> Stored:
        existing = self._match(con, item)
        if existing is None:
            a = item.activity
            row = RunRow(
                0, item.kind, a.sport, a.started_utc, item.local_date, a.distance_m, a.moving_s,
                a.elapsed_s, item.source, item.start_known, a.elevation_gain_m, a.cadence_spm,
                a.heart_rate_bpm, item.source_name, item.sha256, a.notes,
                added_utc=datetime.fromisoformat(now),
            )  # fmt: skip
            run_id = con.execute(_INSERT, (None, *_values(row)[1:])).lastrowid
            assert run_id is not None  # always set by an INSERT into a rowid table
            stored = Stored(AddStatus.ADDED, replace(row, run_id=run_id))
        else:
            stored = self._fill(con, existing, item)
        if item.sha256:
            con.execute(
                "INSERT OR IGNORE INTO run_files VALUES (?, ?, ?)",
                (item.sha256, stored.run.run_id, item.source_name),
            )
        return stored

    def _match(self, con: sqlite3.Connection, item: NewActivity) -> RunRow | None:
        start = item.activity.started_utc
        if item.start_known:
            sql = (
                f"SELECT {_COLS} FROM runs WHERE (started_utc BETWEEN ? AND ?)"
                " OR (start_known = 0 AND local_date = ?) ORDER BY started_utc"
            )
            args: tuple[str, ...] = (
                iso(start - SAME_START),
                iso(start + SAME_START),
                item.local_date.isoformat(),
            )
        else:
            sql = f"SELECT {_COLS} FROM runs WHERE local_date = ? ORDER BY started_utc"
            args = (item.local_date.isoformat(),)
        distance = item.activity.distance_m
        for row in con.execute(sql, args):
            run = run_row(row)
            unknown_start = not (run.start_known and item.start_known)
            if unknown_start and (run.distance_m is None or distance is None):
                continue  # a date alone is not enough to call two activities the same
            if same_distance(run.distance_m, distance):
                return run
        return None

    def _fill(self, con: sqlite3.Connection, run: RunRow, item: NewActivity) -> Stored:
        a = item.activity
        changes: dict[str, object] = {
            name: getattr(a, name)
            for name in FILLABLE
            if getattr(run, name) is None and getattr(a, name) is not None
        }
        if not run.start_known and item.start_known:
            changes.update(started_utc=a.started_utc, start_known=True, local_date=item.local_date)
        if not run.sport and a.sport:
            duration = run.duration_s if run.duration_s is not None else a.duration_s
            distance = run.distance_m if run.distance_m is not None else a.distance_m
            changes.update(sport=a.sport, kind=kind_of(a.sport, distance, duration))
        if not changes:
            return Stored(AddStatus.DUPLICATE, run)
        updated = replace(run, **changes)  # type: ignore[arg-type]
        con.execute(
            f"UPDATE runs SET ({_COLS}) = ({', '.join('?' * len(_COLS.split(',')))}) WHERE id = ?",
            (*_values(updated), run.run_id),
        )
        return Stored(AddStatus.DUPLICATE, updated, tuple(sorted(changes)))

    def add_run(
        self,
        local_date: date,
        distance_m: float,
        duration_s: float,
        notes: str = "",
        start_local: time | None = None,
        zone: tzinfo | None = None,
        sport: str = "running",
    ) -> Stored:
        """Add a run by hand; a time of day is optional (noon stands in, marked as unknown).

        A run already stored for that day with the same distance is reported as the duplicate.
        ValueError when the distance or the time is not a positive number.
        """
        if not (finite(distance_m) and finite(duration_s)):
            raise ValueError(f"distance and time must be positive, got {distance_m}, {duration_s}")
        when = datetime.combine(local_date, start_local or time(12))
        started = when.replace(tzinfo=zone).astimezone(UTC) if zone else when.astimezone(UTC)
        activity = Activity(sport, started, distance_m, duration_s, duration_s, notes=notes)
        kind = kind_of(sport, distance_m, duration_s)
        item = NewActivity(
            activity, kind, Source.MANUAL, local_date, "", None, start_local is not None
        )
        return self.add_activities([item])[0]

    def runs(
        self, kind: Kind | None = Kind.RUN, start: date | None = None, end: date | None = None
    ) -> list[RunRow]:
        """Stored activities of `kind` (all kinds for None), oldest first, in a local-date range."""
        where, args = ["1"], []
        if kind is not None:
            where.append("kind = ?")
            args.append(kind.value)
        if start is not None:
            where.append("local_date >= ?")
            args.append(start.isoformat())
        if end is not None:
            where.append("local_date <= ?")
            args.append(end.isoformat())
        sql = f"SELECT {_COLS} FROM runs WHERE {' AND '.join(where)} ORDER BY started_utc, id"
        return [run_row(r) for r in self._con.execute(sql, args)]

    def run(self, run_id: int) -> RunRow | None:
        """One stored activity, or None."""
        row = self._con.execute(f"SELECT {_COLS} FROM runs WHERE id = ?", (run_id,)).fetchone()
        return None if row is None else run_row(row)

    def count_runs(self) -> dict[Kind, int]:
        """How many runs and cross-training activities are stored."""
        counts = dict.fromkeys(Kind, 0)
        for kind, n in self._con.execute("SELECT kind, COUNT(*) FROM runs GROUP BY kind"):
            counts[Kind(kind)] = n
        return counts

    def run_files(self) -> list[RunFile]:
        """Every file known to hold a stored run (for export)."""
        rows = self._con.execute("SELECT sha256, run_id, name FROM run_files ORDER BY run_id")
        return [RunFile(*r) for r in rows]

    def set_run_answers(self, run_id: int, answers: RunAnswers) -> bool:
        """Store the post-run answers (replacing earlier ones); False if there is no such run."""
        if answers.pain_during is not None and not 0 <= answers.pain_during <= 10:
            raise ValueError(f"pain_during must be 0-10, got {answers.pain_during}")
        with self._tx() as con:
            cur = con.execute(
                "UPDATE runs SET pain_during = ?, pain_where = ?, leg_symptoms = ?,"
                " answered_utc = ? WHERE id = ?",
                (
                    answers.pain_during,
                    _join(answers.pain_where),
                    _join(answers.leg_symptoms),
                    iso(self._now_utc()),
                    run_id,
                ),
            )
        return cur.rowcount == 1

    def update_run_notes(self, run_id: int, text: str) -> bool:
        """Replace a run's notes; False if there is no such run."""
        with self._tx() as con:
            cur = con.execute("UPDATE runs SET notes = ? WHERE id = ?", (text, run_id))
        return cur.rowcount == 1

    def delete_run(self, run_id: int) -> DeletedRun:
        """Delete a run and its known files; KeyError if missing."""
        run = self.run(run_id)
        if run is None:
            raise KeyError(run_id)
        files = tuple(f for f in self.run_files() if f.run_id == run_id)
        with self._tx() as con:
            con.execute("DELETE FROM runs WHERE id = ?", (run_id,))
        return DeletedRun(run, files)

    def restore_runs(self, runs: Iterable[RunRow], files: Iterable[RunFile] = ()) -> None:
        """Put runs back with their ids and files, in one transaction (undo, a restored export)."""
        now = self._now_utc()
        rows = [_values(r if r.added_utc else replace(r, added_utc=now)) for r in runs]
        with self._tx() as con:
            con.executemany(_INSERT, rows)
            con.executemany(
                "INSERT OR IGNORE INTO run_files VALUES (?, ?, ?)",
                [(f.sha256, f.run_id, f.name) for f in files],
            )
