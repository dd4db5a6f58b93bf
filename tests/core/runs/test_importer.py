"""Importing files: one outcome each, good files kept whatever else fails, one transaction."""

from __future__ import annotations

import gzip
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from rehab_app.core.history.store import HistoryStore
from rehab_app.core.runs.importer import Status, import_paths
from rehab_app.core.runs.model import Kind, Source
from rehab_app.core.runs.reading import MAX_FILE_BYTES, SkipReason
from tests.core.runs.fitfiles import FitActivity, activity_fit
from tests.core.runs.runfiles import START, Track, gpx_text, tcx_text

NOW = datetime(2026, 5, 20, 7, tzinfo=UTC)


def _now() -> datetime:
    return NOW


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = HistoryStore.open(tmp_path / "history.sqlite3", _now).store
    yield opened
    opened.close()


def _fit(folder: Path, name: str, **kw: object) -> Path:
    path = folder / name
    path.write_bytes(activity_fit(FitActivity(**{"start": START, **kw})))  # type: ignore[arg-type]
    return path


def _statuses(report: object) -> list[tuple[str, str, str | None]]:
    return [
        (Path(o.label).name, o.status.value, o.reason.value if o.reason else None)
        for o in report.outcomes  # type: ignore[attr-defined]
    ]


def test_fit_gpx_and_tcx_files_are_imported_with_their_summaries(
    store: HistoryStore, tmp_path: Path
) -> None:
    fit = _fit(tmp_path, "a.fit")
    gpx = tmp_path / "b.gpx"
    gpx.write_text(gpx_text(Track(START + timedelta(days=1), 7000, 2400)))
    tcx = tmp_path / "c.tcx.gz"
    tcx.write_bytes(gzip.compress(tcx_text(Track(START + timedelta(days=2), 8000)).encode()))
    report = import_paths([fit, gpx, tcx], store, _now, UTC)
    assert _statuses(report) == [
        ("a.fit", "imported", None),
        ("b.gpx", "imported", None),
        ("c.tcx.gz", "imported", None),
    ]
    runs = store.runs()
    assert [r.source for r in runs] == [Source.FIT, Source.GPX, Source.TCX]
    assert [round(r.distance_m or 0) for r in runs] == [5000, 7000, 8000]
    first = runs[0]
    assert first.local_date.isoformat() == "2026-05-02"
    assert first.pace_s_per_km == pytest.approx(360)
    assert first.heart_rate_bpm == 150
    assert first.cadence_spm == 168
    assert first.source_name == "a.fit"
    assert first.source_sha256 is not None
    assert len(first.source_sha256) == 64
    assert first.added_utc == NOW


def test_cross_training_is_kept_apart_from_runs(store: HistoryStore, tmp_path: Path) -> None:
    ride = _fit(tmp_path, "ride.fit", sport="cycling", distance_m=25_000)
    walk = _fit(tmp_path, "walk.fit", sport="walking", start=START + timedelta(days=1))
    report = import_paths([ride, walk], store, _now, UTC)
    assert report.count(Status.IMPORTED, Kind.CROSS_TRAINING) == 2
    assert store.runs() == []
    assert [r.sport for r in store.runs(Kind.CROSS_TRAINING)] == ["cycling", "walking"]


def test_the_same_file_twice_is_known_by_its_hash(store: HistoryStore, tmp_path: Path) -> None:
    fit = _fit(tmp_path, "a.fit")
    copy = tmp_path / "copy.fit"
    copy.write_bytes(fit.read_bytes())
    report = import_paths([fit, copy], store, _now, UTC)
    assert _statuses(report) == [("a.fit", "imported", None), ("copy.fit", "duplicate", None)]
    assert report.outcomes[1].same_file_as == str(fit)
    again = import_paths([fit], store, _now, UTC)
    assert again.outcomes[0].status is Status.DUPLICATE
    assert again.outcomes[0].by_file
    assert again.outcomes[0].run == store.runs()[0]
    assert len(store.runs()) == 1


def test_the_same_run_from_two_sources_is_stored_once_and_completed(
    store: HistoryStore, tmp_path: Path
) -> None:
    # The GPX (no heart rate) comes first; the watch's FIT, a minute apart and 2 % longer, adds it.
    gpx = tmp_path / "strava.gpx"
    gpx.write_text(gpx_text(Track(START, 4900, heart_rate=None, cadence=None)))
    fit = _fit(tmp_path, "watch.fit", start=START + timedelta(seconds=60), distance_m=5000)
    report = import_paths([gpx, fit], store, _now, UTC)
    assert _statuses(report) == [
        ("strava.gpx", "imported", None),
        ("watch.fit", "duplicate", None),
    ]
    assert report.outcomes[1].filled == ("cadence_spm", "heart_rate_bpm")
    [run] = store.runs()
    assert run.heart_rate_bpm == 150
    assert run.source is Source.GPX
    # The watch file is now known by its hash too.
    assert import_paths([fit], store, _now, UTC).outcomes[0].by_file


