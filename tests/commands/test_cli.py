"""The command line: validate, list, plan, --version, --data-dir."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from rehab_app.app import main
from rehab_app.commands.cli import build_parser, run_command
from rehab_app.core.history.store import HistoryStore
from rehab_app.core.session.record import ExerciseRecord, Outcome, SessionRecord
from tests.helpers.libfiles import exercise, make_tree


def run(args: list[str], tree: Path) -> tuple[int, str]:
    parsed = build_parser().parse_args(args)
    out = io.StringIO()
    paths = make_tree(tree)
    return run_command(parsed, paths, out), out.getvalue()


def test_validate_clean_tree(tmp_path: Path) -> None:
    code, out = run(["validate"], tmp_path)
    assert code == 0
    assert "No problems" in out


def test_validate_bad_files_one_line_each(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.yaml").write_text(exercise("a").replace("sets: 2", "sets: x"), encoding="utf-8")
    (bad / "b.yaml").write_text("- nope\n", encoding="utf-8")
    code, out = run(["validate", str(bad)], tmp_path / "tree")
    lines = out.strip().splitlines()
    assert code == 1
    assert lines[0].endswith("a.yaml:12: dosage.sets: expected a whole number, got 'x'")
    assert "b.yaml:1: the top level must be a mapping" in lines[1]
    assert lines[-1] == "2 problems found."


def test_validate_names_a_one_sided_exercise_without_sides_as_a_warning(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    text = exercise("lunge").replace("  rest_s: 10\n", "  rest_s: 10\n  per_side: true\n")
    (folder / "lunge.yaml").write_text(text, encoding="utf-8")
    code, out = run(["validate", str(folder)], tmp_path / "tree")
    assert code == 0  # a warning: the file still loads
    [line, summary] = out.strip().splitlines()
    assert line.startswith("warning: ")
    assert "lunge.yaml:16: sides: one-sided, but it does not say what left and right mean" in line
    assert summary == "No problems found; 1 warning."


def test_list_and_plan(tmp_path: Path) -> None:
    code, out = run(["list"], tmp_path)
    assert code == 0
    assert "Exercises (2)" in out
    assert "Programs (1)" in out
    assert "basic" in out
    parsed = build_parser().parse_args(["plan", "basic"])
    text = io.StringIO()
    assert run_command(parsed, make_tree(tmp_path / "again"), text) == 0
    # Curl first: 2 sets x 5 reps x 3 s hold, 10 s rest, after a 10 s get-ready.
    assert "Total: 0:50 (50 s)" in text.getvalue()


def test_plan_unknown_program(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parsed = build_parser().parse_args(["plan", "nope"])
    assert run_command(parsed, make_tree(tmp_path), io.StringIO()) == 1
    assert "No program 'nope'" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert "rehab-app 0.1.0" in capsys.readouterr().out


def test_data_dir_option_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = tmp_path / "mine"
    (mine / "exercises").mkdir(parents=True)
    (mine / "exercises" / "my_move.yaml").write_text(exercise("my_move"), encoding="utf-8")
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    assert main(["--data-dir", str(mine), "list"]) == 0
    assert "my_move" in out.getvalue()
    assert "yours" in out.getvalue()
    monkeypatch.setenv("REHAB_APP_DATA_DIR", str(mine))
    out2 = io.StringIO()
    monkeypatch.setattr("sys.stdout", out2)
    assert main(["list"]) == 0
    assert "my_move" in out2.getvalue()


def test_export_writes_csv_and_json(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from rehab_app.core.history.store import HistoryStore
    from rehab_app.core.session.record import ExerciseRecord, Outcome, SessionRecord

    paths = make_tree(tmp_path)
    store = HistoryStore.open(paths.history_db, lambda: datetime(2026, 5, 1, tzinfo=UTC)).store
    record = SessionRecord(
        "basic", "Test program", "{}", datetime(2026, 5, 1, 7, tzinfo=UTC), "2026-05-01", 50,
        [ExerciseRecord(0, "plank", "Plank", 2, 10, 40, done_sets=2, done_reps=10, done_s=40)],
        outcome=Outcome.COMPLETED, pain_before=3, pain_after=2,
    )  # fmt: skip
    store.begin(record)
    store.finish(record)
    store.close()
    out = io.StringIO()
    target = tmp_path / "out" / "history.csv"
    target.parent.mkdir()
    args = build_parser().parse_args(
        ["export", "--csv", str(target), "--json", str(tmp_path / "h.json")]
    )
    assert run_command(args, paths, out) == 0
    assert target.read_text(encoding="utf-8-sig").splitlines()[1].count("Test program") == 1
    assert (tmp_path / "out" / "history-exercises.csv").exists()
    assert '"Plank"' in (tmp_path / "h.json").read_text(encoding="utf-8")
    assert "Wrote" in out.getvalue()


def test_plan_flare_up_prints_the_easier_timeline(tmp_path: Path) -> None:
    # Issue 11: the flare-up day's timeline could not be checked before starting it.
    code, out = run(["plan", "basic", "--flare-up"], tmp_path)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "A normal day takes 0:50 (50 s)."
    assert lines[1] == "Test program (flare-up day) (basic)"
    # Plank has no easier version: a third fewer reps and sets (2 x 5 -> 1 x 3).
    assert "Plank · set 1/1 · rep 3/3 · hold 3 s" in out
    assert lines[-1] == "Total: 0:19 (19 s)"


def test_suggest_without_history_says_why_there_is_nothing(tmp_path: Path) -> None:
    code, out = run(["suggest", "basic"], tmp_path)
    assert code == 0
    assert "Suggestion: none: keep going as you are" in out
    assert "  - Sessions of this program in the last 14 days: 0 (none)" in out


def test_suggest_prints_the_suggestion_and_every_reason(tmp_path: Path) -> None:
    # Issue 11: a physio or content author can audit what the app would suggest, and why.
    paths = make_tree(tmp_path)
    opened = HistoryStore.open(paths.history_db, lambda: datetime(2025, 3, 10, tzinfo=UTC))
    for n in (3, 5):
        day = date(2025, 3, n)
        record = SessionRecord(
            "basic", "Test program", "", datetime(2025, 3, n, 8, tzinfo=UTC), day.isoformat(),
            50, [ExerciseRecord(0, "plank", "Plank", 2, 10, 30, done_sets=2)],
            outcome=Outcome.COMPLETED, active_s=50.0, pain_before=1, pain_after=1, pain_worst=2,
        )  # fmt: skip
        opened.store.begin(record)
        opened.store.finish(record)
        opened.store.add_checkin(date(2025, 3, n + 1), 1, 1, day)
    opened.store.close()
    out = io.StringIO()
    args = build_parser().parse_args(["suggest", "basic"])
    assert run_command(args, paths, out, today=lambda: date(2025, 3, 7)) == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == "Test program (basic), 2025-03-07"
    assert lines[1] == (
        "Suggestion: Progress: Your last sessions were at pain 2 and 2, each fine the next"
        " morning: Plank: reps 5 → 7."
    )
    assert lines[2] == "Reasons:"
    text = out.getvalue()
    assert "  - Sessions of this program in the last 14 days: 2" in text
    assert (
        "      2025-03-05 completed; pain before 1; pain worst 2; pain after 1; session pain 2"
        " (green); full dose; morning after 1 (baseline 1, week ?): fine"
    ) in text


def test_suggest_unknown_program(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["suggest", "nope"], tmp_path)[0] == 1
    assert "No program 'nope'" in capsys.readouterr().err
