"""The safety decisions around a session, driven through the launcher with scripted dialogs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rehab_app.core.history.store import HistoryFilter
from rehab_app.core.models import Action, SafetyTag
from rehab_app.core.safety.events import EventKind
from rehab_app.core.safety.rules import choose_rule
from rehab_app.core.session.record import PainReport
from rehab_app.core.settings import load_settings
from rehab_app.ui.home.actions import ProgramActions
from rehab_app.ui.home.safety_home import morning_followup
from rehab_app.ui.safety.notice import SafetyNotice
from rehab_app.ui.session.launcher import HurtAnswer, Screening, SessionLauncher
from rehab_app.ui.shell.boot import build_main_window
from rehab_app.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.dialogs import ScriptedDialogs
from tests.ui.home.test_actions import _green_sessions


class Wall:
    """A wall clock that moves only when told."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0)

    def __call__(self) -> datetime:
        return self.now


Setup = tuple[MainWindow, SessionLauncher, ScriptedDialogs, Wall]


@pytest.fixture
def setup(qtbot: QtBot, data_dir: Path) -> Setup:
    clock = FakeClock()
    window = build_main_window(data_dir, clock=clock)
    qtbot.addWidget(window)
    launcher = window.session_launcher
    assert launcher is not None
    dialogs = ScriptedDialogs()
    launcher.dialogs = dialogs  # type: ignore[assignment]
    wall = Wall()
    launcher.wall_clock = wall
    window.show()
    return window, launcher, dialogs, wall


def _all_no(window: MainWindow, **yes: bool) -> dict[str, bool]:
    safety = window.library.safety
    assert safety is not None
    return {f.id: yes.get(f.id, False) for f in safety.red_flags}


def _hurt(
    window: MainWindow, launcher: SessionLauncher, dialogs: ScriptedDialogs, **flags: bool
) -> None:
    """Press "It hurts" during the running session with `flags` ticked at pain `pain`."""
    safety = window.library.safety
    assert safety is not None
    assert launcher.controller is not None
    pain = int(flags.pop("pain", 3))
    report = PainReport(at_s=0, pain=pain, **flags)
    rule = choose_rule(safety, report, 5, 2)
    dialogs.hurt_answer = HurtAnswer(report, rule, rule.action)
    launcher.controller.start()
    launcher._on_hurt()


def _finish(window: MainWindow) -> None:
    summary = window.stack.currentWidget()
    assert summary.objectName() == "summaryPage"
    summary.pain.set_value(3)  # type: ignore[attr-defined]
    summary.worst.set_value(3)  # type: ignore[attr-defined]
    summary.save_button.click()  # type: ignore[attr-defined]


# --- part 1: where pain before a session sends people ------------------------------------


@pytest.mark.parametrize("pain", [4, 5, 6, 7])
def test_acute_program_starts_up_to_its_own_gate(setup: Setup, pain: int) -> None:
    _, launcher, dialogs, _ = setup
    dialogs.screening = Screening(None, pain, True)
    assert launcher.start("acute_relief_gentle"), "the acute program is for exactly this pain"
    assert not dialogs.informed


def test_above_the_acute_gate_means_rest_and_no_harder_program(setup: Setup) -> None:
    window, launcher, dialogs, _ = setup
    dialogs.screening = Screening(None, 8, True)
    assert not launcher.start("acute_relief_gentle")
    title, message = dialogs.informed[-1]
    names = [p.name for p in window.library.programs.values() if p.id != "acute_relief_gentle"]
    assert not [n for n in names if n in message], "no program is gentler than acute relief"
    assert "rest" in message.lower()
    assert dialogs.advice_offered, "the advice page is offered"


@pytest.mark.parametrize("program", ["core_stability_1", "core_stability_2", "return_to_run_w1"])
def test_too_much_pain_points_only_down_the_ladder(setup: Setup, program: str) -> None:
    window, launcher, dialogs, _ = setup
    dialogs.screening = Screening(None, 6, True)
    assert not launcher.start(program)
    message = dialogs.informed[-1][1]
    chosen = window.library.programs[program]
    assert chosen.ladder is not None
    named = [p for p in window.library.programs.values() if p.name in message and p.id != program]
    assert named, message
    for other in named:
        assert other.ladder is not None
        assert other.ladder.rung < chosen.ladder.rung, other.id


