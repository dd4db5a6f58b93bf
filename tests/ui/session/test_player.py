"""The player driven by keys and buttons with a fake clock, plus the safety paths around it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from rehab_app.core.models import Action, StopRule, Tier
from rehab_app.core.session.engine import EngineState
from rehab_app.core.session.plan import SegmentKind
from rehab_app.core.session.record import MemorySink, Outcome, PainReport
from rehab_app.core.settings import load_settings
from rehab_app.ui.session.launcher import HurtAnswer, Screening, SessionLauncher
from rehab_app.ui.session.player import PlayerPage, clock_text
from rehab_app.ui.shell.boot import build_main_window
from rehab_app.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.dialogs import ScriptedDialogs

RULE = StopRule(id="r", condition="always", action="carry_on", title="T", message="M")  # type: ignore[arg-type]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def setup(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> tuple[MainWindow, SessionLauncher, ScriptedDialogs, MemorySink]:
    window = build_main_window(data_dir, clock=clock)
    qtbot.addWidget(window)
    dialogs = ScriptedDialogs()
    sink = MemorySink()
    launcher = SessionLauncher(window, sink, clock, dialogs=dialogs)  # type: ignore[arg-type]
    window.show()
    return window, launcher, dialogs, sink


def started(
    setup: tuple[MainWindow, SessionLauncher, ScriptedDialogs, MemorySink], program: str
) -> PlayerPage:
    window, launcher, _, _ = setup
    assert launcher.start(program)
    assert launcher.player is not None
    assert window.stack.currentWidget() is launcher.player
    return launcher.player


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key)


def test_clock_text() -> None:
    assert clock_text(4.2) == "5"
    assert clock_text(59.5) == "1:00"
    assert clock_text(-1) == "0"


def test_controls_have_names_and_tooltips(setup: tuple, qtbot: QtBot) -> None:  # type: ignore[type-arg]
    player = started(setup, "core_stability_1")
    for name in (
        "startButton",
        "pauseButton",
        "skipButton",
        "backButton",
        "doneButton",
        "endButton",
        "hurtButton",
    ):
        button = player.findChild(QWidget, name)
        assert button is not None, name
        assert button.accessibleName()
        assert button.toolTip()
    for name in ("countdownLabel", "stepList", "sessionProgress"):
        assert player.findChild(QWidget, name) is not None


def test_follow_a_whole_program_to_the_end(setup: tuple, qtbot: QtBot, clock: FakeClock) -> None:  # type: ignore[type-arg]
    _, launcher, _, sink = setup
    player = started(setup, "acute_relief_gentle")
    engine = player.engine
    total = engine.plan.total_s
    assert player.countdown.text() == str(engine.plan.segments[0].duration_s)
    press(qtbot, player, Qt.Key.Key_Space)
    assert engine.state is EngineState.RUNNING
    assert sink.sessions
    assert sink.sessions[0] is engine.record
    shown = set()
    while engine.state is EngineState.RUNNING:
        clock.advance(0.5)
        launcher.controller.poll()  # type: ignore[union-attr]
        if engine.current is not None and engine.current.manual:
            press(qtbot, player, Qt.Key.Key_Return)
        shown.add(player.countdown.text())
    assert engine.state is EngineState.FINISHED
    assert engine.record.outcome is Outcome.COMPLETED
    assert abs(engine.session_elapsed_s - total) < 1.0
    assert all(item.completed for item in engine.record.items)
    assert {"3", "2", "1"} <= shown
    assert not launcher.controller.timer_active  # type: ignore[union-attr]


def test_pause_resume_skip_back_by_keys(setup: tuple, qtbot: QtBot, clock: FakeClock) -> None:  # type: ignore[type-arg]
    _, launcher, _, _ = setup
    player = started(setup, "core_stability_1")
    engine = player.engine
    press(qtbot, player, Qt.Key.Key_Space)
    clock.advance(3)
    launcher.controller.poll()  # type: ignore[union-attr]
    left = engine.remaining_s
    press(qtbot, player, Qt.Key.Key_Space)
    assert engine.state is EngineState.PAUSED
    assert player.pause_button.text() == "Resume"
    assert player.phase.text() == "PAUSED"
    clock.advance(60)
    launcher.controller.poll()  # type: ignore[union-attr]
    assert engine.remaining_s == pytest.approx(left)
    press(qtbot, player, Qt.Key.Key_Space)
    assert engine.state is EngineState.RESUMING
    clock.advance(3.1)
    launcher.controller.poll()  # type: ignore[union-attr]
    assert engine.state is EngineState.RUNNING
    assert engine.record.pauses
    press(qtbot, player, Qt.Key.Key_Right)
    assert engine.index == 1
    assert player.exercise_name.text() == engine.current.exercise_name  # type: ignore[union-attr]
    press(qtbot, player, Qt.Key.Key_Right)
    press(qtbot, player, Qt.Key.Key_Left)
    assert engine.index == 1


def test_buttons_work_too(setup: tuple, qtbot: QtBot) -> None:  # type: ignore[type-arg]
    player = started(setup, "core_stability_1")
    qtbot.mouseClick(player.start_button, Qt.MouseButton.LeftButton)
    assert player.engine.state is EngineState.RUNNING
    assert not player.start_button.isVisible()
    qtbot.mouseClick(player.pause_button, Qt.MouseButton.LeftButton)
    assert player.engine.state is EngineState.PAUSED
    qtbot.mouseClick(player.skip_button, Qt.MouseButton.LeftButton)
    assert player.engine.index == 1


def test_step_list_follows_the_steps(setup: tuple, qtbot: QtBot, clock: FakeClock) -> None:  # type: ignore[type-arg]
    _, launcher, _, _ = setup
    player = started(setup, "core_stability_1")
    press(qtbot, player, Qt.Key.Key_Space)
    engine = player.engine
    while engine.current is not None and engine.current.kind is not SegmentKind.WORK:
        clock.advance(1)
        launcher.controller.poll()  # type: ignore[union-attr]
    assert engine.step_index is not None
    assert player.step_list.currentRow() == engine.step_index
    assert player.step_list.count() == len(
        player._library.exercises[engine.current.exercise_id].steps
    )  # type: ignore[union-attr]


def test_end_asks_first(setup: tuple, qtbot: QtBot) -> None:  # type: ignore[type-arg]
    window, _, dialogs, _ = setup
    player = started(setup, "core_stability_1")
    press(qtbot, player, Qt.Key.Key_Space)
    dialogs.end = False
    press(qtbot, player, Qt.Key.Key_Escape)
    assert player.engine.state is EngineState.RESUMING
    dialogs.end = True
    press(qtbot, player, Qt.Key.Key_Escape)
    assert player.engine.state is EngineState.ENDED_EARLY
    assert player.engine.record.outcome is Outcome.ENDED_EARLY
    assert window.stack.currentWidget().objectName() == "summaryPage"


def test_summary_saves_pain_effort_notes(setup: tuple, qtbot: QtBot) -> None:  # type: ignore[type-arg]
    window, _, _, sink = setup
    player = started(setup, "core_stability_1")
    press(qtbot, player, Qt.Key.Key_Space)
    press(qtbot, player, Qt.Key.Key_Escape)
    summary = window.stack.currentWidget()
    summary.worst.set_value(4)  # type: ignore[attr-defined]
    summary.pain.set_value(3)  # type: ignore[attr-defined]
    summary.effort.setValue(6)  # type: ignore[attr-defined]
    summary.notes.setPlainText("Stiff today")  # type: ignore[attr-defined]
    qtbot.mouseClick(summary.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    record = sink.sessions[0]
    assert (record.pain_before, record.pain_worst, record.pain_after) == (2, 4, 3)
    assert (record.effort, record.notes) == (6, "Stiff today")
    assert window.stack.currentWidget() is window.tabs


def test_blocking_answer_stops_and_persists(setup: tuple) -> None:  # type: ignore[type-arg]
    window, launcher, dialogs, _ = setup
    dialogs.screening = Screening(Tier.URGENT, None, False)
    assert not launcher.start("core_stability_1")
    assert load_settings(window.paths.settings_file).blocked_tier == "urgent"
    dialogs.screening = Screening(None, 1, True)
    assert not launcher.start("core_stability_1"), (
        "the block stays until the user confirms being seen"
    )
    dialogs.cleared = True
    assert launcher.start("core_stability_1")
    assert dialogs.first_times[-1] is True, "after a block the full screening is asked again"
    assert load_settings(window.paths.settings_file).blocked_tier is None


def test_recheck_after_first_screening(setup: tuple) -> None:  # type: ignore[type-arg]
    _, launcher, dialogs, _ = setup
    assert launcher.start("core_stability_1")
    assert launcher.start("core_stability_1")
    assert dialogs.first_times == [True, False]


@pytest.mark.parametrize(
    ("action", "expect_state", "expect_swap"),
    [
        (Action.CARRY_ON, EngineState.RESUMING, False),
        (Action.EASIER_VARIANT, EngineState.RESUMING, True),
        (Action.SKIP_EXERCISE, EngineState.RESUMING, False),
        (Action.END_SESSION, EngineState.ENDED_EARLY, False),
        (Action.EMERGENCY, EngineState.ENDED_EARLY, False),
    ],
)
def test_it_hurts_paths(
    setup: tuple,
    qtbot: QtBot,
    clock: FakeClock,
    action: Action,
    expect_state: EngineState,
    expect_swap: bool,  # type: ignore[type-arg]
) -> None:
    window, launcher, dialogs, _ = setup
    player = started(setup, "core_stability_1")
    press(qtbot, player, Qt.Key.Key_Space)
    engine = player.engine
    while engine.current is not None and engine.current.exercise_id != "mcgill_curl_up":
        press(qtbot, player, Qt.Key.Key_Right)
    item = engine.current.item_index  # type: ignore[union-attr]
    dialogs.hurt_answer = HurtAnswer(PainReport(at_s=0, pain=6, sharp=True), RULE, action)
    press(qtbot, player, Qt.Key.Key_H)
    assert engine.state is expect_state
    record = engine.record.items[item]
    assert record.pain_reports
    assert record.pain_reports[0].action == action.value
    if expect_swap:
        assert record.variant_of == "mcgill_curl_up"
        assert engine.current.exercise_id == "abdominal_brace"  # type: ignore[union-attr]
    if action is Action.SKIP_EXERCISE:
        assert record.skipped
        assert engine.current.item_index == item + 1  # type: ignore[union-attr]
    if action in (Action.END_SESSION, Action.EMERGENCY):
        assert dialogs.informed
    if action is Action.EMERGENCY:
        assert load_settings(window.paths.settings_file).blocked_tier == "emergency"


def test_mute_key_and_silent_without_audio(setup: tuple, qtbot: QtBot, clock: FakeClock) -> None:  # type: ignore[type-arg]
    _, launcher, _, _ = setup
    player = started(setup, "core_stability_1")
    press(qtbot, player, Qt.Key.Key_Space)
    audio = launcher.audio
    assert audio is not None
    assert not audio.muted
    press(qtbot, player, Qt.Key.Key_M)
    assert audio.muted
    assert player.mute_button.text() == "Unmute"
    press(qtbot, player, Qt.Key.Key_M)
    assert not audio.muted
    for _ in range(120):  # cues fire on this machine without a device or engine: never a crash
        clock.advance(0.5)
        launcher.controller.poll()  # type: ignore[union-attr]
    assert player.engine.index > 3


def test_pain_before_above_the_limit_does_not_start(setup: tuple) -> None:  # type: ignore[type-arg]
    window, launcher, dialogs, _ = setup
    dialogs.screening = Screening(None, 6, True)
    assert not launcher.start("core_stability_1")
    assert dialogs.informed
    assert "above the limit of 5/10" in dialogs.informed[-1][1]
    assert window.stack.currentWidget() is window.tabs
    dialogs.screening = Screening(None, 5, True)
    assert launcher.start("core_stability_1")


def test_the_side_is_shown_with_what_it_means(setup: tuple, qtbot: QtBot) -> None:  # type: ignore[type-arg]
    """ "LEFT side" alone leaves a runner guessing which way to lie; the exercise says."""
    player = started(setup, "core_stability_1")
    engine, controller = player.engine, player.controller
    sides = player._library.exercises["side_plank_knees"].sides
    assert sides is not None
    controller.start()

    def skip_to(kind: SegmentKind, side: str | None) -> None:
        while not (
            engine.current is not None
            and engine.current.exercise_id == "side_plank_knees"
            and engine.current.kind is kind
            and (engine.current.side or None) == side
        ):
            controller.skip()

    skip_to(SegmentKind.REST_EXERCISE, None)
    assert "LEFT: " + sides.left in player.next_up.text()
    assert not player.side_label.isVisible() or not player.side_label.text()
    skip_to(SegmentKind.WORK, "left")
    assert "LEFT side" in player.position.text()
    assert player.side_label.text() == "LEFT: " + sides.left
    assert player.side_label.isVisible()
    skip_to(SegmentKind.SWITCH_SIDES, "right")
    assert player.side_label.text() == "RIGHT: " + sides.right
    skip_to(SegmentKind.WORK, "right")
    assert player.side_label.text() == "RIGHT: " + sides.right
    skip_to(SegmentKind.REST_SET, None)
    assert "LEFT: " + sides.left in player.next_up.text()


def test_no_side_line_for_exercises_done_on_both_sides_at_once(setup: tuple, qtbot: QtBot) -> None:  # type: ignore[type-arg]
    player = started(setup, "core_stability_1")
    player.controller.start()
    while player.engine.current is not None and player.engine.current.kind is not SegmentKind.WORK:
        player.controller.skip()
    assert player.engine.current is not None
    assert player.engine.current.side is None
    assert player.side_label.text() == ""
    assert not player.side_label.isVisible()
