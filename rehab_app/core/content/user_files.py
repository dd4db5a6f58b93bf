"""Save, delete and restore the user's own programs, exercises and pictures: checked, then atomic."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Collection
from pathlib import Path, PurePosixPath
from typing import TypeVar

import msgspec

from rehab_app.core.atomic import fsync_folder, write_atomic
from rehab_app.core.content.loader import (
    NO_LINES,
    SAFETY_FILE,
    Library,
    exercise_problems,
    program_problems,
    yaml_files,
)
from rehab_app.core.content.validate import Problem, convert
from rehab_app.core.content.writing import exercise_to_yaml, program_to_yaml
from rehab_app.core.content.yamlsafe import MAX_BYTES, Document, YamlError, parse
from rehab_app.core.models import Exercise, Program
from rehab_app.core.paths import AppPaths, project_root

M = TypeVar("M", Exercise, Program)

MAX_PICTURE_BYTES = 5 * 1024 * 1024
PICTURE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".webp")
MAX_ID = 64
BACKUP_SUFFIX = ".bak"
STAGING_PREFIX = ".install-"
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


class SaveError(Exception):
    """A file was not saved, deleted or imported; the message names it and says why, in plain words."""


def _problem_list(problems: list[Problem]) -> str:
    shown = [f"{p.field}: {p.message}" if p.field else p.message for p in problems[:5]]
    more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
    return "; ".join(shown) + more


def checked_text(model: M, path: Path) -> str:
    """The YAML text of `model`, read back and compared first: SaveError if it would not load equal."""
    text = program_to_yaml(model) if isinstance(model, Program) else exercise_to_yaml(model)
    try:
        doc = parse(text)
    except YamlError as exc:
        msg = f"{path.name} was not saved: the text would not read back ({exc.message})."
        raise SaveError(msg) from None
    obj, problems = convert(doc, type(model), path)
    if obj is None:
        raise SaveError(f"{path.name} was not saved: {_problem_list(problems)}.")
    if obj != model:
        raise SaveError(f"{path.name} was not saved: the text would not read back the same.")
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise SaveError(
            f"{path.name} was not saved: it would be larger than {MAX_BYTES // 1024} KiB, "
            "too large to load again. Shorten its texts."
        )
    return text


def _refuse_shipped(folder: Path, root: Path) -> None:
    for shipped in (root / "exercises", root / "assets", project_root() / "exercises"):
        if folder.resolve().is_relative_to(shipped.resolve()):
            raise SaveError(
                f"{folder} holds the app's own files; your files are never saved there."
            )


def _save(paths: AppPaths, folder: Path, model: M) -> Path:
    _refuse_shipped(folder, paths.root)
    if not _SLUG.match(model.id):
        raise SaveError(f"'{model.id}' is not a valid id, so nothing was saved.")
    target = folder / f"{model.id}.yaml"
    text = checked_text(model, target)
    if target.resolve().parent != folder.resolve():
        raise SaveError(f"{target} is not inside {folder}, so nothing was saved.")
    try:
        if target.is_file():
            old = target.read_bytes()
            if old != text.encode("utf-8"):
                write_atomic(target.with_name(target.name + BACKUP_SUFFIX), old)
        write_atomic(target, text)
    except OSError as exc:
        raise SaveError(f"{target} was not saved: {exc.strerror or exc}.") from exc
    return target


def save_program(paths: AppPaths, program: Program) -> Path:
    """Write `program` to `<data dir>/programs/<id>.yaml`, keeping the previous file as `.bak`."""
    return _save(paths, paths.user_programs, program)


def save_exercise(paths: AppPaths, exercise: Exercise) -> Path:
    """Write `exercise` to `<data dir>/exercises/<id>.yaml`, keeping the previous file as `.bak`."""
    return _save(paths, paths.user_exercises, exercise)


def _guess_data_dir(path: Path) -> Path | None:
    """The data dir a user file sits in, judged by its folder names."""
    parent = path.parent
    if parent.name == "exercises" and parent.parent.name == "assets":
        return parent.parent.parent
    if parent.name in ("programs", "exercises", "assets"):
        return parent.parent
    return None


def _check_user_path(path: Path, paths: AppPaths | None) -> Path:
    """`path` resolved, or SaveError when it is not one of the user's files in a data dir."""
    resolved = path.resolve()
    data = paths.data_dir if paths is not None else _guess_data_dir(resolved)
    refusal = SaveError(
        f"{path} is not one of your own files in the data folder; it was left alone."
    )
    if data is None:
        raise refusal
    # Without the app's paths, a tree holding the safety file is the app's own, never a data dir.
    if paths is None and (
        (data / SAFETY_FILE).exists() or (data / "exercises" / SAFETY_FILE).exists()
    ):
        raise refusal
    layout = AppPaths(data, data)
    roots = [layout.user_programs, layout.user_exercises, layout.user_assets]
    inside = any(resolved.is_relative_to(r.resolve()) and resolved != r.resolve() for r in roots)
    shipped = [project_root() / "exercises", project_root() / "assets"]
    if paths is not None:
        shipped += [paths.shipped_exercises, paths.shipped_assets]
    if not inside or any(resolved.is_relative_to(s.resolve()) for s in shipped):
        raise refusal
    return resolved


