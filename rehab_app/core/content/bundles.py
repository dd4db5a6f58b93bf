"""Share a program with its own exercises and pictures as one `.rehab` file (a zip), and import one."""

from __future__ import annotations

import enum
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

import msgspec

from rehab_app.core.atomic import write_atomic
from rehab_app.core.content.loader import Library, exercise_problems, program_problems
from rehab_app.core.content.user_files import (
    MAX_PICTURE_BYTES,
    SaveError,
    check_program,
    checked_text,
    install_files,
    picture_problem,
    recover_installs,
    unique_id,
)
from rehab_app.core.content.validate import Problem, convert
from rehab_app.core.content.yamlsafe import MAX_BYTES, Document, YamlError, parse
from rehab_app.core.content.zipguard import GuardedZip, Refused, ZipLimits
from rehab_app.core.models import Exercise, Program
from rehab_app.core.paths import AppPaths

M = TypeVar("M", Exercise, Program)

SUFFIX = ".rehab"
FORMAT = "rehab-app-bundle"
VERSION = 1
MAX_TOTAL_BYTES = 20 * 1024 * 1024
MAX_ENTRIES = 200
MANIFEST = "manifest.json"
PROGRAM_FILE = "program.yaml"
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass
class Clash:
    """A bundled program or exercise whose id is already in use; `suggested` is a free id."""

    kind: str
    id: str
    suggested: str


@dataclass
class ImportPreview:
    """What a bundle holds, what is wrong with it and which ids clash; nothing is written yet."""

    program: Program | None
    exercises: list[Exercise]
    pictures: dict[str, bytes]
    problems: list[Problem]
    clashes: list[Clash]
    # Bundled exercises equal to ones already loaded: nothing to install for them.
    unchanged: list[str] = field(default_factory=list)


class Resolution(enum.StrEnum):
    """What to do with a clashing id."""

    RENAME = "rename"
    REPLACE = "replace"
    SKIP = "skip"


def _own_exercises(program: Program, library: Library) -> list[Exercise]:
    """The user's exercises the program uses, and the user's variants of those, in order."""
    found: list[Exercise] = []
    todo, seen = [item.exercise for item in program.items], set()
    while todo:
        key = todo.pop(0)
        origin, exercise = library.exercise_origins.get(key), library.exercises.get(key)
        if key in seen or origin is None or exercise is None or not origin.user:
            continue
        seen.add(key)
        found.append(exercise)
        todo.extend(exercise.easier + exercise.harder)
    return found


def _user_pictures(exercise: Exercise, library: Library) -> dict[str, Path]:
    """Pictures of a user exercise that live in the user's assets (shipped ones travel with the app)."""
    origin = library.exercise_origins[exercise.id]
    user_assets = (origin.path.parent.parent / "assets").resolve()
    found = {}
    for name, path in zip(exercise.images, library.images.get(exercise.id, ()), strict=False):
        if path.resolve().is_relative_to(user_assets):
            found[name.replace("\\", "/")] = path
    return found


def export_bundle(path: Path, program: Program, library: Library) -> Path:
    """Write `program`, the user's exercises it uses and their pictures to one `.rehab` file."""
    path = path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)
    if problems := check_program(program, library):
        raise SaveError(f"{path.name} was not written: {problems[0].field}: {problems[0].message}.")
    exercises = _own_exercises(program, library)
    pictures: dict[str, Path] = {}
    for exercise in exercises:
        pictures.update(_user_pictures(exercise, library))
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "program": program.id,
        "exercises": [e.id for e in exercises],
        "pictures": sorted(pictures),
    }
    entries: list[tuple[str, bytes]] = [
        (MANIFEST, json.dumps(manifest, indent=2).encode("utf-8")),
        (PROGRAM_FILE, checked_text(program, Path(PROGRAM_FILE)).encode("utf-8")),
    ]
    for exercise in exercises:
        name = f"exercises/{exercise.id}.yaml"
        entries.append((name, checked_text(exercise, Path(name)).encode("utf-8")))
    try:
        entries += [(f"assets/{name}", pictures[name].read_bytes()) for name in sorted(pictures)]
    except OSError as exc:
        raise SaveError(f"{path.name} was not written: {exc.strerror or exc}.") from exc
    if sum(len(data) for _, data in entries) > MAX_TOTAL_BYTES or len(entries) > MAX_ENTRIES:
        raise SaveError(f"{path.name} was not written: the pictures make it larger than 20 MB.")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            # A fixed date makes the same program export to the same bytes.
            archive.writestr(zipfile.ZipInfo(name, _EPOCH), data, zipfile.ZIP_DEFLATED)
    try:
        write_atomic(path, buffer.getvalue())
    except OSError as exc:
        raise SaveError(f"{path.name} was not written: {exc.strerror or exc}.") from exc
    return path


