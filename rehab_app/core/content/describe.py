"""Plain-words descriptions of dosage, shared by the CLI, the library and the player."""

from __future__ import annotations

from rehab_app.core.models import Dosage


def reps_text(dosage: Dosage) -> str:
    """`5-3-1 reps`, `10 reps`, or '' for holds."""
    if dosage.reps is None:
        return ""
    if isinstance(dosage.reps, tuple | list):
        return "-".join(str(r) for r in dosage.reps) + " reps"
    return f"{dosage.reps} rep{'s' if dosage.reps != 1 else ''}"


def describe_dosage(dosage: Dosage) -> str:
    """E.g. `3 sets of 5-3-1 reps · 10 s hold · each side · 20 s rest between sets`."""
    sets = f"{dosage.sets} set{'s' if dosage.sets != 1 else ''}"
    reps = reps_text(dosage)
    parts = [f"{sets} of {reps}" if reps else sets]
    if dosage.hold_s:
        parts.append(f"{dosage.hold_s} s hold")
    if dosage.rep_s:
        parts.append(f"{dosage.rep_s} s a rep")
    if dosage.per_side:
        parts.append("each side")
    if dosage.rest_s and dosage.sets > 1:
        parts.append(f"{dosage.rest_s} s rest between sets")
    return " · ".join(parts)
