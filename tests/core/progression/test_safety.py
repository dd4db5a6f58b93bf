"""Suggestions give way to the safety decisions in force (symptom watch, return-to-run locks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehab_app.core.content.loader import Library, load_library
from rehab_app.core.paths import AppPaths
from rehab_app.core.progression.suggestions import (
    Evidence,
    Suggestion,
    SuggestionKind,
    Why,
    allowed_by_safety,
)
from rehab_app.core.safety.state import Noted, SafetyState, SymptomWatch

GREEN = Evidence(Why.GREEN)
WATCHED = SafetyState(watch=SymptomWatch(day="2026-12-01", symptoms=("nerve",)))
CAUTION = SafetyState(noted=(Noted("rf_leg_symptoms", "caution", "2026-12-01", "2026-12-01"),))
CHECKED = SafetyState(
    noted=(Noted("rf_leg_symptoms", "caution", "2026-12-01", "2026-12-01", "2026-12-03"),)
)


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return load_library(AppPaths.create(Path(tmp_path_factory.mktemp("data"))))


def _suggestion(kind: SuggestionKind, next_program: str | None = None) -> Suggestion:
    return Suggestion(kind, 0, GREEN, next_program=next_program)


@pytest.mark.parametrize("kind", list(SuggestionKind))
def test_nothing_but_see_a_physio_while_symptoms_settle(
    kind: SuggestionKind, shipped: Library
) -> None:
    allowed = allowed_by_safety(_suggestion(kind, "return_to_run_s2"), WATCHED, shipped)
    assert allowed is (kind is SuggestionKind.SEE_PHYSIO)
    assert allowed_by_safety(_suggestion(kind, "return_to_run_s2"), SafetyState(), shipped)


def test_a_locked_stage_is_not_offered(shipped: Library) -> None:
    move = _suggestion(SuggestionKind.NEXT_STAGE, "return_to_run_s2")
    assert not allowed_by_safety(move, CAUTION, shipped)
    assert allowed_by_safety(move, CHECKED, shipped)
    # Moving on to a program off the return-to-run track is not locked by a caution answer.
    assert allowed_by_safety(
        _suggestion(SuggestionKind.NEXT_STAGE, "core_stability_2"), CAUTION, shipped
    )
    assert allowed_by_safety(_suggestion(SuggestionKind.PROGRESS), CAUTION, shipped)