# --- part 3: decisions that stay in force ----------------------------------------------------


def test_cancelling_the_pain_question_keeps_the_answers(setup: Setup) -> None:
    window, launcher, dialogs, _ = setup
    dialogs.screening = Screening(None, None, False, _all_no(window), complete=True)
    assert not launcher.start("core_stability_1")
    dialogs.screening = Screening(None, 2, True)
    assert launcher.start("core_stability_1")
    assert dialogs.first_times == [True, False], "the full list is not asked a second time"


def test_a_caution_answer_locks_return_to_run_with_its_reason(setup: Setup) -> None:
    window, launcher, dialogs, _ = setup
    answers = _all_no(window, rf_leg_symptoms=True)
    dialogs.screening = Screening(None, 2, True, answers, complete=True)
    assert not launcher.start("return_to_run_w1"), "sciatica: hold off return-to-running"
    title, message = dialogs.informed[-1]
    assert "locked" in title.lower()
    assert "sciatica" in message
    assert launcher.start("core_stability_1"), "the gentle and core programs go on"
    launcher._close()
    assert not launcher.start("return_to_run_w1"), "still locked the next time"
    assert window.history is not None
    assert window.history.store is not None
    events = window.history.store.safety_events()
    assert [e.code for e in events if e.kind is EventKind.LOCKED] == ["return_to_run_w1"] * 2
    assert ("rf_leg_symptoms", "yes") in [(e.code, e.answer) for e in events]


def test_caution_questions_are_asked_again_after_14_days(setup: Setup) -> None:
    window, launcher, dialogs, wall = setup
    dialogs.screening = Screening(None, 2, True, _all_no(window, rf_pregnant=True), complete=True)
    assert launcher.start("core_stability_1")
    launcher._close()
    dialogs.screening = Screening(None, 2, True)
    wall.now += timedelta(days=13)
    assert launcher.start("core_stability_1")
    launcher._close()
    assert dialogs.reasked[-1] == ()
    wall.now += timedelta(days=1)
    assert launcher.start("core_stability_1")
    assert dialogs.reasked[-1] == ("rf_pregnant",)


def test_pregnancy_replaces_the_face_down_exercises(setup: Setup) -> None:
    window, launcher, dialogs, _ = setup
    dialogs.screening = Screening(None, 4, True, _all_no(window, rf_pregnant=True), complete=True)
    assert launcher.start("acute_relief_gentle")
    assert launcher.controller is not None
    used = {s.exercise_id for s in launcher.controller.engine.plan.segments if s.exercise_id}
    exercises = window.library.exercises
    assert not [e for e in used if SafetyTag.FACE_DOWN in exercises[e].safety_tags]
    assert any("adapted" in title.lower() for title, _ in dialogs.informed)


def test_a_symptom_stop_stays_in_force_the_next_day(setup: Setup, qtbot: QtBot) -> None:
    """Two green sessions, then a nerve-symptom stop: no progress, a banner, questions next day."""
    window, launcher, dialogs, wall = setup
    _green_sessions(window, "core_stability_1")
    actions = window.findChild(ProgramActions)
    assert actions is not None
    window.programs.select("daily_mobility_10")
    window.programs.select("core_stability_1")
    assert actions.banner.suggestion is not None, "before the stop, progress is offered"
    assert launcher.start("core_stability_1")
    _hurt(window, launcher, dialogs, pain=4, nerve_symptoms=True)
    assert launcher.controller is not None
    record = launcher.controller.engine.record
    assert record.end_reason == "nerve_symptoms"
    _finish(window)
    assert window.stack.currentWidget() is window.tabs
    # Back home the same day: a banner says so, and no progression is suggested.
    window.programs.select("daily_mobility_10")
    window.programs.select("core_stability_1")
    assert actions.banner.isHidden()
    notice = window.programs.findChild(SafetyNotice, "safetyNotice")
    assert notice is not None
    assert not notice.isHidden()
    assert "numbness or tingling" in notice.banner.message_label.text().lower()
    # The next morning the app asks whether it settled; not settled: see a GP, running locked.
    wall.now += timedelta(days=1)
    dialogs.settled = False
    morning_followup(launcher)
    assert len(dialogs.followups) == 1
    assert "GP" in dialogs.informed[-1][1]
    dialogs.settled = None
    assert not launcher.start("core_stability_1"), "Start asks about those symptoms first"
    assert len(dialogs.followups) == 2
    dialogs.settled = False
    assert not launcher.start("core_stability_1"), "not settled: only the gentlest program"
    assert not launcher.start("return_to_run_w1")
    dialogs.settled = False
    assert launcher.start("acute_relief_gentle"), "acute relief is still allowed, gently"
    launcher._close()
    dialogs.settled = True
    assert launcher.start("core_stability_1")
    launcher._close()
    assert load_settings(window.paths.settings_file).safety.watch is None


