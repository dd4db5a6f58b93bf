"""Dosage in words, for the screen and for the voice."""

from __future__ import annotations

import pytest

from rehab_app.core.content.describe import describe_dosage
from rehab_app.core.models import Dosage
from rehab_app.core.session.announcements import spoken_dosage


@pytest.mark.parametrize(
    ("dosage", "shown", "spoken"),
    [
        (Dosage(sets=2, hold_s=30), "2 sets · 30 s hold", "2 holds of 30 seconds"),
        (
            Dosage(sets=1, hold_s=30, per_side=True),
            "1 set · 30 s hold · each side",
            "1 hold of 30 seconds, each side",
        ),
        (
            Dosage(sets=3, reps=(5, 3, 1), hold_s=10, rep_s=2, rest_s=20, per_side=True),
            "3 sets of 5-3-1 reps · 10 s hold · 2 s a rep · each side · 20 s rest between sets",
            "3 sets of 5, 3 and 1, 10-second holds, each side",
        ),
        (
            Dosage(sets=2, reps=12, rest_s=30),
            "2 sets of 12 reps · 30 s rest between sets",
            "2 sets of 12",
        ),
    ],
)
def test_words(dosage: Dosage, shown: str, spoken: str) -> None:
    assert describe_dosage(dosage) == shown
    assert spoken_dosage(dosage) == spoken
