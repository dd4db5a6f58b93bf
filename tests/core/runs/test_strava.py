"""Strava bulk exports, zipped or unpacked: activities.csv with its files, and hostile archives."""

from __future__ import annotations

import gzip
import stat
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from rehab_app.core.history.store import HistoryStore
from rehab_app.core.runs.importer import Status, import_paths
from rehab_app.core.runs.model import Kind, Source
from rehab_app.core.runs.reading import FormatError, SkipReason
from rehab_app.core.runs.strava import parse_date, read_activities_csv
from tests.core.runs.fitfiles import FitActivity, activity_fit
from tests.core.runs.runfiles import (
    START,
    STRAVA_HEADER,
    StravaActivity,
    activities_csv,
    mixed_export,
    strava_folder,
    strava_zip,
)

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _now() -> datetime:
    return NOW


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = HistoryStore.open(tmp_path / "history.sqlite3", _now).store
    yield opened
    opened.close()


def _outcomes(report: object) -> list[tuple[str, str, str | None]]:
    return [
        (o.label, o.status.value, o.reason.value if o.reason else None)
        for o in report.outcomes  # type: ignore[attr-defined]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mar 3, 2021, 6:15:30 PM", datetime(2021, 3, 3, 18, 15, 30, tzinfo=UTC)),
        ("Dec 12, 2025, 12:05:00 AM", datetime(2025, 12, 12, 0, 5, tzinfo=UTC)),
        ("Dec 12, 2025, 12:05:00\u202fPM", datetime(2025, 12, 12, 12, 5, tzinfo=UTC)),
        ("3 Mar 2021, 18:15:30", datetime(2021, 3, 3, 18, 15, 30, tzinfo=UTC)),
        ("2021-03-03 18:15:30", datetime(2021, 3, 3, 18, 15, 30, tzinfo=UTC)),
        ("yesterday", None),
        ("Feb 30, 2021, 1:00:00 PM", None),
        ("", None),
    ],
)
def test_strava_dates_are_read_whatever_the_locale(text: str, expected: datetime | None) -> None:
    assert parse_date(text) == expected


def test_activities_csv_rows_give_type_date_distance_in_metres_and_times() -> None:
    rows = read_activities_csv(activities_csv([StravaActivity(7, START, description="Easy")]))
    [row] = rows
    assert (row.line, row.activity_id, row.filename) == (2, "7", "activities/7.fit.gz")
    assert row.sport == "running"
    assert row.started_utc == START
    assert (row.distance_m, row.moving_s, row.elapsed_s) == (5000, 1800, 1800)
    assert (row.heart_rate_bpm, row.elevation_gain_m, row.notes) == (148, 40, "Easy")


def test_an_older_export_with_one_distance_column_gives_kilometres() -> None:
    header = ["Activity ID", "Activity Date", "Activity Type", "Distance", "Filename"]
    data = ",".join(header).encode() + b'\n1,"Jan 2, 2020, 7:00:00 AM",Run,10.5,\n'
    [row] = read_activities_csv(data)
    assert row.distance_m == 10_500


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"Date,Type,Distance\n2020-01-01,Run,5\n",
        b"Activity ID,Activity Date,Activity Type\n",
        b"\xff\xfe\x00garbage",
    ],
)
def test_a_csv_with_wrong_columns_is_not_an_activities_list(data: bytes) -> None:
    with pytest.raises(FormatError) as caught:
        read_activities_csv(data)
    assert caught.value.reason is SkipReason.BAD_CSV


def test_a_strava_zip_imports_fit_gpx_tcx_and_file_less_activities(
    store: HistoryStore, tmp_path: Path
) -> None:
    activities = mixed_export(6)
    activities.append(StravaActivity(99, START + timedelta(days=10), kind="", distance_m=3000))
    export = strava_zip(tmp_path / "export_123.zip", activities)
    report = import_paths([export], store, _now, UTC)
    assert report.count(Status.IMPORTED) == 7
    assert report.count(Status.SKIPPED) == 0
    assert report.ignored == 1  # profile.csv
    labels = [o.label for o in report.outcomes]
    assert labels[0] == "export_123.zip/activities/1000.fit.gz"
    assert labels[-1] == "export_123.zip/activities.csv line 8"
    runs = store.runs(kind=None)
    assert [r.source for r in runs] == [
        Source.FIT, Source.GPX, Source.TCX, Source.FIT, Source.GPX, Source.TCX, Source.STRAVA
    ]  # fmt: skip
    assert [r.kind for r in runs].count(Kind.CROSS_TRAINING) == 1  # the fifth, a ride
    assert runs[-1].distance_m == 3000
    assert runs[-1].source_sha256 is None
    assert runs[0].source_name == "activities/1000.fit.gz"


