"""`rehab-app runs import PATH...` and `rehab-app runs list`: the runs log on the command line."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TextIO

from rehab_app.core.runs.importer import FileOutcome, ImportReport, Status, import_paths
from rehab_app.core.runs.load import SpikeCheck, longest_recent, spike_checks
from rehab_app.core.runs.model import Kind, RunRow
from rehab_app.core.runs.reading import MAX_FILE_BYTES, SkipReason

Clock = Callable[[], datetime]

REASONS = {
    SkipReason.NOT_FOUND: "no such file or folder",
    SkipReason.UNREADABLE: "it could not be read",
    SkipReason.TOO_LARGE: "larger than {limit} MB, more than any activity file holds",
    SkipReason.EMPTY: "the file is empty",
    SkipReason.UNKNOWN_FORMAT: "not a FIT, GPX or TCX file",
    SkipReason.TRUNCATED: "the file is cut short (an incomplete copy or download)",
    SkipReason.CHECKSUM: "a damaged FIT file: its checksum does not match its contents",
    SkipReason.DAMAGED: "the file is damaged",
    SkipReason.NOT_ACTIVITY: "not a recorded activity (a course, route or settings file)",
    SkipReason.NO_TIMES: "its track has no times, so the date and pace of the run are unknown",
    SkipReason.NO_DATA: "it holds no activity data",
    SkipReason.BAD_VALUES: "its values cannot be right",
    SkipReason.IN_FUTURE: "it is dated in the future (is the device's clock right?)",
    SkipReason.UNSAFE_XML: "refused: it declares a DOCTYPE or entities, which run files never do",
    SkipReason.MALFORMED_XML: "not well-formed XML",
    SkipReason.UNSAFE_PATH: "refused: its name points outside the export",
    SkipReason.LINK: "refused: a link, not a file",
    SkipReason.ENCRYPTED: "it is encrypted",
    SkipReason.ZIP_BOMB: "refused: it would unpack to far more than its packed size (a zip bomb)",
    SkipReason.BAD_ARCHIVE: "not a readable zip file",
    SkipReason.BAD_CSV: "not a Strava activities list",
    SkipReason.BAD_ROW: "the row has no date that can be read",
    SkipReason.MISSING_FILE: "the file it names is not in the export",
}

FIELD_WORDS = {
    "distance_m": "distance",
    "moving_s": "moving time",
    "elapsed_s": "elapsed time",
    "elevation_gain_m": "climb",
    "cadence_spm": "cadence",
    "heart_rate_bpm": "heart rate",
    "started_utc": "start time",
    "sport": "sport",
}

# Reasons whose words say it all: the parser's own words would only add offsets and numbers.
_COMPLETE = {SkipReason.CHECKSUM, SkipReason.TRUNCATED, SkipReason.TOO_LARGE, SkipReason.EMPTY}


def _line(stream: TextIO, text: str) -> None:
    stream.write(text + "\n")


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def clock_text(seconds: float | None) -> str:
    """`1:02:03` or `28:14`; `-` when unknown."""
    if seconds is None:
        return "-"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def km_text(metres: float | None) -> str:
    """`5.02 km`; `-` when unknown."""
    return "-" if metres is None else f"{metres / 1000:.2f} km"


def pace_text(run: RunRow) -> str:
    """`5:37 /km`; `-` without a distance or a time."""
    pace = run.pace_s_per_km
    return "-" if pace is None else f"{clock_text(pace)} /km"


def reason_text(reason: SkipReason, detail: str = "", size: int | None = None) -> str:
    """Why a file was skipped, in words, with the parser's own words after it."""
    text = REASONS[reason].format(limit=MAX_FILE_BYTES // 1024**2)
    if size is not None and reason in (SkipReason.TOO_LARGE, SkipReason.ZIP_BOMB):
        text += f" (it is {size / 1024**2:,.0f} MB)"
    return f"{text} ({detail})" if detail and reason not in _COMPLETE else text


def spike_text(check: SpikeCheck | None) -> str:
    """The RUNSAFE flag of a run, or ""."""
    if check is None or not check.flagged or check.ratio is None:
        return ""
    return (
        f"{(check.ratio - 1) * 100:.0f} % longer than the longest run of the 30 days before"
        f" ({km_text(check.reference_m)})"
    )


def summary(run: RunRow) -> str:
    """`run on 2026-05-02, 5.02 km in 28:14, 5:37 /km`."""
    what = "run" if run.kind is Kind.RUN else f"cross-training ({run.sport or 'other'})"
    text = f"{what} on {run.local_date.isoformat()}, {km_text(run.distance_m)}"
    text += f" in {clock_text(run.duration_s)}"
    return text + (f", {pace_text(run)}" if run.kind is Kind.RUN and run.pace_s_per_km else "")


def outcome_text(o: FileOutcome, checks: dict[int, SpikeCheck]) -> str:
    """One line of the import report."""
    if o.status is Status.SKIPPED:
        assert o.reason is not None
        return f"{o.label}: skipped: {reason_text(o.reason, o.detail, o.size)}"
    if o.status is Status.NOT_SAVED:
        return f"{o.label}: read, but not saved"
    if o.same_file_as:
        return f"{o.label}: duplicate: the same file as {o.same_file_as}"
    assert o.run is not None
    if o.status is Status.DUPLICATE:
        how = "this file was imported before" if o.by_file else "already in the log"
        text = f"{o.label}: duplicate, {how}: {summary(o.run)}"
        if o.filled:
            added = [FIELD_WORDS[f] for f in o.filled if FIELD_WORDS.get(f)]
            text += "; added its " + ", ".join(added) if added else ""
        return text
    text = f"{o.label}: imported {summary(o.run)}"
    if o.file_problem is not None:
        problem = reason_text(o.file_problem, o.detail)
        text += f", from the export's activities.csv; the file itself could not be used: {problem}"
    if flag := spike_text(checks.get(o.run.run_id)):
        text += f"; {flag}"
    return text


def report_text(report: ImportReport, checks: dict[int, SpikeCheck], out: TextIO) -> None:
    """Print one line per file, then the total."""
    for outcome in report.outcomes:
        _line(out, outcome_text(outcome, checks))
    runs = report.count(Status.IMPORTED, Kind.RUN)
    cross = report.count(Status.IMPORTED, Kind.CROSS_TRAINING)
    total = (
        f"Imported {_plural(runs, 'run')} and {cross} cross-training;"
        f" {_plural(report.count(Status.DUPLICATE), 'duplicate')},"
        f" {report.count(Status.SKIPPED)} skipped."
    )
    if report.ignored:
        total += f" {_plural(report.ignored, 'other file')} passed over (not activities)."
    _line(out, total)


def cmd_runs_import(db: Path, paths: Sequence[Path], out: TextIO, err: TextIO, now: Clock) -> int:
    """Import; exit 1 when a file was skipped or nothing could be saved."""
    from rehab_app.core.history.store import HistoryStore, NewerDatabaseError

    try:
        opened = HistoryStore.open(db, now)
    except NewerDatabaseError as exc:
        _line(err, str(exc))
        return 1
    if opened.notice:
        _line(err, opened.notice)
    store = opened.store
    try:
        report = import_paths(paths, store, now)
        checks = spike_checks(store.runs()) if report.write_error is None else {}
    finally:
        store.close()
    report_text(report, checks, out)
    if report.write_error is not None:
        _line(
            err,
            f"Nothing was imported: the history could not be read or written ({report.write_error.detail}).",
        )
        return 1
    return 1 if report.count(Status.SKIPPED) else 0


def cmd_runs_list(db: Path, out: TextIO, err: TextIO, now: Clock) -> int:
    """Print the runs (with their flags), then cross-training, then the longest recent run."""
    from rehab_app.core.history.store import HistoryStore, NewerDatabaseError

    if not db.exists():
        _line(out, "No runs yet. Add them with: rehab-app runs import FILE-OR-FOLDER...")
        return 0
    try:
        opened = HistoryStore.open(db, now)
    except NewerDatabaseError as exc:
        _line(err, str(exc))
        return 1
    try:
        everything = opened.store.runs(kind=None)
    finally:
        opened.store.close()
    runs = [r for r in everything if r.kind is Kind.RUN]
    cross = [r for r in everything if r.kind is Kind.CROSS_TRAINING]
    checks = spike_checks(runs)
    rows: list[tuple[str, ...]] = [("DATE", "DISTANCE", "TIME", "PACE", "FLAGS")]
    for run in runs:
        rows.append(
            (run.local_date.isoformat(), km_text(run.distance_m), clock_text(run.duration_s),
             pace_text(run), "; ".join(_flags(run, checks.get(run.run_id)))),
        )  # fmt: skip
    _line(out, f"Runs ({len(runs)})")
    _table(rows, out)
    if cross:
        rows = [("DATE", "SPORT", "DISTANCE", "TIME")]
        for r in cross:
            rows.append(
                (r.local_date.isoformat(), r.sport or "other", km_text(r.distance_m),
                 clock_text(r.duration_s)),
            )  # fmt: skip
        _line(out, f"\nCross-training ({len(cross)})")
        _table(rows, out)
    longest = longest_recent(runs, now())
    if longest is not None and longest.distance_m:
        _line(
            out,
            f"\nLongest run of the last 30 days: {km_text(longest.distance_m)} on"
            f" {longest.local_date.isoformat()}. In a study of 5,205 runners (Garmin-RUNSAFE),"
            f" single runs more than 10 % longer than that (over {km_text(longest.distance_m * 1.1)})"
            " came with more overuse injuries.",
        )
    return 0


def _flags(run: RunRow, check: SpikeCheck | None) -> list[str]:
    flags = []
    if check is not None and check.flagged and check.ratio is not None:
        flags.append(f"+{(check.ratio - 1) * 100:.0f} % on the longest of 30 days before")
    if run.pain_during is not None:
        flags.append(f"pain {run.pain_during}/10")
    if run.leg_symptoms:
        flags.append("leg symptoms")
    if run.source.value == "manual":
        flags.append("added by hand")
    return flags


def _table(rows: Sequence[Sequence[str]], out: TextIO) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        _line(out, "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
