"""Check a history before it is restored: a backup's SQLite file, or a JSON history export."""

from __future__ import annotations

import contextlib
import math
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import msgspec

from rehab_app.core.backup.format import HISTORY
from rehab_app.core.history.export import JSON_FORMAT, JSON_VERSION
from rehab_app.core.history.schema import (
    SCHEMA_VERSION,
    Checkin,
    NewerDatabaseError,
    UnusableDatabaseError,
    check_header,
    connect,
    migrate,
    user_version,
)
from rehab_app.core.history.store import HistoryStore
from rehab_app.core.outcomes.change import ChangeRating
from rehab_app.core.outcomes.exchange import change_rating_problems, psfs_entry_problems
from rehab_app.core.outcomes.psfs import PsfsEntry
from rehab_app.core.reminders.exchange import log_entry_problems
from rehab_app.core.reminders.log import LogEntry
from rehab_app.core.runs.exchange import run_problems
from rehab_app.core.runs.model import RunFile, RunRow
from rehab_app.core.safety.events import SafetyEvent
from rehab_app.core.session.record import SessionRecord

Clock = Callable[[], datetime]
# A hostile file could hold millions of bad rows; the first ones say enough.
MAX_LISTED = 50
_INDEX = re.compile(r"\[(\d+)\]")


def _schema(con: sqlite3.Connection) -> list[tuple[str, ...]]:
    return con.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"
        " WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()


def _expected_schema(version: int) -> list[tuple[str, ...]]:
    """The tables and indexes a history at `version` has: the migrations, applied in memory."""
    with contextlib.closing(sqlite3.connect(":memory:", isolation_level=None)) as con:
        migrate(con, version)
        return _schema(con)


def _capped(problems: list[str], where: str) -> list[str]:
    if len(problems) <= MAX_LISTED:
        return problems
    more = len(problems) - MAX_LISTED
    return [*problems[:MAX_LISTED], f"{where}: and {more} more problems like these"]


def check_history_file(path: Path, declared: int | None, now_utc: Clock) -> list[str]:
    """What is wrong with a backup's history file; when nothing is, it is brought up to date."""
    try:
        check_header(path)
    except UnusableDatabaseError:
        return [f"{HISTORY}: not an SQLite database"]
    except NewerDatabaseError as exc:
        return [
            f"{HISTORY}: written by a newer version of Back on Track (history format {exc.found};"
            f" this version reads up to {SCHEMA_VERSION}): update the app, then restore it"
        ]
    problems: list[str] = []
    try:
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as con:
            con.execute("PRAGMA trusted_schema = OFF")
            found = user_version(con)
            if declared is not None and declared != found:
                problems.append(
                    f"{HISTORY}: the manifest says history format {declared}, the file has {found}"
                )
            damage = [r[0] for r in con.execute("PRAGMA integrity_check(20)")]
            if damage != ["ok"]:
                return [*problems, f"{HISTORY}: damaged ({'; '.join(damage[:3])})"]
            if _schema(con) != _expected_schema(found):
                problems.append(f"{HISTORY}: its tables are not those of a Back on Track history")
            elif con.execute("PRAGMA foreign_key_check").fetchone() is not None:
                problems.append(f"{HISTORY}: damaged (rows refer to sessions that are not there)")
    except sqlite3.DatabaseError as exc:
        return [*problems, f"{HISTORY}: damaged, it cannot be read ({exc})"]
    if problems:
        return problems
    try:
        connect(path).close()  # brings an older history up to this version's format
        store = HistoryStore.open(path, now_utc).store
    except (sqlite3.Error, UnusableDatabaseError, NewerDatabaseError) as exc:
        return [f"{HISTORY}: cannot be opened ({exc})"]
    try:
        return _capped(_stored_problems(store), HISTORY)
    finally:
        store.close()


def _stored_problems(store: HistoryStore) -> list[str]:
    """Read every session and check-in as the app will, checking each value it relies on."""
    problems: list[str] = []
    try:
        for record in store.iter_records():
            problems += record_problems(record, f"{HISTORY}: session {record.session_id}")
        problems += checkin_problems(store.checkins(), f"{HISTORY}: check-ins")
        problems += psfs_entry_problems(store.psfs_entries(), f"{HISTORY}: PSFS")
        store.change_ratings()
        store.reminder_log()
        problems += run_problems(store.runs(kind=None), store.run_files(), HISTORY)
    except (ValueError, KeyError, TypeError, sqlite3.Error) as exc:
        problems.append(f"{HISTORY}: a row cannot be read ({exc})")
    return problems


