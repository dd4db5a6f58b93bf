"""Load the exercise library: shipped files, then the user's, with every problem reported and bad files skipped."""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Generic, TypeVar

import msgspec

from rehab_app.core.content.validate import Problem, convert
from rehab_app.core.content.yamlsafe import Document, YamlError, load_file
from rehab_app.core.i18n import LINE_LISTS
from rehab_app.core.models import Exercise, Program, Safety
from rehab_app.core.paths import AppPaths
from rehab_app.core.session.plan import dosage_problem, effective_dosage

T = TypeVar("T", bound=msgspec.Struct)
M = TypeVar("M")
SAFETY_FILE = "safety.yaml"
_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a loaded exercise or program came from."""

    path: Path
    user: bool
    overrides_shipped: bool = False


@dataclass(frozen=True, slots=True)
class Loaded(Generic[M]):
    """A model with the document it was read from (for line numbers in later checks)."""

    model: M
    doc: Document
    origin: Origin


@dataclass(slots=True)
class Library:
    """Everything that loaded, plus every problem found on the way."""

    exercises: dict[str, Exercise] = field(default_factory=dict)
    programs: dict[str, Program] = field(default_factory=dict)
    safety: Safety | None = None
    problems: list[Problem] = field(default_factory=list)
    # Things that load but should be fixed, such as a one-sided exercise that never says which
    # side is "left"; shipped files have none (tests/data).
    warnings: list[Problem] = field(default_factory=list)
    exercise_origins: dict[str, Origin] = field(default_factory=dict)
    program_origins: dict[str, Origin] = field(default_factory=dict)
    images: dict[str, tuple[Path, ...]] = field(default_factory=dict)

    def exercise(self, exercise_id: str) -> Exercise:
        """The exercise with this id (KeyError when unknown)."""
        return self.exercises[exercise_id]


def yaml_files(folder: Path) -> list[Path]:
    """The YAML files directly inside `folder`, sorted; none when it does not exist."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in _SUFFIXES and p.is_file())


def read_model(
    path: Path, model: type[T], problems: list[Problem], check_id: bool = True
) -> tuple[T, Document] | None:
    """Parse and convert one file; on failure add its problems and return None."""
    try:
        doc = load_file(path)
    except YamlError as exc:
        problems.append(Problem(path, exc.line or 1, "", exc.message))
        return None
    obj, found = convert(doc, model, path)
    if obj is not None and check_id and getattr(obj, "id", path.stem) != path.stem:
        found.append(
            Problem(
                path,
                doc.line_of(("id",)),
                "id",
                f"the id '{getattr(obj, 'id', '')}' must match the file name '{path.stem}'",
            )
        )
        obj = None
    problems.extend(found)
    return (obj, doc) if obj is not None else None


def _read_all(
    folders: Iterable[tuple[Path, bool]], model: type[T], problems: list[Problem], skip: str = ""
) -> dict[str, Loaded[T]]:
    """Read each folder in order; user folders override shipped ids, duplicates within one are errors."""
    found: dict[str, Loaded[T]] = {}
    for folder, user in folders:
        seen: dict[str, Path] = {}
        for path in yaml_files(folder):
            if path.name == skip:
                continue
            result = read_model(path, model, problems)
            if result is None:
                continue
            obj, doc = result
            key: str = getattr(obj, "id")  # noqa: B009 - every model read here has an id
            if key in seen:
                problems.append(
                    Problem(
                        path,
                        doc.line_of(("id",)),
                        "id",
                        f"the id '{key}' is also used by {seen[key]}",
                    )
                )
                continue
            seen[key] = path
            overrides = user and key in found and not found[key].origin.user
            found[key] = Loaded(obj, doc, Origin(path, user, overrides))
    return found