@pytest.mark.parametrize(
    ("shift_s", "distance", "same"),
    [
        (0, 5000, True),
        (119, 5140, True),
        (121, 5000, False),
        (0, 5200, False),  # 4 % longer: another run
        (-100, 4860, True),
    ],
)
def test_duplicates_need_a_close_start_and_a_close_distance(
    store: HistoryStore, tmp_path: Path, shift_s: int, distance: float, same: bool
) -> None:
    a = _fit(tmp_path, "a.fit")
    b = _fit(tmp_path, "b.fit", start=START + timedelta(seconds=shift_s), distance_m=distance)
    report = import_paths([a, b], store, _now, UTC)
    assert (report.outcomes[1].status is Status.DUPLICATE) is same
    assert len(store.runs()) == (1 if same else 2)


def test_every_bad_file_gets_its_reason_and_the_good_ones_are_still_imported(
    store: HistoryStore, tmp_path: Path
) -> None:
    good = _fit(tmp_path, "good.fit")
    bad_crc = tmp_path / "bad-crc.fit"
    data = bytearray(activity_fit(FitActivity(START + timedelta(days=1))))
    data[-5] ^= 0xFF
    bad_crc.write_bytes(bytes(data))
    truncated = tmp_path / "cut.fit"
    truncated.write_bytes(activity_fit(FitActivity(START + timedelta(days=2)))[:300])
    empty = tmp_path / "empty.fit"
    empty.write_bytes(b"")
    no_times = tmp_path / "no-times.gpx"
    no_times.write_text(gpx_text(Track(times=False)))
    huge = tmp_path / "huge.gpx"
    with huge.open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200 * 1024 * 1024)
    unknown = tmp_path / "notes.txt"
    unknown.write_text("ran 5 km today")
    xxe = tmp_path / "xxe.tcx"
    xxe.write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'
    )
    broken = tmp_path / "broken.gpx"
    broken.write_text(gpx_text(Track(START + timedelta(days=3)))[:400])
    good_gpx = tmp_path / "good.gpx"
    good_gpx.write_text(gpx_text(Track(START + timedelta(days=4))))
    missing = tmp_path / "missing.fit"
    paths = [
        good,
        bad_crc,
        truncated,
        empty,
        no_times,
        huge,
        unknown,
        xxe,
        broken,
        good_gpx,
        missing,
    ]
    report = import_paths(paths, store, _now, UTC)
    assert _statuses(report) == [
        ("good.fit", "imported", None),
        ("bad-crc.fit", "skipped", "checksum"),
        ("cut.fit", "skipped", "truncated"),
        ("empty.fit", "skipped", "empty"),
        ("no-times.gpx", "skipped", "no_times"),
        ("huge.gpx", "skipped", "too_large"),
        ("notes.txt", "skipped", "unknown_format"),
        ("xxe.tcx", "skipped", "unsafe_xml"),
        ("broken.gpx", "skipped", "malformed_xml"),
        ("good.gpx", "imported", None),
        ("missing.fit", "skipped", "not_found"),
    ]
    assert report.outcomes[5].size == 200 * 1024 * 1024
    assert len(store.runs()) == 2


