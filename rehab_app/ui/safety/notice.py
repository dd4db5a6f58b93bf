"""The home screen's safety notice: what is in force (a block, a symptom stop, cautions)."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from rehab_app.core.models import Safety, Tier
from rehab_app.core.safety.state import active_adaptations
from rehab_app.core.safety.stored import stored_block
from rehab_app.core.settings import Settings
from rehab_app.ui.common.pain_scale import big_button
from rehab_app.ui.common.texts import translate
from rehab_app.ui.safety.advice_banner import TIER_LEVEL, AdviceBanner, tier_word
from rehab_app.ui.safety.words import nice_date, symptom_words

_ORDER = ("emergency", "urgent", "caution", "ok")


@dataclass(frozen=True, slots=True)
class Notice:
    """One thing in force, worded: banner level, level word, title and text."""

    level: str
    word: str
    title: str
    text: str


def notices(settings: Settings, safety: Safety, today: date) -> list[Notice]:
    """What the home screen must say about the safety decisions in force, most serious first."""
    state = settings.safety
    found: list[Notice] = []
    concerns = {flag.id: flag.concern for flag in safety.red_flags}
    tier = stored_block(settings)
    if tier is not None:
        advice = safety.tiers.get(tier)
        rules = {rule.id: rule.title for rule in safety.stop_rules}
        reasons = [rules.get(r) or concerns.get(r, r) for r in state.block_reason.split(",") if r]
        text = advice.title + "." if advice is not None else ""
        if state.blocked_on:
            text = translate("SafetyNotice", "Since {0}: {1}").format(
                nice_date(state.blocked_on), text
            )
        if reasons:
            text += " " + translate("SafetyNotice", "Because of: {0}.").format("; ".join(reasons))
        text += " " + translate(
            "SafetyNotice",
            "Start a session once a doctor has seen you: the app will ask you to confirm it.",
        )
        found.append(
            Notice(
                TIER_LEVEL[tier],
                tier_word(tier),
                translate("SafetyNotice", "Your exercises are paused"),
                text,
            )
        )
    watch = state.watch
    if watch is not None:
        symptoms = symptom_words(watch.symptoms)
        if watch.settled is False:
            found.append(
                Notice(
                    "urgent",
                    translate("SafetyNotice", "NOT SETTLED"),
                    translate("SafetyNotice", "The symptoms from {0} have not settled").format(
                        nice_date(watch.day)
                    ),
                    translate(
                        "SafetyNotice",
                        "{0}. Please see your GP or a physiotherapist. Until they settle, no"
                        " program is made harder and the return-to-running programs are locked.",
                    ).format(symptoms.capitalize()),
                )
            )
        else:
            when = (
                translate("SafetyNotice", "today")
                if watch.day == today.isoformat()
                else nice_date(watch.day)
            )
            found.append(
                Notice(
                    "caution",
                    translate("SafetyNotice", "SYMPTOM STOP"),
                    translate("SafetyNotice", "Your session {0} stopped for symptoms").format(when),
                    translate(
                        "SafetyNotice",
                        "{0}. No change to your programs is suggested until they have settled."
                        " Before your next session, and tomorrow morning, the app asks whether"
                        " they have.",
                    ).format(symptoms.capitalize()),
                )
            )
    open_cautions = [n for n in state.noted if n.tier == Tier.CAUTION.value and n.checked is None]
    if open_cautions:
        lines = [f"•  {concerns.get(n.flag, n.flag)} ({nice_date(n.since)})" for n in open_cautions]
        found.append(
            Notice(
                "caution",
                tier_word(Tier.CAUTION),
                translate("SafetyNotice", "Please get this checked soon"),
                "\n".join(lines)
                + "\n"
                + translate(
                    "SafetyNotice",
                    "The return-to-running programs are locked until a doctor or physiotherapist"
                    " has checked this. These questions are asked again after 14 days.",
                ),
            )
        )
    other = [n for n in state.noted if n.tier == Tier.ROUTINE.value or n.checked is not None]
    adaptations = active_adaptations(state, safety)
    if other or adaptations:
        lines = [f"•  {concerns.get(n.flag, n.flag)} ({nice_date(n.since)})" for n in other]
        lines += [f"•  {a.reason}" for a in adaptations]
        found.append(
            Notice(
                "ok",
                translate("SafetyNotice", "NOTED"),
                translate("SafetyNotice", "Kept in mind for your sessions"),
                "\n".join(lines),
            )
        )
    found.sort(key=lambda n: _ORDER.index(n.level))
    return found


class SafetyNotice(QWidget):
    """A banner with everything in force, and "I have been checked" for open cautions.

    Signals:
        checked_requested(): the user wants to say a clinician checked their caution answers.
        help_requested(): the user wants the help page.
    """

    checked_requested = Signal()
    help_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyNotice")
        self.banner = AdviceBanner(self)
        self.banner.extra_label.setTextFormat(Qt.TextFormat.RichText)
        self.checked_button = big_button(
            self.tr("I have been checked…"),
            "checkedButton",
            self,
            self.tr("Tell the app that a doctor or physiotherapist has checked your answers"),
        )
        self.help_button = big_button(
            self.tr("How these rules work"), "rulesButton", self, self.tr("Open help (F1)")
        )
        for button in (self.checked_button, self.help_button):
            button.setAutoDefault(False)
        self.checked_button.clicked.connect(self.checked_requested)
        self.help_button.clicked.connect(self.help_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.help_button)
        row.addWidget(self.checked_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(row)
        self.items: list[Notice] = []
        self.hide()

    def show_notices(self, items: list[Notice], can_check: bool) -> None:
        """Show `items` (the first decides the colour and title), or hide when there are none."""
        self.items = items
        if not items:
            self.hide()
            return
        first = items[0]
        rest = [
            f"<p><b>{html.escape(n.title)}</b><br>{html.escape(n.text).replace(chr(10), '<br>')}</p>"
            for n in items[1:]
        ]
        self.banner.show_advice(first.level, first.word, first.title, first.text, "".join(rest))
        self.checked_button.setVisible(can_check)
        self.show()
