"""Session events become the right beeps and announcements."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from rehab_app.core.content.loader import load_library
from rehab_app.core.paths import AppPaths
from rehab_app.core.session.engine import EngineState, SessionEngine
from rehab_app.core.session.plan import build_plan
from rehab_app.core.session.record import MemorySink, SessionRecord
from rehab_app.ui.session.audio import Cue
from rehab_app.ui.session.controller import SessionController
from rehab_app.ui.session.cues import SessionCues
from tests.helpers.clock import FakeClock


class RecordingAudio:
    def __init__(self) -> None:
        self.played: list[Cue] = []
        self.said: list[str] = []

    def play(self, cue: Cue) -> None:
        self.played.append(cue)

    def say(self, text: str, *, interrupt: bool = False) -> None:
        self.said.append(text)


def _run_program(
    tmp_path: Path, language: str | None = None, max_polls: int = 10_000
) -> RecordingAudio:
    """Run core_stability_1 to its end with a fake clock; returns what was played and said."""
    library = load_library(AppPaths.create(tmp_path))
    program = library.programs["core_stability_1"]
    plan = build_plan(program, library.exercise)
    record = SessionRecord(
        program.id, program.name, "", datetime.now(UTC), "2026-01-01", plan.total_s, []
    )
    clock = FakeClock()
    parent = QObject()
    controller = SessionController(SessionEngine(plan, clock, record), MemorySink(), parent)
    audio = RecordingAudio()
    SessionCues(controller, audio, library, parent, language)  # type: ignore[arg-type]
    controller.start()
    for _ in range(max_polls):
        if controller.engine.state is not EngineState.RUNNING:
            break
        clock.advance(0.25)
        controller.poll()
        if controller.engine.current is not None and controller.engine.current.manual:
            controller.done()
    assert controller.engine.state is EngineState.FINISHED
    return audio


def test_cues_for_a_per_side_program(qtbot: QtBot, tmp_path: Path) -> None:
    audio = _run_program(tmp_path)
    assert audio.said[0].startswith("Next: Cat-camel")
    assert {Cue.TICK, Cue.GO, Cue.REST, Cue.SWITCH, Cue.DONE} <= set(audio.played)
    assert any(s.startswith("Switch sides") for s in audio.said)
    assert any(s.startswith("Step ") for s in audio.said)
    assert {"3", "2", "1"} <= set(audio.said)
    assert audio.said[-1] == "Well done"
    assert audio.played[-1] is Cue.DONE


def test_the_side_is_spoken_with_what_it_means(qtbot: QtBot, tmp_path: Path) -> None:
    """Before each side and at each switch the voice says which side and what it means."""
    audio = _run_program(tmp_path)
    library = load_library(AppPaths.create(tmp_path))
    sides = library.exercises["clamshell"].sides
    assert sides is not None
    left, right = sides.left.rstrip("."), sides.right.rstrip(".")
    [before] = [s for s in audio.said if s.startswith("Next: Clamshell")]
    assert before.endswith(f". Left side: {left}")
    assert f"Switch sides, right side now. {right}" in audio.said
    # Two sets with rest between: the rest says the next set starts on the left again.
    assert f"Rest 30 seconds. Left side: {left}" in audio.said


def test_cues_speak_the_users_language(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from rehab_app.ui.shell.translations import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translators(app, "de_DE")
    try:
        audio = _run_program(tmp_path, "de_DE")
    finally:
        for translator in installed:
            app.removeTranslator(translator)
    assert audio.said[0].startswith("Als Nächstes: Katzenbuckel und Pferderücken, 1 Satz mit 6")
    assert any(s.startswith("Seite wechseln") for s in audio.said)
    assert any(s.startswith("Schritt ") for s in audio.said)
    assert audio.said[-1] == "Gut gemacht"
