"""The YAML writer: what it writes reads back through the guarded reader into an equal model."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rehab_app.core.content.loader import Library, load_library
from rehab_app.core.content.validate import convert
from rehab_app.core.content.writing import exercise_to_yaml, program_to_yaml
from rehab_app.core.content.yamlsafe import parse
from rehab_app.core.models import (
    Category,
    ChangeKind,
    Dosage,
    DosageOverride,
    Exercise,
    Program,
    ProgramChange,
    ProgramItem,
    Sides,
    Step,
    StepKind,
)
from rehab_app.core.paths import AppPaths

# Strategies that build valid models: every constraint of models.py holds.
SLUG_START = "abcdefghijklmnopqrstuvwxyz0123456789"
slugs = st.builds(
    lambda a, b: a + b,
    st.sampled_from(SLUG_START),
    st.text(alphabet=SLUG_START + "_-", max_size=63),
)
# Printable text of any script; line breaks and tabs too, as pasted into an editor field.
_chars = st.characters(blacklist_categories=("Cc", "Cs")) | st.sampled_from("\n\t '\":#-&*!|>%@`")
short_text = st.text(_chars, min_size=1, max_size=200)
long_text = st.text(_chars, min_size=1, max_size=600)
_lang = st.from_regex(r"\A[a-z]{2}(_[A-Z]{2})?\Z")
translations = st.dictionaries(_lang, st.text(_chars, max_size=40), max_size=3)
line_translations = st.dictionaries(
    _lang, st.lists(st.text(_chars, min_size=1, max_size=40), max_size=3).map(tuple), max_size=2
)
counts = st.integers(1, 100)
positive_seconds = st.integers(1, 7200)
seconds = st.integers(0, 7200)


@st.composite
def dosages(draw: st.DrawFn) -> Dosage:
    """A Dosage whose per-set reps list (if any) has one number per set."""
    sets = draw(st.integers(1, 20))
    reps = draw(st.none() | counts | st.lists(counts, min_size=sets, max_size=sets).map(tuple))
    return Dosage(
        sets=sets,
        reps=reps,
        hold_s=draw(st.none() | positive_seconds),
        rep_s=draw(st.none() | positive_seconds),
        rest_s=draw(seconds),
        per_side=draw(st.booleans()),
    )


overrides = st.builds(
    DosageOverride,
    sets=st.none() | counts,
    reps=st.none() | counts | st.lists(counts, min_size=1, max_size=20).map(tuple),
    hold_s=st.none() | positive_seconds,
    rep_s=st.none() | positive_seconds,
    rest_s=st.none() | seconds,
    per_side=st.none() | st.booleans(),
)
steps = st.builds(
    Step,
    text=long_text,
    kind=st.sampled_from(StepKind),
    seconds=st.none() | positive_seconds,
    text_i18n=translations,
)
sides = st.builds(
    Sides, left=short_text, right=short_text, left_i18n=translations, right_i18n=translations
)
exercises = st.builds(
    Exercise,
    schema_version=st.just(1),
    id=slugs,
    name=short_text,
    category=st.sampled_from(Category),
    summary=long_text,
    start_position=long_text,
    steps=st.lists(steps, min_size=1, max_size=5).map(tuple),
    dosage=dosages(),
    sides=st.none() | sides,
    targets=st.lists(short_text, max_size=4).map(tuple),
    cues=st.lists(long_text, max_size=3).map(tuple),
    mistakes=st.lists(long_text, max_size=3).map(tuple),
    cautions=st.lists(long_text, max_size=3).map(tuple),
    easier=st.lists(slugs, max_size=3).map(tuple),
    harder=st.lists(slugs, max_size=3).map(tuple),
    images=st.lists(st.text(_chars, min_size=1, max_size=300), max_size=3).map(tuple),
    name_i18n=translations,
    summary_i18n=translations,
    start_position_i18n=translations,
    targets_i18n=line_translations,
    cues_i18n=line_translations,
    mistakes_i18n=line_translations,
    cautions_i18n=line_translations,
)
items = st.builds(
    ProgramItem,
    exercise=slugs,
    dosage=overrides,
    rest_after_s=st.none() | seconds,
    note=st.none() | long_text,
    note_i18n=translations,
)
changes = st.builds(
    ProgramChange,
    date=st.dates().map(lambda d: d.isoformat()).filter(lambda s: len(s) == 10),
    kind=st.sampled_from(ChangeKind),
    description=long_text,
    item=st.none() | st.integers(0, 99),
)
programs = st.builds(
    Program,
    schema_version=st.just(1),
    id=slugs,
    name=short_text,
    description=long_text,
    items=st.lists(items, min_size=1, max_size=6).map(tuple),
    stage=short_text,
    pain_ceiling=st.integers(0, 10),
    get_ready_s=seconds,
    rest_between_s=seconds,
    sessions_per_week=st.integers(1, 21),
    name_i18n=translations,
    description_i18n=translations,
    stage_i18n=translations,
    changes=st.lists(changes, max_size=4).map(tuple),
)


@pytest.fixture(scope="module")
def shipped() -> Library:
    library = load_library(AppPaths.create(Path("/nonexistent-data-dir")))
    assert not library.problems
    return library


def read_back(text: str, model: type[msgspec.Struct]) -> msgspec.Struct:
    obj, problems = convert(parse(text), model, None)
    assert obj is not None, "\n".join(map(str, problems)) + "\n" + text
    return obj


def test_every_shipped_program_round_trips(shipped: Library) -> None:
    assert len(shipped.programs) >= 5
    for program in shipped.programs.values():
        assert read_back(program_to_yaml(program), Program) == program


def test_every_shipped_exercise_round_trips(shipped: Library) -> None:
    assert len(shipped.exercises) >= 20
    for exercise in shipped.exercises.values():
        assert read_back(exercise_to_yaml(exercise), Exercise) == exercise


def test_layout_matches_the_shipped_files(shipped: Library) -> None:
    text = program_to_yaml(shipped.programs["core_stability_1"])
    keys = [line.split(":")[0] for line in text.splitlines() if line[:1].isalpha()]
    assert keys == [
        "schema_version", "id", "name", "name_i18n", "description", "description_i18n", "stage",
        "stage_i18n", "rest_between_s", "sessions_per_week", "ladder", "next_stage", "items",
    ]  # fmt: skip
    assert "\nladder: {rung: 1, track: foundation}\n" in text
    assert "  - exercise: bird_dog\n    dosage: {sets: 3, reps: [5, 3, 1], hold_s: 10}\n" in text
    ex = exercise_to_yaml(shipped.exercises["bird_dog"])
    # Each translation right after what it translates, as in the shipped files.
    assert ex.startswith(
        "schema_version: 1\nid: bird_dog\nname: Bird-dog\nname_i18n:\n  de: Vierfüßler-Diagonale\n"
        "category: core\ntargets:"
    )
    assert "\n  - text: Sweep back to hands and knees.\n    text_i18n:\n      de: " in ex
    assert "\n  - exercise: mcgill_curl_up\n" in text
    assert "\n    note: Swap which knee is bent after each set.\n    note_i18n:\n" in text
    assert "easier: [bird_dog_arm_or_leg]\n" in ex
    assert "harder" not in ex  # an empty list is the default, so it is left out
    assert "\n  per_side: true\nsides:\n  left: " in ex  # right after the dosage it explains
    assert not ex.startswith("#")


def test_defaults_are_left_out_but_identity_is_always_written() -> None:
    program = Program(
        schema_version=1,
        id="p",
        name="P",
        description="D",
        items=(ProgramItem(exercise="x"),),
    )
    text = program_to_yaml(program)
    assert text == "schema_version: 1\nid: p\nname: P\ndescription: D\nitems:\n  - exercise: x\n"


def test_changes_are_written_last_and_read_back() -> None:
    program = Program(
        schema_version=1,
        id="p",
        name="P",
        description="D",
        items=(ProgramItem(exercise="x", dosage=DosageOverride(reps=(5, 3, 1), sets=3)),),
        changes=(ProgramChange("2025-03-04", ChangeKind.STEP_BACK, "Less", item=0),),
    )
    text = program_to_yaml(program)
    assert text.endswith(
        "changes:\n  - date: '2025-03-04'\n    kind: step_back\n    description: Less\n    item: 0\n"
    )
    assert read_back(text, Program) == program


def test_a_bad_change_date_is_refused() -> None:
    text = "schema_version: 1\nid: p\nname: P\ndescription: D\nitems: [{exercise: x}]\n"
    bad = text + "changes: [{date: '2025-13-01', kind: edit, description: x}]\n"
    obj, problems = convert(parse(bad), Program, None)
    assert obj is None
    assert problems[0].field == "changes[1].date"


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "yes",
        "2025-01-01",
        "12",
        "1e3",
        ".inf",
        "null",
        "~",
        "- dash",
        "key: value",
        "# not a comment",
        "line one\nline two\n",
        "  leading spaces\n",
        "trailing newline\n\n",
        "\n",
        "tab\there",
        "windows\r\nline ends",
        "nul \x00 and escape \x1b",
        "quote ' and \" both",
        "\u2028line separator",
        "\x85 next line",
        "\ufeffbom",
        "[flow]",
        "{flow}",
        "*alias",
        "&anchor",
        "!tag",
        "%directive",
        "@at",
        "`tick",
        "x" * 150 + " " + "y" * 150,
    ],
)
def test_awkward_text_round_trips(text: str) -> None:
    program = Program(
        schema_version=1,
        id="p",
        name=text[:200],
        description=text,
        items=(ProgramItem(exercise="x", note=text),),
        stage=text[:200],
        name_i18n={"no": text},
    )
    assert read_back(program_to_yaml(program), Program) == program


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programs)
def test_generated_programs_round_trip(program: Program) -> None:
    assert read_back(program_to_yaml(program), Program) == program


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(exercises)
def test_generated_exercises_round_trip(exercise: Exercise) -> None:
    assert read_back(exercise_to_yaml(exercise), Exercise) == exercise
