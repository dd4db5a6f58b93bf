"""Sharing a program as one `.rehab` file: export, read (never writes), install all or nothing."""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Mapping
from pathlib import Path

import msgspec
import pytest

from rehab_app.core.content import user_files
from rehab_app.core.content.bundles import (
    Clash,
    Resolution,
    export_bundle,
    install_bundle,
    read_bundle,
    recover_imports,
)
from rehab_app.core.content.loader import Library, load_library
from rehab_app.core.content.user_files import SaveError, import_picture, save_exercise, save_program
from rehab_app.core.models import (
    Category,
    Dosage,
    DosageOverride,
    Exercise,
    Program,
    ProgramItem,
    Step,
)
from rehab_app.core.paths import AppPaths
from tests.helpers.libfiles import make_tree

PNG = b"\x89PNG\r\n\x1a\n" + b"picture bytes" * 10


def exercise(eid: str, **changes: object) -> Exercise:
    base = Exercise(
        schema_version=1,
        id=eid,
        name=eid.replace("_", " ").title(),
        category=Category.STRENGTH,
        summary="A test exercise.",
        start_position="Against a wall.",
        steps=(Step("Hold."),),
        dosage=Dosage(sets=2, hold_s=20),
    )
    return msgspec.structs.replace(base, **changes)


MINE = Program(
    schema_version=1,
    id="mine",
    name="Mine",
    description="My routine.",
    items=(
        ProgramItem("plank", DosageOverride(reps=8)),
        ProgramItem("wall_sit", DosageOverride(hold_s=30)),
        ProgramItem("curl"),
    ),
)


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def source(tmp_path: Path) -> tuple[AppPaths, Library]:
    """A data dir with two own exercises (one with a picture), an override and a program."""
    paths = make_tree(tmp_path / "source")
    picture = tmp_path / "photo.png"
    picture.write_bytes(PNG)
    name = import_picture(paths, picture, "wall_sit", 1)
    save_exercise(paths, exercise("wall_sit", easier=("wall_hold",), images=(name,)))
    save_exercise(paths, exercise("wall_hold", harder=("wall_sit",)))
    save_exercise(paths, exercise("curl", name="My curl"))  # overrides the shipped curl
    save_exercise(paths, exercise("unused"))
    save_program(paths, MINE)
    library = load_library(paths)
    assert not library.problems
    return paths, library


@pytest.fixture
def target(tmp_path: Path) -> AppPaths:
    return make_tree(tmp_path / "target")


def test_export_writes_one_zip_with_the_users_files(
    source: tuple[AppPaths, Library], tmp_path: Path
) -> None:
    _, library = source
    path = export_bundle(tmp_path / "shared", MINE, library)
    assert path == tmp_path / "shared.rehab"
    with zipfile.ZipFile(path) as archive:
        names = sorted(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        assert archive.read("assets/exercises/wall_sit-1.png") == PNG
    assert manifest == {
        "format": "rehab-app-bundle",
        "version": 1,
        "program": "mine",
        "exercises": ["wall_sit", "curl", "wall_hold"],
        "pictures": ["exercises/wall_sit-1.png"],
    }
    assert names == [
        "assets/exercises/wall_sit-1.png",
        "exercises/curl.yaml",
        "exercises/wall_hold.yaml",
        "exercises/wall_sit.yaml",
        "manifest.json",
        "program.yaml",
    ]
    # The same program exports to the same bytes, and nothing is left beside the file.
    first = path.read_bytes()
    export_bundle(path, MINE, library)
    assert path.read_bytes() == first
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "photo.png",
        "shared.rehab",
    ]


def test_export_refuses_a_program_with_problems(
    source: tuple[AppPaths, Library], tmp_path: Path
) -> None:
    _, library = source
    bad = msgspec.structs.replace(MINE, items=(ProgramItem("nope"),))
    with pytest.raises(SaveError, match="unknown exercise 'nope'"):
        export_bundle(tmp_path / "bad.rehab", bad, library)
    assert not (tmp_path / "bad.rehab").exists()


