"""Export a program to a bundle and import it elsewhere: preview, clashes, bad files."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from rehab_app.core.content.bundles import Resolution
from rehab_app.core.content.loader import Library, load_library
from rehab_app.core.content.workspace import Workspace
from rehab_app.core.paths import AppPaths
from rehab_app.ui.sharing.dialogs import ImportDialog, export_program_dialog, import_program_dialog

PICTURE = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="160" height="100">'
    b'<rect x="10" y="10" width="140" height="80" fill="#2b6"/></svg>'
)
EXERCISE = """\
schema_version: 1
id: towel_squeeze
name: {name}
category: core
summary: Squeeze a rolled towel between your knees.
start_position: Lie on your back with your knees bent.
steps:
  - text: Place a rolled towel between your knees.
    kind: setup
  - text: Squeeze gently and hold.
dosage:
  sets: 2
  reps: 8
  hold_s: 5
  rest_s: 15
images: [exercises/towel_squeeze-1.svg]
"""
PROGRAM = """\
schema_version: 1
id: my_routine
name: My routine
description: Bird-dogs and my towel squeeze.
items:
  - exercise: bird_dog
  - exercise: towel_squeeze
    dosage: {reps: 10}
"""

Asker = Callable[[QWidget | None, str, str, str], tuple[str, str]]


def _answer(path: Path | str) -> Asker:
    return lambda *_args: (str(path), "")


def _data_dir(root: Path, name: str = "Towel squeeze", program: bool = True) -> AppPaths:
    """A data folder with the user's own exercise (and picture) and, optionally, a program."""
    paths = AppPaths.create(root)
    (paths.user_assets / "exercises").mkdir(parents=True)
    (paths.user_assets / "exercises" / "towel_squeeze-1.svg").write_bytes(PICTURE)
    paths.user_exercises.mkdir(parents=True)
    (paths.user_exercises / "towel_squeeze.yaml").write_text(
        EXERCISE.format(name=name), encoding="utf-8"
    )
    if program:
        paths.user_programs.mkdir(parents=True)
        (paths.user_programs / "my_routine.yaml").write_text(PROGRAM, encoding="utf-8")
    return paths


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _install(dialog: ImportDialog) -> None:
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()


@pytest.fixture
def bundle(qtbot: QtBot, tmp_path: Path) -> Path:
    """A bundle exported from a data folder with a user exercise and picture."""
    paths = _data_dir(tmp_path / "from")
    library = load_library(paths)
    assert not library.problems
    saved = export_program_dialog(
        None, library.programs["my_routine"], library, ask=_answer(tmp_path / "shared")
    )
    assert saved == tmp_path / "shared.rehab"
    return saved


def test_export_asks_with_the_program_id(qtbot: QtBot, tmp_path: Path) -> None:
    paths = _data_dir(tmp_path / "from")
    library = load_library(paths)
    asked: list[tuple[str, str, str]] = []

    def ask(_parent: QWidget | None, title: str, start: str, kinds: str) -> tuple[str, str]:
        asked.append((title, start, kinds))
        return "", ""

    program = library.programs["my_routine"]
    assert export_program_dialog(None, program, library, ask=ask, folder=tmp_path) is None
    assert asked == [
        ("Save bundle", str(tmp_path / "my_routine.rehab"), "Rehab programs (*.rehab)")
    ]


def test_export_failure_is_reported_not_raised(qtbot: QtBot, tmp_path: Path) -> None:
    paths = _data_dir(tmp_path / "from")
    library = load_library(paths)
    warnings: list[str] = []
    target = tmp_path / "missing" / "folder" / "x.rehab"
    (tmp_path / "missing").write_text("a file, not a folder")
    saved = export_program_dialog(
        None,
        library.programs["my_routine"],
        library,
        ask=_answer(target),
        warn=lambda _parent, _title, text: warnings.append(text),
    )
    assert saved is None
    assert len(warnings) == 1