def _number_problem(value: float | None, low: float, high: float | None = None) -> bool:
    if value is None:
        return False
    return not math.isfinite(value) or value < low or (high is not None and value > high)


def record_problems(r: SessionRecord, where: str) -> list[str]:
    """Values in a session the app could not show or would misread, one line each."""
    found: list[str] = []

    def check(field: str, value: float | None, low: float, high: float | None = None) -> None:
        if _number_problem(value, low, high):
            span = f"from {low:g} to {high:g}" if high is not None else f"of at least {low:g}"
            found.append(f"{where}: {field}: expected a number {span}, got {value!r}")

    try:
        date.fromisoformat(r.local_date)
    except ValueError:
        found.append(f"{where}: local_date: expected a date such as 2026-05-19")
    check("session_id", r.session_id, 1, 2**63 - 1)
    for name in ("pain_before", "pain_after", "effort"):
        check(name, getattr(r, name), 0, 10)
    for name in ("planned_s", "current_item", "active_s", "paused_s"):
        check(name, getattr(r, name), 0)
    seen: set[int] = set()
    for n, item in enumerate(r.items, 1):
        at = f"items[{n}]"
        if item.item_index in seen:
            found.append(f"{where}: {at}.item_index: {item.item_index} appears twice")
        seen.add(item.item_index)
        for name in ("item_index", "planned_sets", "planned_reps", "planned_s", "done_sets"):
            check(f"{at}.{name}", getattr(item, name), 0)
        check(f"{at}.done_reps", item.done_reps, 0)
        check(f"{at}.done_s", item.done_s, 0)
        for k, report in enumerate(item.pain_reports, 1):
            check(f"{at}.pain_reports[{k}].pain", report.pain, 0, 10)
            check(f"{at}.pain_reports[{k}].at_s", report.at_s, 0)
    for n, pause in enumerate(r.pauses, 1):
        check(f"pauses[{n}].at_s", pause.at_s, 0)
        check(f"pauses[{n}].duration_s", pause.duration_s, 0)
    return found


def checkin_problems(checkins: Iterable[Checkin], where: str) -> list[str]:
    """Check-ins with a pain score out of range, or two for one day."""
    found: list[str] = []
    days: set[date] = set()
    for n, c in enumerate(checkins, 1):
        if c.day in days:
            found.append(f"{where}[{n}]: day: {c.day} appears twice")
        days.add(c.day)
        for name in ("pain", "compared_to"):
            value = getattr(c, name)
            if _number_problem(value, 0, 10):
                found.append(f"{where}[{n}]: {name}: expected a number from 0 to 10, got {value!r}")
    return found


def _validation(exc: msgspec.ValidationError, where: str) -> str:
    """msgspec's `Expected int, got str - at $.items[0].pain` as `where.items[1].pain: ...`."""
    message, _, path = str(exc).partition(" - at `$")
    path = _INDEX.sub(lambda m: f"[{int(m[1]) + 1}]", path.rstrip("`"))
    return f"{where}{path}: {message[:1].lower()}{message[1:]}"


def read_export(raw: bytes, label: str) -> tuple[list[SessionRecord], list[Checkin], list[str]]:
    """The sessions and check-ins of a `rehab-app export --json` file, and every problem in it."""
    try:
        top = msgspec.json.decode(raw, type=dict[str, msgspec.Raw])
    except (msgspec.DecodeError, RecursionError) as exc:
        return [], [], [f"{label}: cannot be restored: it is not valid JSON ({exc})"]
    try:
        kind = msgspec.json.decode(top.get("format", b"null"), type=str)
    except msgspec.ValidationError:
        kind = ""
    if kind != JSON_FORMAT:
        return [], [], [f"{label}: cannot be restored: it is not a Back on Track history export"]
    problems: list[str] = []
    try:
        version = msgspec.json.decode(top.get("version", b"null"), type=int)
    except msgspec.ValidationError as exc:
        return [], [], [_validation(exc, f"{label}: version")]
    if version > JSON_VERSION or version < 1:
        return (
            [],
            [],
            [
                f"{label}: cannot be restored: it was made by a newer version of Back on Track"
                f" (history export version {version}; this version reads up to {JSON_VERSION})"
            ],
        )
    lists: dict[str, list[msgspec.Raw]] = {}
    for key in ("sessions", "checkins"):
        try:
            lists[key] = msgspec.json.decode(top.get(key, b"null"), type=list[msgspec.Raw])
        except msgspec.ValidationError as exc:
            problems.append(_validation(exc, f"{label}: {key}"))
            lists[key] = []
    records: list[SessionRecord] = []
    ids: set[int] = set()
    for n, item in enumerate(lists["sessions"], 1):
        where = f"{label}: sessions[{n}]"
        try:
            record = msgspec.json.decode(item, type=SessionRecord)
        except msgspec.ValidationError as exc:
            problems.append(_validation(exc, where))
            continue
        problems += record_problems(record, where)
        if record.session_id is not None and record.session_id in ids:
            problems.append(f"{where}: session_id: {record.session_id} appears twice")
        ids.add(record.session_id or 0)
        records.append(record)
    checkins: list[Checkin] = []
    for n, item in enumerate(lists["checkins"], 1):
        try:
            checkins.append(msgspec.json.decode(item, type=Checkin))
        except msgspec.ValidationError as exc:
            problems.append(_validation(exc, f"{label}: checkins[{n}]"))
    problems += checkin_problems(checkins, f"{label}: checkins")
    return records, checkins, _capped(problems, label)