def delete_user_file(path: Path, paths: AppPaths | None = None) -> bytes:
    """Delete one of the user's files (checked against `paths`, else its folders); returns its bytes."""
    resolved = _check_user_path(path, paths)
    try:
        data = resolved.read_bytes()
        if resolved.suffix in (".yaml", ".yml"):
            write_atomic(resolved.with_name(resolved.name + BACKUP_SUFFIX), data)
        resolved.unlink()
        fsync_folder(resolved.parent)
    except OSError as exc:
        raise SaveError(f"{path} was not deleted: {exc.strerror or exc}.") from exc
    return data


def restore_user_file(path: Path, data: bytes, paths: AppPaths | None = None) -> None:
    """Put back a file `delete_user_file` removed (atomically)."""
    resolved = _check_user_path(path, paths)
    try:
        write_atomic(resolved, data)
    except OSError as exc:
        raise SaveError(f"{path} was not restored: {exc.strerror or exc}.") from exc


_SPELLED_OUT = str.maketrans(
    {"ß": "ss", "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ẞ": "SS"}
)


def slugify(name: str) -> str:
    """`"Bird-dog (easy)"` -> `bird_dog_easy`: lower-case a-z, 0-9 and '_', at most 64 characters.

    German letters are spelled out as Germans do without them: `Fuß` -> `fuss`, `Rücken` -> `ruecken`.
    """
    name = name.translate(_SPELLED_OUT)
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")
    return slug[:MAX_ID].rstrip("_") or "custom"


def unique_id(name: str, taken: Collection[str]) -> str:
    """A slug made from `name` that is not in `taken`, with `_2`, `_3`... added when needed."""
    base = slugify(name)
    if base not in taken:
        return base
    n = 2
    while True:
        suffix = f"_{n}"
        candidate = base[: MAX_ID - len(suffix)].rstrip("_") + suffix
        if candidate not in taken:
            return candidate
        n += 1


def taken_ids(paths: AppPaths, library: Library, kind: str) -> set[str]:
    """Ids in use for "program" or "exercise": loaded ones and every file, even a broken one."""
    if kind == "program":
        folders, loaded = [paths.shipped_programs, paths.user_programs], set(library.programs)
    else:
        folders, loaded = [paths.shipped_exercises, paths.user_exercises], set(library.exercises)
    on_disk = {p.stem for folder in folders for p in yaml_files(folder) if p.name != SAFETY_FILE}
    return loaded | on_disk


def picture_problem(name: str, data: bytes) -> str | None:
    """Why `data` cannot be a picture called `name` (type, size, content), or None when it can."""
    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in PICTURE_SUFFIXES:
        return "pictures must be SVG, PNG, JPEG or WebP files"
    if len(data) > MAX_PICTURE_BYTES:
        return f"it is {len(data) / 1024 / 1024:.1f} MB; the limit is 5 MB"
    looks_right = {
        ".png": data.startswith(b"\x89PNG\r\n\x1a\n"),
        ".jpg": data.startswith(b"\xff\xd8\xff"),
        ".jpeg": data.startswith(b"\xff\xd8\xff"),
        ".webp": data[:4] == b"RIFF" and data[8:12] == b"WEBP",
        ".svg": b"<svg" in data,
    }[suffix]
    if not looks_right:
        return f"it is not a {suffix[1:].upper()} picture inside"
    return None


def import_picture(paths: AppPaths, source: Path, exercise_id: str, n: int) -> str:
    """Copy a picture to `<data dir>/assets/exercises/<id>-<n><suffix>`; returns its name for `images`."""
    if not _SLUG.match(exercise_id) or n < 1:
        raise SaveError(f"{source.name} was not added: '{exercise_id}' is not a valid exercise id.")
    suffix = source.suffix.lower()
    try:
        size = source.stat().st_size
        if size > MAX_PICTURE_BYTES:
            mb = size / 1024 / 1024
            raise SaveError(f"{source.name} was not added: it is {mb:.1f} MB; the limit is 5 MB.")
        with source.open("rb") as handle:
            data = handle.read(MAX_PICTURE_BYTES + 1)
    except OSError as exc:
        raise SaveError(f"{source.name} was not added: {exc.strerror or exc}.") from exc
    if (why := picture_problem(source.name, data)) is not None:
        raise SaveError(f"{source.name} was not added: {why}.")
    name = f"{exercise_id}-{n}{suffix}"
    try:
        write_atomic(paths.user_assets / "exercises" / name, data)
    except OSError as exc:
        raise SaveError(f"{source.name} was not added: {exc.strerror or exc}.") from exc
    return f"exercises/{name}"


