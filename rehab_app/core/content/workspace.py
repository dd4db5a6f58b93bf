"""The one owner of changes to the library: every save, delete and import goes through it.

The files are the truth. After each change the workspace loads the library again from the files
(about 25 ms for the shipped content) and updates the shared `Library` in place, so every screen
holding it sees the same state by one rule, and it returns what changed so the shell can tell
each page to refresh (programs, exercises, the Problems tab and its count).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rehab_app.core.content.bundles import ImportPreview, Resolution, install_bundle
from rehab_app.core.content.loader import Library, load_library
from rehab_app.core.content.user_files import (
    delete_user_file,
    restore_user_file,
    save_exercise,
    save_program,
)
from rehab_app.core.models import Exercise, Program
from rehab_app.core.paths import AppPaths

_PARTS = ("exercises", "programs", "exercise_origins", "program_origins", "images")


@dataclass(frozen=True, slots=True)
class LibraryChange:
    """What a change did: the ids of programs and exercises added, changed or removed."""

    programs: frozenset[str] = frozenset()
    exercises: frozenset[str] = frozenset()
    problems: bool = False  # the list of file problems (or warnings) changed

    def __bool__(self) -> bool:
        return bool(self.programs or self.exercises or self.problems)


def _changed(before: dict[str, object], after: dict[str, object]) -> frozenset[str]:
    keys = before.keys() | after.keys()
    return frozenset(k for k in keys if before.get(k) != after.get(k))


class Workspace:
    """The user's library and the files behind it (saves raise SaveError, as user_files does).

    `on_change` hears of every change that changed something (the shell broadcasts it).
    """

    on_change: Callable[[LibraryChange], object] | None

    def __init__(
        self,
        paths: AppPaths,
        library: Library,
        on_change: Callable[[LibraryChange], object] | None = None,
    ) -> None:
        self.paths = paths
        self.library = library
        self.on_change = on_change

    def save_program(self, program: Program) -> tuple[Path, LibraryChange]:
        """Save one of the user's programs."""
        path = save_program(self.paths, program)
        return path, self.reload()

    def save_exercise(self, exercise: Exercise) -> tuple[Path, LibraryChange]:
        """Save one of the user's exercises (its pictures are already in the data folder)."""
        path = save_exercise(self.paths, exercise)
        return path, self.reload()

    def delete_file(self, path: Path) -> tuple[bytes, LibraryChange]:
        """Delete one of the user's files; returns its bytes, for undo."""
        data = delete_user_file(path, self.paths)
        return data, self.reload()

    def restore_file(self, path: Path, data: bytes) -> LibraryChange:
        """Put back a file `delete_file` removed (undo)."""
        restore_user_file(path, data, self.paths)
        return self.reload()

    def import_bundle(
        self, preview: ImportPreview, resolutions: dict[tuple[str, str], Resolution]
    ) -> tuple[Program, LibraryChange]:
        """Install a checked .rehab bundle, all or nothing; returns the program as installed."""
        program = install_bundle(preview, self.paths, resolutions)
        return program, self.reload()

    def reload(self) -> LibraryChange:
        """Read every file again and update the shared library in place; what changed."""
        fresh = load_library(self.paths)
        library = self.library
        change = LibraryChange(
            programs=_changed(dict(library.programs), dict(fresh.programs))
            | _changed(dict(library.program_origins), dict(fresh.program_origins)),
            exercises=_changed(dict(library.exercises), dict(fresh.exercises))
            | _changed(dict(library.images), dict(fresh.images))
            | _changed(dict(library.exercise_origins), dict(fresh.exercise_origins)),
            problems=(library.problems, library.warnings) != (fresh.problems, fresh.warnings),
        )
        for name in _PARTS:
            mine, theirs = getattr(library, name), getattr(fresh, name)
            mine.clear()
            mine.update(theirs)
        library.problems[:] = fresh.problems
        library.warnings[:] = fresh.warnings
        library.safety = fresh.safety
        if change and self.on_change is not None:
            self.on_change(change)
        return change
