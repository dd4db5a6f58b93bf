"""The safety flow's dialogs: screening, the block, "it hurts" and the pain scale."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from rehab_app.core.content.loader import load_library
from rehab_app.core.models import Action, PainModel, Safety, Tier
from rehab_app.core.paths import AppPaths
from rehab_app.core.safety.rules import traffic_light
from rehab_app.ui.common.pain_scale import PainScale
from rehab_app.ui.safety.hurt import HurtDialog
from rehab_app.ui.safety.screening import BlockedDialog, ScreeningDialog


@pytest.fixture(scope="module")
def safety(tmp_path_factory: pytest.TempPathFactory) -> Safety:
    """The shipped safety data."""
    library = load_library(AppPaths.create(tmp_path_factory.mktemp("data")))
    assert library.safety is not None
    return library.safety


def _screening(qtbot: QtBot, safety: Safety, first_time: bool) -> ScreeningDialog:
    dialog = ScreeningDialog(safety, first_time)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _answer(dialog: ScreeningDialog, yes: tuple[str, ...] = ()) -> None:
    for flag_id, question in dialog.questions.items():
        (question.yes if flag_id in yes else question.no).click()


def _hurt(
    qtbot: QtBot,
    safety: Safety,
    *,
    ceiling: int = 5,
    baseline: int | None = 2,
    has_easier: bool = True,
    substituted: bool = False,
) -> HurtDialog:
    dialog = HurtDialog(safety, "Bird dog", ceiling, baseline, has_easier, substituted)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# --- screening -------------------------------------------------------------------------


def test_first_time_all_no_then_pain(qtbot: QtBot, safety: Safety) -> None:
    dialog = _screening(qtbot, safety, first_time=True)
    assert dialog.current_page() == "questions"
    assert dialog.findChild(QWidget, "disclaimer") is not None
    assert list(dialog.questions) == [flag.id for flag in safety.red_flags]
    assert not dialog.continue_button.isEnabled()
    _answer(dialog)
    assert dialog.continue_button.isEnabled()
    dialog.continue_button.click()
    assert dialog.current_page() == "pain"
    assert dialog.tier is None
    assert not dialog.blocked
    assert dialog.answers == {flag.id: False for flag in safety.red_flags}
    assert dialog.full_list_answered
    assert not dialog.continue_button.isEnabled()
    dialog.pain_scale.buttons[3].click()
    with qtbot.waitSignal(dialog.accepted):
        dialog.continue_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.pain_before == 3


def test_every_question_must_be_answered(qtbot: QtBot, safety: Safety) -> None:
    dialog = _screening(qtbot, safety, first_time=True)
    questions = list(dialog.questions.values())
    for question in questions[:-1]:
        question.no.click()
    assert not dialog.continue_button.isEnabled()
    total = len(safety.red_flags)
    assert f"{total - 1} of {total}" in dialog.progress_label.text()
    dialog.continue_button.click()
    assert dialog.current_page() == "questions"
    questions[-1].yes.click()
    assert dialog.continue_button.isEnabled()


def test_emergency_yes_blocks(qtbot: QtBot, safety: Safety) -> None:
    dialog = _screening(qtbot, safety, first_time=True)
    _answer(dialog, yes=("rf_bladder", "rf_age"))
    dialog.continue_button.click()
    assert dialog.current_page() == "result"
    assert dialog.tier is Tier.EMERGENCY
    assert dialog.blocked
    emergency = safety.tiers[Tier.EMERGENCY]
    assert dialog.banner.title_label.text() == emergency.title
    assert dialog.banner.message_label.text() == emergency.message
    assert dialog.banner.word_label.text() == "EMERGENCY"
    assert dialog.banner.level == "emergency"
    visible = [b.objectName() for b in dialog.findChildren(QPushButton) if b.isVisible()]
    assert visible == ["closeButton"]
    with qtbot.waitSignal(dialog.rejected):
        dialog.close_button.click()
    assert dialog.pain_before is None


def test_urgent_yes_blocks(qtbot: QtBot, safety: Safety) -> None:
    dialog = _screening(qtbot, safety, first_time=True)
    _answer(dialog, yes=("rf_cancer",))
    dialog.continue_button.click()
    assert dialog.tier is Tier.URGENT
    assert dialog.blocked
    assert dialog.banner.word_label.text() == "URGENT"
    assert not dialog.understand_button.isVisible()
    assert dialog.close_button.isVisible()


def test_caution_continues_after_acknowledging(qtbot: QtBot, safety: Safety) -> None:
    dialog = _screening(qtbot, safety, first_time=True)
    _answer(dialog, yes=("rf_duration",))
    dialog.continue_button.click()
    assert dialog.current_page() == "result"
    assert dialog.tier is Tier.CAUTION
    assert not dialog.blocked
    assert dialog.banner.message_label.text() == safety.tiers[Tier.CAUTION].message
    assert dialog.understand_button.isVisible()
    dialog.understand_button.click()
    assert dialog.current_page() == "pain"
    QTest.keyClick(dialog.pain_scale, Qt.Key.Key_5)
    dialog.continue_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.pain_before == 5


def test_recheck_no_goes_to_pain(qtbot: QtBot, safety: Safety) -> None:
    dialog = _screening(qtbot, safety, first_time=False)
    assert dialog.current_page() == "recheck"
    assert dialog.findChild(QWidget, "disclaimer") is None
    assert not dialog.continue_button.isEnabled()
    assert len(dialog.rechecks) == len(safety.recheck_questions) >= 3
    for answer in dialog.rechecks[:-1]:
        answer.no.click()
    assert not dialog.continue_button.isEnabled(), "every re-check question needs an answer"
    dialog.rechecks[-1].no.click()
    dialog.continue_button.click()
    assert dialog.current_page() == "pain"
    assert dialog.recheck_answers == (False,) * len(safety.recheck_questions)
    assert dialog.complete
    assert dialog.recheck_answer is False
    assert dialog.answers == {}
    assert dialog.tier is None
    assert not dialog.full_list_answered


def test_recheck_yes_shows_full_list(qtbot: QtBot, safety: Safety) -> None:
    dialog = _screening(qtbot, safety, first_time=False)
    for answer in dialog.rechecks:
        answer.no.click()
    dialog.rechecks[-1].yes.click()  # chest pain or fainting since last time
    dialog.continue_button.click()
    assert dialog.current_page() == "questions"
    assert len(dialog.questions) == len(safety.red_flags)
    _answer(dialog, yes=("rf_weakness",))
    dialog.continue_button.click()
    assert dialog.blocked
    assert dialog.tier is Tier.EMERGENCY


def test_blocked_dialog_clears(qtbot: QtBot, safety: Safety) -> None:
    dialog = BlockedDialog(safety, Tier.URGENT)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.banner.title_label.text() == safety.tiers[Tier.URGENT].title
    assert not dialog.clear_button.isEnabled()
    dialog.seen_check.click()
    assert dialog.clear_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        dialog.clear_button.click()
    assert dialog.cleared


def test_blocked_dialog_close_keeps_block(qtbot: QtBot, safety: Safety) -> None:
    dialog = BlockedDialog(safety, Tier.EMERGENCY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.close_button.click()
    assert not dialog.cleared
    assert dialog.result() == QDialog.DialogCode.Rejected


# --- it hurts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pain", "ticked", "has_easier", "substituted", "rule_id", "action", "button"),
    [
        (2, ("spreading",), True, False, "spreading", Action.SKIP_EXERCISE, "Skip this exercise"),
        (
            4,
            ("sharp",),
            True,
            False,
            "sharp",
            Action.EASIER_VARIANT,
            "Switch to the easier version",
        ),
        (4, ("sharp",), False, False, "sharp", Action.SKIP_EXERCISE, "Skip this exercise"),
        (4, ("sharp",), True, True, "sharp", Action.SKIP_EXERCISE, "Skip this exercise"),
        (6, (), True, False, "over_ceiling", Action.EASIER_VARIANT, "Switch to the easier version"),
        (
            1,
            ("nerve_symptoms",),
            True,
            False,
            "nerve_symptoms",
            Action.END_SESSION,
            "End the session",
        ),
        (
            0,
            ("general_warning",),
            True,
            False,
            "general_warning",
            Action.END_SESSION,
            "End the session",
        ),
        (
            0,
            ("red_flag_symptom",),
            True,
            False,
            "red_flag_symptom",
            Action.EMERGENCY,
            "End the session",
        ),
        (3, (), True, False, "always", Action.CARRY_ON, "Carry on"),
    ],
)
def test_hurt_dialog_actions(
    qtbot: QtBot,
    safety: Safety,
    pain: int,
    ticked: tuple[str, ...],
    has_easier: bool,
    substituted: bool,
    rule_id: str,
    action: Action,
    button: str,
) -> None:
    dialog = _hurt(qtbot, safety, has_easier=has_easier, substituted=substituted)
    dialog.pain_scale.buttons[pain].click()
    for name in ticked:
        dialog.checks[name].click()
    dialog.check_button.click()
    assert dialog.checked
    assert dialog.rule.id == rule_id
    assert dialog.action is action
    assert dialog.action_button.text() == button
    assert dialog.banner.title_label.text() == dialog.rule.title
    with qtbot.waitSignal(dialog.accepted):
        dialog.action_button.click()
    report = dialog.report
    assert (report.pain, report.at_s, report.action, report.rule_id) == (
        pain,
        0,
        action.value,
        rule_id,
    )
    assert {n for n in dialog.checks if getattr(report, n)} == set(ticked)


def test_hurt_emergency_shows_tier_message(qtbot: QtBot, safety: Safety) -> None:
    dialog = _hurt(qtbot, safety)
    dialog.pain_scale.set_value(2)
    dialog.checks["red_flag_symptom"].click()
    dialog.check_button.click()
    assert dialog.banner.level == "emergency"
    assert dialog.banner.extra_label.text() == safety.tiers[Tier.EMERGENCY].message
    assert dialog.block_tier is Tier.EMERGENCY


def test_hurt_rise_over_baseline(qtbot: QtBot, safety: Safety) -> None:
    dialog = _hurt(qtbot, safety, ceiling=5, baseline=1)
    dialog.pain_scale.set_value(4)
    dialog.check_button.click()
    assert dialog.rule.id == "rise_over_baseline"
    assert dialog.block_tier is None


def test_hurt_needs_a_pain_number(qtbot: QtBot, safety: Safety) -> None:
    dialog = _hurt(qtbot, safety)
    assert not dialog.check_button.isEnabled()
    dialog.checks["sharp"].click()
    dialog.check()
    assert not dialog.checked
    assert dialog.pages.currentIndex() == 0


def test_hurt_keyboard(qtbot: QtBot, safety: Safety) -> None:
    dialog = _hurt(qtbot, safety)
    dialog.checks["spreading"].setFocus()
    QTest.keyClick(dialog.checks["spreading"], Qt.Key.Key_6)
    assert dialog.pain_scale.value() == 6
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 1
    assert dialog.action is Action.EASIER_VARIANT
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # back to the questions, not closed
    assert dialog.pages.currentIndex() == 0
    assert dialog.isVisible()
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_hurt_escape_carries_on_without_report(qtbot: QtBot, safety: Safety) -> None:
    dialog = _hurt(qtbot, safety)
    QTest.keyClick(dialog.pain_scale, Qt.Key.Key_4)
    with qtbot.waitSignal(dialog.rejected):
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.checked
    with pytest.raises(RuntimeError):
        _ = dialog.report
    with pytest.raises(RuntimeError):
        _ = dialog.rule
    assert dialog.action is Action.CARRY_ON


# --- pain scale ------------------------------------------------------------------------


def _scale(qtbot: QtBot) -> PainScale:
    scale = PainScale()
    qtbot.addWidget(scale)
    scale.show()
    return scale


def test_pain_scale_digits_and_arrows(qtbot: QtBot) -> None:
    scale = _scale(qtbot)
    assert scale.value() is None
    with qtbot.waitSignal(scale.value_changed) as blocker:
        QTest.keyClick(scale, Qt.Key.Key_6)
    assert blocker.args == [6]
    assert scale.buttons[6].isChecked()
    assert "too much" in scale.word_label.text()
    QTest.keyClick(scale, Qt.Key.Key_Right)
    assert scale.value() == 7
    assert "severe" in scale.word_label.text()
    QTest.keyClick(scale, Qt.Key.Key_Left)
    QTest.keyClick(scale, Qt.Key.Key_Left)
    assert scale.value() == 5
    QTest.keyClick(scale, Qt.Key.Key_0)
    assert scale.value() == 0
    assert "no pain" in scale.word_label.text()
    QTest.keyClick(scale, Qt.Key.Key_Left)
    assert scale.value() == 0
    QTest.keyClick(scale, Qt.Key.Key_End)
    QTest.keyClick(scale, Qt.Key.Key_Right)
    assert scale.value() == 10


def test_pain_words_agree_with_the_colours(qtbot: QtBot) -> None:
    # 6 is red (a stop value): it must not be called "moderate" beside a red light.
    scale = _scale(qtbot)
    model = PainModel()
    for n in range(11):
        word = scale.word(n)
        light = traffic_light(n, model)
        assert light in word, (n, word)
        if light == "red":
            assert "moderate" not in word, (n, word)
            assert "mild" not in word, (n, word)
    assert "stop" in scale.word(model.stop_at)


def test_pain_scale_one_zero_is_ten(qtbot: QtBot) -> None:
    scale = _scale(qtbot)
    QTest.keyClicks(scale, "10")
    assert scale.value() == 10
    QTest.keyClick(scale, Qt.Key.Key_2)
    assert scale.value() == 2


def test_pain_scale_shape_and_names(qtbot: QtBot) -> None:
    scale = _scale(qtbot)
    assert scale.objectName() == "painScale"
    assert len(scale.buttons) == 11
    for n, button in enumerate(scale.buttons):
        assert button.text() == str(n)
        assert button.accessibleName() == f"Pain {n} of 10"
        assert button.width() >= 44
        assert button.height() >= 44
    assert scale.focusPolicy() & Qt.FocusPolicy.TabFocus
    scale.set_value(4)
    scale.buttons[8].click()
    assert scale.value() == 8
    assert not scale.buttons[4].isChecked()
    scale.set_value(None)
    assert scale.value() is None
    assert not any(b.isChecked() for b in scale.buttons)


def test_dialogs_use_mat_sized_type(qtbot: QtBot, safety: Safety) -> None:
    dialogs: list[QDialog] = [
        ScreeningDialog(safety, True),
        BlockedDialog(safety, Tier.URGENT),
        HurtDialog(safety, "Bird dog", 5, None, True, False),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert dialog.font().pointSizeF() >= 13
        assert dialog.objectName()
        for button in dialog.findChildren(QPushButton):
            assert button.objectName(), button.text()
