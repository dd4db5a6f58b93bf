"""Picking the per-language text of exercises and programs."""

from __future__ import annotations

import pytest

from rehab_app.core.i18n import pick
from rehab_app.core.models import (
    Category,
    Dosage,
    Exercise,
    Program,
    ProgramItem,
    Sides,
    Step,
)

TEXTS = {"de": "Brücke", "de_AT": "Brückerl", "fr": "Pont"}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de_AT", "Brückerl"),  # exact match first
        ("de_DE", "Brücke"),  # then the language part
        ("de", "Brücke"),
        ("de-AT", "Brückerl"),
        ("de_CH.UTF-8", "Brücke"),
        ("fr_FR", "Pont"),
        ("es_ES", "Bridge"),  # no translation: the plain text
        ("C", "Bridge"),
        ("", "Bridge"),
        (None, "Bridge"),
    ],
)
def test_pick(language: str | None, expected: str) -> None:
    assert pick("Bridge", TEXTS, language) == expected


def test_no_translations_or_empty_one() -> None:
    assert pick("Bridge", {}, "de") == "Bridge"
    assert pick("Bridge", {"de": ""}, "de_DE") == "Bridge"


def test_side_text() -> None:
    from rehab_app.core.i18n import side_text
    from rehab_app.core.models import Sides
    from rehab_app.core.plan import Side

    sides = Sides("Left knee down.", "Right knee down.", right_i18n={"de": "Rechtes Knie unten."})
    assert side_text(sides, Side.LEFT, "de_DE") == "Left knee down."
    assert side_text(sides, "right", "de_DE") == "Rechtes Knie unten."
    assert side_text(sides, Side.RIGHT, None) == "Right knee down."
    assert side_text(sides, None, None) == ""
    assert side_text(None, Side.LEFT, None) == ""


def test_pick_lines_needs_one_line_for_each() -> None:
    from rehab_app.core.i18n import pick_lines

    plain = ("Reach long.", "Breathe.")
    assert pick_lines(plain, {"de": ("Lang machen.", "Atmen.")}, "de_DE") == (
        "Lang machen.",
        "Atmen.",
    )
    assert pick_lines(plain, {"de": ("Lang machen.",)}, "de") == plain  # one short: English
    assert pick_lines(plain, {"de": ("Lang machen.", "")}, "de") == plain
    assert pick_lines(plain, {"de_AT": ("A.", "B."), "de": ("C.", "D.")}, "de_AT") == ("A.", "B.")
    assert pick_lines(plain, {"de": ("C.", "D.")}, None) == plain


def _exercise() -> Exercise:
    return Exercise(
        schema_version=1,
        id="bridge",
        name="Bridge",
        category=Category.STRENGTH,
        summary="Lift your hips.",
        start_position="On your back.",
        steps=(Step("Lift.", text_i18n={"de": "Heben."}), Step("Lower.")),
        dosage=Dosage(hold_s=10),
        sides=Sides("Left foot down.", "Right foot down.", left_i18n={"de": "Linker Fuß unten."}),
        targets=("buttocks",),
        cues=("Squeeze.", "Breathe."),
        mistakes=("Arching.",),
        cautions=("Stop if it hurts.",),
        name_i18n={"de": "Beckenheben"},
        summary_i18n={"de": "Heben Sie die Hüften."},
        start_position_i18n={"de": "In Rückenlage."},
        targets_i18n={"de": ("Gesäß",)},
        cues_i18n={"de": ("Anspannen.", "Atmen.")},
        mistakes_i18n={"de": ("Hohlkreuz.", "Too many.")},
        cautions_i18n={"fr": ("Arrêtez.",)},
    )


def test_exercise_in_german() -> None:
    from rehab_app.core.i18n import exercise_in

    ex = exercise_in(_exercise(), "de_DE")
    assert (ex.name, ex.summary, ex.start_position) == (
        "Beckenheben",
        "Heben Sie die Hüften.",
        "In Rückenlage.",
    )
    assert [s.text for s in ex.steps] == ["Heben.", "Lower."]  # an untranslated step stays
    assert ex.sides is not None
    assert (ex.sides.left, ex.sides.right) == ("Linker Fuß unten.", "Right foot down.")
    assert ex.targets == ("Gesäß",)
    assert ex.cues == ("Anspannen.", "Atmen.")
    assert ex.mistakes == ("Arching.",)  # two lines for one: not used
    assert ex.cautions == ("Stop if it hurts.",)
    assert ex.name_i18n == {"de": "Beckenheben"}  # still attached
    assert exercise_in(_exercise(), None) == _exercise()
    assert exercise_in(_exercise(), "en_GB") == _exercise()


def test_program_in_german() -> None:
    from rehab_app.core.i18n import program_in

    program = Program(
        schema_version=1,
        id="p",
        name="Daily",
        description="Every day.",
        stage="mobility",
        items=(
            ProgramItem("bridge", note="Go slowly.", note_i18n={"de": "Langsam."}),
            ProgramItem("bridge"),
        ),
        name_i18n={"de": "Täglich"},
        description_i18n={"de": "Jeden Tag."},
        stage_i18n={"de": "Beweglichkeit"},
    )
    german = program_in(program, "de")
    assert (german.name, german.description, german.stage) == (
        "Täglich",
        "Jeden Tag.",
        "Beweglichkeit",
    )
    assert [i.note for i in german.items] == ["Langsam.", None]
    assert program_in(program, "en") == program


def test_loader_wants_one_translated_line_for_each_line() -> None:
    from rehab_app.core.loader import exercise_problems

    found = exercise_problems(_exercise(), {"bridge"}, {"bridge"})
    assert [(p.field, p.message) for p in found] == [
        (
            "mistakes_i18n.de",
            "2 line(s), but 'mistakes' has 1: translate each line of 'mistakes', in the same order",
        ),
    ]
