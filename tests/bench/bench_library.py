"""Library load + validation against a bare libyaml parse of the same files, measured in one run."""

from __future__ import annotations

import statistics
import time
import tracemalloc
from pathlib import Path

import yaml

from rehab_app.core.content.loader import load_library, yaml_files
from rehab_app.core.paths import AppPaths
from tests.helpers.libfiles import SAFETY

N_EXERCISES = 1000
N_PROGRAMS = 100
ROUNDS = 7

EXERCISE = """\
schema_version: 1
id: ex_{n:04d}
name: Generated exercise {n}
category: {category}
targets: [glutes, trunk, hips]
summary: A generated exercise used to measure how fast the library loads and checks files.
start_position: Lie on your back with your knees bent and your feet flat on the floor.
steps:
  - text: Brace your trunk gently, as if someone were about to poke your tummy.
    kind: setup
  - text: Lift slowly, keeping your back in a neutral position throughout.
    seconds: 2
  - text: Hold still and keep breathing normally for the whole hold.
    kind: breathing
    seconds: 5
  - text: Lower slowly and relax for a moment before the next repetition.
    seconds: 2
dosage:
  sets: {sets}
  reps: {reps}
  hold_s: 5
  rep_s: 4
  rest_s: 30
  per_side: {side}
cues: [Ribs down, Breathe out as you lift, Keep the hips level]
mistakes: [Arching the low back at the top, Holding the breath]
cautions: [Stop if pain spreads down your leg.]
easier: [ex_{easier:04d}]
harder: [ex_{harder:04d}]
"""

PROGRAM = """\
schema_version: 1
id: prog_{n:03d}
name: Generated program {n}
description: A generated program.
stage: core
pain_ceiling: 5
items:
{items}
"""


def _write_tree(root: Path) -> AppPaths:
    shipped = root / "shipped"
    programs = shipped / "exercises" / "programs"
    programs.mkdir(parents=True)
    (shipped / "assets").mkdir()
    cats = ["core", "mobility", "stretch", "strength"]
    for n in range(N_EXERCISES):
        text = EXERCISE.format(
            n=n,
            category=cats[n % 4],
            sets=2 + n % 3,
            reps=6 + n % 5,
            side=str(n % 2 == 0).lower(),
            easier=(n - 1) % N_EXERCISES,
            harder=(n + 1) % N_EXERCISES,
        )
        (shipped / "exercises" / f"ex_{n:04d}.yaml").write_text(text, encoding="utf-8")
    for n in range(N_PROGRAMS):
        items = "\n".join(
            f"  - exercise: ex_{(n * 7 + k) % N_EXERCISES:04d}\n    dosage: {{sets: 2}}"
            for k in range(8)
        )
        (programs / f"prog_{n:03d}.yaml").write_text(
            PROGRAM.format(n=n, items=items), encoding="utf-8"
        )
    (shipped / "exercises" / "safety.yaml").write_text(SAFETY, encoding="utf-8")
    return AppPaths.create(root / "data", shipped)


def _bare_load(files: list[Path]) -> None:
    for path in files:
        yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)  # noqa: S506 - the baseline


def test_library_load_ratio(tmp_path: Path) -> None:
    paths = _write_tree(tmp_path)
    files = [
        *yaml_files(paths.shipped_exercises),
        *yaml_files(paths.shipped_programs),
    ]
    assert len(files) == N_EXERCISES + N_PROGRAMS + 1
    ours, bare = [], []
    lib = load_library(paths)
    assert not lib.problems, lib.problems[:3]
    assert len(lib.exercises) == N_EXERCISES
    assert len(lib.programs) == N_PROGRAMS
    for _ in range(ROUNDS):
        start = time.perf_counter()
        _bare_load(files)
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        load_library(paths)
        ours.append(time.perf_counter() - start)
    tracemalloc.start()
    load_library(paths)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    ratio = statistics.median(ours) / statistics.median(bare)
    print(
        f"\nlibrary: {N_EXERCISES} exercises + {N_PROGRAMS} programs: "
        f"load+validate median {statistics.median(ours) * 1000:.0f} ms, "
        f"bare CSafeLoader median {statistics.median(bare) * 1000:.0f} ms, "
        f"ratio = {ratio:.2f} (target <= 1.5), peak Python memory {peak / 2**20:.1f} MiB"
    )
    assert ratio <= 1.5
