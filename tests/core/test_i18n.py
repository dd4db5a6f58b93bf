"""Picking the per-language text of exercises and programs."""

from __future__ import annotations

import pytest

from rehab_app.core.i18n import pick

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
