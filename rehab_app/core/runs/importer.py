"""Import runs from files, folders and Strava exports: every file read, then one transaction.

Each file ends with one outcome: imported, duplicate or skipped (with a reason). A file that
cannot be read never stops the others; nothing is stored unless the whole import is stored.
"""

from __future__ import annotations

import enum
import hashlib
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path, PurePosixPath

from rehab_app.core.history.store import write_failure
from rehab_app.core.runs.fit import is_fit, read_fit
from rehab_app.core.runs.gpx import read_gpx
from rehab_app.core.runs.model import Activity, Kind, RunRow, Source, kind_of
from rehab_app.core.runs.reading import FormatError, SkipReason, gunzip
from rehab_app.core.runs.sources import Ignored, Item, Refusal, expand
from rehab_app.core.runs.store import AddStatus, HistoryRuns, NewActivity
from rehab_app.core.runs.tcx import ROOT as TCX_ROOT
from rehab_app.core.runs.tcx import read_tcx
from rehab_app.core.session.record import WriteFailure

Clock = Callable[[], datetime]
Progress = Callable[[int, str], bool]
READERS: dict[Source, Callable[[bytes], list[Activity]]] = {
    Source.FIT: read_fit,
    Source.GPX: read_gpx,
    Source.TCX: read_tcx,
}
# Beyond these an activity is not a real one (a device clock or a unit gone wrong).
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
MAX_DISTANCE_M = 1_000_000.0
MAX_DURATION_S = 7 * 24 * 3600.0
# A watch whose clock runs a little ahead may date a run just after "now".
FUTURE_SLACK = timedelta(days=1)


class Status(enum.StrEnum):
    """What happened to one file (or one activity in it)."""

    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    SKIPPED = "skipped"
    NOT_SAVED = "not_saved"  # read fine, but the history could not be written


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """One line of an import's report.

    `run` is the stored run (imported) or the one it duplicates. `same_file_as` names an earlier
    file of the same import with identical bytes; `file_problem` is set when a Strava export's
    file could not be used and its activities.csv row was imported instead.
    """

    label: str
    status: Status
    reason: SkipReason | None = None
    detail: str = ""
    size: int | None = None
    run: RunRow | None = None
    by_file: bool = False
    same_file_as: str = ""
    filled: tuple[str, ...] = ()
    file_problem: SkipReason | None = None


@dataclass
class ImportReport:
    """Every outcome in the order read, files passed over, a failed write, a cancel."""

    outcomes: list[FileOutcome] = field(default_factory=list)
    ignored: int = 0
    write_error: WriteFailure | None = None
    cancelled: bool = False

    def count(self, status: Status, kind: Kind | None = None) -> int:
        """How many outcomes have `status` (and whose run is of `kind`, if given)."""
        return sum(
            1
            for o in self.outcomes
            if o.status is status and (kind is None or (o.run is not None and o.run.kind is kind))
        )


def sniff(data: bytes, name: str) -> Source:
    """The format of `data` from its first bytes, else from the name; FormatError if neither."""
    if is_fit(data):
        return Source.FIT
    head = data[:4096].decode("latin-1")
    if "<gpx" in head:
        return Source.GPX
    if f"<{TCX_ROOT}" in head:
        return Source.TCX
    suffix = PurePosixPath(name.lower().removesuffix(".gz")).suffix
    by_name = {".fit": Source.FIT, ".gpx": Source.GPX, ".tcx": Source.TCX}.get(suffix)
    if by_name is None:
        raise FormatError(SkipReason.UNKNOWN_FORMAT)
    return by_name


def _checked(activity: Activity, now: datetime) -> Activity:
    if activity.started_utc < EARLIEST:
        raise FormatError(SkipReason.BAD_VALUES, "start time before 1990")
    if activity.started_utc > now + FUTURE_SLACK:
        raise FormatError(SkipReason.IN_FUTURE)
    if (activity.distance_m or 0) > MAX_DISTANCE_M:
        raise FormatError(SkipReason.BAD_VALUES, "distance over 1000 km")
    if max(activity.moving_s or 0, activity.elapsed_s or 0) > MAX_DURATION_S:
        raise FormatError(SkipReason.BAD_VALUES, "longer than a week")
    if not (activity.distance_m or activity.moving_s or activity.elapsed_s):
        raise FormatError(SkipReason.NO_DATA)
    # Out-of-range sensor values are dropped rather than stored.
    cadence = activity.cadence_spm if (activity.cadence_spm or 0) <= 400 else None
    heart = activity.heart_rate_bpm if (activity.heart_rate_bpm or 0) <= 300 else None
    return replace(activity, cadence_spm=cadence, heart_rate_bpm=heart)