def test_import_into_another_data_dir(qtbot: QtBot, tmp_path: Path, bundle: Path) -> None:
    target = AppPaths.create(tmp_path / "to")
    library = load_library(target)
    dialogs: list[ImportDialog] = []

    def run(dialog: ImportDialog) -> None:
        dialogs.append(dialog)
        assert dialog.title.text() == "Program: My routine"
        shown = [dialog.exercise_list.item(n).text() for n in range(dialog.exercise_list.count())]
        assert shown == ["Towel squeeze (towel_squeeze)"]
        assert dialog.problem_list.isHidden()
        assert dialog.clash_box.isHidden()
        _install(dialog)

    installed = import_program_dialog(
        None, Workspace(target, library), ask=_answer(bundle), run=run
    )
    assert installed is not None
    assert installed.id == "my_routine"
    assert dialogs[0].result() == ImportDialog.DialogCode.Accepted
    after = load_library(target)
    assert not after.problems
    assert after.programs["my_routine"] == installed
    assert after.exercises["towel_squeeze"].name == "Towel squeeze"
    (picture,) = after.images["towel_squeeze"]
    assert picture.read_bytes() == PICTURE
    assert picture.is_relative_to(target.user_assets)


def test_exercise_clash_renamed_by_default(qtbot: QtBot, tmp_path: Path, bundle: Path) -> None:
    target = _data_dir(tmp_path / "to", name="My own towel squeeze", program=False)
    library = load_library(target)
    dialog = ImportDialog(bundle, Workspace(target, library))
    qtbot.addWidget(dialog)
    assert not dialog.clash_box.isHidden()
    row = dialog.findChild(QWidget, "clash_exercise_towel_squeeze")
    assert row is not None
    buttons = row.findChildren(QAbstractButton)
    assert [b.text() for b in buttons] == ["Rename to towel_squeeze_2", "Replace mine", "Skip"]
    assert buttons[0].isChecked()
    assert all(b.accessibleName() and b.toolTip() and b.objectName() for b in buttons)
    label = "An exercise called “My own towel squeeze” already exists:"
    assert label in buttons[0].accessibleName()
    assert dialog.resolutions() == {("exercise", "towel_squeeze"): Resolution.RENAME}
    _install(dialog)
    installed = dialog.installed
    assert installed is not None
    assert [i.exercise for i in installed.items] == ["bird_dog", "towel_squeeze_2"]
    after = load_library(target)
    assert not after.problems
    assert after.exercises["towel_squeeze"].name == "My own towel squeeze"
    assert after.exercises["towel_squeeze_2"].name == "Towel squeeze"
    assert after.programs["my_routine"].items[1].exercise == "towel_squeeze_2"


def test_exercise_clash_replace_or_skip(qtbot: QtBot, tmp_path: Path, bundle: Path) -> None:
    for choice, expected in ((Resolution.SKIP, "Mine"), (Resolution.REPLACE, "Towel squeeze")):
        target = _data_dir(tmp_path / choice.value, name="Mine", program=False)
        dialog = ImportDialog(bundle, Workspace(target, load_library(target)))
        qtbot.addWidget(dialog)
        dialog.choose("exercise", "towel_squeeze", choice)
        _install(dialog)
        after = load_library(target)
        assert after.exercises["towel_squeeze"].name == expected
        assert "towel_squeeze_2" not in after.exercises
        assert after.programs["my_routine"].items[1].exercise == "towel_squeeze"


