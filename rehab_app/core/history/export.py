"""Export the session history as spreadsheet-friendly CSV or as JSON, written atomically."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

import msgspec

from rehab_app.core.atomic import write_atomic
from rehab_app.core.history.records import PAIN_FLAGS
from rehab_app.core.history.store import HistoryStore, NewerDatabaseError
from rehab_app.core.session.record import PainReport, SessionRecord

JSON_FORMAT = "rehab-app-history"
# 2: the runs log (runs and the files known to hold them).
JSON_VERSION = 2
# The BOM makes Excel read the file as UTF-8 instead of the system code page.
BOM = "\ufeff"
SESSION_COLUMNS = (
    "session_id", "local_date", "started_utc", "ended_utc", "program_id", "program_name",
    "outcome", "planned_min", "active_min", "paused_min", "completed_pct", "pain_before",
    "pain_worst", "pain_after", "effort", "notes", "end_reason",
)  # fmt: skip
EXERCISE_COLUMNS = (
    "session_id", "local_date", "program_id", "item", "exercise_id", "exercise_name",
    "planned_sets", "done_sets", "planned_reps", "done_reps", "planned_s", "done_s", "skipped",
    "variant_of", "pain_reports", "max_pain", "pain_detail",
)  # fmt: skip
# A text cell starting with one of these is run as a formula by spreadsheets (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def exercises_path_for(sessions_path: Path) -> Path:
    """`history.csv` -> `history-exercises.csv`: where the per-exercise rows go."""
    return sessions_path.with_name(f"{sessions_path.stem}-exercises{sessions_path.suffix}")


def _text(value: str | None) -> str:
    if not value:
        return ""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _iso(moment: datetime | None) -> str:
    # ISO 8601 with a space instead of "T": spreadsheets read it as a date and time.
    return "" if moment is None else moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def _session_row(r: SessionRecord) -> list[object]:
    return [
        r.session_id, r.local_date, _iso(r.started_utc), _iso(r.ended_utc), _text(r.program_id),
        _text(r.program_name), r.outcome.value, _num(r.planned_s / 60), _num(r.active_s / 60),
        _num(r.paused_s / 60), round(r.completed_fraction * 100), r.pain_before, r.pain_worst,
        r.pain_after, r.effort, _text(r.notes), _text(r.end_reason),
    ]  # fmt: skip


def _exercise_rows(r: SessionRecord) -> Iterable[list[object]]:
    for i in r.items:
        pains = [p.pain for p in i.pain_reports]
        detail = "; ".join(
            f"{p.pain} at {p.at_s:.0f} s" + "".join(f", {f}" for f in _flags(p)) + _action(p.action)
            for p in i.pain_reports
        )
        yield [
            r.session_id, r.local_date, _text(r.program_id), i.item_index + 1,
            _text(i.exercise_id), _text(i.exercise_name), i.planned_sets, i.done_sets,
            i.planned_reps, i.done_reps, i.planned_s, _num(i.done_s), "yes" if i.skipped else "no",
            _text(i.variant_of), len(pains), max(pains) if pains else None, _text(detail),
        ]  # fmt: skip


def _flags(p: PainReport) -> list[str]:
    return [n.replace("_", " ") for n in PAIN_FLAGS if getattr(p, n)]


def _action(action: str) -> str:
    return f" ({action.replace('_', ' ')})" if action else ""


def _csv_text(header: Iterable[str], rows: Iterable[list[object]]) -> str:
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def export_csv(
    store: HistoryStore, sessions_path: Path, exercises_path: Path | None = None
) -> tuple[Path, Path]:
    """Write one CSV row per session and one per exercise row; returns both paths.

    Without `exercises_path` the exercise rows go beside `sessions_path`, named `<stem>-exercises`.
    """
    exercises_path = exercises_path or exercises_path_for(sessions_path)
    sessions: list[list[object]] = []
    exercises: list[list[object]] = []
    for record in store.iter_records():
        sessions.append(_session_row(record))
        exercises.extend(_exercise_rows(record))
    write_atomic(sessions_path, _csv_text(SESSION_COLUMNS, sessions))
    write_atomic(exercises_path, _csv_text(EXERCISE_COLUMNS, exercises))
    return sessions_path, exercises_path


def export_json(
    store: HistoryStore, path: Path, now_utc: Callable[[], datetime] | None = None
) -> Path:
    """Write every session (with its rows), check-in, safety event, outcome, reminder and run."""
    exported = (now_utc or (lambda: datetime.now(UTC)))()
    document = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "exported_utc": exported.astimezone(UTC).isoformat(timespec="seconds"),
        "sessions": list(store.iter_records()),
        "checkins": store.checkins(),
        "safety_events": store.safety_events(),
        "psfs": store.psfs_entries(),
        "change_ratings": store.change_ratings(),
        "reminders": store.reminder_log(),
        "runs": store.runs(kind=None),
        "run_files": store.run_files(),
    }
    write_atomic(path, msgspec.json.format(msgspec.json.encode(document), indent=2) + b"\n")
    return path


def run_export(
    db_path: Path,
    csv_path: Path | None,
    json_path: Path | None,
    out: TextIO,
    err: TextIO,
    now_utc: Callable[[], datetime] | None = None,
) -> int:
    """`rehab-app export --csv FILE / --json FILE`: print what was written; exit code 0, 1 or 2."""
    if csv_path is None and json_path is None:
        print("Nothing to export: give --csv FILE and/or --json FILE.", file=err)
        return 2
    if not db_path.exists():
        print(f"No session history at {db_path}.", file=err)
        return 1
    clock = now_utc or (lambda: datetime.now(UTC))
    try:
        opened = HistoryStore.open(db_path, clock)
    except NewerDatabaseError as exc:
        print(exc, file=err)
        return 1
    if opened.notice:
        print(opened.notice, file=err)
    try:
        if csv_path is not None:
            for written in export_csv(opened.store, csv_path):
                print(f"Wrote {written}", file=out)
        if json_path is not None:
            print(f"Wrote {export_json(opened.store, json_path, clock)}", file=out)
    except OSError as exc:
        print(f"Could not write the export: {exc}", file=err)
        return 1
    finally:
        opened.store.close()
    return 0
