"""`rehab-app runs import PATH...` and `rehab-app runs list`: one line per file, then the totals."""

from __future__ import annotations

import contextlib
import io
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from rehab_app.commands.cli import WRITES_DATA, build_parser, run_command
from rehab_app.commands.runs import clock_text, reason_text
from rehab_app.core.history.store import HistoryStore
from rehab_app.core.paths import AppPaths
from rehab_app.core.runs.model import RunAnswers
from rehab_app.core.runs.reading import SkipReason
from rehab_app.core.runs.store import HistoryRuns
from tests.core.runs.fitfiles import FitActivity, activity_fit
from tests.core.runs.runfiles import START, Track, gpx_text, mixed_export, strava_zip

NOW = datetime(2026, 5, 20, 7, tzinfo=UTC)


def _now() -> datetime:
    return NOW


def _cli(data: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    parsed = build_parser().parse_args(["--data-dir", str(data), *args])
    with contextlib.redirect_stderr(err):
        code = run_command(parsed, AppPaths.create(data), out, _now)
    return code, out.getvalue(), err.getvalue()


def _fit(path: Path, start: datetime, km: float, **kw: object) -> Path:
    fit = FitActivity(start, km * 1000, **kw)  # type: ignore[arg-type]
    path.write_bytes(activity_fit(fit))
    return path


def test_import_prints_a_line_per_file_and_the_totals(tmp_path: Path) -> None:
    a = _fit(tmp_path / "a.fit", START, 5)
    b = _fit(tmp_path / "b.fit", START + timedelta(days=3), 6)  # +20 % on the longest
    ride = _fit(tmp_path / "ride.fit", START + timedelta(days=4), 30, sport="cycling")
    copy = tmp_path / "copy.gpx"
    copy.write_text(gpx_text(Track(START + timedelta(seconds=30))))
    bad = tmp_path / "bad.fit"
    bad.write_bytes(a.read_bytes()[:-1] + b"\0")
    code, out, err = _cli(tmp_path / "data", "runs", "import", *map(str, (a, b, ride, copy, bad)))
    assert code == 1  # a file was skipped
    assert err == ""
    assert out.splitlines() == [
        f"{a}: imported run on 2026-05-02, 5.00 km in 30:00, 6:00 /km",
        f"{b}: imported run on 2026-05-05, 6.00 km in 30:00, 5:00 /km;"
        " 20 % longer than the longest run of the 30 days before (5.00 km)",
        f"{ride}: imported cross-training (cycling) on 2026-05-06, 30.00 km in 30:00",
        f"{copy}: duplicate, already in the log: run on 2026-05-02, 5.00 km in 30:00, 6:00 /km",
        f"{bad}: skipped: a damaged FIT file: its checksum does not match its contents",
        "Imported 2 runs and 1 cross-training; 1 duplicate, 1 skipped.",
    ]


def test_import_of_good_files_exits_0_and_again_finds_duplicates(tmp_path: Path) -> None:
    export = strava_zip(tmp_path / "export.zip", mixed_export(3))
    code, out, _ = _cli(tmp_path / "data", "runs", "import", str(export))
    assert code == 0
    assert out.splitlines()[-1] == (
        "Imported 3 runs and 0 cross-training; 0 duplicates, 0 skipped."
        " 1 other file passed over (not activities)."
    )
    code, out, _ = _cli(tmp_path / "data", "runs", "import", str(export))
    assert code == 0
    assert "duplicate, this file was imported before: run on 2026-05-02" in out
    assert out.splitlines()[-1].startswith("Imported 0 runs and 0 cross-training; 3 duplicates")


def test_list_shows_runs_with_flags_then_cross_training(tmp_path: Path) -> None:
    data = tmp_path / "data"
    files = [
        _fit(tmp_path / "a.fit", NOW - timedelta(days=12), 5),
        _fit(tmp_path / "b.fit", NOW - timedelta(days=5), 6.5, timer_s=2340),
        _fit(tmp_path / "c.fit", NOW - timedelta(days=2), 40, sport="cycling", timer_s=5400),
    ]
    _cli(data, "runs", "import", *map(str, files))
    store = HistoryStore.open(data / "history.sqlite3", _now).store
    store.set_run_answers(2, RunAnswers(4))
    store.close()
    code, out, _ = _cli(data, "runs", "list")
    assert code == 0
    assert out.splitlines() == [
        "Runs (2)",
        "DATE        DISTANCE  TIME   PACE      FLAGS",
        "2026-05-08  5.00 km   30:00  6:00 /km",
        "2026-05-15  6.50 km   39:00  6:00 /km  +30 % on the longest of 30 days before; pain 4/10",
        "",
        "Cross-training (1)",
        "DATE        SPORT    DISTANCE  TIME",
        "2026-05-18  cycling  40.00 km  1:30:00",
        "",
        "Longest run of the last 30 days: 6.50 km on 2026-05-15. In a study of 5,205 runners"
        " (Garmin-RUNSAFE), single runs more than 10 % longer than that (over 7.15 km) came with"
        " more overuse injuries.",
    ]


def test_list_without_a_history_says_how_to_start(tmp_path: Path) -> None:
    code, out, _ = _cli(tmp_path / "data", "runs", "list")
    assert code == 0
    assert out.startswith("No runs yet.")
    assert not (tmp_path / "data" / "history.sqlite3").exists()


def test_runs_needs_an_action_and_paths(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        build_parser().parse_args(["runs"])
    assert caught.value.code == 2
    with pytest.raises(SystemExit):
        build_parser().parse_args(["runs", "import"])
    assert "PATH" in capsys.readouterr().err
    assert "runs" in WRITES_DATA


def test_data_dir_after_the_action(tmp_path: Path) -> None:
    parsed = build_parser().parse_args(["runs", "list", "--data-dir", str(tmp_path)])
    assert parsed.data_dir == tmp_path


def test_every_reason_has_words() -> None:
    for reason in SkipReason:
        assert reason_text(reason)
    assert reason_text(SkipReason.TOO_LARGE, size=200 * 1024**2) == (
        "larger than 64 MB, more than any activity file holds (it is 200 MB)"
    )
    assert reason_text(SkipReason.MALFORMED_XML, "line 3") == "not well-formed XML (line 3)"


@pytest.mark.parametrize(
    ("seconds", "text"), [(None, "-"), (59.6, "1:00"), (1694, "28:14"), (3723, "1:02:03")]
)
def test_clock_text(seconds: float | None, text: str) -> None:
    assert clock_text(seconds) == text


def test_the_real_command_line_imports_without_loading_qt(tmp_path: Path) -> None:
    fit = _fit(tmp_path / "a.fit", START, 5)
    code = (
        "import sys\nfrom rehab_app.app import main\n"
        f"rc = main(['--data-dir', {str(tmp_path / 'data')!r}, 'runs', 'import', {str(fit)!r}])\n"
        "assert rc == 0, rc\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "imported run on 2026-05-02" in done.stdout


def test_a_history_that_cannot_be_written_is_one_line_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(self: object, items: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(HistoryRuns, "add_activities", full)
    fit = _fit(tmp_path / "a.fit", START, 5)
    code, out, err = _cli(tmp_path / "data", "runs", "import", str(fit))
    assert code == 1
    assert out.splitlines()[0] == f"{fit}: read, but not saved"
    assert err == (
        "Nothing was imported: the history could not be read or written"
        " (database or disk is full).\n"
    )