def _hint(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _image_paths(
    loaded: Loaded[Exercise], asset_dirs: list[Path], problems: list[Problem]
) -> tuple[Path, ...] | None:
    """Resolve an exercise's pictures under the assets folders; None when one is bad."""
    paths: list[Path] = []
    ok = True
    for n, name in enumerate(loaded.model.images):
        line = loaded.doc.line_of(("images", n))
        where = f"images[{n + 1}]"
        rel = PurePosixPath(name.replace("\\", "/"))
        if rel.is_absolute() or ".." in rel.parts or ":" in name:
            problems.append(
                Problem(loaded.origin.path, line, where, f"'{name}' must be a path inside assets/")
            )
            ok = False
            continue
        hit = next((d / rel for d in asset_dirs if (d / rel).is_file()), None)
        if hit is None:
            problems.append(
                Problem(
                    loaded.origin.path,
                    line,
                    where,
                    f"the picture '{name}' does not exist in assets/",
                )
            )
            ok = False
        else:
            paths.append(hit)
    return tuple(paths) if ok else None


# A document without line numbers: problems found in models built in code report line 0.
NO_LINES = Document(None, {(): 0})


def exercise_problems(
    ex: Exercise,
    known: Collection[str],
    all_ids: Collection[str],
    doc: Document = NO_LINES,
    path: Path | None = None,
) -> list[Problem]:
    """An exercise's cross-checks: a dosage that cannot be timed, and variants that are not `known`."""
    found = []
    if (msg := dosage_problem(ex, ex.dosage)) is not None:
        found.append(Problem(path, doc.line_of(("dosage",)), "dosage", msg))
    found += line_translation_problems(ex, doc, path)
    for kind in ("easier", "harder"):
        for n, other in enumerate(getattr(ex, kind)):
            line = doc.line_of((kind, n))
            if other == ex.id:
                found.append(
                    Problem(path, line, f"{kind}[{n + 1}]", "an exercise cannot be its own variant")
                )
            elif other in all_ids and other not in known:
                msg = f"the exercise '{other}' has problems of its own and was not loaded"
                found.append(Problem(path, line, f"{kind}[{n + 1}]", msg))
            elif other not in known:
                msg = f"unknown exercise '{other}'{_hint(other, all_ids)}"
                found.append(Problem(path, line, f"{kind}[{n + 1}]", msg))
    return found


def line_translation_problems(
    ex: Exercise, doc: Document = NO_LINES, path: Path | None = None
) -> list[Problem]:
    """Translated lists (`cues_i18n`, ...) that do not have one line for each line of the list."""
    found = []
    for name in LINE_LISTS:
        plain = getattr(ex, name)
        for language, lines in getattr(ex, f"{name}_i18n").items():
            if len(lines) != len(plain):
                where = f"{name}_i18n.{language}"
                msg = (
                    f"{len(lines)} line(s), but '{name}' has {len(plain)}: translate each line of"
                    f" '{name}', in the same order"
                )
                found.append(Problem(path, doc.line_of((f"{name}_i18n", language)), where, msg))
    return found


def safety_translation_problems(
    safety: Safety, doc: Document = NO_LINES, path: Path | None = None
) -> list[Problem]:
    """Translated re-check questions that do not have one question for each question.

    The safety data still loads: the app then asks the questions in the plain language.
    """
    found = []
    plain = safety.recheck_questions
    for language, lines in safety.recheck_questions_i18n.items():
        if len(lines) != len(plain):
            where = f"recheck_questions_i18n.{language}"
            msg = (
                f"{len(lines)} question(s), but 'recheck_questions' has {len(plain)}: translate"
                " each question, in the same order"
            )
            found.append(
                Problem(path, doc.line_of(("recheck_questions_i18n", language)), where, msg)
            )
    return found


def program_problems(
    prog: Program,
    exercises: Mapping[str, Exercise],
    all_ids: Collection[str],
    doc: Document = NO_LINES,
    path: Path | None = None,
) -> list[Problem]:
    """A program's cross-checks: items naming unknown exercises, dosages that cannot be timed."""
    found = []
    for n, item in enumerate(prog.items):
        where = f"items[{n + 1}].exercise"
        line = doc.line_of(("items", n, "exercise"))
        if item.exercise not in exercises:
            if item.exercise in all_ids:
                msg = f"the exercise '{item.exercise}' has problems of its own and was not loaded"
            else:
                msg = f"unknown exercise '{item.exercise}'{_hint(item.exercise, all_ids)}"
            found.append(Problem(path, line, where, msg))
            continue
        exercise = exercises[item.exercise]
        dosage = effective_dosage(exercise.dosage, item.dosage)
        if (why := dosage_problem(exercise, dosage)) is not None:
            line = doc.line_of(("items", n, "dosage"))
            found.append(Problem(path, line, f"items[{n + 1}].dosage", why))
    return found


NO_SIDES = (
    "one-sided, but it does not say what left and right mean: add 'sides' with a 'left' and a "
    "'right' text, e.g. left: Your left knee lifts."
)


def side_warnings(
    loaded: Iterable[Loaded[Exercise]],
    programs: Iterable[Loaded[Program]],
    exercises: Mapping[str, Exercise],
) -> list[Problem]:
    """One-sided exercises, and program items that make one one-sided, without `sides`."""
    found = []
    for ex in loaded:
        if ex.model.dosage.per_side and ex.model.sides is None:
            line = ex.doc.line_of(("dosage", "per_side"))
            found.append(Problem(ex.origin.path, line, "sides", NO_SIDES))
    for prog in programs:
        for n, item in enumerate(prog.model.items):
            exercise = exercises.get(item.exercise)
            if exercise is None or exercise.sides is not None or exercise.dosage.per_side:
                continue
            if effective_dosage(exercise.dosage, item.dosage).per_side:
                line = prog.doc.line_of(("items", n, "dosage"))
                msg = f"makes '{item.exercise}' {NO_SIDES}"
                found.append(Problem(prog.origin.path, line, f"items[{n + 1}].dosage", msg))
    return found


def _exercise_problems(
    loaded: Loaded[Exercise], known: set[str], all_ids: set[str]
) -> list[Problem]:
    return exercise_problems(loaded.model, known, all_ids, loaded.doc, loaded.origin.path)


def _program_problems(
    loaded: Loaded[Program], exercises: dict[str, Exercise], all_ids: set[str]
) -> list[Problem]:
    return program_problems(loaded.model, exercises, all_ids, loaded.doc, loaded.origin.path)


def load_library(paths: AppPaths) -> Library:
    """Load shipped and user exercises, programs and the safety data; never raises on bad files."""
    lib = Library()
    problems = lib.problems
    ex_dirs = [(paths.shipped_exercises, False), (paths.user_exercises, True)]
    exercises = _read_all(ex_dirs, Exercise, problems, skip=SAFETY_FILE)
    programs = _read_all(
        [(paths.shipped_programs, False), (paths.user_programs, True)], Program, problems
    )
    # Ids of every exercise file, even broken ones, so references to them can say "broken", not "unknown".
    all_ids = {p.stem for folder, _ in ex_dirs for p in yaml_files(folder) if p.name != SAFETY_FILE}
    # Dropping a bad exercise can break another's variant link, so repeat until nothing changes.
    good = dict(exercises)
    while bad := {
        key: found
        for key, loaded in good.items()
        if (found := _exercise_problems(loaded, set(good), all_ids))
    }:
        for key, found in bad.items():
            problems.extend(found)
            del good[key]
    for key, loaded in good.items():
        dirs = (
            [paths.user_assets, paths.shipped_assets]
            if loaded.origin.user
            else [paths.shipped_assets]
        )
        images = _image_paths(loaded, dirs, problems)
        if images is None:
            continue
        lib.exercises[key] = loaded.model
        lib.exercise_origins[key] = loaded.origin
        lib.images[key] = images
    for key, loaded_program in programs.items():
        found = _program_problems(loaded_program, lib.exercises, all_ids)
        if found:
            problems.extend(found)
            continue
        lib.programs[key] = loaded_program.model
        lib.program_origins[key] = loaded_program.origin
    lib.warnings.extend(
        side_warnings(
            (good[key] for key in lib.exercises),
            (programs[key] for key in lib.programs),
            lib.exercises,
        )
    )
    lib.warnings.sort(key=lambda p: (str(p.file), p.line))
    safety_path = paths.shipped_exercises / SAFETY_FILE
    if safety_path.exists():
        result = read_model(safety_path, Safety, problems, check_id=False)
        lib.safety = result[0] if result else None
        if result:
            problems.extend(safety_translation_problems(*result, safety_path))
    else:
        problems.append(Problem(safety_path, 1, "", "the safety file is missing"))
    problems.sort(key=lambda p: (str(p.file), p.line))
    return lib


def _kind_of(doc: Document, path: Path) -> type[Exercise] | type[Program] | type[Safety]:
    data = doc.data if isinstance(doc.data, dict) else {}
    if "red_flags" in data or path.name == SAFETY_FILE:
        return Safety
    if "items" in data or (path.parent.name == "programs" and "steps" not in data):
        return Program
    return Exercise


def expand_paths(targets: Iterable[Path]) -> list[Path]:
    """Files named directly, plus every YAML file below each folder named."""
    files: list[Path] = []
    for target in targets:
        if target.is_dir():
            files.extend(
                sorted(p for p in target.rglob("*") if p.suffix in _SUFFIXES and p.is_file())
            )
        else:
            files.append(target)
    return files


def check_files(
    targets: Iterable[Path], paths: AppPaths, warnings: list[Problem] | None = None
) -> list[Problem]:
    """Validate chosen files; ids they name may refer to each other or to the loaded library.

    Things that load but should be fixed are added to `warnings` when it is given.
    """
    library = load_library(paths)
    problems: list[Problem] = []
    exercises: list[Loaded[Exercise]] = []
    programs: list[Loaded[Program]] = []
    for path in expand_paths(targets):
        if not path.exists():
            problems.append(Problem(path, 0, "", "no such file or folder"))
            continue
        try:
            doc = load_file(path)
        except YamlError as exc:
            problems.append(Problem(path, exc.line or 1, "", exc.message))
            continue
        kind = _kind_of(doc, path)
        obj, found = convert(doc, kind, path)
        problems.extend(found)
        if obj is None:
            continue
        if not isinstance(obj, Safety) and obj.id != path.stem:
            msg = f"the id '{obj.id}' must match the file name '{path.stem}'"
            problems.append(Problem(path, doc.line_of(("id",)), "id", msg))
        if isinstance(obj, Safety):
            problems.extend(safety_translation_problems(obj, doc, path))
        elif isinstance(obj, Exercise):
            exercises.append(Loaded(obj, doc, Origin(path, True)))
        elif isinstance(obj, Program):
            programs.append(Loaded(obj, doc, Origin(path, True)))
    known = dict(library.exercises) | {e.model.id: e.model for e in exercises}
    for loaded in exercises:
        problems.extend(_exercise_problems(loaded, set(known), set(known)))
        near = loaded.origin.path.parent
        dirs = [near / "assets", near.parent / "assets", paths.user_assets, paths.shipped_assets]
        _image_paths(loaded, dirs, problems)
    for loaded_program in programs:
        problems.extend(_program_problems(loaded_program, known, set(known)))
    problems.sort(key=lambda p: (str(p.file), p.line))
    if warnings is not None:
        warnings.extend(side_warnings(exercises, programs, known))
        warnings.sort(key=lambda p: (str(p.file), p.line))
    return problems