def _field_problems(model: msgspec.Struct) -> list[Problem]:
    """Field-by-field problems of a model built in code (the loader's messages, with line 0)."""
    data = msgspec.json.decode(msgspec.json.encode(model))  # lists where the model has tuples
    _, problems = convert(Document(data, NO_LINES.lines), type(model), None)
    return problems


def check_program(program: Program, library: Library) -> list[Problem]:
    """What the loader would say about `program`: bad fields, unknown exercises, untimed dosages."""
    known = set(library.exercises)
    return _field_problems(program) + program_problems(program, library.exercises, known)


def check_exercise(exercise: Exercise, library: Library) -> list[Problem]:
    """What the loader would say about `exercise`: bad fields, untimed dosage, unknown variants."""
    known = set(library.exercises) | {exercise.id}
    found = _field_problems(exercise) + exercise_problems(exercise, known, known)
    for n, name in enumerate(exercise.images):
        rel = PurePosixPath(name.replace("\\", "/"))
        if rel.is_absolute() or ".." in rel.parts or ":" in name:
            msg = f"'{name}' must be a path inside assets/"
            found.append(Problem(None, 0, f"images[{n + 1}]", msg))
    return found


def editable_copy(program: Program, taken: Collection[str], name: str | None = None) -> Program:
    """A copy of `program` the user may change: id `<id>_mine` (made unique), name "<name> (my copy)".

    The interface passes `name` in the user's language; the default is the English wording.
    """
    if name is None:
        suffix = " (my copy)"
        name = program.name[: 200 - len(suffix)] + suffix
    name = name[:200]
    new_id = unique_id(f"{program.id[: MAX_ID - 5]}_mine", taken)
    # A translated name would hide "(my copy)", so the copy keeps only the plain one.
    return msgspec.structs.replace(program, id=new_id, name=name, name_i18n={})


def install_files(data_dir: Path, files: dict[str, bytes]) -> None:
    """Write files (path under `data_dir` -> bytes) all or none: staged in the data dir, then moved."""
    for rel in files:
        parts = PurePosixPath(rel).parts
        if not parts or PurePosixPath(rel).is_absolute() or ".." in parts or "\\" in rel:
            raise SaveError(f"'{rel}' is not a path inside the data folder; nothing was written.")
    data_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=data_dir))
    try:
        journal = []
        for rel, data in files.items():
            write_atomic(staging / "new" / rel, data)
            journal.append((rel, (data_dir / rel).exists()))
        # The journal lets a later start undo an import a crash interrupted (recover_installs).
        write_atomic(staging / "journal.json", json.dumps(journal))
        for rel, existed in journal:
            final = data_dir / rel
            final.parent.mkdir(parents=True, exist_ok=True)
            if existed:
                (staging / "previous" / rel).parent.mkdir(parents=True, exist_ok=True)
                os.replace(final, staging / "previous" / rel)
            os.replace(staging / "new" / rel, final)
            fsync_folder(final.parent)
        write_atomic(staging / "committed", b"")
    except BaseException:
        _roll_back(staging, data_dir)
        raise
    _finish(staging, data_dir)


def _journal(staging: Path) -> list[tuple[str, bool]]:
    try:
        return [
            (str(rel), bool(existed))
            for rel, existed in json.loads((staging / "journal.json").read_text())
        ]
    except (OSError, ValueError, TypeError):
        return []


def _roll_back(staging: Path, data_dir: Path) -> None:
    """Put back what an unfinished import replaced and remove what it added."""
    for rel, existed in reversed(_journal(staging)):
        final, previous = data_dir / rel, staging / "previous" / rel
        if previous.exists():
            os.replace(previous, final)
        elif not existed and not (staging / "new" / rel).exists():
            final.unlink(missing_ok=True)
    shutil.rmtree(staging, ignore_errors=True)


def _finish(staging: Path, data_dir: Path) -> None:
    """After a complete import: replaced YAML files become `.bak` backups; the staging goes."""
    for rel, existed in _journal(staging):
        previous = staging / "previous" / rel
        if existed and rel.endswith(".yaml") and previous.exists():
            final = data_dir / rel
            with contextlib.suppress(OSError):
                os.replace(previous, final.with_name(final.name + BACKUP_SUFFIX))
    shutil.rmtree(staging, ignore_errors=True)


def recover_installs(data_dir: Path) -> int:
    """Finish or undo multi-file installs a crash interrupted (call at start-up); returns how many."""
    count = 0
    for staging in sorted(data_dir.glob(f"{STAGING_PREFIX}*")):
        if staging.is_dir():
            if (staging / "committed").exists():
                _finish(staging, data_dir)
            else:
                _roll_back(staging, data_dir)
            count += 1
    return count
