"""Session records to history rows and back: one session with its exercises, pain and pauses."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from rehab_app.core.history.schema import SessionRow
from rehab_app.core.session.record import ExerciseRecord, Outcome, PainReport, Pause, SessionRecord

PAIN_FLAGS = (
    "spreading", "nerve_symptoms", "sharp", "red_flag_symptom", "general_warning", "leg_weakness",
    "both_legs",
)  # fmt: skip
SESSION_COLS = (
    "program_id, program_name, program_snapshot, started_utc, ended_utc, updated_utc, local_date,"
    " planned_s, active_s, paused_s, outcome, pain_before, pain_after, effort, notes, current_item,"
    " completed_fraction, end_reason, pain_worst"
)
ROW_COLS = (
    "id, local_date, started_utc, program_id, program_name, active_s, completed_fraction,"
    " pain_before, pain_after, effort, outcome"
)
_UPDATE_SESSION = "UPDATE sessions SET {} WHERE id = ?".format(
    ", ".join(f"{c.strip()} = ?" for c in SESSION_COLS.split(","))
)
_INSERT_SESSION = "INSERT INTO sessions (id, {}) VALUES (?{})".format(
    SESSION_COLS, ", ?" * len(SESSION_COLS.split(","))
)


def iso(moment: datetime) -> str:
    """`moment` as stored: UTC ISO 8601 with microseconds (a naive time is taken as UTC)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat(timespec="microseconds")


def _ts(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def write_record(con: sqlite3.Connection, record: SessionRecord, updated_utc: datetime) -> int:
    """Insert or rewrite `record` and all its rows (inside the caller's transaction); its id."""
    values = (
        record.program_id, record.program_name, record.program_snapshot,
        iso(record.started_utc), iso(record.ended_utc) if record.ended_utc else None,
        iso(updated_utc), record.local_date, record.planned_s, record.active_s,
        record.paused_s, record.outcome.value, record.pain_before, record.pain_after,
        record.effort, record.notes, record.current_item, record.completed_fraction,
        record.end_reason, record.pain_worst,
    )  # fmt: skip
    sid = record.session_id
    if sid is None or not con.execute(_UPDATE_SESSION, (*values, sid)).rowcount:
        # A new session, or one whose row is gone (undo of a delete, history moved aside).
        sid = con.execute(_INSERT_SESSION, (sid, *values)).lastrowid
        assert sid is not None  # always set by an INSERT into a rowid table
    con.execute("DELETE FROM session_items WHERE session_id = ?", (sid,))
    con.execute("DELETE FROM session_pauses WHERE session_id = ?", (sid,))
    con.executemany(
        "INSERT INTO session_items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (sid, i.item_index, i.exercise_id, i.exercise_name, i.planned_sets,
             i.planned_reps, i.planned_s, i.done_sets, i.done_reps, i.done_s,
             int(i.skipped), i.variant_of)
            for i in record.items
        ],
    )  # fmt: skip
    con.executemany(
        "INSERT INTO pain_reports (session_id, item_index, at_s, pain, exercise_id,"
        f" {', '.join(PAIN_FLAGS)}, action, rule_id)"
        f" VALUES (?, ?, ?, ?, ?, {', '.join('?' * len(PAIN_FLAGS))}, ?, ?)",
        [
            (sid, i.item_index, p.at_s, p.pain, p.exercise_id,
             *(int(getattr(p, f)) for f in PAIN_FLAGS), p.action, p.rule_id)
            for i in record.items
            for p in i.pain_reports
        ],
    )  # fmt: skip
    con.executemany(
        "INSERT INTO session_pauses VALUES (?, ?, ?, ?)",
        [(sid, n, p.at_s, p.duration_s) for n, p in enumerate(record.pauses)],
    )
    return sid


def load_records(con: sqlite3.Connection, ids: Sequence[int]) -> list[SessionRecord]:
    """The sessions with these ids, in the same order, with all their rows; missing ids skipped."""
    marks = ", ".join("?" * len(ids))
    items: dict[tuple[int, int], ExerciseRecord] = {}
    by_session: dict[int, list[ExerciseRecord]] = {i: [] for i in ids}
    for r in con.execute(
        f"SELECT * FROM session_items WHERE session_id IN ({marks})"
        " ORDER BY session_id, item_index",
        ids,
    ):
        item = ExerciseRecord(*r[1:10])
        item.skipped, item.variant_of = bool(r[10]), r[11]
        items[(r[0], r[1])] = item
        by_session[r[0]].append(item)
    for r in con.execute(
        "SELECT session_id, item_index, at_s, pain, exercise_id,"
        f" {', '.join(PAIN_FLAGS)}, action, rule_id FROM pain_reports"
        f" WHERE session_id IN ({marks}) ORDER BY id",
        ids,
    ):
        end = 5 + len(PAIN_FLAGS)
        flags = {f: bool(v) for f, v in zip(PAIN_FLAGS, r[5:end], strict=True)}
        report = PainReport(r[2], r[3], r[4], **flags, action=r[end], rule_id=r[end + 1])
        items[(r[0], r[1])].pain_reports.append(report)
    pauses: dict[int, list[Pause]] = {i: [] for i in ids}
    for sid, at_s, duration_s in con.execute(
        f"SELECT session_id, at_s, duration_s FROM session_pauses WHERE session_id IN ({marks})"
        " ORDER BY session_id, seq",
        ids,
    ):
        pauses[sid].append(Pause(at_s, duration_s))
    found = {
        r[0]: r
        for r in con.execute(f"SELECT id, {SESSION_COLS} FROM sessions WHERE id IN ({marks})", ids)
    }
    return [
        SessionRecord(
            program_id=r[1],
            program_name=r[2],
            program_snapshot=r[3],
            started_utc=datetime.fromisoformat(r[4]),
            ended_utc=_ts(r[5]),
            local_date=r[7],
            planned_s=r[8],
            active_s=r[9],
            paused_s=r[10],
            outcome=Outcome(r[11]),
            pain_before=r[12],
            pain_after=r[13],
            pain_worst=r[19],
            effort=r[14],
            notes=r[15],
            current_item=r[16],
            end_reason=r[18],
            items=by_session[r[0]],
            pauses=pauses[r[0]],
            session_id=r[0],
        )  # fmt: skip
        for sid in ids
        if (r := found.get(sid)) is not None
    ]


def session_row(r: tuple[Any, ...]) -> SessionRow:
    """A row of `SELECT ROW_COLS FROM sessions` as a review-list row."""
    sid, day, started, pid, pname, active, frac, before, after, effort, outcome = r
    return SessionRow(
        sid,
        date.fromisoformat(day),
        datetime.fromisoformat(started),
        pid,
        pname,
        active,
        frac,
        before,
        after,
        effort,
        Outcome(outcome),
    )
