"""The words the player speaks, built from plain data so they can be tested without audio."""

from __future__ import annotations

from rehab_app.core.describe import spoken_dosage
from rehab_app.core.models import Dosage


def _sentence(text: str) -> str:
    """`text` trimmed, without a trailing full stop (engines pause at commas either way)."""
    return text.strip().rstrip(".").strip()


def next_up(exercise_name: str, dosage: Dosage | str) -> str:
    """E.g. `Next: Bird-dog, 3 sets of 5, 3 and 1, 10-second holds, each side`."""
    amount = spoken_dosage(dosage) if isinstance(dosage, Dosage) else _sentence(dosage)
    name = _sentence(exercise_name)
    return f"Next: {name}, {amount}" if amount else f"Next: {name}"


def switch_sides(side: str | None = None) -> str:
    """`Switch sides`, or e.g. `Switch sides, left side now` when the side is known."""
    side = (side or "").strip().lower()
    return f"Switch sides, {side} side now" if side else "Switch sides"


def halfway() -> str:
    """The halfway call for a long hold or set."""
    return "Halfway"


def well_done() -> str:
    """The end-of-session call."""
    return "Well done"


def rest(seconds: int, next_name: str | None = None) -> str:
    """E.g. `Rest 20 seconds. Then: Plank`."""
    text = f"Rest {seconds} second{'s' if seconds != 1 else ''}"
    return f"{text}. Then: {_sentence(next_name)}" if next_name else text


def step(step_number: int, text: str) -> str:
    """E.g. `Step 2. Lift the opposite arm and leg`."""
    return f"Step {step_number}. {_sentence(text)}"


def countdown(n: int) -> str:
    """A countdown number as spoken: `3`, `2`, `1`."""
    return str(n)