def test_program_clash_offers_rename_or_replace(qtbot: QtBot, tmp_path: Path, bundle: Path) -> None:
    target = _data_dir(tmp_path / "to", name="Another squeeze")
    dialog = ImportDialog(bundle, Workspace(target, load_library(target)))
    qtbot.addWidget(dialog)
    row = dialog.findChild(QWidget, "clash_program_my_routine")
    assert row is not None
    texts = [b.text() for b in row.findChildren(QAbstractButton)]
    assert texts == ["Rename to my_routine_2", "Replace mine"]
    _install(dialog)
    assert dialog.installed is not None
    assert dialog.installed.id == "my_routine_2"
    after = load_library(target)
    assert {"my_routine", "my_routine_2"} <= set(after.programs)


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _broken_field(bundle: Path) -> bytes:
    """The bundle with its exercise's `sets` spoiled."""
    with zipfile.ZipFile(bundle) as archive:
        entries = {n: archive.read(n) for n in archive.namelist()}
    name = "exercises/towel_squeeze.yaml"
    entries[name] = entries[name].replace(b"sets: 2", b"sets: lots")
    return _zip(entries)


BAD: dict[str, Callable[[Path], bytes]] = {
    "garbage": lambda _bundle: b"\x00\x01 this is not a zip file at all \xff" * 50,
    "traversal": lambda _bundle: _zip(
        {"manifest.json": b"{}", "../../escaped.yaml": b"id: escaped\n"}
    ),
    "bad_field": _broken_field,
    "empty": lambda _bundle: b"",
}


@pytest.mark.parametrize("kind", list(BAD))
def test_bad_bundle_lists_problems_and_writes_nothing(
    qtbot: QtBot, tmp_path: Path, bundle: Path, kind: str
) -> None:
    bad = tmp_path / f"{kind}.rehab"
    bad.write_bytes(BAD[kind](bundle))
    target = _data_dir(tmp_path / "to", program=False)
    before = _files(target.data_dir)
    library: Library = load_library(target)
    dialog = ImportDialog(bad, Workspace(target, library))
    qtbot.addWidget(dialog)
    assert not dialog.problem_list.isHidden()
    assert dialog.problem_list.count() >= 1
    assert not dialog.import_button.isEnabled()
    assert dialog.clash_box.isHidden()
    lines = [dialog.problem_list.item(n).text() for n in range(dialog.problem_list.count())]
    assert all(line.startswith(f"{kind}.rehab") for line in lines)
    dialog.install()  # even if called directly, nothing happens
    assert dialog.installed is None
    assert _files(target.data_dir) == before
    assert not (tmp_path / "escaped.yaml").exists()


def test_problem_lines_name_file_line_and_field(qtbot: QtBot, tmp_path: Path, bundle: Path) -> None:
    bad = tmp_path / "bad.rehab"
    bad.write_bytes(_broken_field(bundle))
    target = AppPaths.create(tmp_path / "to")
    dialog = ImportDialog(bad, Workspace(target, load_library(target)))
    qtbot.addWidget(dialog)
    lines = [dialog.problem_list.item(n).text() for n in range(dialog.problem_list.count())]
    assert any(
        line.startswith("bad.rehab:exercises/towel_squeeze.yaml:") and ": dosage.sets: " in line
        for line in lines
    )


def test_cancelled_file_choice_imports_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    target = AppPaths.create(tmp_path / "to")
    library = load_library(target)

    def never(_dialog: ImportDialog) -> None:
        raise AssertionError("no dialog without a file")

    assert (
        import_program_dialog(None, Workspace(target, library), ask=_answer(""), run=never) is None
    )


def test_cancel_button_leaves_nothing_installed(qtbot: QtBot, tmp_path: Path, bundle: Path) -> None:
    target = AppPaths.create(tmp_path / "to")
    library = load_library(target)

    def cancel(dialog: ImportDialog) -> None:
        dialog.cancel_button.click()

    assert (
        import_program_dialog(None, Workspace(target, library), ask=_answer(bundle), run=cancel)
        is None
    )
    assert not target.user_programs.exists()


def test_every_control_is_named(qtbot: QtBot, tmp_path: Path, bundle: Path) -> None:
    target = _data_dir(tmp_path / "to", name="Other")
    dialog = ImportDialog(bundle, Workspace(target, load_library(target)))
    qtbot.addWidget(dialog)
    for button in dialog.findChildren(QAbstractButton):
        assert button.objectName()
        assert button.accessibleName()
        assert button.toolTip()