_LIMITS = ZipLimits("bundle", MAX_ENTRIES, MAX_TOTAL_BYTES)


class _Reader(GuardedZip):
    """Reads one bundle's entries within the limits, collecting problems."""

    def __init__(self, archive: zipfile.ZipFile, label: str) -> None:
        super().__init__(archive, _LIMITS)
        self.refuse_first()
        self.label = label
        self.problems: list[Problem] = []

    def file(self, name: str) -> Path:
        return Path(f"{self.label}:{name}")

    def model(self, name: str, model: type[M]) -> tuple[M, Document] | None:
        file = self.file(name)
        try:
            text = self.read(name, MAX_BYTES).decode("utf-8").removeprefix("\ufeff")
            doc = parse(text)
        except UnicodeDecodeError:
            self.problems.append(Problem(file, 1, "", "the file is not valid UTF-8 text"))
            return None
        except YamlError as exc:
            self.problems.append(Problem(file, exc.line or 1, "", exc.message))
            return None
        obj, found = convert(doc, model, file)
        self.problems.extend(found)
        return None if obj is None else (obj, doc)


def _manifest(reader: _Reader) -> dict[str, Any]:
    if MANIFEST not in reader.entries:
        raise Refused(f"it has no {MANIFEST}, so it is not a rehab-app bundle")
    try:
        data = json.loads(reader.read(MANIFEST, 64 * 1024))
    except (ValueError, UnicodeDecodeError):
        raise Refused(f"its {MANIFEST} is not valid JSON") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise Refused("it is not a rehab-app bundle")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise Refused(f"its {MANIFEST} has no valid version")
    if version > VERSION:
        raise Refused(f"it was made by a newer version of the app (bundle version {version})")
    lists_ok = all(
        isinstance(data.get(k), list) and all(isinstance(v, str) for v in data[k])
        for k in ("exercises", "pictures")
    )
    ids = [data.get("program"), *(data.get("exercises") or [])]
    if not lists_ok or not all(isinstance(i, str) and _SLUG.match(i) for i in ids):
        raise Refused(f"its {MANIFEST} does not list a program, exercises and pictures properly")
    return data


def read_bundle(path: Path, library: Library) -> ImportPreview:
    """Read and check a bundle without writing anything; problems and id clashes are listed."""
    preview = ImportPreview(None, [], {}, [], [])
    try:
        if path.stat().st_size > MAX_TOTAL_BYTES:
            raise Refused("it is larger than 20 MB")
        with zipfile.ZipFile(path) as archive:
            reader = _Reader(archive, path.name)
            _read_into(preview, reader, _manifest(reader), library)
    except Refused as exc:
        preview.problems.append(
            Problem(Path(path.name), 0, "", f"the bundle cannot be used: {exc}")
        )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        msg = "the file is not a rehab-app bundle (not a zip file)"
        preview.problems.append(Problem(Path(path.name), 0, "", msg))
    except (OSError, RuntimeError, NotImplementedError, ValueError) as exc:
        msg = f"the bundle cannot be read: {getattr(exc, 'strerror', None) or exc}"
        preview.problems.append(Problem(Path(path.name), 0, "", msg))
    return preview


