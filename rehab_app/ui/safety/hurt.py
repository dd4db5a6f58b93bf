"""'It hurts': ask what is happening, apply the stop rules, and say what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.models import Action, Safety, StopRule, Tier
from rehab_app.core.safety.rules import block_of, choose_rule, resolve_action
from rehab_app.core.session.record import PainReport
from rehab_app.ui.common.pain_scale import (
    PainScale,
    big_button,
    big_check,
    heading,
    scrolled,
    spread_font,
    use_mat_font,
    wrapped,
)
from rehab_app.ui.safety.advice_banner import AdviceBanner

# PainReport field, objectName of its checkbox.
_SYMPTOMS = (
    ("spreading", "spreadingCheck"),
    ("nerve_symptoms", "nerveCheck"),
    ("leg_weakness", "legWeaknessCheck"),
    ("both_legs", "bothLegsCheck"),
    ("sharp", "sharpCheck"),
    ("red_flag_symptom", "redFlagCheck"),
    ("general_warning", "generalWarningCheck"),
)

_LEVEL = {
    Action.CARRY_ON: "ok",
    Action.EASIER_VARIANT: "caution",
    Action.SKIP_EXERCISE: "caution",
    Action.END_SESSION: "urgent",
    Action.EMERGENCY: "emergency",
}


class HurtDialog(QDialog):
    """Ask about the pain, then show the matching stop rule and its action as the main button.

    Accepted: read `report`, `rule` and `action` (the caller fills report.at_s and
    report.exercise_id). Rejected (Escape on the first page): carry on, `checked` is False.
    `block_tier` is the tier at which the chosen rule pauses sessions (the caller keeps it).
    `ceiling` and `rise` are the session's limits (core.start_checks.session_limits).
    """

    def __init__(
        self,
        safety: Safety,
        exercise_name: str,
        ceiling: int,
        baseline: int | None,
        has_easier: bool,
        already_substituted: bool,
        parent: QWidget | None = None,
        rise: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hurtDialog")
        self.setWindowTitle(self.tr("It hurts"))
        self.setAccessibleName(self.tr("It hurts: what is happening?"))
        use_mat_font(self)
        self.resize(820, 700)
        self._safety = safety
        self._ceiling = ceiling
        self._baseline = baseline
        self._rise = rise
        self._has_easier = has_easier
        self._substituted = already_substituted
        self._report: PainReport | None = None
        self._rule: StopRule | None = None
        self.action = Action.CARRY_ON

        self.pages = QStackedWidget(self)
        self.pages.setObjectName("hurtPages")
        self.pages.addWidget(self._build_ask(exercise_name))
        self.pages.addWidget(self._build_result())
        self.cancel_button = big_button(
            self.tr("Never mind, carry on"),
            "cancelButton",
            self,
            self.tr("Go back to the exercise without changing anything (Esc)"),
        )
        self.back_button = big_button(
            self.tr("Change my answers"), "backButton", self, self.tr("Go back (Esc)")
        )
        self.check_button = big_button(
            self.tr("Check"), "checkButton", self, self.tr("See what to do next (Enter)")
        )
        self.action_button = big_button("", "actionButton", self)
        font = self.action_button.font()
        font.setBold(True)
        self.action_button.setFont(font)
        self.cancel_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(lambda: self._show_page(0))
        self.check_button.clicked.connect(self.check)
        self.action_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        self.hint_label = wrapped("", self, "hurtHint")
        buttons.addWidget(self.hint_label, 1)
        for button in (self.cancel_button, self.back_button, self.check_button, self.action_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(14)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        spread_font(self)
        self._show_page(0)

    def _build_ask(self, exercise_name: str) -> QWidget:
        page = QWidget(self.pages)
        page.setObjectName("askPage")
        self.pain_scale = PainScale(self._safety.pain_model, page)
        self.pain_scale.value_changed.connect(lambda _: self._refresh())
        texts = (
            self.tr("The pain is spreading down my leg (further than before)"),
            self.tr("New or worse numbness or tingling in a leg or foot"),
            self.tr("A leg or foot feels weak, drags, slaps down or gives way"),
            self.tr("Pain, numbness or tingling in both legs"),
            self.tr("The pain is sharp, stabbing or catching"),
            self.tr(
                "Numbness around my bottom or genitals, or a change in bladder or bowel control"
            ),
            self.tr("Chest pain, feeling faint, or unusually out of breath"),
        )
        self.checks: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(page)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("What is happening?"), page))
        layout.addWidget(
            wrapped(self.tr("During: {0}").format(exercise_name), page, "hurtExercise")
        )
        layout.addWidget(heading(self.tr("How much does it hurt right now?"), page, 1.1))
        layout.addWidget(self.pain_scale)
        limit = wrapped(
            self.tr("Your limit for this program is {0} out of 10.").format(self._ceiling),
            page,
            "hurtLimit",
        )
        layout.addWidget(limit)
        layout.addSpacing(6)
        layout.addWidget(heading(self.tr("Tick anything that is true right now:"), page, 1.1))
        for (field, name), text in zip(_SYMPTOMS, texts, strict=True):
            box = big_check(text, name, page)
            layout.addWidget(box)
            self.checks[field] = box
        layout.addStretch(1)
        return page

    def _build_result(self) -> QWidget:
        page, body = scrolled(self.pages)
        page.setObjectName("resultPage")
        page.setAccessibleName(self.tr("What to do next"))
        self.banner = AdviceBanner(body)
        layout = QVBoxLayout(body)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        return page

    @property
    def checked(self) -> bool:
        """True once Check has chosen a rule (False before that and after Escape)."""
        return self._report is not None

    @property
    def report(self) -> PainReport:
        """What the user reported, with the rule and action filled in (only when `checked`)."""
        if self._report is None:
            raise RuntimeError("no pain report: the dialog was not checked")
        return self._report

    @property
    def rule(self) -> StopRule:
        """The stop rule that matched (only when `checked`)."""
        if self._rule is None:
            raise RuntimeError("no stop rule: the dialog was not checked")
        return self._rule

    @property
    def block_tier(self) -> Tier | None:
        """The tier at which the chosen rule pauses all sessions, or None."""
        return block_of(self._rule) if self._rule is not None else None

    def check(self) -> None:
        """Apply the stop rules to the answers and show what to do (needs a pain number)."""
        pain = self.pain_scale.value()
        if pain is None:
            return
        ticked = {field: box.isChecked() for field, box in self.checks.items()}
        report = PainReport(at_s=0, pain=pain)
        for field, on in ticked.items():
            setattr(report, field, on)
        rule = choose_rule(self._safety, report, self._ceiling, self._baseline, self._rise)
        action = resolve_action(rule, self._has_easier, self._substituted)
        report.action = action.value
        report.rule_id = rule.id
        self._report, self._rule, self.action = report, rule, action
        self.banner.show_advice(
            _LEVEL[action], self._word(action), rule.title, rule.message, self._extra(rule, action)
        )
        self.action_button.setText(self._action_text(action))
        self.action_button.setAccessibleName(self.action_button.text())
        self._show_page(1)

    def reject(self) -> None:
        """Escape on the advice page goes back to the questions; on the questions it cancels."""
        if self.pages.currentIndex() == 1:
            self._show_page(0)
            return
        self._report, self._rule, self.action = None, None, Action.CARRY_ON
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Digits choose the pain number from anywhere on the first page."""
        key = event.key()
        if self.pages.currentIndex() == 0 and Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.pain_scale.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.pain_scale.keyPressEvent(event)
            return
        super().keyPressEvent(event)

    def _word(self, action: Action) -> str:
        words = {
            Action.CARRY_ON: self.tr("OK TO CARRY ON"),
            Action.EASIER_VARIANT: self.tr("EASE OFF"),
            Action.SKIP_EXERCISE: self.tr("STOP THIS EXERCISE"),
            Action.END_SESSION: self.tr("STOP FOR TODAY"),
            Action.EMERGENCY: self.tr("EMERGENCY"),
        }
        return words[action]

    def _action_text(self, action: Action) -> str:
        texts = {
            Action.CARRY_ON: self.tr("Carry on"),
            Action.EASIER_VARIANT: self.tr("Switch to the easier version"),
            Action.SKIP_EXERCISE: self.tr("Skip this exercise"),
            Action.END_SESSION: self.tr("End the session"),
            Action.EMERGENCY: self.tr("End the session"),
        }
        return texts[action]

    def _extra(self, rule: StopRule, action: Action) -> str:
        if action is Action.EMERGENCY:
            advice = self._safety.tiers.get(Tier.EMERGENCY)
            return advice.message if advice is not None else ""
        if block_of(rule) is not None:
            return self.tr(
                "Your sessions are paused until you tell the app that a doctor has checked you."
            )
        if rule.action is Action.EASIER_VARIANT and action is Action.SKIP_EXERCISE:
            if self._substituted:
                return self.tr(
                    "You are already doing the easier version, so skip this exercise for now."
                )
            return self.tr("This exercise has no easier version, so skip it for now.")
        return ""

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        asking = index == 0
        self.cancel_button.setVisible(asking)
        self.check_button.setVisible(asking)
        self.back_button.setVisible(not asking)
        self.action_button.setVisible(not asking)
        if asking:
            self.pain_scale.setFocus()
        else:
            self.action_button.setFocus()
        (self.check_button if asking else self.action_button).setDefault(True)
        self._refresh()

    def _refresh(self) -> None:
        ready = self.pain_scale.value() is not None
        self.check_button.setEnabled(ready)
        show_hint = self.pages.currentIndex() == 0 and not ready
        self.hint_label.setText(self.tr("Choose a number from 0 to 10 first.") if show_hint else "")
