"""A progression suggestion in the user's language: the evidence, then what to do."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale

from rehab_app.core.content.loader import Library
from rehab_app.core.progression.options import Amount, Change, ChangeWhat
from rehab_app.core.progression.suggestions import Evidence, Suggestion, SuggestionKind, Why
from rehab_app.ui.common.texts import translate


def _num(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:.1f}".removesuffix(".0").replace(".", QLocale().decimalPoint())


def _amount(value: Amount) -> str:
    return "-".join(map(str, value)) if isinstance(value, tuple) else str(value)


def _day(day: date | None) -> str:
    if day is None:
        return "?"
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM")


def _list(values: Sequence[object]) -> str:
    words = [str(v) for v in values] or ["?"]
    if len(words) == 1:
        return words[0]
    return translate("Suggestion", "{0} and {1}").format(", ".join(words[:-1]), words[-1])


def _name(library: Library | None, exercise_id: str | None) -> str:
    found = library.exercises.get(exercise_id or "") if library is not None else None
    return found.name if found is not None else str(exercise_id)


def _symptom(flag: str) -> str:
    words = {
        "spreading": translate("Suggestion", "pain that spread"),
        "nerve_symptoms": translate("Suggestion", "pins and needles, numbness or weakness"),
        "sharp": translate("Suggestion", "sharp pain"),
        "red_flag_symptom": translate("Suggestion", "a warning symptom"),
        "general_warning": translate(
            "Suggestion", "chest pain, faintness or unusual breathlessness"
        ),
    }
    return words.get(flag, translate("Suggestion", "symptoms that stopped the session"))


def evidence_words(evidence: Evidence) -> str:
    """The evidence as a sentence, such as "Your last session reached pain 6, above your limit
    of 5."."""
    when = (
        translate("Suggestion", "Your last session")
        if evidence.latest
        else translate("Suggestion", "Your session on {0}").format(_day(evidence.day))
    )
    why = evidence.why
    if why is Why.GREEN:
        return translate(
            "Suggestion",
            "Your last sessions were at pain {0}, and your back was fine the next morning.",
        ).format(_list(evidence.pains))
    if why is Why.AMBER_FALLING:
        return translate(
            "Suggestion",
            "Your last sessions were at pain {0}, your back was fine the next morning, and your"
            " pain has come down over two weeks (from about {1} to {2}).",
        ).format(_list(evidence.pains), _num(evidence.limit), _num(evidence.later))
    if why is Why.AMBER:
        return translate(
            "Suggestion",
            "Your last session was at pain {0}: acceptable, but not low enough to progress.",
        ).format(evidence.pain)
    if why is Why.MORNING_ABOVE:
        return translate(
            "Suggestion",
            "The morning after your last session your pain was {0}, a little above your {1} before.",
        ).format(evidence.pain, _num(evidence.limit))
    if why is Why.OVER_CEILING:
        return translate("Suggestion", "{0} reached pain {1}, above your limit of {2}.").format(
            when, evidence.pain, _num(evidence.limit)
        )
    if why is Why.SYMPTOMS:
        return translate("Suggestion", "{0} brought {1}.").format(
            when, _list([_symptom(s) for s in evidence.symptoms])
        )
    if why is Why.MORNING:
        return _morning_words(evidence)
    if why is Why.STEP_BACKS:
        return translate("Suggestion", "You have had to step back {0} times in a row.").format(
            evidence.count
        )
    return translate(
        "Suggestion",
        "Your morning pain has not improved enough over the last {0} weeks (about {1} out of 10"
        " at first, {2} lately).",
    ).format(evidence.weeks, _num(evidence.limit), _num(evidence.later))


def _morning_words(evidence: Evidence) -> str:
    # The check-in dialog says "Ease off" for the same mornings, in the same words.
    if evidence.morning_cause == "crept_up":
        return translate(
            "Suggestion",
            "Your morning pain has crept up over the last week: {0} this morning, against about"
            " {1} on the mornings before.",
        ).format(evidence.pain, _num(evidence.limit))
    if evidence.morning_cause == "rose_overnight":
        return translate(
            "Suggestion",
            "The morning after your session on {0} your pain was {1}, up from {2} before it.",
        ).format(_day(evidence.day), evidence.pain, _num(evidence.limit))
    return translate(
        "Suggestion",
        "The morning after your session on {0} your pain was {1}, above the limit of {2}.",
    ).format(_day(evidence.day), evidence.pain, _num(evidence.limit))


def change_words(change: Change, library: Library | None, grow: bool) -> str:
    """One change to one item, such as "Add 2 reps to Glute bridge (10 → 12)."."""
    name = _name(library, change.exercise_id)
    before, after = _amount(change.before), _amount(change.after)
    if change.what is ChangeWhat.EXERCISE:
        other = _name(library, str(change.after))
        if grow:
            return translate("Suggestion", "Move on from {0} to {1}.").format(name, other)
        return translate("Suggestion", "Swap {0} for the easier {1}.").format(name, other)
    if change.what is ChangeWhat.REPS and isinstance(change.before, tuple):
        if grow:
            return translate("Suggestion", "More reps in each set of {0} ({1} → {2}).").format(
                name, before, after
            )
        return translate("Suggestion", "Fewer reps in each set of {0} ({1} → {2}).").format(
            name, before, after
        )
    if change.what is ChangeWhat.REPS:
        if grow:
            return translate("Suggestion", "Add reps to {0} ({1} → {2}).").format(
                name, before, after
            )
        return translate("Suggestion", "Do fewer reps of {0} ({1} → {2}).").format(
            name, before, after
        )
    if change.what is ChangeWhat.HOLD_S:
        return translate("Suggestion", "Hold {0} for {1} seconds instead of {2}.").format(
            name, after, before
        )
    return translate("Suggestion", "Do {0} sets of {1} instead of {2}.").format(after, name, before)


def action_words(suggestion: Suggestion, library: Library | None) -> str:
    """What the suggestion asks the user to do."""
    kind = suggestion.kind
    if kind is SuggestionKind.NEXT_STAGE:
        found = library.programs.get(suggestion.next_program or "") if library else None
        name = found.name if found is not None else str(suggestion.next_program)
        return translate("Suggestion", "Move on to {0}.").format(name)
    if kind is SuggestionKind.REPEAT:
        return translate("Suggestion", "Keep the program as it is for now.")
    if kind is SuggestionKind.SEE_PHYSIO:
        if suggestion.cannot_ease and suggestion.item_index is not None and library is not None:
            return translate(
                "Suggestion",
                "That exercise cannot be made any easier. Please see a physiotherapist or your GP.",
            )
        return translate(
            "Suggestion",
            "Please see a physiotherapist or your GP before you change the program again.",
        )
    if suggestion.change is None:
        return ""
    return change_words(suggestion.change, library, grow=kind is SuggestionKind.PROGRESS)


def suggestion_words(suggestion: Suggestion, library: Library | None) -> str:
    """The evidence and the action, as shown in the banner."""
    return f"{evidence_words(suggestion.evidence)} {action_words(suggestion, library)}".strip()


def record_words(suggestion: Suggestion, library: Library | None) -> str:
    """The short text kept in the program's record of changes when the user accepts."""
    if suggestion.kind in (SuggestionKind.REPEAT, SuggestionKind.SEE_PHYSIO):
        return suggestion_words(suggestion, library)
    return action_words(suggestion, library)
