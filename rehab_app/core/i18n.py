"""Choose the translated text of an exercise or program field for the user's language."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

# Only for type hints: the start-up path picks names without loading the models (and msgspec).
if TYPE_CHECKING:
    from rehab_app.core.models import Exercise, Program, Safety, Sides

# The exercise lists that may carry one translated line for each line (`cues_i18n`, ...).
LINE_LISTS = ("targets", "cues", "mistakes", "cautions")


def _codes(language: str) -> Iterator[str]:
    """`de_AT`, then `de`, for `de_AT`, `de-AT` or `de_AT.UTF-8`."""
    code = language.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    yield code
    yield code.split("_", 1)[0]


def pick(text: str, translations: Mapping[str, str], language: str | None) -> str:
    """`translations[language]`, else the one for its language part (`de` for `de_AT`), else `text`.

    `language` may be written `de_AT`, `de-AT` or `de_AT.UTF-8`; an empty translation counts as none.
    """
    if not language or not translations:
        return text
    for key in _codes(language):
        found = translations.get(key)
        if found:
            return found
    return text


def pick_lines(
    lines: tuple[str, ...], translations: Mapping[str, Sequence[str]], language: str | None
) -> tuple[str, ...]:
    """`pick` for a list: the translated lines, when there is one for each line, else `lines`."""
    if not language or not translations:
        return lines
    for key in _codes(language):
        found = translations.get(key)
        if found and len(found) == len(lines) and all(found):
            return tuple(found)
    return lines


def side_text(sides: Sides | None, side: str | None, language: str | None) -> str:
    """What `side` ("left" or "right") means for an exercise, in the user's language ('' if unsaid)."""
    if sides is None or side not in ("left", "right"):
        return ""
    if side == "left":
        return pick(sides.left, sides.left_i18n, language)
    return pick(sides.right, sides.right_i18n, language)


def exercise_name(
    exercises: Mapping[str, Exercise], exercise_id: str, recorded: str, language: str | None
) -> str:
    """The name of `exercise_id` in `language`; `recorded` when the library no longer has it.

    For the names the history keeps, which are the plain names of the day the session was done.
    """
    exercise = exercises.get(exercise_id)
    if exercise is None:
        return recorded
    return pick(exercise.name, exercise.name_i18n, language)


def exercise_in(exercise: Exercise, language: str | None) -> Exercise:
    """`exercise` with every text the user sees or hears in `language` (where it is translated).

    The translations stay attached, so the copy can be shown again in another language.
    """
    if not language:
        return exercise
    import msgspec  # here, not at the top: see the note on the imports above

    steps = tuple(
        msgspec.structs.replace(step, text=pick(step.text, step.text_i18n, language))
        if step.text_i18n
        else step
        for step in exercise.steps
    )
    sides = exercise.sides
    if sides is not None:
        sides = msgspec.structs.replace(
            sides,
            left=side_text(sides, "left", language),
            right=side_text(sides, "right", language),
        )
    lists = {
        name: pick_lines(getattr(exercise, name), getattr(exercise, f"{name}_i18n"), language)
        for name in LINE_LISTS
    }
    return msgspec.structs.replace(
        exercise,
        name=pick(exercise.name, exercise.name_i18n, language),
        summary=pick(exercise.summary, exercise.summary_i18n, language),
        start_position=pick(exercise.start_position, exercise.start_position_i18n, language),
        steps=steps,
        sides=sides,
        **lists,
    )


def program_in(program: Program, language: str | None) -> Program:
    """`program` with its name, description, stage and item notes in `language` (where translated)."""
    if not language:
        return program
    import msgspec

    items = tuple(
        msgspec.structs.replace(item, note=pick(item.note, item.note_i18n, language))
        if item.note is not None and item.note_i18n
        else item
        for item in program.items
    )
    return msgspec.structs.replace(
        program,
        name=pick(program.name, program.name_i18n, language),
        description=pick(program.description, program.description_i18n, language),
        stage=pick(program.stage, program.stage_i18n, language),
        items=items,
    )


def safety_in(safety: Safety, language: str | None) -> Safety:
    """`safety` with every text the user reads or hears in `language` (where it is translated).

    Only words change: ids, tiers, conditions and actions are the same, so the rules decide alike.
    """
    if not language:
        return safety
    import msgspec

    replace = msgspec.structs.replace
    tiers = {
        tier: replace(
            advice,
            title=pick(advice.title, advice.title_i18n, language),
            message=pick(advice.message, advice.message_i18n, language),
        )
        for tier, advice in safety.tiers.items()
    }
    flags = tuple(
        replace(
            flag,
            question=pick(flag.question, flag.question_i18n, language),
            concern=pick(flag.concern, flag.concern_i18n, language),
        )
        for flag in safety.red_flags
    )
    rules = tuple(
        replace(
            rule,
            title=pick(rule.title, rule.title_i18n, language),
            message=pick(rule.message, rule.message_i18n, language),
        )
        for rule in safety.stop_rules
    )
    adaptations = tuple(
        replace(a, reason=pick(a.reason, a.reason_i18n, language)) for a in safety.adaptations
    )
    rest = safety.rest_advice
    return replace(
        safety,
        disclaimer=pick(safety.disclaimer, safety.disclaimer_i18n, language),
        rest_advice=pick(rest, safety.rest_advice_i18n, language) if rest is not None else None,
        tiers=tiers,
        red_flags=flags,
        recheck_questions=pick_lines(
            safety.recheck_questions, safety.recheck_questions_i18n, language
        ),
        stop_rules=rules,
        adaptations=adaptations,
    )