@dataclass(frozen=True, slots=True)
class ExportExtras:
    """What a history export holds besides sessions and check-ins."""

    psfs: list[PsfsEntry] = field(default_factory=list)
    change_ratings: list[ChangeRating] = field(default_factory=list)
    reminders: list[LogEntry] = field(default_factory=list)
    safety_events: list[SafetyEvent] = field(default_factory=list)
    runs: list[RunRow] = field(default_factory=list)
    run_files: list[RunFile] = field(default_factory=list)


_EXTRAS: dict[str, tuple[str, type]] = {
    "psfs": ("PSFS entry", PsfsEntry),
    "change_ratings": ("change rating", ChangeRating),
    "reminders": ("reminder", LogEntry),
    "safety_events": ("safety event", SafetyEvent),
    "runs": ("run", RunRow),
    "run_files": ("run file", RunFile),
}


def read_export_extras(raw: bytes, label: str) -> tuple[ExportExtras, list[str]]:
    """The outcome measures, reminder log, safety events and runs of an export (absent in older ones)."""
    try:
        top = msgspec.json.decode(raw, type=dict[str, msgspec.Raw])
    except (msgspec.DecodeError, RecursionError) as exc:
        return ExportExtras(), [f"{label}: cannot be restored: it is not valid JSON ({exc})"]
    problems: list[str] = []
    found: dict[str, list[Any]] = {}
    for key, (_, kind) in _EXTRAS.items():
        found[key] = []
        try:
            items = msgspec.json.decode(top.get(key, b"[]"), type=list[msgspec.Raw])
        except msgspec.ValidationError as exc:
            problems.append(_validation(exc, f"{label}: {key}"))
            continue
        for n, item in enumerate(items, 1):
            try:
                found[key].append(msgspec.json.decode(item, type=kind))
            except msgspec.ValidationError as exc:
                problems.append(_validation(exc, f"{label}: {key}[{n}]"))
    extras = ExportExtras(
        found["psfs"],
        found["change_ratings"],
        found["reminders"],
        found["safety_events"],
        found["runs"],
        found["run_files"],
    )
    problems += psfs_entry_problems(extras.psfs, f"{label}: psfs")
    problems += change_rating_problems(extras.change_ratings, f"{label}: change_ratings")
    problems += log_entry_problems(extras.reminders, f"{label}: reminders")
    problems += run_problems(extras.runs, extras.run_files, label)
    return extras, _capped(problems, label)


def build_history(
    path: Path,
    records: list[SessionRecord],
    checkins: list[Checkin],
    now_utc: Clock,
    extras: ExportExtras | None = None,
) -> list[str]:
    """Write a new history file holding exactly these sessions, check-ins and extras."""
    try:
        store = HistoryStore.open(path, now_utc).store
        try:
            store.add_records(records)
            store.add_checkins(checkins)
            if extras is not None:
                store.add_psfs_entries(extras.psfs)
                store.add_change_ratings(extras.change_ratings)
                store.add_reminder_entries(extras.reminders)
                store.add_safety_events(extras.safety_events)
                store.restore_runs(extras.runs, extras.run_files)
        finally:
            store.close()
    except (sqlite3.Error, OverflowError, ValueError) as exc:
        return [f"{HISTORY}: the history could not be rebuilt ({exc})"]
    return []
