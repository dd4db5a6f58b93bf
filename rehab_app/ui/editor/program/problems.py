"""The loader's problems with a program, as the editor's messages and by the item they are about."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from rehab_app.core.content.validate import Problem
from rehab_app.core.models import ProgramItem

_ITEM_FIELD = re.compile(r"^items\[(\d+)\]\.?(.*)$")


def problem_text(
    problem: Problem,
    items: Sequence[ProgramItem],
    exercise_name: Callable[[str], str],
    where: Callable[[int, str], str],
) -> tuple[str, int | None]:
    """One problem as a message, and the item row it is about (None: the program itself).

    `where(number, name)` words the item part, e.g. "Exercise 2 (Bird dog)".
    """
    match = _ITEM_FIELD.match(problem.field)
    if match is None:
        return (f"{problem.field}: {problem.message}" if problem.field else problem.message), None
    row = int(match.group(1)) - 1
    name = exercise_name(items[row].exercise) if row < len(items) else "?"
    place = where(row + 1, name)
    if match.group(2):
        place += f" {match.group(2)}"
    return f"{place}: {problem.message}", row


def problem_lines(
    problems: Iterable[Problem],
    items: Sequence[ProgramItem],
    exercise_name: Callable[[str], str],
    where: Callable[[int, str], str],
) -> tuple[list[str], dict[int, list[str]]]:
    """Every problem as a message, and the messages about each item row."""
    lines: list[str] = []
    by_row: dict[int, list[str]] = {}
    for problem in problems:
        text, row = problem_text(problem, items, exercise_name, where)
        lines.append(text)
        if row is not None:
            by_row.setdefault(row, []).append(text)
    return lines, by_row
