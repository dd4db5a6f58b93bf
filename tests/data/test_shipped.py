"""Every shipped file loads with zero problems and every reference resolves."""

from __future__ import annotations

import re

import pytest

from rehab_app.core.content.loader import Library, load_library, yaml_files
from rehab_app.core.models import Category
from rehab_app.core.paths import AppPaths
from rehab_app.core.session.plan import build_plan


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return load_library(AppPaths.create(tmp_path_factory.mktemp("empty-data")))


def test_no_problems(library: Library) -> None:
    assert [str(p) for p in library.problems] == []


def test_every_file_loaded(library: Library) -> None:
    paths = AppPaths.create()
    files = [p for p in yaml_files(paths.shipped_exercises) if p.name != "safety.yaml"]
    assert len(library.exercises) == len(files) >= 20
    assert len(library.programs) == len(yaml_files(paths.shipped_programs)) >= 5


def test_references_resolve(library: Library) -> None:
    for ex in library.exercises.values():
        for other in (*ex.easier, *ex.harder):
            assert other in library.exercises, f"{ex.id} -> {other}"
        assert ex.easier or ex.harder, f"{ex.id} has no variant"
        assert len(library.images[ex.id]) >= 2, f"{ex.id} needs start and end pictures"
    for prog in library.programs.values():
        for item in prog.items:
            assert item.exercise in library.exercises


def test_left_and_right_are_defined_wherever_a_side_is_worked(library: Library) -> None:
    """Every one-sided exercise says what "left" means ("the leg that moves", "lying on ...")."""
    assert [str(w) for w in library.warnings] == []
    one_sided = {e.id for e in library.exercises.values() if e.dosage.per_side}
    assert len(one_sided) >= 10
    for key in one_sided:
        sides = library.exercises[key].sides
        assert sides is not None, key
        assert sides.left != sides.right, key
        assert "left" in sides.left.lower(), key
        assert "right" in sides.right.lower(), key


# Claims the app cannot make: an exercise does not protect a back or fix a running stride, and a
# symptom is never diagnosed ("can be a sign of", never "means" or "your nerve is").
OVERCLAIMS = re.compile(
    r"\bprotect|\bprevent|\bcure|\bguarantee|\bfixes\b|less twisting|keeps your pelvis"
    r"|\bstops? your pelvis|\bmeans\b|your nerve (is|may be)|\bis (irritated|trapped|pinched)",
    re.IGNORECASE,
)


def test_exercise_texts_neither_overclaim_nor_diagnose(library: Library) -> None:
    found = []
    for ex in library.exercises.values():
        texts = [ex.summary, ex.start_position, *ex.cues, *ex.mistakes, *ex.cautions]
        texts += [s.text for s in ex.steps]
        found += [f"{ex.id}: {t}" for t in texts if OVERCLAIMS.search(t)]
    assert found == []


def test_every_field_filled(library: Library) -> None:
    for ex in library.exercises.values():
        for name in ("targets", "cues", "mistakes", "cautions", "steps", "images"):
            assert getattr(ex, name), f"{ex.id}.{name} is empty"


def test_required_content_present(library: Library) -> None:
    ids = set(library.exercises)
    assert {
        "prone_upper_back_stretch",
        "bird_dog",
        "dead_bug",
        "mcgill_curl_up",
        "side_plank",
    } <= ids
    assert {"glute_bridge", "walk_run_intervals"} <= ids
    cats = {e.category for e in library.exercises.values()}
    assert {Category.MOBILITY, Category.STRETCH, Category.CORE, Category.STRENGTH} <= cats
    prone = library.exercises["prone_upper_back_stretch"]
    text = " ".join(s.text for s in prone.steps).lower() + prone.start_position.lower()
    assert "shoulder blade" in text
    assert "neck" in text
    assert "forearm" in text