class _Import:
    """One import in progress: outcomes so far and activities waiting for the transaction."""

    def __init__(self, store: HistoryRuns, now: datetime, zone: tzinfo | None) -> None:
        self.store, self.now, self.zone = store, now, zone
        self.report = ImportReport()
        self.pending: list[tuple[int, NewActivity]] = []
        self.seen: dict[str, str] = {}  # sha256 -> label of the first file with those bytes

    def skip(self, label: str, exc: FormatError | Refusal) -> None:
        size = exc.size if isinstance(exc, Refusal) else None
        self.report.outcomes.append(
            FileOutcome(label, Status.SKIPPED, exc.reason, exc.detail, size=size)
        )

    def local_start(self, activity: Activity) -> datetime:
        if activity.utc_offset_s is not None:
            return activity.started_utc + timedelta(seconds=activity.utc_offset_s)
        return activity.started_utc.astimezone(self.zone)

    def prepare(
        self, item: Item, activity: Activity, source: Source, sha: str | None
    ) -> NewActivity:
        """The activity checked and ready to store (FormatError if its values cannot be right)."""
        row = item.row
        if row is not None:
            # The export's own record wins for what the athlete may have edited on Strava.
            activity = replace(
                activity,
                sport=row.sport or activity.sport,
                notes=row.notes or activity.notes,
                distance_m=activity.distance_m if activity.distance_m else row.distance_m,
                heart_rate_bpm=activity.heart_rate_bpm or row.heart_rate_bpm,
            )
        activity = _checked(activity, self.now)
        kind = kind_of(activity.sport, activity.distance_m, activity.duration_s)
        local = self.local_start(activity).date()
        return NewActivity(activity, kind, source, local, item.name, sha)

    def queue(self, label: str, new: NewActivity, file_problem: FormatError | None = None) -> None:
        self.pending.append((len(self.report.outcomes), new))
        outcome = FileOutcome(label, Status.NOT_SAVED)
        if file_problem is not None:
            outcome = replace(outcome, file_problem=file_problem.reason, detail=file_problem.detail)
        self.report.outcomes.append(outcome)

    def read(self, item: Item) -> None:
        try:
            self._read(item)
        except FormatError as exc:
            fallback = item.row.activity() if item.row is not None else None
            if fallback is None or item.load is None:
                self.skip(item.label, exc)
                return
            try:
                new = self.prepare(item, fallback, Source.STRAVA, None)
            except FormatError as again:
                self.skip(item.label, again)
                return
            self.queue(item.label, new, exc)

    def _read(self, item: Item) -> None:
        if item.load is None:
            activity = item.row.activity() if item.row is not None else None
            if activity is None:
                raise FormatError(SkipReason.BAD_ROW, "no date")
            self.queue(item.label, self.prepare(item, activity, Source.STRAVA, None))
            return
        data = item.load()
        if data[:2] == b"\x1f\x8b":
            data = gunzip(data)
        if not data:
            raise FormatError(SkipReason.EMPTY)
        sha = hashlib.sha256(data).hexdigest()
        if sha in self.seen:
            self.report.outcomes.append(
                FileOutcome(item.label, Status.DUPLICATE, by_file=True, same_file_as=self.seen[sha])
            )
            return
        known = self.store.run_for_file(sha)
        if known is not None:
            self.report.outcomes.append(
                FileOutcome(item.label, Status.DUPLICATE, run=known, by_file=True)
            )
            return
        source = sniff(data, item.name)
        ready = [self.prepare(item, a, source, sha) for a in READERS[source](data)]
        self.seen[sha] = item.label
        for new in ready:
            self.queue(item.label, new)

    def store_all(self) -> None:
        outcomes = self.report.outcomes
        try:
            stored = self.store.add_activities([new for _, new in self.pending])
        except (sqlite3.Error, OSError) as exc:
            self.report.write_error = write_failure(exc)
            return
        for (at, _), result in zip(self.pending, stored, strict=True):
            status = Status.IMPORTED if result.status is AddStatus.ADDED else Status.DUPLICATE
            outcomes[at] = replace(
                outcomes[at], status=status, run=result.run, filled=result.filled
            )


def import_paths(
    paths: Sequence[Path],
    store: HistoryRuns,
    now_utc: Clock,
    zone: tzinfo | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import every activity under `paths` into `store` in one transaction; the outcome of each.

    `zone` gives local dates for files that do not record their time zone (GPX, TCX); None is
    the computer's own zone. `progress(count, label)` is called after each file; when it returns
    False the import stops and nothing is stored (`report.cancelled`).
    """
    job = _Import(store, now_utc(), zone)
    try:
        for count, entry in enumerate(expand(paths), 1):
            if isinstance(entry, Ignored):
                job.report.ignored += 1
            elif isinstance(entry, Refusal):
                job.skip(entry.label, entry)
            else:
                job.read(entry)
            if progress is not None and not progress(count, entry.label):
                job.report.cancelled = True
                return job.report
    except sqlite3.Error as exc:  # the history could not even be read (it is checked per file)
        job.report.write_error = write_failure(exc)
        return job.report
    if job.pending:
        job.store_all()
    return job.report