def _read_into(
    preview: ImportPreview, reader: _Reader, manifest: dict[str, Any], library: Library
) -> None:
    ex_files = {f"exercises/{key}.yaml": key for key in manifest["exercises"]}
    pic_files = {f"assets/{name}": name for name in manifest["pictures"]}
    expected = {MANIFEST, PROGRAM_FILE, *ex_files, *pic_files}
    for name in sorted(set(reader.entries) - expected):
        reader.problems.append(Problem(reader.file(name), 0, "", "not listed in the manifest"))
    for name in sorted(expected - set(reader.entries)):
        msg = "listed in the manifest but missing from the bundle"
        reader.problems.append(Problem(reader.file(name), 0, "", msg))
    docs: dict[str, tuple[Exercise, Document]] = {}
    for name, key in ex_files.items():
        if name in reader.entries and (found := reader.model(name, Exercise)) is not None:
            if found[0].id == key:
                docs[key] = found
            else:
                msg = f"the id '{found[0].id}' must match the file name '{key}'"
                reader.problems.append(
                    Problem(reader.file(name), found[1].line_of(("id",)), "id", msg)
                )
    for name, picture in pic_files.items():
        if name in reader.entries:
            data = reader.read(name, MAX_PICTURE_BYTES + 1)
            if (why := picture_problem(picture, data)) is not None:
                reader.problems.append(Problem(reader.file(name), 0, "", f"the picture: {why}"))
            preview.pictures[picture] = data
    program = reader.model(PROGRAM_FILE, Program) if PROGRAM_FILE in reader.entries else None
    bundled = {key: ex for key, (ex, _) in docs.items()}
    known = set(library.exercises) | set(bundled)
    merged = {**library.exercises, **bundled}
    shipped_pictures = {n.replace("\\", "/") for e in library.exercises.values() for n in e.images}
    for key, (ex, doc) in docs.items():
        file = reader.file(f"exercises/{key}.yaml")
        reader.problems += exercise_problems(ex, known, known, doc, file)
        for n, name in enumerate(ex.images):
            if name not in preview.pictures and name not in shipped_pictures:
                msg = f"the picture '{name}' is not in the bundle"
                reader.problems.append(
                    Problem(file, doc.line_of(("images", n)), f"images[{n + 1}]", msg)
                )
    if program is not None:
        prog, doc = program
        file = reader.file(PROGRAM_FILE)
        if prog.id != manifest["program"]:
            msg = f"the id '{prog.id}' does not match the manifest's '{manifest['program']}'"
            reader.problems.append(Problem(file, doc.line_of(("id",)), "id", msg))
        reader.problems += program_problems(prog, merged, known, doc, file)
        preview.program = prog
        if prog.id in library.programs:
            suggested = unique_id(prog.id, set(library.programs))
            preview.clashes.append(Clash("program", prog.id, suggested))
    taken = set(known)
    for key, ex in bundled.items():
        preview.exercises.append(ex)
        if key in library.exercises and library.exercises[key] == ex:
            preview.unchanged.append(key)
        elif key in library.exercises:
            suggested = unique_id(key, taken)
            taken.add(suggested)
            preview.clashes.append(Clash("exercise", key, suggested))
    preview.problems = reader.problems


def _stems(*folders: Path) -> set[str]:
    return {p.stem for folder in folders if folder.is_dir() for p in folder.glob("*.y*ml")}


def _free_picture(paths: AppPaths, name: str, data: bytes, planned: dict[str, bytes]) -> str:
    """`name`, or `<stem>-2<suffix>`... when another picture already has that name."""
    path, n, candidate = PurePosixPath(name), 1, name
    while True:
        target = paths.user_assets / candidate
        same_plan = planned.get(f"assets/{candidate}", data) == data
        if same_plan and (not target.exists() or target.read_bytes() == data):
            return candidate
        n += 1
        candidate = str(path.with_name(f"{path.stem}-{n}{path.suffix}"))


