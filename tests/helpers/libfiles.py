"""Helpers that write small exercise/program trees for loader tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

from rehab_app.core.paths import AppPaths

EXERCISE = """\
schema_version: 1
id: {id}
name: {name}
category: core
summary: A test exercise.
start_position: Lie on your back.
steps:
  - text: Brace gently.
    kind: setup
  - text: Lift.
dosage:
  sets: 2
  reps: 5
  hold_s: 3
  rest_s: 10
easier: {easier}
"""

PROGRAM = """\
schema_version: 1
id: {id}
name: Test program
description: For tests.
pain_ceiling: 5
items:
  - exercise: {exercise}
"""

SAFETY = """\
schema_version: 1
disclaimer: Not medical advice.
tiers:
  emergency: {title: Emergency, message: Call now., blocks_session: true}
  urgent: {title: Urgent, message: See a doctor today., blocks_session: true}
  caution: {title: Caution, message: Get it checked soon., blocks_session: false}
red_flags:
  - {id: rf_test, tier: emergency, question: Any numbness?, concern: test}
recheck_questions: [Anything new since last time?]
stop_rules:
  - {id: ok, condition: always, action: carry_on, title: Carry on, message: Go on.}
"""


def make_tree(root: Path, exercises: dict[str, str] | None = None) -> AppPaths:
    """A shipped tree under `root` with the given exercise files (name -> text), a program and safety."""
    shipped = root / "shipped"
    (shipped / "exercises" / "programs").mkdir(parents=True)
    (shipped / "assets").mkdir()
    files = exercises or {"plank": exercise("plank"), "curl": exercise("curl")}
    for name, text in files.items():
        (shipped / "exercises" / f"{name}.yaml").write_text(text, encoding="utf-8")
    (shipped / "exercises" / "programs" / "basic.yaml").write_text(
        PROGRAM.format(id="basic", exercise=next(iter(files))), encoding="utf-8"
    )
    (shipped / "exercises" / "safety.yaml").write_text(SAFETY, encoding="utf-8")
    return AppPaths.create(root / "data", shipped)


def exercise(key: str, name: str = "", easier: str = "[]") -> str:
    """A valid exercise file text."""
    return EXERCISE.format(id=key, name=name or key.title(), easier=easier)


def dedent(text: str) -> str:
    """textwrap.dedent, for inline YAML."""
    return textwrap.dedent(text)