def test_round_trip_into_a_fresh_data_dir(
    source: tuple[AppPaths, Library], target: AppPaths, tmp_path: Path
) -> None:
    _, library = source
    path = export_bundle(tmp_path / "mine.rehab", MINE, library)
    fresh = load_library(target)
    before = snapshot(target.data_dir)
    preview = read_bundle(path, fresh)
    assert snapshot(target.data_dir) == before  # reading never writes
    assert preview.problems == []
    assert preview.program == MINE
    assert [e.id for e in preview.exercises] == ["wall_sit", "curl", "wall_hold"]
    assert preview.pictures == {"exercises/wall_sit-1.png": PNG}
    # The shipped curl differs from the bundled override.
    assert preview.clashes == [Clash("exercise", "curl", "curl_2")]
    installed = install_bundle(preview, target, {("exercise", "curl"): Resolution.REPLACE})
    assert installed == MINE
    after = load_library(target)
    assert after.problems == []
    assert after.programs["mine"] == MINE
    for key in ("wall_sit", "wall_hold", "curl"):
        assert after.exercises[key] == library.exercises[key]
        assert after.exercise_origins[key].user
    assert after.images["wall_sit"][0].read_bytes() == PNG
    assert not [p for p in target.data_dir.iterdir() if p.name.startswith(".install-")]


def test_clash_rename_rewrites_every_reference(
    source: tuple[AppPaths, Library], target: AppPaths, tmp_path: Path
) -> None:
    _, library = source
    path = export_bundle(tmp_path / "mine.rehab", MINE, library)
    # The target already has its own, different wall_sit (with a picture of that name) and "mine".
    save_exercise(target, exercise("wall_sit", name="Their wall sit"))
    (target.user_assets / "exercises").mkdir(parents=True)
    (target.user_assets / "exercises" / "wall_sit_2-1.png").write_bytes(PNG + b"other")
    theirs = msgspec.structs.replace(MINE, name="Their program", items=(ProgramItem("plank"),))
    save_program(target, theirs)
    preview = read_bundle(path, load_library(target))
    assert preview.problems == []
    assert {(c.kind, c.id, c.suggested) for c in preview.clashes} == {
        ("program", "mine", "mine_2"),
        ("exercise", "wall_sit", "wall_sit_2"),
        ("exercise", "curl", "curl_2"),
    }
    installed = install_bundle(preview, target, {("exercise", "curl"): Resolution.SKIP})
    assert installed.id == "mine_2"
    assert [i.exercise for i in installed.items] == ["plank", "wall_sit_2", "curl"]
    after = load_library(target)
    assert after.problems == []
    assert after.programs["mine_2"] == installed
    assert after.programs["mine"] == theirs  # untouched
    assert after.exercises["wall_sit"].name == "Their wall sit"
    renamed = after.exercises["wall_sit_2"]
    assert renamed.easier == ("wall_hold",)
    # The picture follows the new id; its natural name was taken by another picture.
    assert renamed.images == ("exercises/wall_sit_2-1-2.png",)
    assert after.images["wall_sit_2"][0].read_bytes() == PNG
    assert after.exercises["wall_hold"].harder == ("wall_sit_2",)
    assert not after.exercise_origins["curl"].user  # skipped: the shipped curl stays


def test_replace_keeps_the_old_file_as_bak(
    source: tuple[AppPaths, Library], target: AppPaths, tmp_path: Path
) -> None:
    _, library = source
    path = export_bundle(tmp_path / "mine.rehab", MINE, library)
    old = save_program(target, msgspec.structs.replace(MINE, items=(ProgramItem("plank"),)))
    old_bytes = old.read_bytes()
    preview = read_bundle(path, load_library(target))
    resolutions = {(c.kind, c.id): Resolution.REPLACE for c in preview.clashes}
    assert install_bundle(preview, target, resolutions) == MINE
    assert load_library(target).programs["mine"] == MINE
    assert (target.user_programs / "mine.yaml.bak").read_bytes() == old_bytes


def test_identical_exercises_are_not_installed_again(
    source: tuple[AppPaths, Library], tmp_path: Path
) -> None:
    paths, library = source
    path = export_bundle(tmp_path / "mine.rehab", MINE, library)
    preview = read_bundle(path, library)
    assert preview.unchanged == ["wall_sit", "curl", "wall_hold"]
    assert preview.clashes == [Clash("program", "mine", "mine_2")]
    before = snapshot(paths.user_exercises)
    installed = install_bundle(preview, paths, {})
    assert installed.id == "mine_2"
    assert snapshot(paths.user_exercises) == before


# Bad bundles ------------------------------------------------------------------------------------