def _planned_files(
    preview: ImportPreview, paths: AppPaths, resolutions: dict[tuple[str, str], Resolution]
) -> tuple[Program, dict[str, bytes]]:
    """The program as installed and every file to write (path under the data dir -> bytes)."""
    assert preview.program is not None
    choice = {
        (c.kind, c.id): resolutions.get((c.kind, c.id), Resolution.RENAME) for c in preview.clashes
    }
    suggested = {(c.kind, c.id): c.suggested for c in preview.clashes}
    on_disk = _stems(paths.shipped_exercises, paths.user_exercises)
    used = on_disk | {e.id for e in preview.exercises}
    skip, new_ids = set(preview.unchanged), {}
    for ex in preview.exercises:
        how = choice.get(("exercise", ex.id))
        if how is Resolution.SKIP:
            skip.add(ex.id)
        elif how is Resolution.RENAME or (how is None and ex.id not in skip and ex.id in on_disk):
            # A file that did not load still owns its id: rename rather than overwrite it.
            new = suggested.get(("exercise", ex.id), ex.id)
            new_ids[ex.id] = new = unique_id(new, used) if new in used else new
            used.add(new)

    def renamed(key: str) -> str:
        return new_ids.get(key, key)

    files: dict[str, bytes] = {}
    for ex in preview.exercises:
        if ex.id in skip:
            continue
        new_id, images = renamed(ex.id), []
        for name in ex.images:
            if name not in preview.pictures:  # a shipped picture
                images.append(name)
                continue
            pic = PurePosixPath(name)
            if new_id != ex.id and pic.name.startswith(f"{ex.id}-"):
                pic = pic.with_name(new_id + pic.name[len(ex.id) :])
            final = _free_picture(paths, str(pic), preview.pictures[name], files)
            files[f"assets/{final}"] = preview.pictures[name]
            images.append(final)
        ex = msgspec.structs.replace(
            ex,
            id=new_id,
            easier=tuple(map(renamed, ex.easier)),
            harder=tuple(map(renamed, ex.harder)),
            images=tuple(images),
        )
        files[f"exercises/{new_id}.yaml"] = checked_text(ex, Path(f"{new_id}.yaml")).encode()
    prog = preview.program
    how = choice.get(("program", prog.id))
    programs_on_disk = _stems(paths.shipped_programs, paths.user_programs)
    new_pid = prog.id
    if how is Resolution.RENAME or (how is None and prog.id in programs_on_disk):
        new_pid = suggested.get(("program", prog.id), prog.id)
        new_pid = unique_id(new_pid, programs_on_disk) if new_pid in programs_on_disk else new_pid
    items = tuple(msgspec.structs.replace(i, exercise=renamed(i.exercise)) for i in prog.items)
    program = msgspec.structs.replace(prog, id=new_pid, items=items)
    if how is not Resolution.SKIP:
        files[f"programs/{new_pid}.yaml"] = checked_text(program, Path(f"{new_pid}.yaml")).encode()
    return program, files


def install_bundle(
    preview: ImportPreview, paths: AppPaths, resolutions: dict[tuple[str, str], Resolution]
) -> Program:
    """Install a checked bundle, all or nothing; unresolved clashes rename; returns the program."""
    # A program clash resolved as SKIP still installs the exercises; the program comes back unsaved.
    if preview.problems or preview.program is None:
        raise SaveError("The bundle has problems, so nothing was imported.")
    program, files = _planned_files(preview, paths, resolutions)
    try:
        install_files(paths.data_dir, files)
    except OSError as exc:
        msg = f"The bundle was not imported ({exc.strerror or exc}); nothing was changed."
        raise SaveError(msg) from exc
    return program


def recover_imports(paths: AppPaths) -> int:
    """Finish or undo imports a crash interrupted (call at start-up); returns how many."""
    return recover_installs(paths.data_dir)
