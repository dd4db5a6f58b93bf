"""The words the player speaks, built from plain data so they can be tested without audio.

Every builder takes `tr`, which turns one of the English templates in TEMPLATES into the user's
language (the Qt layer passes its translator; the core never imports Qt). Placeholders are
`{0}`, `{1}`, ..., filled in after translation.
"""

from __future__ import annotations

from collections.abc import Callable

from rehab_app.core.models import Dosage

Translate = Callable[[str], str]

TEMPLATES = (
    "Next: {0}, {1}",
    "Next: {0}",
    "Switch sides, left side now",
    "Switch sides, right side now",
    "Switch sides",
    "Halfway",
    "Well done",
    "Rest {0} second",
    "Rest {0} seconds",
    "{0}. Then: {1}",
    "Step {0}. {1}",
    "{0} reps, then press Done",
    "{0} hold",
    "{0} holds",
    "{0} of {1} seconds",
    "1 set of {0}",
    "{0} set of {1}",
    "{0} sets of {1}",
    "{0} sets of {1} and {2}",
    "{0}-second holds",
    "each side",
    "Left side: {0}",
    "Right side: {0}",
)


def english(template: str) -> str:
    """The untranslated template."""
    return template


def _sentence(text: str) -> str:
    """`text` trimmed, without a trailing full stop (engines pause at commas either way)."""
    return text.strip().rstrip(".").strip()


def spoken_dosage(dosage: Dosage, tr: Translate = english) -> str:
    """E.g. `3 sets of 5, 3 and 1, 10-second holds, each side`, or `2 holds of 30 seconds`."""
    if dosage.reps is None:
        holds = tr("{0} hold" if dosage.sets == 1 else "{0} holds").format(dosage.sets)
        parts = [tr("{0} of {1} seconds").format(holds, dosage.hold_s) if dosage.hold_s else holds]
    else:
        if isinstance(dosage.reps, tuple | list):
            *head, last = (str(r) for r in dosage.reps)
            reps = (
                tr("{0} sets of {1} and {2}").format(dosage.sets, ", ".join(head), last)
                if head
                else tr("1 set of {0}").format(last)
            )
        else:
            reps = tr("{0} set of {1}" if dosage.sets == 1 else "{0} sets of {1}").format(
                dosage.sets, dosage.reps
            )
        parts = [reps]
        if dosage.hold_s:
            parts.append(tr("{0}-second holds").format(dosage.hold_s))
    if dosage.per_side:
        parts.append(tr("each side"))
    return ", ".join(parts)


def next_up(exercise_name: str, dosage: Dosage | str, tr: Translate = english) -> str:
    """E.g. `Next: Bird-dog, 3 sets of 5, 3 and 1, 10-second holds, each side`."""
    amount = spoken_dosage(dosage, tr) if isinstance(dosage, Dosage) else _sentence(dosage)
    name = _sentence(exercise_name)
    return tr("Next: {0}, {1}").format(name, amount) if amount else tr("Next: {0}").format(name)


def sentences(*parts: str) -> str:
    """The non-empty `parts` as one text, e.g. `Rest 20 seconds. Left side: kneel`."""
    return ". ".join(s for s in (_sentence(p) for p in parts) if s)


def switch_sides(side: str | None = None, tr: Translate = english, rule: str = "") -> str:
    """`Switch sides`, or `Switch sides, left side now. Your left knee lifts` with the side's rule."""
    side = (side or "").strip().lower()
    if side == "left":
        return sentences(tr("Switch sides, left side now"), rule)
    if side == "right":
        return sentences(tr("Switch sides, right side now"), rule)
    return tr("Switch sides")


def side_rule(side: str | None, rule: str, tr: Translate = english) -> str:
    """E.g. `Left side: Your left knee lifts`; '' without a rule or a side."""
    side = (side or "").strip().lower()
    if not rule.strip() or side not in ("left", "right"):
        return ""
    template = "Left side: {0}" if side == "left" else "Right side: {0}"
    return tr(template).format(_sentence(rule))


def halfway(tr: Translate = english) -> str:
    """The halfway call for a long hold or set."""
    return tr("Halfway")


def well_done(tr: Translate = english) -> str:
    """The end-of-session call."""
    return tr("Well done")


def rest(seconds: int, next_name: str | None = None, tr: Translate = english) -> str:
    """E.g. `Rest 20 seconds. Then: Plank`."""
    text = tr("Rest {0} second" if seconds == 1 else "Rest {0} seconds").format(seconds)
    return tr("{0}. Then: {1}").format(text, _sentence(next_name)) if next_name else text


def step(step_number: int, text: str, tr: Translate = english) -> str:
    """E.g. `Step 2. Lift the opposite arm and leg`."""
    return tr("Step {0}. {1}").format(step_number, _sentence(text))


def manual_reps(reps: int, tr: Translate = english) -> str:
    """The call for reps counted by hand: `10 reps, then press Done`."""
    return tr("{0} reps, then press Done").format(reps)


def countdown(n: int) -> str:
    """A countdown number as spoken: `3`, `2`, `1`."""
    return str(n)
