"""Translated wording shared by several screens (dosage, durations)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from rehab_app.core.models import Category, Dosage

# (exercise id, the name the history recorded) -> the name to show, in the user's language.
ExerciseNamer = Callable[[str, str], str]

_CATEGORIES = {
    Category.MOBILITY: QT_TRANSLATE_NOOP("Category", "Mobility"),
    Category.STRETCH: QT_TRANSLATE_NOOP("Category", "Stretch"),
    Category.CORE: QT_TRANSLATE_NOOP("Category", "Core"),
    Category.STRENGTH: QT_TRANSLATE_NOOP("Category", "Strength"),
    Category.MOTOR_CONTROL: QT_TRANSLATE_NOOP("Category", "Motor control"),
    Category.RETURN_TO_RUN: QT_TRANSLATE_NOOP("Category", "Return to run"),
    Category.WALKING: QT_TRANSLATE_NOOP("Category", "Walking"),
}


def category_label(category: Category | str) -> str:
    """`return_to_run` -> `Return to run` (in the user's language)."""
    try:
        return QCoreApplication.translate("Category", str(_CATEGORIES[Category(category)]))
    except (ValueError, KeyError):
        return str(category).replace("_", " ").capitalize()


def recorded_name(_exercise_id: str, recorded: str) -> str:
    """The exercise name as the history recorded it (an ExerciseNamer that looks nothing up)."""
    return recorded


def translate(context: str, text: str) -> str:
    """`text` in the user's language."""
    return QCoreApplication.translate(context, text)


def count_text(n: int, one: str, many: str) -> str:
    """`one` or `many` (already translated, with `{0}` for the number) filled in with `n`."""
    # Chosen here rather than with Qt's %n plurals, which need a .qm file even for English.
    return (one if n == 1 else many).format(n)


def reps_text(dosage: Dosage) -> str:
    """`5-3-1 reps`, `10 reps`, or '' for holds."""
    if dosage.reps is None:
        return ""
    if isinstance(dosage.reps, tuple | list):
        return translate("Dosage", "{0} reps").format("-".join(str(r) for r in dosage.reps))
    return count_text(dosage.reps, translate("Dosage", "{0} rep"), translate("Dosage", "{0} reps"))


def dosage_text(dosage: Dosage) -> str:
    """E.g. `3 sets of 5-3-1 reps · 10 s hold · each side · 20 s rest between sets`."""
    sets = count_text(dosage.sets, translate("Dosage", "{0} set"), translate("Dosage", "{0} sets"))
    reps = reps_text(dosage)
    parts = [translate("Dosage", "{0} of {1}").format(sets, reps) if reps else sets]
    if dosage.hold_s:
        parts.append(translate("Dosage", "{0} s hold").format(dosage.hold_s))
    if dosage.rep_s:
        parts.append(translate("Dosage", "{0} s a rep").format(dosage.rep_s))
    if dosage.per_side:
        parts.append(translate("Dosage", "each side"))
    if dosage.rest_s and dosage.sets > 1:
        parts.append(translate("Dosage", "{0} s rest between sets").format(dosage.rest_s))
    return " · ".join(parts)