@pytest.mark.parametrize(
    ("flags", "tier"),
    [
        ({"general_warning": True}, "urgent"),
        ({"leg_weakness": True}, "emergency"),
        ({"both_legs": True}, "emergency"),
    ],
)
def test_stops_that_pause_all_sessions(setup: Setup, flags: dict[str, bool], tier: str) -> None:
    window, launcher, dialogs, wall = setup
    assert launcher.start("core_stability_1")
    _hurt(window, launcher, dialogs, **flags)
    assert launcher.controller is not None
    assert launcher.controller.engine.record.end_reason in (
        "general_warning",
        "leg_weakness",
        "both_legs",
    )
    _finish(window)
    wall.now += timedelta(days=1)
    assert load_settings(window.paths.settings_file).blocked_tier == tier
    dialogs.cleared = False
    assert not launcher.start("acute_relief_gentle"), "blocked until the user confirms being seen"
    dialogs.cleared = True
    assert launcher.start("acute_relief_gentle")
    assert dialogs.first_times[-1] is True, "then the full questions again"


def test_resuming_an_old_session_asks_again(setup: Setup, qtbot: QtBot) -> None:
    window, launcher, dialogs, wall = setup
    assert launcher.start("core_stability_1")
    assert launcher.controller is not None
    record = launcher.controller.engine.record
    launcher._close()
    asked = len(dialogs.first_times)
    wall.now += timedelta(hours=1)
    assert launcher.resume(record, 1)
    launcher._close()
    assert len(dialogs.first_times) == asked, "within two hours: carry on"
    wall.now += timedelta(hours=2)
    dialogs.screening = Screening(None, 7, True)
    assert not launcher.resume(record, 1), "pain too high for this program now"
    assert len(dialogs.first_times) == asked + 1
    dialogs.screening = Screening(None, 3, True)
    assert launcher.resume(record, 1)
    assert launcher._pain_before == 3, "the new pain is the baseline for the stop rules"


def test_acute_relief_limits_during_the_session(setup: Setup) -> None:
    window, launcher, dialogs, _ = setup
    dialogs.screening = Screening(None, 6, True)
    assert launcher.start("acute_relief_gentle")
    captured: list[tuple[object, ...]] = []

    def hurt(*args: object) -> None:
        captured.append(args)

    dialogs.hurt = hurt  # type: ignore[assignment,method-assign]
    assert launcher.controller is not None
    launcher.controller.start()
    launcher._on_hurt()
    _safety, _name, ceiling, baseline, _easier, _swapped, rise = captured[0]
    assert (ceiling, baseline, rise) == (6, 6, 0), "no rise above the starting pain"


# --- part 7 (safety items): ending a session --------------------------------------------------