@pytest.mark.parametrize(
    ("program_id", "low_min", "high_min"),
    [
        ("acute_relief_gentle", 6, 13),
        ("daily_mobility_10", 8, 14),
        ("core_stability_1", 12, 22),
        ("core_stability_2", 16, 28),
        ("return_to_run_w1", 28, 38),
    ],
)
def test_programs_have_realistic_length(
    library: Library, program_id: str, low_min: int, high_min: int
) -> None:
    prog = library.programs[program_id]
    total = build_plan(prog, library.exercise).total_s
    assert low_min * 60 <= total <= high_min * 60, f"{program_id}: {total / 60:.1f} min"


def test_backward_bends_say_when_to_skip_them(library: Library) -> None:
    for key in ("sphinx", "prone_press_up"):
        ex = library.exercises[key]
        texts = [*ex.cautions, *(s.text for s in ex.steps if s.kind.value == "safety")]
        skip = [t for t in texts if t.startswith("Skip this exercise if bending backwards")]
        assert len(skip) == 2, key  # in the cautions, and as a safety step in the player
        assert all("further down your leg" in t for t in skip), key


def test_acute_program_explains_the_first_days(library: Library) -> None:
    """Which way to move, getting down to the floor and up again, and ice or heat used safely."""
    text = library.programs["acute_relief_gentle"].description
    paragraphs = text.split("\n")
    assert len(paragraphs) >= 4
    lower = text.lower()
    for words in (
        "eases your pain",  # favour the direction that eases it
        "as one piece",  # the log roll
        "getting up",
        "ice",
        "heat",
        "20 minutes",
        "towel",  # never straight on the skin
        "your skin",
    ):
        assert words in lower, words


def test_acute_program_has_low_ceiling(library: Library) -> None:
    assert library.programs["acute_relief_gentle"].pain_ceiling <= 3
    assert all(0 < p.pain_ceiling <= 5 for p in library.programs.values())


def test_safety_data(library: Library) -> None:
    safety = library.safety
    assert safety is not None
    tiers = {f.tier for f in safety.red_flags}
    assert {t.value for t in tiers} == {"emergency", "urgent", "not_suitable", "caution", "routine"}
    assert tiers <= safety.tiers.keys(), "every tier a question can raise has its advice"
    ids = {f.id for f in safety.red_flags}
    for flag in safety.red_flags:
        assert set(flag.together_with) <= ids - {flag.id}, flag.id
        for partner in flag.together_with:
            assert flag.id in next(f for f in safety.red_flags if f.id == partner).together_with
    for adaptation in safety.adaptations:
        assert set(adaptation.flags) <= ids, adaptation.id
        targets = [t for ts in adaptation.instead.values() for t in ts] + list(adaptation.default)
        for target in targets:
            assert target in library.exercises, target
            assert adaptation.avoid not in library.exercises[target].safety_tags, target
        for source in adaptation.instead:
            assert adaptation.avoid in library.exercises[source].safety_tags, source
    assert len(safety.red_flags) >= 15
    conditions = [r.condition.value for r in safety.stop_rules]
    assert conditions[-1] == "always"
    assert {"red_flag_symptom", "spreading", "nerve_symptoms", "sharp", "over_ceiling"} <= set(
        conditions
    )


@pytest.mark.parametrize(
    "exercise_id", ["walk_run_intervals", "walk_run_intervals_s2", "brisk_walk"]
)
def test_walking_and_running_name_a_dragging_or_slapping_foot(
    library: Library, exercise_id: str
) -> None:
    # A foot that drags or slaps down while walking or running is an emergency sign: the steps
    # read out during the run and the cautions must both say so.
    exercise = library.exercises[exercise_id]
    safety_steps = [s.text for s in exercise.steps if s.kind.value == "safety"]
    for texts in (safety_steps, list(exercise.cautions)):
        joined = " ".join(texts).lower()
        assert "drag" in joined, exercise_id
        assert "slap" in joined, exercise_id
