"""Saving the user's programs, exercises and pictures: checked first, atomic, never outside the data dir."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import msgspec
import pytest

from rehab_app.core.content import user_files
from rehab_app.core.content.loader import load_library
from rehab_app.core.content.user_files import (
    SaveError,
    check_exercise,
    check_program,
    delete_user_file,
    editable_copy,
    import_picture,
    restore_user_file,
    save_exercise,
    save_program,
    taken_ids,
    unique_id,
)
from rehab_app.core.content.validate import convert
from rehab_app.core.content.writing import program_to_yaml
from rehab_app.core.content.yamlsafe import load_file
from rehab_app.core.models import (
    Category,
    ChangeKind,
    Dosage,
    DosageOverride,
    Exercise,
    Program,
    ProgramChange,
    ProgramItem,
    Step,
)
from rehab_app.core.paths import AppPaths
from tests.helpers.libfiles import make_tree

ROOT = Path(__file__).resolve().parents[3]
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>\n'


def program(pid: str = "mine", name: str = "Mine", reps: int = 5) -> Program:
    return Program(
        schema_version=1,
        id=pid,
        name=name,
        description="My own routine.",
        items=(ProgramItem(exercise="plank", dosage=DosageOverride(reps=reps)),),
    )


def my_exercise(eid: str = "wall_sit", **changes: object) -> Exercise:
    base = Exercise(
        schema_version=1,
        id=eid,
        name="Wall sit",
        category=Category.STRENGTH,
        summary="Sit against a wall.",
        start_position="Back to a wall.",
        steps=(Step("Slide down."),),
        dosage=Dosage(sets=2, hold_s=20),
    )
    return msgspec.structs.replace(base, **changes)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return make_tree(tmp_path)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# Saving ----------------------------------------------------------------------------------------


def test_saved_program_loads_back_equal(paths: AppPaths) -> None:
    mine = program()
    target = save_program(paths, mine)
    assert target == paths.user_programs / "mine.yaml"
    library = load_library(paths)
    assert not library.problems
    assert library.programs["mine"] == mine
    assert library.program_origins["mine"].user


def test_saved_exercise_loads_back_equal(paths: AppPaths) -> None:
    ex = my_exercise(easier=("plank",))
    assert save_exercise(paths, ex) == paths.user_exercises / "wall_sit.yaml"
    library = load_library(paths)
    assert not library.problems
    assert library.exercises["wall_sit"] == ex


def test_previous_version_is_kept_as_bak(paths: AppPaths) -> None:
    target = save_program(paths, program(reps=5))
    first = target.read_bytes()
    save_program(paths, program(reps=8))
    assert (paths.user_programs / "mine.yaml.bak").read_bytes() == first
    assert b"reps: 8" in target.read_bytes()
    # The backup is not a program file, so it never loads as a second copy.
    assert not load_library(paths).problems


def test_broken_serialisation_never_replaces_the_file(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = save_program(paths, program(reps=5))
    before = target.read_bytes()
    monkeypatch.setattr(user_files, "program_to_yaml", lambda p: "id: [unclosed\n")
    with pytest.raises(SaveError, match=r"mine\.yaml was not saved: the text would not read back"):
        save_program(paths, program(reps=9))
    assert target.read_bytes() == before
    assert not (paths.user_programs / "mine.yaml.bak").exists()
    assert leftovers(paths.user_programs) == []


def test_text_that_reads_back_different_is_refused(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = save_program(paths, program(reps=5))
    before = target.read_bytes()
    real = program_to_yaml
    monkeypatch.setattr(user_files, "program_to_yaml", lambda p: real(p).replace("Mine", "Other"))
    with pytest.raises(SaveError, match="would not read back the same"):
        save_program(paths, program(reps=9))
    assert target.read_bytes() == before


def test_invalid_model_is_refused_with_the_field_named(paths: AppPaths) -> None:
    with pytest.raises(SaveError, match=r"mine\.yaml was not saved: name: must not be empty"):
        save_program(paths, program(name=""))
    assert not paths.user_programs.exists() or not any(paths.user_programs.iterdir())


def test_too_large_a_file_is_refused(paths: AppPaths) -> None:
    note = ProgramChange("2025-01-01", ChangeKind.EDIT, "x " * 1999)
    with pytest.raises(SaveError, match="too large"):
        save_program(paths, msgspec.structs.replace(program(), changes=(note,) * 200))
    assert not (paths.user_programs / "mine.yaml").exists()


@pytest.mark.parametrize("bad_id", ["../evil", "/etc/evil", "a/b", "UPPER", ""])
def test_refuses_ids_that_would_write_elsewhere(
    paths: AppPaths, tmp_path: Path, bad_id: str
) -> None:
    before = sorted(p for p in tmp_path.rglob("*"))
    with pytest.raises(SaveError, match="not a valid id"):
        save_program(paths, program(pid=bad_id))
    with pytest.raises(SaveError, match="not a valid id"):
        save_exercise(paths, my_exercise(eid=bad_id))
    assert sorted(p for p in tmp_path.rglob("*")) == before


def test_refuses_a_data_dir_inside_the_shipped_files(tmp_path: Path) -> None:
    shipped = make_tree(tmp_path)
    bad = AppPaths.create(shipped.root / "exercises", shipped.root)
    with pytest.raises(SaveError, match="app's own files"):
        save_program(bad, program())
    assert not (shipped.root / "exercises" / "programs" / "mine.yaml").exists()


# Killed mid-save -------------------------------------------------------------------------------

CHILD = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    sys.path.insert(0, sys.argv[2])
    # A slow disk: each fsync takes a while, so many kills land between writing and renaming.
    real_fsync = os.fsync
    os.fsync = lambda fd: (time.sleep(0.02), real_fsync(fd))[1]
    from rehab_app.core.models import DosageOverride, Program, ProgramItem
    from rehab_app.core.paths import AppPaths
    from rehab_app.core.content.user_files import save_program

    paths = AppPaths.create(Path(sys.argv[1]), Path(sys.argv[2]))
    n = 0
    while True:
        n += 1
        items = tuple(
            ProgramItem(exercise="bird_dog", dosage=DosageOverride(reps=1 + (n + i) % 20),
                        note="A long note to make the file take more than one write. " * 20)
            for i in range(40)
        )
        save_program(paths, Program(schema_version=1, id="mine", name=f"Save {n}",
                                    description="Written in a loop.", items=items))
        if n == 1:
            print("ready", flush=True)
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX only")
def test_killed_mid_save_always_leaves_a_loadable_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    target = data / "programs" / "mine.yaml"
    rng = random.Random(20250304)
    mid_write = 0
    # At least 30 kills; on a busy machine fewer land mid-write, so go on (up to 120) until
    # three have.
    for attempt in range(120):
        if attempt >= 30 and mid_write >= 3:
            break
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(data), str(ROOT)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        child.stdout.close()
        for path in (target, target.with_name("mine.yaml.bak")):
            if not path.exists():  # no backup until the second save
                continue
            obj, problems = convert(load_file(path), Program, path)
            assert obj is not None, problems
            assert obj.name.startswith("Save ")
        # A temp file left behind shows a kill landed mid-write; clear it to spot the next one.
        stale = list(target.parent.glob(".*.tmp"))
        mid_write += bool(stale)
        for path in stale:
            path.unlink()
    assert mid_write >= 3, "too few kills landed during a write to test anything"


# Delete and undo -------------------------------------------------------------------------------


def test_delete_returns_the_bytes_and_restore_puts_them_back(paths: AppPaths) -> None:
    target = save_program(paths, program())
    before = target.read_bytes()
    assert delete_user_file(target, paths) == before
    assert not target.exists()
    assert (paths.user_programs / "mine.yaml.bak").read_bytes() == before
    assert "mine" not in load_library(paths).programs
    restore_user_file(target, before, paths)
    assert target.read_bytes() == before
    assert load_library(paths).programs["mine"] == program()


def test_delete_works_from_the_folder_layout_alone(paths: AppPaths) -> None:
    target = save_exercise(paths, my_exercise())
    data = delete_user_file(target)
    assert not target.exists()
    restore_user_file(target, data)
    assert target.read_bytes() == data


def test_delete_refuses_anything_but_the_users_files(paths: AppPaths, tmp_path: Path) -> None:
    shipped = paths.shipped_exercises / "plank.yaml"
    shipped_program = paths.shipped_programs / "basic.yaml"
    stray = tmp_path / "elsewhere" / "notes.yaml"
    stray.parent.mkdir()
    stray.write_text("x: 1\n")
    settings = paths.settings_file
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("{}")
    for path in (shipped, shipped_program, stray, settings, ROOT / "exercises" / "bird_dog.yaml"):
        for given in (paths, None):
            with pytest.raises(SaveError, match="not one of your own files"):
                delete_user_file(path, given)
            assert path.exists()
    with pytest.raises(SaveError, match="not one of your own files"):
        restore_user_file(shipped, b"x: 1\n", paths)
    assert shipped.read_text().startswith("schema_version")
    outside = paths.user_programs / ".." / ".." / "elsewhere" / "notes.yaml"
    with pytest.raises(SaveError):
        delete_user_file(outside, paths)


# Ids -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "taken", "expected"),
    [
        ("Bird-dog (easy)", [], "bird_dog_easy"),
        ("  Übung für den Rücken!  ", [], "uebung_fuer_den_ruecken"),
        ("Vierfüßler-Diagonale (eigene)", [], "vierfuessler_diagonale_eigene"),
        ("Crème brûlée", [], "creme_brulee"),
        ("Plank", ["plank"], "plank_2"),
        ("Plank", ["plank", "plank_2", "plank_3"], "plank_4"),
        ("腰痛", [], "custom"),
        ("x" * 80, [], "x" * 64),
        ("x" * 80, ["x" * 64], "x" * 62 + "_2"),
        ("core_stability_1_mine", ["core_stability_1_mine"], "core_stability_1_mine_2"),
    ],
)
def test_unique_id(name: str, taken: list[str], expected: str) -> None:
    result = unique_id(name, taken)
    assert result == expected
    assert result not in taken
    assert len(result) <= 64


def test_taken_ids_count_broken_files_too(paths: AppPaths) -> None:
    paths.user_exercises.mkdir(parents=True)
    (paths.user_exercises / "broken.yaml").write_text("id: [\n")
    library = load_library(paths)
    taken = taken_ids(paths, library, "exercise")
    assert {"plank", "curl", "broken"} <= taken
    assert "safety" not in taken
    assert taken_ids(paths, library, "program") == {"basic"}


def test_editable_copy(paths: AppPaths) -> None:
    library = load_library(paths)
    shipped = library.programs["basic"]
    copy = editable_copy(shipped, taken_ids(paths, library, "program"))
    assert copy.id == "basic_mine"
    assert copy.name == "Test program (my copy)"
    assert copy.items == shipped.items
    save_program(paths, copy)
    again = editable_copy(shipped, taken_ids(paths, load_library(paths), "program"))
    assert again.id == "basic_mine_2"
    long = msgspec.structs.replace(shipped, name="n" * 200, id="i" * 64)
    copied = editable_copy(long, set())
    assert len(copied.name) == 200
    assert copied.name.endswith(" (my copy)")
    assert len(copied.id) <= 64
    assert copied.id.endswith("_mine")
    german = editable_copy(shipped, set(), "Testprogramm (meine Kopie)")
    assert (german.id, german.name, german.name_i18n) == (
        "basic_mine",
        "Testprogramm (meine Kopie)",
        {},
    )


# Pictures --------------------------------------------------------------------------------------


def test_import_picture_copies_and_names_it(paths: AppPaths, tmp_path: Path) -> None:
    source = tmp_path / "Photo.PNG"
    source.write_bytes(PNG)
    name = import_picture(paths, source, "wall_sit", 2)
    assert name == "exercises/wall_sit-2.png"
    assert (paths.user_assets / name).read_bytes() == PNG
    svg = tmp_path / "drawing.svg"
    svg.write_bytes(SVG)
    assert import_picture(paths, svg, "wall_sit", 1) == "exercises/wall_sit-1.svg"
    save_exercise(paths, my_exercise(images=("exercises/wall_sit-1.svg", name)))
    library = load_library(paths)
    assert not library.problems
    assert [p.name for p in library.images["wall_sit"]] == ["wall_sit-1.svg", "wall_sit-2.png"]


@pytest.mark.parametrize(
    ("filename", "content", "message"),
    [
        ("anim.gif", b"GIF89a", "must be SVG, PNG, JPEG or WebP"),
        ("script.sh", b"#!/bin/sh", "must be SVG, PNG, JPEG or WebP"),
        ("fake.png", b"not a png at all", "not a PNG picture"),
        ("fake.jpg", PNG, "not a JPG picture"),
        ("fake.svg", b"<html></html>", "not a SVG picture"),
        ("huge.png", PNG + b"\0" * (5 * 1024 * 1024), "5.0 MB; the limit is 5 MB"),
    ],
)
def test_import_picture_refuses_bad_files(
    paths: AppPaths, tmp_path: Path, filename: str, content: bytes, message: str
) -> None:
    source = tmp_path / filename
    source.write_bytes(content)
    with pytest.raises(SaveError, match=f"{filename} was not added: .*{message}"):
        import_picture(paths, source, "wall_sit", 1)
    assert not (paths.user_assets / "exercises").exists()


def test_import_picture_refuses_a_bad_id(paths: AppPaths, tmp_path: Path) -> None:
    source = tmp_path / "a.png"
    source.write_bytes(PNG)
    with pytest.raises(SaveError, match="not a valid exercise id"):
        import_picture(paths, source, "../../evil", 1)


# Checks ----------------------------------------------------------------------------------------


def test_check_program_reports_what_the_loader_would(paths: AppPaths) -> None:
    library = load_library(paths)
    good = program()
    assert check_program(good, library) == []
    bad = msgspec.structs.replace(
        good,
        name="",
        items=(
            ProgramItem(exercise="plonk"),
            ProgramItem(exercise="curl", dosage=DosageOverride(sets=2, reps=(5, 3, 1))),
        ),
    )
    found = check_program(bad, library)
    assert [(p.file, p.line, p.field) for p in found] == [
        (None, 0, "name"),
        (None, 0, "items[1].exercise"),
        (None, 0, "items[2].dosage"),
    ]
    assert found[1].message == "unknown exercise 'plonk' (did you mean 'plank'?)"
    assert found[2].message == "reps lists 3 numbers but sets is 2"


def test_check_exercise_reports_what_the_loader_would(paths: AppPaths) -> None:
    library = load_library(paths)
    assert check_exercise(my_exercise(easier=("plank",)), library) == []
    bad = my_exercise(
        easier=("plonk", "wall_sit"),
        dosage=Dosage(sets=1),
        images=("../secret.png",),
    )
    found = {p.field: p.message for p in check_exercise(bad, library)}
    assert found == {
        "dosage": "needs reps, hold_s, or steps with seconds",
        "easier[1]": "unknown exercise 'plonk' (did you mean 'plank'?)",
        "easier[2]": "an exercise cannot be its own variant",
        "images[1]": "'../secret.png' must be a path inside assets/",
    }