def make_zip(path: Path, entries: Mapping[str, bytes | str], manifest: object = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        if manifest is not None:
            archive.writestr("manifest.json", json.dumps(manifest))
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _with_link(path: Path, name: str) -> Path:
    """Rewrite the zip with `name` marked as a symbolic link (as `zip --symlinks` stores one)."""
    with zipfile.ZipFile(path) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w") as archive:
        for info, data in entries:
            if info.filename == name:
                info.external_attr = 0o120777 << 16
            archive.writestr(info, data)
    return path


GOOD_MANIFEST = {
    "format": "rehab-app-bundle",
    "version": 1,
    "program": "mine",
    "exercises": ["x"],
    "pictures": [],
}
PROGRAM_YAML = "schema_version: 1\nid: mine\nname: Mine\ndescription: D.\nitems:\n  - exercise: x\n"
EXERCISE_YAML = (
    "schema_version: 1\nid: x\nname: X\ncategory: core\nsummary: S.\nstart_position: P.\n"
    "steps:\n  - text: Go.\ndosage: {reps: 5}\n"
)


def bad_bundles(tmp: Path) -> dict[str, tuple[Path, str]]:
    """Each bad bundle and the words its problem must contain."""
    good = {"program.yaml": PROGRAM_YAML, "exercises/x.yaml": EXERCISE_YAML}
    not_zip = tmp / "text.rehab"
    not_zip.write_text("just text")
    many = {f"exercises/e{n}.yaml": "x: 1\n" for n in range(201)}
    return {
        "not a zip": (not_zip, "not a zip file"),
        "traversal": (
            make_zip(tmp / "t.rehab", {**good, "../evil.yaml": "x"}, GOOD_MANIFEST),
            "'../evil.yaml' points outside",
        ),
        "absolute": (
            make_zip(tmp / "a.rehab", {**good, "/etc/evil": "x"}, GOOD_MANIFEST),
            "'/etc/evil' points outside",
        ),
        "no manifest": (make_zip(tmp / "m.rehab", good), "no manifest.json"),
        "other format": (
            make_zip(tmp / "f.rehab", good, {**GOOD_MANIFEST, "format": "zip"}),
            "not a rehab-app bundle",
        ),
        "newer": (
            make_zip(tmp / "v.rehab", good, {**GOOD_MANIFEST, "version": 2}),
            "newer version of the app",
        ),
        "too many entries": (
            make_zip(tmp / "n.rehab", {**good, **many}, GOOD_MANIFEST),
            "at most 200",
        ),
        "bomb": (
            make_zip(tmp / "b.rehab", {**good, "assets/x.png": b"\0" * (21 * 1024 * 1024)}),
            "more than 20 MB",
        ),
        "invalid yaml": (
            make_zip(
                tmp / "y.rehab",
                {**good, "exercises/x.yaml": "schema_version: 1\nid: [x\n"},
                GOOD_MANIFEST,
            ),
            "y.rehab:exercises/x.yaml:3: YAML syntax error",
        ),
        "bad field": (
            make_zip(
                tmp / "c.rehab",
                {**good, "exercises/x.yaml": EXERCISE_YAML.replace("core", "cor")},
                GOOD_MANIFEST,
            ),
            "c.rehab:exercises/x.yaml:4: category: expected one of",
        ),
        "unknown exercise": (
            make_zip(
                tmp / "u.rehab",
                {**good, "program.yaml": PROGRAM_YAML.replace("exercise: x", "exercise: plonk")},
                GOOD_MANIFEST,
            ),
            "u.rehab:program.yaml:6: items[1].exercise: unknown exercise 'plonk'",
        ),
        "unlisted": (
            make_zip(tmp / "l.rehab", {**good, "exercises/y.yaml": EXERCISE_YAML}, GOOD_MANIFEST),
            "l.rehab:exercises/y.yaml:0: not listed in the manifest",
        ),
        "missing": (
            make_zip(tmp / "s.rehab", {"program.yaml": PROGRAM_YAML}, GOOD_MANIFEST),
            "s.rehab:exercises/x.yaml:0: listed in the manifest but missing",
        ),
        "link": (
            _with_link(make_zip(tmp / "k.rehab", good, GOOD_MANIFEST), "exercises/x.yaml"),
            "the entry 'exercises/x.yaml' is a link",
        ),
        "fake picture": (
            make_zip(
                tmp / "p.rehab",
                {**good, "assets/exercises/x-1.png": b"MZ not a picture"},
                {**GOOD_MANIFEST, "pictures": ["exercises/x-1.png"]},
            ),
            "not a PNG picture",
        ),
    }


@pytest.mark.parametrize(
    "case",
    [
        "not a zip",
        "traversal",
        "absolute",
        "no manifest",
        "other format",
        "newer",
        "too many entries",
        "bomb",
        "invalid yaml",
        "bad field",
        "unknown exercise",
        "unlisted",
        "missing",
        "fake picture",
        "link",
    ],
)
def test_bad_bundles_list_problems_and_install_nothing(
    target: AppPaths, tmp_path: Path, case: str
) -> None:
    path, words = bad_bundles(tmp_path)[case]
    library = load_library(target)
    before = snapshot(target.data_dir)
    preview = read_bundle(path, library)
    assert any(words in str(p) for p in preview.problems), [str(p) for p in preview.problems]
    with pytest.raises(SaveError, match="has problems, so nothing was imported"):
        install_bundle(preview, target, {})
    assert snapshot(target.data_dir) == before


def test_a_good_hand_made_bundle_installs(target: AppPaths, tmp_path: Path) -> None:
    good = {"program.yaml": PROGRAM_YAML, "exercises/x.yaml": EXERCISE_YAML}
    preview = read_bundle(
        make_zip(tmp_path / "ok.rehab", good, GOOD_MANIFEST), load_library(target)
    )
    assert preview.problems == []
    install_bundle(preview, target, {})
    assert load_library(target).programs["mine"].items[0].exercise == "x"


# Failure mid-install ----------------------------------------------------------------------------


@pytest.mark.parametrize("fail_at", ["assets/exercises/wall_sit-1.png", "programs/mine.yaml"])
def test_failure_mid_install_leaves_nothing(
    source: tuple[AppPaths, Library],
    target: AppPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fail_at: str,
) -> None:
    _, library = source
    path = export_bundle(tmp_path / "mine.rehab", MINE, library)
    save_exercise(target, exercise("curl", name="Their curl"))  # will be replaced, then put back
    before = snapshot(target.data_dir)
    preview = read_bundle(path, load_library(target))
    real_replace = os.replace
    doomed = target.data_dir / fail_at

    def failing_replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst) == doomed:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(SaveError, match="No space left on device.*nothing was changed"):
        install_bundle(preview, target, {("exercise", "curl"): Resolution.REPLACE})
    monkeypatch.undo()
    assert snapshot(target.data_dir) == before
    assert not [p for p in target.data_dir.iterdir() if p.name.startswith(".install-")]


