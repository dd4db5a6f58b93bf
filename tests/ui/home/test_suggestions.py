"""The suggestion banner: shown and hidden, a word and an icon per kind, accept and decline."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from rehab_app.core.models import DosageOverride, Program, ProgramItem
from rehab_app.core.progression.options import Change, ChangeWhat
from rehab_app.core.progression.suggestions import Evidence, Suggestion, SuggestionKind, Why
from rehab_app.ui.home.suggestions import SuggestionBanner

PROGRAM = Program(
    schema_version=1,
    id="basic",
    name="Basic",
    description="For tests.",
    items=(ProgramItem("bird_dog"),),
)
WORDS = {
    SuggestionKind.PROGRESS: "Progress",
    SuggestionKind.NEXT_STAGE: "Next stage",
    SuggestionKind.REPEAT: "Keep the same",
    SuggestionKind.STEP_BACK: "Step back",
    SuggestionKind.SEE_PHYSIO: "See a physio",
}


def _suggestion(kind: SuggestionKind) -> Suggestion:
    if kind is SuggestionKind.PROGRESS:
        change = Change(ChangeWhat.REPS, "bird_dog", (5, 3, 1), (6, 4, 2))
        dosage = DosageOverride(reps=(6, 4, 2))
        return Suggestion(kind, 0, Evidence(Why.GREEN, pains=(1, 2)), change, dosage)
    return Suggestion(kind, 0, Evidence(Why.AMBER, pain=4), next_program="next")


@pytest.fixture
def banner(qtbot: QtBot) -> Iterator[SuggestionBanner]:
    page = QWidget()
    qtbot.addWidget(page)
    widget = SuggestionBanner(page)
    QVBoxLayout(page).addWidget(widget)
    page.show()
    yield widget
    page.close()


def test_hidden_until_there_is_a_suggestion(banner: SuggestionBanner) -> None:
    assert banner.isHidden()
    banner.show_suggestion(_suggestion(SuggestionKind.PROGRESS), PROGRAM)
    assert banner.isVisible()
    banner.show_suggestion(None, PROGRAM)
    assert banner.isHidden()


@pytest.mark.parametrize("kind", list(SuggestionKind))
def test_word_icon_and_reason_per_kind(banner: SuggestionBanner, kind: SuggestionKind) -> None:
    banner.show_suggestion(_suggestion(kind), PROGRAM)
    assert banner.kind_label.text() == WORDS[kind]
    reason = banner.reason_label.text()
    if kind is SuggestionKind.PROGRESS:
        assert reason == (
            "Your last sessions were at pain 1 and 2, and your back was fine the next morning."
            " More reps in each set of bird_dog (5-3-1 → 6-4-2)."
        )
    else:
        assert reason.startswith("Your last session was at pain 4")
    # Never colour alone: a word and an icon (with the word as its accessible name).
    pixmap = banner.icon.pixmap()
    assert pixmap is not None
    assert not pixmap.isNull()
    assert banner.icon.accessibleName() == WORDS[kind]
    assert WORDS[kind] in banner.accessibleDescription()


def test_physio_advice_has_only_ok_noted(banner: SuggestionBanner) -> None:
    banner.show_suggestion(_suggestion(SuggestionKind.SEE_PHYSIO), PROGRAM)
    assert banner.accept_button.text() == "OK, noted"
    assert banner.decline_button.isHidden()
    banner.show_suggestion(_suggestion(SuggestionKind.STEP_BACK), PROGRAM)
    assert banner.accept_button.text() == "Accept"
    assert banner.decline_button.isVisible()


def test_accept_emits_the_suggestion_and_hides(qtbot: QtBot, banner: SuggestionBanner) -> None:
    shown = _suggestion(SuggestionKind.PROGRESS)
    banner.show_suggestion(shown, PROGRAM)
    with qtbot.waitSignal(banner.accepted) as blocker:
        banner.accept_button.click()
    assert blocker.args == [shown]
    assert banner.isHidden()


def test_decline_emits_the_suggestion_and_hides(qtbot: QtBot, banner: SuggestionBanner) -> None:
    shown = _suggestion(SuggestionKind.REPEAT)
    banner.show_suggestion(shown, PROGRAM)
    with qtbot.waitSignal(banner.declined) as blocker:
        banner.decline_button.click()
    assert blocker.args == [shown]
    assert banner.isHidden()


def test_ok_noted_counts_as_accepted(qtbot: QtBot, banner: SuggestionBanner) -> None:
    shown = _suggestion(SuggestionKind.SEE_PHYSIO)
    banner.show_suggestion(shown, PROGRAM)
    with qtbot.assertNotEmitted(banner.declined), qtbot.waitSignal(banner.accepted) as blocker:
        banner.accept_button.click()
    assert blocker.args == [shown]


def test_one_answer_per_suggestion(qtbot: QtBot, banner: SuggestionBanner) -> None:
    banner.show_suggestion(_suggestion(SuggestionKind.PROGRESS), PROGRAM)
    with qtbot.waitSignal(banner.accepted):
        banner.accept_button.click()
    with qtbot.assertNotEmitted(banner.accepted), qtbot.assertNotEmitted(banner.declined):
        banner.accept_button.click()
        banner.decline_button.click()


def test_every_control_is_named_and_explained(banner: SuggestionBanner) -> None:
    banner.show_suggestion(_suggestion(SuggestionKind.STEP_BACK), PROGRAM)
    for button in (banner.accept_button, banner.decline_button):
        assert button.objectName()
        assert button.accessibleName()
        assert button.toolTip()
    assert banner.objectName() == "suggestionBanner"
    assert banner.accessibleName()
