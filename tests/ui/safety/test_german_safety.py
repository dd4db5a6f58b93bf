"""A German session's safety dialogs: the screening, "It hurts" and the block speak German throughout.

Driven through the launcher, so what is checked is what a German user meets: the real dialogs,
opened with what the app hands them, every page walked, with the German translators installed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from rehab_app.core.models import Safety, Tier
from rehab_app.core.safety.state import SymptomWatch
from rehab_app.core.settings import Settings, save_settings
from rehab_app.ui.safety.blocked import BlockedDialog
from rehab_app.ui.safety.help import show_help
from rehab_app.ui.safety.hurt import HurtDialog
from rehab_app.ui.safety.screening import ScreeningDialog
from rehab_app.ui.session.launcher import HurtAnswer, Screening, SessionLauncher
from rehab_app.ui.shell.boot import build_main_window
from rehab_app.ui.shell.main_window import MainWindow
from rehab_app.ui.shell.translations import install_translators
from tests.helpers.clock import FakeClock
from tests.helpers.dialogs import ScriptedDialogs

_TAGS = re.compile(r"<[^>]*>")
# Words an English sentence can hardly do without, and no German one uses.
_ENGLISH = re.compile(
    r"\b(the|your|you|with|and|then|of|left|right|side|step|next|rest|set|sets|reps|hold|pain"
    r"|stop|leg|doctor|help|answer|question)\b",
    re.IGNORECASE,
)
# Pain, tick boxes, then the stop rule they lead to (ceiling 5, pain before 2, the shipped data).
_HURTS = (
    (2, (), "always"),
    (5, (), "rise_over_baseline"),
    (6, (), "over_ceiling"),
    (3, ("sharp",), "sharp"),
    (3, ("spreading",), "spreading"),
    (6, ("spreading",), "spreading_high_pain"),
    (8, (), "pain_limit"),
    (3, ("nerve_symptoms",), "nerve_symptoms"),
    (3, ("general_warning",), "general_warning"),
    (3, ("both_legs",), "both_legs"),
    (3, ("leg_weakness",), "leg_weakness"),
    (3, ("red_flag_symptom",), "red_flag_symptom"),
)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    installed = install_translators(qapp, "de_DE")
    assert installed, "the German catalogue is shipped"
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def shown(root: QWidget) -> list[str]:
    """Every text `root` shows right now, or hands to a screen reader."""
    texts: list[str] = [root.windowTitle(), root.accessibleName(), root.accessibleDescription()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel):
            texts.append(_TAGS.sub(" ", widget.text()))
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
    return [" ".join(t.split()) for t in texts if t.strip()]


class Walking(ScriptedDialogs):
    """Opens the real dialogs with what the launcher hands them, walks every page, keeps the texts."""

    def __init__(self, qtbot: QtBot, yes: tuple[str, ...] = (), start: bool = True) -> None:
        super().__init__()
        self.qtbot = qtbot
        self.yes = yes
        self.start = start  # False: "Not now" on the pain question
        self.final: tuple[int, tuple[str, ...]] = (2, ())  # the pain and ticks "It hurts" ends on
        self.shown: list[str] = []
        self.rules: list[str] = []
        self.cleared = True

    def _open(self, dialog: QWidget) -> None:
        self.qtbot.addWidget(dialog)
        dialog.show()

    def clear_block(self, safety: Safety, tier: Tier) -> bool:
        dialog = BlockedDialog(safety, tier)
        self._open(dialog)
        self.shown += shown(dialog)
        dialog.seen_check.setChecked(True)
        self.shown += shown(dialog)
        return self.cleared

    def screen(self, safety: Safety, first_time: bool, reask: tuple[str, ...] = ()) -> Screening:
        dialog = ScreeningDialog(safety, first_time, reask=reask)
        self._open(dialog)
        if dialog.current_page() == "recheck":
            self.shown += shown(dialog)
            for answer in dialog.rechecks:
                answer.yes.click()
            dialog.continue_button.click()
        assert dialog.current_page() == "questions"
        self.shown += shown(dialog)
        for flag_id, answer in dialog.questions.items():
            (answer.yes if flag_id in self.yes else answer.no).click()
        dialog.continue_button.click()
        if dialog.current_page() == "result":
            self.shown += shown(dialog)
            if dialog.blocked:
                dialog.close_button.click()
                return Screening(dialog.tier, None, False, dialog.answers, (), dialog.complete)
            dialog.understand_button.click()
        assert dialog.current_page() == "pain"
        self.shown += shown(dialog)
        if not self.start:
            dialog.cancel_button.click()
            return Screening(dialog.tier, None, False, dialog.answers, (), dialog.complete)
        dialog.pain_scale.set_value(2)
        dialog.continue_button.click()
        return Screening(
            dialog.tier, 2, True, dialog.answers, dialog.recheck_answers, dialog.complete
        )

    def symptoms_settled(self, watch: SymptomWatch) -> bool | None:
        return True

    def hurt(  # type: ignore[override]
        self,
        safety: Safety,
        name: str,
        ceiling: int,
        baseline: int | None,
        easier: bool,
        swapped: bool,
        rise: int | None = None,
    ) -> HurtAnswer | None:
        dialog = HurtDialog(safety, name, ceiling, baseline, easier, swapped, None, rise)
        self._open(dialog)
        self.shown += shown(dialog)
        for pain, ticks, _ in _HURTS:
            for field, box in dialog.checks.items():
                box.setChecked(field in ticks)
            dialog.pain_scale.set_value(pain)
            dialog.check()
            self.rules.append(dialog.rule.id)
            self.shown += shown(dialog)
            dialog.back_button.click()
        pain, ticks = self.final
        for field, box in dialog.checks.items():
            box.setChecked(field in ticks)
        dialog.pain_scale.set_value(pain)
        dialog.check()
        return HurtAnswer(dialog.report, dialog.rule, dialog.action)


def _window(qtbot: QtBot, data_dir: Path) -> tuple[MainWindow, SessionLauncher]:
    save_settings(data_dir / "settings.json", Settings(language="de_DE"))
    window = build_main_window(data_dir, clock=FakeClock())
    qtbot.addWidget(window)
    assert window.language == "de_DE"
    launcher = window.session_launcher
    assert launcher is not None
    return window, launcher


def _english(texts: list[str]) -> list[str]:
    return sorted({t for t in texts if _ENGLISH.search(t)})


def test_the_screening_and_it_hurts_are_german_end_to_end(
    qtbot: QtBot, data_dir: Path, german: None
) -> None:
    window, launcher = _window(qtbot, data_dir)
    dialogs = Walking(qtbot, yes=("rf_pregnant",))
    launcher.dialogs = dialogs  # type: ignore[assignment]
    assert launcher.start("daily_mobility_10")  # with an exercise done lying face down
    assert launcher.controller is not None
    launcher.controller.start()
    launcher._on_hurt()

    safety = window.library.safety
    assert safety is not None
    assert dialogs.rules == [rule for _, _, rule in _HURTS], "every stop rule was shown"
    assert {r.id for r in safety.stop_rules} == set(dialogs.rules)
    german_texts = " ".join(dialogs.shown)
    pregnant = next(f for f in safety.red_flags if f.id == "rf_pregnant")
    for plain, translations in [
        (safety.disclaimer, safety.disclaimer_i18n),
        (pregnant.question, pregnant.question_i18n),
        (pregnant.concern, pregnant.concern_i18n),
        *((r.message, r.message_i18n) for r in safety.stop_rules),
        (safety.tiers[Tier.CAUTION].message, safety.tiers[Tier.CAUTION].message_i18n),
    ]:
        first = " ".join(translations["de"].split("\n\n")[0].split())
        assert first in german_texts
        assert " ".join(plain.split()) not in german_texts
    # What the gate said about today's session (the pregnancy adaptation) is German too.
    said = [f"{title}: {message}" for title, message in dialogs.informed]
    assert said, "the adapted session was explained"
    assert safety.adaptations[0].reason_i18n["de"] in said[0]
    assert _english(dialogs.shown + said) == []
    # The home screen keeps the caution answer in mind, in German.
    window.show_home()
    notice = window.findChild(QWidget, "safetyNotice")
    assert notice is not None
    assert pregnant.concern_i18n["de"] in " ".join(shown(notice))


def test_the_emergency_the_block_and_the_recheck_are_german(
    qtbot: QtBot, data_dir: Path, german: None
) -> None:
    window, launcher = _window(qtbot, data_dir)
    dialogs = Walking(qtbot, yes=("rf_bladder",))
    launcher.dialogs = dialogs  # type: ignore[assignment]
    assert not launcher.start("core_stability_1")
    safety = window.library.safety
    assert safety is not None
    emergency = safety.tiers[Tier.EMERGENCY]
    assert emergency.title_i18n["de"] in dialogs.shown
    # Sessions are now paused: the block, then every question again.
    dialogs.yes = ()
    dialogs.start = False
    dialogs.shown = []
    assert not launcher.start("core_stability_1")
    assert emergency.title_i18n["de"] in dialogs.shown, "the blocked dialog's banner"
    assert _english(dialogs.shown) == []
    # The next time: the short re-check (answered Yes), then every question again.
    dialogs.shown = []
    assert not launcher.start("core_stability_1")
    recheck = " ".join(dialogs.shown)
    assert all(" ".join(q.split()) in recheck for q in safety.recheck_questions_i18n["de"])
    assert _english(dialogs.shown) == []


def test_the_help_page_is_german(qtbot: QtBot, data_dir: Path, german: None) -> None:
    window, _ = _window(qtbot, data_dir)
    help_page = show_help(window, "rest")
    qtbot.addWidget(help_page)
    text = help_page.text.toPlainText()
    safety = window.library.safety
    assert safety is not None
    assert safety.rest_advice_i18n["de"].split("\n\n")[0] in text
    assert safety.disclaimer_i18n["de"].split("\n\n")[0] in text
    assert _english(text.split("\n")) == []


def test_an_emergency_stop_says_what_to_do_in_german(
    qtbot: QtBot, data_dir: Path, german: None
) -> None:
    window, launcher = _window(qtbot, data_dir)
    dialogs = Walking(qtbot)
    dialogs.final = (3, ("red_flag_symptom",))
    launcher.dialogs = dialogs  # type: ignore[assignment]
    assert launcher.start("core_stability_1")
    assert launcher.controller is not None
    launcher.controller.start()
    launcher._on_hurt()
    safety = window.library.safety
    assert safety is not None
    rule = next(r for r in safety.stop_rules if r.id == "red_flag_symptom")
    [(title, message)] = dialogs.informed
    assert title == safety.tiers[Tier.EMERGENCY].title_i18n["de"]
    assert message.startswith(rule.message_i18n["de"])
    assert safety.tiers[Tier.EMERGENCY].message_i18n["de"] in message
    assert _english([title, message]) == []