def test_an_import_cut_short_by_a_crash_is_undone_at_the_next_start(
    source: tuple[AppPaths, Library],
    target: AppPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, library = source
    path = export_bundle(tmp_path / "mine.rehab", MINE, library)
    save_exercise(target, exercise("curl", name="Their curl"))
    before = snapshot(target.data_dir)
    preview = read_bundle(path, load_library(target))
    real_replace = os.replace

    def crash(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst).name == "mine.yaml":
            raise KeyboardInterrupt  # stands in for the power going off
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crash)
    monkeypatch.setattr(user_files, "_roll_back", lambda staging, data_dir: None)
    with pytest.raises(KeyboardInterrupt):
        install_bundle(preview, target, {("exercise", "curl"): Resolution.REPLACE})
    monkeypatch.undo()
    assert snapshot(target.data_dir) != before  # half done
    assert recover_imports(target) == 1
    assert snapshot(target.data_dir) == before
    assert recover_imports(target) == 0


def test_a_broken_file_keeps_its_id(
    source: tuple[AppPaths, Library], target: AppPaths, tmp_path: Path
) -> None:
    _, library = source
    path = export_bundle(tmp_path / "mine.rehab", MINE, library)
    target.user_exercises.mkdir(parents=True)
    broken = target.user_exercises / "wall_hold.yaml"
    broken.write_text("id: [half-written\n")
    preview = read_bundle(path, load_library(target))
    assert preview.problems == []
    installed = install_bundle(preview, target, {("exercise", "curl"): Resolution.SKIP})
    assert broken.read_text() == "id: [half-written\n"
    after = load_library(target)
    assert after.exercises["wall_hold_2"].harder == ("wall_sit",)
    assert after.exercises["wall_sit"].easier == ("wall_hold_2",)
    assert after.programs[installed.id] == installed


def test_a_missing_file_is_a_problem_not_a_crash(target: AppPaths, tmp_path: Path) -> None:
    preview = read_bundle(tmp_path / "gone.rehab", load_library(target))
    assert preview.program is None
    assert [p.message for p in preview.problems] == [
        "the bundle cannot be read: No such file or directory"
    ]