def test_the_end_question_defaults_to_keep_going(setup: Setup, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    from rehab_app.ui.session.launcher import SessionDialogs

    window, _, _, _ = setup
    real = SessionDialogs(window)
    seen: list[str] = []

    def press(key: Qt.Key, tries: int = 50) -> None:
        box = window.findChild(QMessageBox, "confirmEndBox")
        if box is None or not box.isVisible():
            if tries:
                QTimer.singleShot(10, lambda: press(key, tries - 1))
            return
        default = box.defaultButton()
        seen.append(default.text() if default is not None else "")
        focus = box.focusWidget() or box
        QTest.keyClick(focus, key)
        if box.isVisible():  # never leave a modal box open: the test would hang
            box.reject()

    for key in (Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_Escape):
        QTimer.singleShot(0, lambda k=key: press(k))
        assert real.confirm_end() is False, key
        box = window.findChild(QMessageBox, "confirmEndBox")
        if box is not None:
            box.setObjectName("")  # the next round finds its own box
    assert seen == ["Keep going"] * 3


def test_the_summary_says_why_the_session_ended(setup: Setup) -> None:
    window, launcher, dialogs, _ = setup
    assert launcher.start("core_stability_1")
    _hurt(window, launcher, dialogs, pain=8)
    summary = window.stack.currentWidget()
    assert summary.objectName() == "summaryPage"
    text = summary.summary.text()  # type: ignore[attr-defined]
    assert "pain went well above the limit" in text, text
    _finish(window)
    assert window.history is not None
    assert window.history.store is not None
    [row] = window.history.store.sessions_page(HistoryFilter())
    saved = window.history.store.session_detail(row.session_id)
    assert saved is not None
    assert saved.end_reason == "pain_limit"


def test_ending_by_hand_is_recorded(setup: Setup) -> None:
    window, launcher, dialogs, _ = setup
    assert launcher.start("core_stability_1")
    assert launcher.player is not None
    assert launcher.controller is not None
    launcher.controller.start()
    dialogs.end = True
    launcher.player.end_requested.emit()
    assert launcher.controller.engine.record.end_reason == "user"
    assert "You ended" in window.stack.currentWidget().summary.text()  # type: ignore[attr-defined]


def test_high_pain_with_nothing_ticked_ends_the_session(setup: Setup) -> None:
    window, launcher, dialogs, _ = setup
    assert launcher.start("core_stability_1")
    _hurt(window, launcher, dialogs, pain=7)
    assert dialogs.hurt_answer is not None
    assert dialogs.hurt_answer.action is Action.END_SESSION
    assert window.stack.currentWidget().objectName() == "summaryPage"


def test_flare_up_day_asks_about_the_symptoms_first(setup: Setup) -> None:
    window, launcher, dialogs, _ = setup
    assert launcher.start("core_stability_1")
    _hurt(window, launcher, dialogs, pain=3, spreading=True)
    launcher._close()
    record = launcher.keeper.state
    assert record.watch is None, "the watch opens when the session is saved"
    assert launcher.start("core_stability_1")
    _hurt(window, launcher, dialogs, pain=4, nerve_symptoms=True)
    _finish(window)
    actions = window.findChild(ProgramActions)
    assert actions is not None
    window.programs.select("core_stability_1")
    dialogs.settled = None
    actions.flare_button.click()
    assert len(dialogs.followups) == 1
    assert launcher.controller is None


def test_i_have_been_checked_unlocks_return_to_run(setup: Setup, qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer

    from rehab_app.ui.home.safety_home import SafetyHome
    from rehab_app.ui.safety.symptoms import CheckedDialog

    window, launcher, dialogs, _ = setup
    answers = _all_no(window, rf_young_arching=True)
    dialogs.screening = Screening(None, 2, True, answers, complete=True)
    assert not launcher.start("return_to_run_w1")
    home = window.findChild(SafetyHome)
    assert home is not None
    assert not home.notice.isHidden()
    assert home.notice.checked_button.isVisibleTo(window)

    def tick() -> None:
        dialog = window.findChild(CheckedDialog)
        assert dialog is not None
        dialog.boxes["rf_young_arching"].setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, tick)
    home.notice.checked_button.click()
    assert launcher.start("return_to_run_w1")
    assert not home.notice.checked_button.isVisibleTo(window)


def test_help_is_reachable_from_home_and_f1(setup: Setup, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from rehab_app.ui.safety.help import HelpDialog

    window, _, _, _ = setup
    button = window.tabs.cornerWidget()
    assert isinstance(button, QPushButton)
    assert button.objectName() == "helpButton"
    button.click()
    dialog = window.findChild(HelpDialog)
    assert dialog is not None
    assert dialog.isVisible()
    text = dialog.text.toPlainText()
    assert "not medical advice" in text
    assert "extrapolation" in text
    assert "tendon" in text
    dialog.close()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert dialog.isVisible(), "F1 opens the same help page"


def test_new_safety_questions_are_asked_once_after_an_update(setup: Setup) -> None:
    """A user screened with an older question list answers the full list once more."""
    window, launcher, dialogs, _ = setup
    window.update_settings(screening_done=True)  # as saved by a version with fewer questions
    assert launcher.start("core_stability_1")
    launcher._close()
    assert launcher.start("core_stability_1")
    assert dialogs.first_times == [True, False]
