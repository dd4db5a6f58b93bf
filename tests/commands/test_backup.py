"""`rehab-app backup FILE` and `rehab-app restore FILE`: exit codes, one line per problem on stderr."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from rehab_app.app import main
from rehab_app.commands.backup import cmd_restore, describe
from rehab_app.commands.cli import build_parser, run_command
from rehab_app.core.backup.format import HISTORY, SUFFIX, Contents
from rehab_app.core.paths import AppPaths
from tests.helpers.backupfiles import NOW, clock, hand_made, make_data_dir, snapshot


@contextlib.contextmanager
def closed(_data_dir: Path) -> Iterator[bool]:
    yield True


@contextlib.contextmanager
def open_elsewhere(_data_dir: Path) -> Iterator[bool]:
    yield False


def _backup(data: Path, target: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    args = build_parser().parse_args(["backup", str(target)])
    with contextlib.redirect_stderr(err):
        code = run_command(args, AppPaths.create(data), out, clock)
    return code, out.getvalue(), err.getvalue()


def _restore(
    data: Path, source: Path, lock: Callable[[Path], AbstractContextManager[bool]] = closed
) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cmd_restore(data, source, out, err, clock, lock)
    return code, out.getvalue(), err.getvalue()


def test_describe_counts_in_words() -> None:
    assert describe(Contents(1, 0, 2, 1, 0, True)) == (
        "1 session, 0 check-ins, 2 programs, 1 exercise, 0 pictures and the settings"
    )
    assert describe(Contents(3, 1, 0, 0, 1, False)) == (
        "3 sessions, 1 check-in, 0 programs, 0 exercises and 1 picture"
    )


def test_backup_then_restore_on_a_new_computer(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path / "data")
    code, out, err = _backup(data, tmp_path)
    backup = tmp_path / f"back-on-track-{NOW.date()}{SUFFIX}"
    assert (code, err) == (0, "")
    assert out.startswith(
        "Backed up 2 sessions, 1 check-in, 1 program, 1 exercise, 1 picture and the settings"
        f" to {backup} ("
    )
    code, out, err = _restore(tmp_path / "new", backup)
    assert (code, err) == (0, "")
    assert out == (
        "Restored 2 sessions, 1 check-in, 1 program, 1 exercise, 1 picture and the settings"
        f" from {backup.name} into {tmp_path / 'new'}.\n"
    )
    assert (
        snapshot(tmp_path / "new")["programs/mine.yaml"]
        == (data / "programs" / "mine.yaml").read_bytes()
    )


def test_restore_over_data_says_where_the_old_data_is(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path / "data")
    _backup(data, tmp_path / "b")
    code, out, _err = _restore(data, tmp_path / f"b{SUFFIX}")
    assert code == 0
    assert out.splitlines()[1] == (
        f"The data it replaced is kept in {tmp_path / 'data.before-restore-20260519-073000'}."
    )


def test_restore_lists_every_problem_and_exits_1(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path / "data")
    before = snapshot(data)
    bad = hand_made(
        tmp_path / "bad.rehab-backup",
        {"settings.json": b"{", "assets/x.png": b"MZ"},
        extra={"programs/extra.yaml": b"x: 1\n"},
    )
    code, out, err = _restore(data, bad)
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "programs/extra.yaml: not listed in the manifest",
        "assets/x.png: it is not a PNG picture inside",
        "settings.json: not valid settings (Input data was truncated)",
        "3 problems found; nothing was changed.",
    ]
    assert snapshot(data) == before


def test_restore_refuses_while_the_app_has_the_data_open(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path / "data")
    _backup(data, tmp_path / "b")
    before = snapshot(data)
    code, out, err = _restore(data, tmp_path / f"b{SUFFIX}", open_elsewhere)
    assert (code, out) == (1, "")
    assert err == f"Back on Track is open with {data}: close it, then restore again.\n"
    assert snapshot(data) == before


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _restore(tmp_path / "data", tmp_path / "missing.rehab-backup")
    assert (code, err) == (2, f"No such file: {tmp_path / 'missing.rehab-backup'}\n")
    with pytest.raises(SystemExit) as done:
        main(["restore"])
    assert done.value.code == 2
    assert "the following arguments are required: FILE" in capsys.readouterr().err


def test_backup_failure_exits_1(tmp_path: Path) -> None:
    code, out, err = _backup(tmp_path / "nothing here", tmp_path / "b")
    assert (code, out) == (1, "")
    assert err == f"There is nothing to back up: {tmp_path / 'nothing here'} does not exist.\n"
    data = make_data_dir(tmp_path / "data")
    (data / HISTORY).write_bytes(b"garbage" * 200)
    code, out, err = _backup(data, tmp_path / "b")
    assert code == 1
    assert err.startswith("Your history could not be copied (file is not a database)")
