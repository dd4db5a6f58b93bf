"""A German session: what the player shows and says is German, exercise names and steps included."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from rehab_app.core.content.loader import Library, load_library
from rehab_app.core.paths import AppPaths
from rehab_app.core.session.engine import EngineState, SessionEngine
from rehab_app.core.session.plan import build_plan
from rehab_app.core.session.record import MemorySink, SessionRecord
from rehab_app.ui.session.controller import SessionController
from rehab_app.ui.session.cues import SessionCues
from rehab_app.ui.session.player import PlayerPage
from rehab_app.ui.shell.translations import install_translators
from tests.helpers.clock import FakeClock
from tests.ui.session.test_cues import RecordingAudio

_TAGS = re.compile(r"<[^>]*>")
# Words an English sentence can hardly do without, and no German one uses.
_ENGLISH = re.compile(
    r"\b(the|your|you|with|and|then|of|left|right|side|step|next|rest|set|sets|reps|hold)\b",
    re.IGNORECASE,
)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    installed = install_translators(qapp, "de_DE")
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return load_library(AppPaths.create(tmp_path_factory.mktemp("data")))


def _shown(player: PlayerPage) -> list[str]:
    """Every text the player shows or hands to a screen reader right now."""
    texts: list[str] = []
    widgets: list[QWidget] = [player, *player.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(player) and widget is not player:
            continue
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel):
            texts.append(_TAGS.sub(" ", widget.text()))
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
    return [" ".join(t.split()) for t in texts if t.strip()]


def _run_german(qtbot: QtBot, library: Library, program_id: str) -> tuple[list[str], list[str]]:
    """Follow a whole program in German; what was said, and every text the player showed."""
    program = library.programs[program_id]
    plan = build_plan(program, library.exercise)
    record = SessionRecord(
        program.id, program.name, "", datetime.now(UTC), "2026-01-01", plan.total_s, []
    )
    clock = FakeClock()
    parent = QObject()
    controller = SessionController(SessionEngine(plan, clock, record), MemorySink(), parent)
    audio = RecordingAudio()
    SessionCues(controller, audio, library, parent, "de_DE")  # type: ignore[arg-type]
    player = PlayerPage(controller, library, None, "de_DE")
    qtbot.addWidget(player)
    player.resize(1280, 800)
    player.show()
    player.cues.setVisible(True)  # the cues panel (C) is part of what a runner reads
    shown: set[str] = set()
    controller.segment_started.connect(lambda _i: shown.update(_shown(player)))
    controller.step_changed.connect(lambda _i: shown.update(_shown(player)))
    controller.start()
    shown.update(_shown(player))
    for _ in range(40_000):
        if controller.engine.state is not EngineState.RUNNING:
            break
        clock.advance(0.5)
        controller.poll()
        if controller.engine.current is not None and controller.engine.current.manual:
            controller.done()
    assert controller.engine.state is EngineState.FINISHED
    return audio.said, sorted(shown)


def _english_content(library: Library, program_id: str) -> set[str]:
    """The English names, steps, sides, cues and notes of a program that German replaces."""
    program = library.programs[program_id]
    found = {program.name, program.description}
    found |= {item.note for item in program.items if item.note}
    for item in program.items:
        ex = library.exercises[item.exercise]
        found |= {ex.name, ex.summary, ex.start_position, *ex.cues, *ex.mistakes, *ex.cautions}
        found |= {step.text for step in ex.steps}
        if ex.sides is not None:
            found |= {ex.sides.left, ex.sides.right}
    german = {library.exercises[item.exercise].name_i18n.get("de", "") for item in program.items}
    return {text.rstrip(".") for text in found if text not in german}  # "Sphinx" is both


@pytest.mark.parametrize("program_id", ["core_stability_1", "return_to_run_w1"])
def test_a_german_session_says_and_shows_no_english(
    german: None, qtbot: QtBot, library: Library, program_id: str
) -> None:
    said, shown = _run_german(qtbot, library, program_id)
    english = _english_content(library, program_id)
    assert len(said) > 20
    assert len(shown) > 20
    for text in said + shown:
        assert not [e for e in english if e in text], text
        assert not _ENGLISH.search(text), text
    # The German is really there: names in "next" announcements, steps spoken and listed.
    first = library.exercises[library.programs[program_id].items[0].exercise]
    assert said[0].startswith(f"Als Nächstes: {first.name_i18n['de']}")
    spoken_steps = {
        f"Schritt {n}. {s.text_i18n['de']}".rstrip(".") for n, s in enumerate(first.steps, 1)
    }
    assert spoken_steps & set(said)
    assert any(first.steps[0].text_i18n["de"] in text for text in shown)


def test_the_item_note_is_shown_in_german_before_the_exercise(
    german: None, qtbot: QtBot, library: Library
) -> None:
    _said, shown = _run_german(qtbot, library, "core_stability_1")
    assert any("Wechseln Sie nach jedem Satz das gebeugte Knie." in text for text in shown)