def test_a_large_file_is_refused_by_its_size_without_reading_it(
    store: HistoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "huge.fit"
    with huge.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    opened: list[object] = []
    real_open = Path.open

    def watching_open(self: Path, *args: object, **kw: object) -> object:
        if self == huge and "b" in str(args[0] if args else kw.get("mode", "r")):
            opened.append(args)
        return real_open(self, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", watching_open)
    report = import_paths([huge], store, _now, UTC)
    assert report.outcomes[0].reason is SkipReason.TOO_LARGE
    assert len(opened) <= 1  # at most the four bytes that tell a zip from anything else


def test_a_failed_write_stores_nothing_and_says_so(
    store: HistoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = _fit(tmp_path, "a.fit")
    b = _fit(tmp_path, "b.fit", start=START + timedelta(days=1))
    real = store.add_activities
    calls = 0

    def failing(items: list[object]) -> object:
        nonlocal calls
        calls += 1
        with store._tx() as con:  # the transaction starts, one row goes in, then the disk fills
            con.execute("INSERT INTO runs (kind, started_utc, local_date, source, added_utc)"
                        " VALUES ('run', 'x', 'y', 'manual', 'z')")  # fmt: skip
            raise sqlite3.OperationalError("database or disk is full")
        return real(items)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "add_activities", failing)
    report = import_paths([a, b], store, _now, UTC)
    assert calls == 1
    assert report.write_error is not None
    assert [o.status for o in report.outcomes] == [Status.NOT_SAVED, Status.NOT_SAVED]
    assert store.runs(kind=None) == []


def test_local_date_comes_from_the_watch_or_else_from_the_zone(
    store: HistoryStore, tmp_path: Path
) -> None:
    late = datetime(2026, 5, 2, 22, 30, tzinfo=UTC)
    fit = _fit(tmp_path, "a.fit", start=late, utc_offset_s=7200)  # 00:30 the next day
    gpx = tmp_path / "b.gpx"
    gpx.write_text(gpx_text(Track(late + timedelta(days=2))))
    import_paths([fit, gpx], store, _now, timezone(timedelta(hours=-5)))
    assert [r.local_date.isoformat() for r in store.runs()] == ["2026-05-03", "2026-05-04"]


def test_runs_dated_in_the_future_or_before_1990_are_refused(
    store: HistoryStore, tmp_path: Path
) -> None:
    future = _fit(tmp_path, "future.fit", start=NOW + timedelta(days=3))
    soon = _fit(tmp_path, "soon.fit", start=NOW + timedelta(hours=2))  # a clock a bit ahead
    old = _fit(tmp_path, "old.fit", start=datetime(1989, 12, 31, 1, tzinfo=UTC))
    report = import_paths([future, soon, old], store, _now, UTC)
    assert [o.reason for o in report.outcomes] == [
        SkipReason.IN_FUTURE,
        None,
        SkipReason.BAD_VALUES,
    ]


def test_a_folder_is_searched_and_other_files_passed_over(
    store: HistoryStore, tmp_path: Path
) -> None:
    folder = tmp_path / "watch"
    (folder / "2026").mkdir(parents=True)
    _fit(folder / "2026", "a.fit")
    _fit(folder, "b.FIT", start=START + timedelta(days=1))
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")
    (folder / ".hidden.fit").write_bytes(b"junk")
    report = import_paths([folder], store, _now, UTC)
    assert _statuses(report) == [("a.fit", "imported", None), ("b.FIT", "imported", None)]
    assert report.outcomes[0].label == "watch/2026/a.fit"
    assert report.ignored == 1


def test_a_link_inside_a_folder_is_refused(store: HistoryStore, tmp_path: Path) -> None:
    folder = tmp_path / "runs"
    folder.mkdir()
    outside = _fit(tmp_path, "outside.fit")
    (folder / "link.fit").symlink_to(outside)
    report = import_paths([folder], store, _now, UTC)
    assert _statuses(report) == [("link.fit", "skipped", "link")]


def test_fit_with_two_sessions_stores_both(store: HistoryStore, tmp_path: Path) -> None:
    ride = FitActivity(START + timedelta(hours=1), 20_000, sport="cycling")
    fit = _fit(tmp_path, "multi.fit", extra_sessions=[ride])
    report = import_paths([fit], store, _now, UTC)
    assert [o.status for o in report.outcomes] == [Status.IMPORTED, Status.IMPORTED]
    assert store.count_runs() == {Kind.RUN: 1, Kind.CROSS_TRAINING: 1}


def test_progress_is_reported_per_file_and_a_cancel_stores_nothing(
    store: HistoryStore, tmp_path: Path
) -> None:
    files = [_fit(tmp_path, f"{n}.fit", start=START + timedelta(days=n)) for n in range(4)]
    seen: list[tuple[int, str]] = []

    def progress(count: int, label: str) -> bool:
        seen.append((count, Path(label).name))
        return count < 3

    report = import_paths(files, store, _now, UTC, progress=progress)
    assert seen == [(1, "0.fit"), (2, "1.fit"), (3, "2.fit")]
    assert report.cancelled
    assert store.runs() == []
    report = import_paths(files, store, _now, UTC, progress=lambda n, label: True)
    assert not report.cancelled
    assert len(store.runs()) == 4


def test_a_history_that_cannot_be_read_ends_the_import_with_a_write_error(
    store: HistoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(sha256: str) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(store, "run_for_file", broken)
    report = import_paths([_fit(tmp_path, "a.fit")], store, _now, UTC)
    assert report.write_error is not None
    assert report.write_error.kind == "other"
    assert store.runs() == []