def test_importing_the_same_export_again_finds_only_duplicates(
    store: HistoryStore, tmp_path: Path
) -> None:
    activities = [*mixed_export(4), StravaActivity(99, START + timedelta(days=9), kind="")]
    export = strava_zip(tmp_path / "export.zip", activities)
    import_paths([export], store, _now, UTC)
    again = import_paths([export], store, _now, UTC)
    assert again.count(Status.DUPLICATE) == 5
    assert sum(o.by_file for o in again.outcomes) == 4
    assert len(store.runs(kind=None)) == 5


def test_the_unpacked_export_folder_and_the_watch_file_are_the_same_runs(
    store: HistoryStore, tmp_path: Path
) -> None:
    activities = mixed_export(3)
    folder = strava_folder(tmp_path / "export", activities)
    watch = tmp_path / "watch.fit"
    watch.write_bytes(activity_fit(FitActivity(activities[1].start, activities[1].distance_m)))
    report = import_paths([folder, watch], store, _now, UTC)
    assert [o.status for o in report.outcomes] == [Status.IMPORTED] * 3 + [Status.DUPLICATE]
    assert len(store.runs()) == 3


def test_strava_type_and_description_win_over_the_file(store: HistoryStore, tmp_path: Path) -> None:
    # The watch said running; the athlete fixed it to a walk on Strava and wrote a note.
    activity = StravaActivity(5, START, strava_type="Walk", description="Sore back, walked")
    export = strava_zip(tmp_path / "export.zip", [activity])
    import_paths([export], store, _now, UTC)
    [walk] = store.runs(Kind.CROSS_TRAINING)
    assert walk.sport == "walking"
    assert walk.notes == "Sore back, walked"


def _zip(path: Path, entries: dict[str, bytes], links: tuple[str, ...] = ()) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            if name in links:
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, data)
    return path


def test_a_hostile_export_refuses_its_bad_entries_and_imports_the_rest(
    store: HistoryStore, tmp_path: Path
) -> None:
    good = StravaActivity(1, START)
    lost = StravaActivity(2, START + timedelta(days=1))  # its file is a zip bomb
    traversal = StravaActivity(3, START + timedelta(days=2))
    rows = [good.row(), lost.row(), traversal.row()]
    rows[2][STRAVA_HEADER.index("Filename")] = "../../evil.fit"
    csv = ",".join(STRAVA_HEADER) + "\n" + "\n".join(",".join(f'"{c}"' for c in r) for r in rows)
    export = _zip(
        tmp_path / "export.zip",
        {
            "activities.csv": csv.encode(),
            good.filename: good.file_bytes(),
            lost.filename: b"\0" * (300 * 1024 * 1024),  # packs to a few hundred KB
            "../../evil.fit": activity_fit(FitActivity(START + timedelta(days=5))),
            "activities/link.fit": b"/etc/passwd",
            "/abs/path.gpx": b"<gpx/>",
        },
        links=("activities/link.fit",),
    )
    report = import_paths([export], store, _now, UTC)
    assert _outcomes(report) == [
        ("export.zip/activities/1.fit.gz", "imported", None),
        ("export.zip/activities/2.fit.gz", "imported", None),
        ("export.zip/../../evil.fit", "imported", None),
        ("export.zip/activities/link.fit", "skipped", "link"),
        ("export.zip//abs/path.gpx", "skipped", "unsafe_path"),
    ]
    # The bomb's and the traversal's rows are kept from activities.csv alone, saying why.
    assert report.outcomes[1].file_problem is SkipReason.ZIP_BOMB
    assert report.outcomes[2].file_problem is SkipReason.UNSAFE_PATH
    runs = store.runs()
    assert [r.source for r in runs] == [Source.FIT, Source.STRAVA, Source.STRAVA]
    assert [r.local_date.day for r in runs] == [2, 3, 4]  # nothing from the smuggled file


def test_files_a_mac_adds_to_a_zip_are_passed_over(store: HistoryStore, tmp_path: Path) -> None:
    activity = StravaActivity(1, START)
    export = strava_zip(
        tmp_path / "export.zip",
        [activity],
        extra={"__MACOSX/activities/._1.fit.gz": b"\0\5\26\7", "activities/.DS_Store": b"x"},
    )
    report = import_paths([export], store, _now, UTC)
    assert [o.status for o in report.outcomes] == [Status.IMPORTED]
    assert report.ignored == 3  # profile.csv and the two


