"""A data folder the app cannot use is reported in one sentence, before anything else breaks."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from rehab_app.app import main
from rehab_app.core.paths import data_dir_problem


def test_a_usable_folder_is_created_and_left_clean(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b"
    assert data_dir_problem(target) is None
    assert target.is_dir()
    assert list(target.iterdir()) == []


def test_a_file_in_the_way(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    problem = data_dir_problem(blocker)
    assert problem is not None
    assert problem.kind == "is_file"
    assert problem.path == blocker
    assert "is a file, not a folder" in problem.message
    # Also when only reading, and when the file is a parent of the folder.
    assert data_dir_problem(blocker, write=False) is not None
    below = data_dir_problem(blocker / "sub" / "dir")
    assert below is not None
    assert (below.kind, below.path) == ("is_file", blocker)


def test_a_missing_folder_is_fine_for_reading(tmp_path: Path) -> None:
    assert data_dir_problem(tmp_path / "nothing", write=False) is None
    assert not (tmp_path / "nothing").exists()


def _failing(number: int) -> object:
    def fail(*args: object, **kwargs: object) -> object:
        raise OSError(number, os.strerror(number))

    return fail


@pytest.mark.parametrize(
    ("number", "kind"),
    [(errno.EACCES, "not_writable"), (errno.EROFS, "not_writable"), (errno.ENOSPC, "disk_full")],
)
def test_a_folder_that_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, number: int, kind: str
) -> None:
    # Tests may run as root, for whom permissions never refuse: the refusal is simulated.
    monkeypatch.setattr(os, "write", _failing(number))
    problem = data_dir_problem(tmp_path / "data")
    assert problem is not None
    assert problem.kind == kind
    monkeypatch.undo()
    assert list((tmp_path / "data").iterdir()) == []  # the probe file is gone


def test_a_folder_that_cannot_be_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Path, "mkdir", _failing(errno.EACCES))
    problem = data_dir_problem(tmp_path / "new")
    assert problem is not None
    assert problem.kind == "cannot_create"
    assert "Permission denied" in problem.message


@pytest.mark.parametrize(
    "command", [["list"], ["validate"], ["plan", "x"], ["export", "--json", "out.json"]]
)
def test_commands_say_it_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("")
    assert main([*command, "--data-dir", str(blocker)]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [
        f"rehab-app: The data folder {blocker} is a file, not a folder: move that file away, or"
        " choose another folder with --data-dir."
    ]


def test_data_dir_goes_before_or_after_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "mine"
    (data / "programs").mkdir(parents=True)
    for argv in (
        ["plan", "core_stability_1", "--data-dir", str(data)],
        ["--data-dir", str(data), "plan", "core_stability_1"],
        ["list", "--data-dir", str(data)],
    ):
        assert main(argv) == 0, argv
        assert "Core stability, stage 1" in capsys.readouterr().out


def test_data_dir_after_the_command_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("REHAB_APP_DATA_DIR", str(blocker))
    assert main(["list", "--data-dir", str(tmp_path / "fine")]) == 0
    assert main(["list"]) == 1
    assert "is a file" in capsys.readouterr().err
