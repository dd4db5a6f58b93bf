"""Picking the per-language text of exercises, programs and the safety data."""

from __future__ import annotations

import pytest

from rehab_app.core.i18n import pick
from rehab_app.core.models import (
    Action,
    Adaptation,
    Category,
    Condition,
    Dosage,
    Exercise,
    Program,
    ProgramItem,
    RedFlag,
    Safety,
    SafetyTag,
    Sides,
    Step,
    StopRule,
    Tier,
    TierAdvice,
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
    from rehab_app.core.session.plan import Side

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
    from rehab_app.core.content.loader import exercise_problems

    found = exercise_problems(_exercise(), {"bridge"}, {"bridge"})
    assert [(p.field, p.message) for p in found] == [
        (
            "mistakes_i18n.de",
            "2 line(s), but 'mistakes' has 1: translate each line of 'mistakes', in the same order",
        ),
    ]


def _safety() -> Safety:
    return Safety(
        schema_version=1,
        disclaimer="Not medical advice.",
        disclaimer_i18n={"de": "Keine medizinische Beratung."},
        tiers={
            Tier.EMERGENCY: TierAdvice(
                "Get help now", "Call now.", True, title_i18n={"de": "Sofort Hilfe holen"}
            ),
            Tier.CAUTION: TierAdvice("Check soon", "Book a visit.", False),
        },
        red_flags=(
            RedFlag(
                "rf_a",
                Tier.EMERGENCY,
                "Any numbness?",
                "Can be a sign of a nerve problem",
                question_i18n={"de": "Taubheit?"},
                concern_i18n={"de": "Kann ein Zeichen für ein Nervenproblem sein"},
            ),
            RedFlag("rf_b", Tier.CAUTION, "Pregnant?", "Ask your midwife", ("rf_a",)),
        ),
        recheck_questions=("New numbness?", "Fever?"),
        recheck_questions_i18n={"de": ("Neue Taubheit?", "Fieber?")},
        stop_rules=(
            StopRule(
                "sharp",
                Condition.SHARP,
                Action.EASIER_VARIANT,
                "Sharp pain",
                "Ease off.",
                message_i18n={"de": "Nehmen Sie zurück."},
            ),
            StopRule("ok", Condition.ALWAYS, Action.CARRY_ON, "Carry on", "Go on."),
        ),
        adaptations=(
            Adaptation(
                "pregnancy",
                ("rf_b",),
                SafetyTag.FACE_DOWN,
                "No lying face down.",
                reason_i18n={"de": "Nicht in Bauchlage."},
            ),
        ),
        rest_advice="Rest a little.",
        rest_advice_i18n={"de": "Ruhen Sie sich etwas aus."},
    )


def test_safety_in_german() -> None:
    from rehab_app.core.i18n import safety_in

    german = safety_in(_safety(), "de_AT")
    assert german.disclaimer == "Keine medizinische Beratung."
    assert german.rest_advice == "Ruhen Sie sich etwas aus."
    emergency, caution = german.tiers[Tier.EMERGENCY], german.tiers[Tier.CAUTION]
    assert (emergency.title, emergency.message) == ("Sofort Hilfe holen", "Call now.")
    assert (caution.title, caution.blocks_session) == ("Check soon", False)
    flag, other = german.red_flags
    assert (flag.question, flag.concern) == (
        "Taubheit?",
        "Kann ein Zeichen für ein Nervenproblem sein",
    )
    assert (other.question, other.together_with) == ("Pregnant?", ("rf_a",))
    assert german.recheck_questions == ("Neue Taubheit?", "Fieber?")
    assert [(r.id, r.title, r.message) for r in german.stop_rules] == [
        ("sharp", "Sharp pain", "Nehmen Sie zurück."),
        ("ok", "Carry on", "Go on."),
    ]
    assert german.adaptations[0].reason == "Nicht in Bauchlage."
    # Only the words change: the rules decide alike in every language.
    plain = _safety()
    assert [(r.id, r.condition, r.action) for r in german.stop_rules] == [
        (r.id, r.condition, r.action) for r in plain.stop_rules
    ]
    assert german.pain_model == plain.pain_model
    assert safety_in(plain, None) == plain
    assert safety_in(plain, "en_GB") == plain


def test_safety_in_keeps_the_plain_questions_when_a_translation_is_short() -> None:
    import msgspec

    from rehab_app.core.i18n import safety_in

    short = msgspec.structs.replace(_safety(), recheck_questions_i18n={"de": ("Neue Taubheit?",)})
    assert safety_in(short, "de").recheck_questions == ("New numbness?", "Fever?")


def test_loader_wants_one_translated_recheck_question_for_each() -> None:
    import msgspec

    from rehab_app.core.content.loader import safety_translation_problems

    assert safety_translation_problems(_safety()) == []
    short = msgspec.structs.replace(_safety(), recheck_questions_i18n={"de": ("Neue Taubheit?",)})
    assert [(p.field, p.message) for p in safety_translation_problems(short)] == [
        (
            "recheck_questions_i18n.de",
            "1 question(s), but 'recheck_questions' has 2: translate each question, in the same"
            " order",
        ),
    ]


def test_exercise_name_looks_up_the_recorded_id() -> None:
    from rehab_app.core.i18n import exercise_name

    exercises = {"bridge": _exercise()}
    assert exercise_name(exercises, "bridge", "Bridge", "de_DE") == "Beckenheben"
    assert exercise_name(exercises, "bridge", "Old bridge", None) == "Bridge"  # today's name
    assert exercise_name(exercises, "gone", "Gone stretch", "de_DE") == "Gone stretch"