def test_a_gzip_bomb_inside_an_export_is_refused(store: HistoryStore, tmp_path: Path) -> None:
    bomb = gzip.compress(b"\0" * (100 * 1024 * 1024), compresslevel=9)
    export = _zip(tmp_path / "plain.zip", {"activities/bomb.fit.gz": bomb})
    report = import_paths([export], store, _now, UTC)
    assert _outcomes(report) == [("plain.zip/activities/bomb.fit.gz", "skipped", "too_large")]


def test_an_entry_that_lies_about_its_size_is_refused(store: HistoryStore, tmp_path: Path) -> None:
    export = _zip(tmp_path / "lie.zip", {"a.gpx": b"<gpx>" + b" " * 5000 + b"</gpx>"})
    data = bytearray(export.read_bytes())
    # Shrink the declared size in the central directory: the real data is larger.
    at = data.rindex(b"PK\x01\x02") + 24
    data[at : at + 4] = (100).to_bytes(4, "little")
    export.write_bytes(bytes(data))
    report = import_paths([export], store, _now, UTC)
    assert report.outcomes[0].reason is SkipReason.DAMAGED


def test_a_csv_with_wrong_columns_is_reported_and_the_files_still_imported(
    store: HistoryStore, tmp_path: Path
) -> None:
    activity = StravaActivity(1, START)
    export = _zip(
        tmp_path / "export.zip",
        {
            "activities.csv": b"Date,Type\n2020-01-01,Run\n",
            activity.filename: activity.file_bytes(),
        },
    )
    report = import_paths([export], store, _now, UTC)
    assert _outcomes(report) == [
        ("export.zip/activities.csv", "skipped", "bad_csv"),
        ("export.zip/activities/1.fit.gz", "imported", None),
    ]
    assert "missing columns: Activity Date, Activity Type, Filename" in report.outcomes[0].detail


def test_a_row_whose_file_is_missing_is_kept_from_the_csv(
    store: HistoryStore, tmp_path: Path
) -> None:
    activity = StravaActivity(1, START)
    export = _zip(tmp_path / "export.zip", {"activities.csv": activities_csv([activity])})
    report = import_paths([export], store, _now, UTC)
    assert report.outcomes[0].status is Status.IMPORTED
    assert report.outcomes[0].file_problem is SkipReason.MISSING_FILE


def test_a_row_without_a_date_or_file_is_skipped(store: HistoryStore, tmp_path: Path) -> None:
    row = StravaActivity(1, START, kind="").row()
    row[STRAVA_HEADER.index("Activity Date")] = "sometime"
    csv = (",".join(STRAVA_HEADER) + "\n" + ",".join(f'"{c}"' for c in row)).encode()
    export = _zip(tmp_path / "export.zip", {"activities.csv": csv})
    report = import_paths([export], store, _now, UTC)
    assert _outcomes(report) == [("export.zip/activities.csv line 2", "skipped", "bad_row")]


def test_a_damaged_zip_is_refused_as_a_whole(store: HistoryStore, tmp_path: Path) -> None:
    export = strava_zip(tmp_path / "export.zip", mixed_export(2))
    export.write_bytes(export.read_bytes()[:-30])  # the central directory's end is gone
    report = import_paths([export], store, _now, UTC)
    assert _outcomes(report) == [(str(export), "skipped", "bad_archive")]


def test_an_unpacked_export_refuses_names_that_leave_it(
    store: HistoryStore, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.fit"
    secret.write_bytes(activity_fit(FitActivity(START + timedelta(days=3))))
    activity = StravaActivity(1, START)
    folder = strava_folder(tmp_path / "export", [activity])
    row = activity.row()
    row[STRAVA_HEADER.index("Filename")] = "../secret.fit"
    (folder / "activities.csv").write_bytes(
        (",".join(STRAVA_HEADER) + "\n" + ",".join(f'"{c}"' for c in row)).encode()
    )
    report = import_paths([folder], store, _now, UTC)
    first = report.outcomes[0]
    assert first.label == "export/../secret.fit"
    assert first.file_problem is SkipReason.UNSAFE_PATH
    # The file the row should have named is read on its own, and found to be the same run.
    assert report.outcomes[1].label == "export/activities/1.fit.gz"
    assert report.outcomes[1].status is Status.DUPLICATE
    assert report.outcomes[1].filled == ("cadence_spm",)
    assert [r.source for r in store.runs()] == [Source.STRAVA]
    assert all(r.local_date.day == 2 for r in store.runs(kind=None))  # not the secret file
