"""Loading the library: every problem reported with file, line and field; bad files skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehab_app.core.content.loader import check_files, load_library
from tests.helpers.libfiles import dedent, exercise, make_tree


def messages(problems: list) -> list[str]:  # type: ignore[type-arg]
    return [str(p) for p in problems]


def test_good_tree_loads(tmp_path: Path) -> None:
    lib = load_library(make_tree(tmp_path))
    assert lib.problems == []
    assert set(lib.exercises) == {"plank", "curl"}
    assert set(lib.programs) == {"basic"}
    assert lib.safety is not None
    assert lib.safety.red_flags[0].id == "rf_test"


def test_bad_file_skipped_rest_loads(tmp_path: Path) -> None:
    bad = exercise("broken").replace("sets: 2", "sets: two")
    lib = load_library(make_tree(tmp_path, {"plank": exercise("plank"), "broken": bad}))
    assert set(lib.exercises) == {"plank"}
    [problem] = lib.problems
    assert problem.file is not None
    assert problem.file.name == "broken.yaml"
    assert problem.line == 12
    assert problem.field == "dosage.sets"
    assert "expected a whole number, got 'two'" in problem.message
    assert str(problem).endswith("broken.yaml:12: dosage.sets: expected a whole number, got 'two'")


def test_all_problems_of_a_file_are_collected(tmp_path: Path) -> None:
    text = (
        exercise("multi")
        .replace("category: core", "categroy: core")
        .replace("hold_s: 3", "hold_s: ten")
        .replace("rest_s: 10", "rest_s: -5")
    )
    lib = load_library(make_tree(tmp_path, {"plank": exercise("plank"), "multi": text}))
    found = messages(lib.problems)
    assert any("categroy: unknown field 'categroy' (did you mean 'category'?)" in m for m in found)
    assert any("category: missing required field" in m for m in found)
    assert any("dosage.hold_s: expected a whole number of seconds, got 'ten'" in m for m in found)
    assert any("dosage.rest_s: must be at least 0 seconds, got -5" in m for m in found)
    assert len(found) == 4


@pytest.mark.parametrize(
    ("change", "field", "text"),
    [
        (("hold_s: 3", "hold_s: 0"), "dosage.hold_s", "more than zero seconds"),
        (("id: odd", "id: other"), "id", "must match the file name 'odd'"),
        (
            ("easier: []", "easier: [plnak]"),
            "easier[1]",
            "unknown exercise 'plnak' (did you mean 'plank'?)",
        ),
        (("easier: []", "easier: [odd]"), "easier[1]", "its own variant"),
        (("reps: 5", "reps: [5, 3, 1]"), "dosage", "reps lists 3 numbers but sets is 2"),
        (("  hold_s: 3\n", "  hold_s: 3\n  tempo: 2\n"), "dosage.tempo", "unknown field 'tempo'"),
        (("kind: setup", "kind: warmup"), "steps[1].kind", "expected one of setup"),
        (("easier: []", "easier: []\nimages: [exercises/none.svg]"), "images[1]", "does not exist"),
        (("easier: []", "easier: []\nimages: [../../etc/passwd]"), "images[1]", "inside assets/"),
        (("easier: []", "easier: []\nimages: [/etc/passwd]"), "images[1]", "inside assets/"),
    ],
)
def test_field_problems(tmp_path: Path, change: tuple[str, str], field: str, text: str) -> None:
    odd = exercise("odd").replace(*change)
    assert odd != exercise("odd"), "the change must apply"
    lib = load_library(make_tree(tmp_path, {"plank": exercise("plank"), "odd": odd}))
    assert "odd" not in lib.exercises
    assert "plank" in lib.exercises
    assert any(p.field == field and text in p.message for p in lib.problems), messages(lib.problems)


@pytest.mark.parametrize(
    ("content", "text"),
    [
        (b"", "the file is empty"),
        (b"- just\n- a list\n", "the top level must be a mapping"),
        (b"id: x\nname: caf\xe9\n", "not valid UTF-8"),
        (b"id: [unclosed\n", "YAML syntax error"),
        (b"id: !!python/object/apply:os.system [ls]\n", "not allowed"),
    ],
)
def test_file_level_problems(tmp_path: Path, content: bytes, text: str) -> None:
    paths = make_tree(tmp_path)
    (paths.shipped_exercises / "weird.yaml").write_bytes(content)
    lib = load_library(paths)
    assert set(lib.exercises) == {"plank", "curl"}
    assert any(p.file and p.file.name == "weird.yaml" and text in p.message for p in lib.problems)


def test_program_naming_unknown_exercise(tmp_path: Path) -> None:
    paths = make_tree(tmp_path)
    (paths.shipped_programs / "other.yaml").write_text(
        dedent("""\
            schema_version: 1
            id: other
            name: Other
            description: x
            items:
              - exercise: plank
              - exercise: curll
            """),
        encoding="utf-8",
    )
    lib = load_library(paths)
    assert "other" not in lib.programs
    assert "basic" in lib.programs
    [problem] = lib.problems
    assert (problem.line, problem.field) == (7, "items[2].exercise")
    assert "unknown exercise 'curll' (did you mean 'curl'?)" in problem.message


def test_program_naming_a_broken_exercise_says_so(tmp_path: Path) -> None:
    broken = exercise("curl").replace("sets: 2", "sets: 0")
    lib = load_library(make_tree(tmp_path, {"curl": broken, "plank": exercise("plank")}))
    assert "basic" not in lib.programs
    assert any("has problems of its own" in p.message for p in lib.problems)


def test_broken_variant_target_cascades_clearly(tmp_path: Path) -> None:
    files = {
        "plank": exercise("plank", easier="[curl]"),
        "curl": exercise("curl").replace("sets: 2", "sets: 0"),
    }
    lib = load_library(make_tree(tmp_path, files))
    assert lib.exercises == {}
    assert any(p.field == "easier[1]" and "problems of its own" in p.message for p in lib.problems)


def test_duplicate_ids_in_one_folder(tmp_path: Path) -> None:
    paths = make_tree(tmp_path)
    (paths.shipped_exercises / "plank.yml").write_text(exercise("plank"), encoding="utf-8")
    lib = load_library(paths)
    assert any("also used by" in p.message for p in lib.problems)


def test_user_file_overrides_shipped(tmp_path: Path) -> None:
    paths = make_tree(tmp_path)
    paths.user_exercises.mkdir(parents=True)
    (paths.user_exercises / "plank.yaml").write_text(
        exercise("plank", name="My plank"), encoding="utf-8"
    )
    (paths.user_exercises / "mine.yaml").write_text(exercise("mine"), encoding="utf-8")
    lib = load_library(paths)
    assert lib.problems == []
    assert lib.exercises["plank"].name == "My plank"
    assert lib.exercise_origins["plank"].overrides_shipped
    assert lib.exercise_origins["mine"].user
    assert not lib.exercise_origins["mine"].overrides_shipped
    assert not lib.exercise_origins["curl"].user


def test_bad_user_override_keeps_shipped(tmp_path: Path) -> None:
    paths = make_tree(tmp_path)
    paths.user_exercises.mkdir(parents=True)
    (paths.user_exercises / "plank.yaml").write_text("id: [", encoding="utf-8")
    lib = load_library(paths)
    assert lib.exercises["plank"].name == "Plank"
    assert len(lib.problems) == 1


def test_missing_safety_file_is_a_problem(tmp_path: Path) -> None:
    paths = make_tree(tmp_path)
    (paths.shipped_exercises / "safety.yaml").unlink()
    lib = load_library(paths)
    assert lib.safety is None
    assert any("safety file is missing" in p.message for p in lib.problems)


def test_a_short_translation_of_the_recheck_questions_names_file_line_and_field(
    tmp_path: Path,
) -> None:
    paths = make_tree(tmp_path)
    safety = paths.shipped_exercises / "safety.yaml"
    text = safety.read_text(encoding="utf-8").replace(
        "recheck_questions: [Anything new since last time?]\n",
        "recheck_questions: [Anything new since last time?]\n"
        "recheck_questions_i18n:\n  de: [Etwas Neues?, Fieber?]\n",
    )
    safety.write_text(text, encoding="utf-8")
    lib = load_library(paths)
    # The safety data still loads (the questions are then asked in English), and says why.
    assert lib.safety is not None
    [problem] = lib.problems
    assert problem.file == safety
    assert problem.line == text.splitlines().index("recheck_questions_i18n:") + 2
    assert problem.field == "recheck_questions_i18n.de"
    assert "2 question(s), but 'recheck_questions' has 1" in problem.message
    assert [str(p) for p in check_files([safety], paths)] == [str(problem)]


def test_check_files_on_a_physios_folder(tmp_path: Path) -> None:
    paths = make_tree(tmp_path)
    folder = tmp_path / "physio"
    folder.mkdir()
    (folder / "new_one.yaml").write_text(exercise("new_one", easier="[plank]"), encoding="utf-8")
    (folder / "prog.yaml").write_text(
        "schema_version: 1\nid: prog\nname: P\ndescription: d\nitems:\n  - exercise: new_one\n",
        encoding="utf-8",
    )
    assert check_files([folder], paths) == []
    (folder / "bad.yaml").write_text(
        exercise("bad").replace("reps: 5", "reps: five"), encoding="utf-8"
    )
    found = check_files([folder, tmp_path / "nope.yaml"], paths)
    assert sorted(p.file.name for p in found if p.file) == ["bad.yaml", "nope.yaml"]


def test_bad_change_date_says_date(tmp_path: Path) -> None:
    paths = make_tree(tmp_path)
    prog = paths.shipped_programs / "basic.yaml"
    prog.write_text(
        prog.read_text(encoding="utf-8")
        + "changes:\n  - {date: 2025-13-01, kind: progress, description: more reps}\n",
        encoding="utf-8",
    )
    lib = load_library(paths)
    [problem] = lib.problems
    assert problem.field == "changes[1].date"
    assert "is not a valid date: use YYYY-MM-DD" in problem.message


ONE_SIDED = exercise("lunge").replace("  rest_s: 10\n", "  rest_s: 10\n  per_side: true\n")
SIDES = "sides:\n  left: Your left knee is down.\n  right: Your right knee is down.\n"


def test_one_sided_exercise_without_sides_is_a_warning(tmp_path: Path) -> None:
    """It still loads (a user's file keeps working), but it is flagged: left and right are unclear."""
    lib = load_library(make_tree(tmp_path, {"lunge": ONE_SIDED}))
    assert lib.problems == []
    assert "lunge" in lib.exercises
    [warning] = lib.warnings
    assert warning.file is not None
    assert warning.file.name == "lunge.yaml"
    assert warning.field == "sides"
    assert "what left and right mean" in warning.message


def test_one_sided_exercise_with_sides_loads_clean(tmp_path: Path) -> None:
    lib = load_library(make_tree(tmp_path, {"lunge": ONE_SIDED + SIDES}))
    assert lib.problems == []
    assert lib.warnings == []
    sides = lib.exercises["lunge"].sides
    assert sides is not None
    assert (sides.left, sides.right) == ("Your left knee is down.", "Your right knee is down.")


def test_a_program_making_an_exercise_one_sided_needs_its_sides(tmp_path: Path) -> None:
    paths = make_tree(tmp_path, {"plank": exercise("plank")})
    program = paths.shipped_programs / "basic.yaml"
    program.write_text(
        program.read_text(encoding="utf-8") + "    dosage: {per_side: true}\n", encoding="utf-8"
    )
    lib = load_library(paths)
    assert lib.problems == []
    [warning] = lib.warnings
    assert warning.file == program
    assert warning.field == "items[1].dosage"
    assert "'plank'" in warning.message


def test_sides_need_both_texts(tmp_path: Path) -> None:
    text = ONE_SIDED + "sides:\n  left: Your left knee is down.\n"
    lib = load_library(make_tree(tmp_path, {"plank": exercise("plank"), "lunge": text}))
    assert "lunge" not in lib.exercises
    assert any(
        p.field == "sides.right" and "missing required field" in p.message for p in lib.problems
    )
