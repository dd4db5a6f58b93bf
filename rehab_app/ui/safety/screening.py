"""Before a session: the red-flag questions (or the short re-check), then "pain right now"."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.models import RedFlag, Safety, Tier
from rehab_app.core.safety.rules import blocks, raised_flags, worst_tier
from rehab_app.ui.common.pain_scale import (
    PainScale,
    YesNo,
    big_button,
    heading,
    scrolled,
    spread_font,
    use_mat_font,
    wrapped,
)
from rehab_app.ui.safety.advice_banner import AdviceBanner, tier_banner
from rehab_app.ui.safety.blocked import BlockedDialog

# Kept importable from here: other screens and tests know them by this module.
__all__ = ["AdviceBanner", "BlockedDialog", "ScreeningDialog", "tier_banner"]

PAGE_RECHECK = "recheck"
PAGE_QUESTIONS = "questions"
PAGE_RESULT = "result"
PAGE_PAIN = "pain"


class ScreeningDialog(QDialog):
    """The pre-session safety check; read `answers`, `tier` and `pain_before` after it closes.

    First time: every question. Later: the short re-check, then every question if anything
    is new, or else only the caution questions in `reask` (answered Yes 14 or more days ago).
    A blocking answer ends on a page with only "Close" (the dialog is rejected). Accepted
    means: start the session. `answers` and `complete` hold even when the pain question is
    cancelled, so the caller keeps them.
    """

    def __init__(
        self,
        safety: Safety,
        first_time: bool,
        parent: QWidget | None = None,
        reask: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screeningDialog")
        self.setWindowTitle(self.tr("Safety check"))
        self.setAccessibleName(self.tr("Safety check before your session"))
        use_mat_font(self)
        self.resize(820, 720)
        self._safety = safety
        self._first_time = first_time
        self._reask = tuple(f for f in safety.red_flags if f.id in reask)
        self._answers: dict[str, bool] = {}
        self.full_list_answered = False
        self._full = False
        self.complete = False
        self.recheck_answer: bool | None = None
        self.questions: dict[str, YesNo] = {}
        self.rechecks: list[YesNo] = []

        self.pages = QStackedWidget(self)
        self.pages.setObjectName("screeningPages")
        self._names: list[str] = []
        self.recheck: YesNo | None = None
        if not first_time:
            self._add_page(PAGE_RECHECK, self._build_recheck())
        self._add_page(PAGE_QUESTIONS, QWidget(self.pages))
        self._add_page(PAGE_RESULT, self._build_result())
        self._add_page(PAGE_PAIN, self._build_pain())
        if first_time:
            self._show_questions(self._safety.red_flags, full=True)

        self.progress_label = wrapped("", self, "screeningProgress")
        self.cancel_button = big_button(
            self.tr("Not now"), "cancelButton", self, self.tr("Close without starting a session")
        )
        self.close_button = big_button(self.tr("Close"), "closeButton", self)
        self.understand_button = big_button(
            self.tr("I understand, continue"), "understandButton", self
        )
        self.continue_button = big_button(self.tr("Continue"), "continueButton", self)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.reject)
        self.understand_button.clicked.connect(lambda: self._go(PAGE_PAIN))
        self.continue_button.clicked.connect(self._on_continue)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_label, 1)
        row = (self.cancel_button, self.close_button, self.understand_button, self.continue_button)
        for button in row:
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(14)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        spread_font(self)
        self._go(self._names[0])

    @property
    def answers(self) -> dict[str, bool]:
        """The confirmed answers, keyed by red-flag id (empty after a re-check answered No)."""
        return dict(self._answers)

    @property
    def recheck_answers(self) -> tuple[bool, ...]:
        """The short re-check's answers, in order (empty on a first screening)."""
        found = [q.answer() for q in self.rechecks]
        return tuple(bool(a) for a in found) if all(a is not None for a in found) else ()

    @property
    def tier(self) -> Tier | None:
        """The most serious tier the answers raise, or None."""
        return worst_tier(self._safety, self._answers)

    @property
    def blocked(self) -> bool:
        """True when the answers mean no session may start."""
        return blocks(self._safety, self.tier)

    @property
    def pain_before(self) -> int | None:
        """Pain right now, 0-10, or None if not chosen."""
        return self.pain_scale.value()

    def current_page(self) -> str:
        """The name of the page on show: recheck, questions, result or pain."""
        return self._names[self.pages.currentIndex()]

    def _add_page(self, name: str, page: QWidget) -> None:
        page.setObjectName(f"{name}Page")
        self._names.append(name)
        self.pages.addWidget(page)

    def _build_recheck(self) -> QWidget:
        scroll, body = scrolled(self.pages)
        scroll.setAccessibleName(self.tr("A quick check before you start"))
        layout = QVBoxLayout(body)
        layout.addWidget(heading(self.tr("A quick check before you start"), body))
        for n, question in enumerate(self._safety.recheck_questions, start=1):
            label = wrapped(question, body, f"recheckQuestion{n}")
            answer = YesNo(f"recheckAnswer{n}", question, body)
            answer.group.idToggled.connect(lambda *_: self._refresh())
            layout.addWidget(label)
            layout.addWidget(answer)
            layout.addSpacing(8)
            self.rechecks.append(answer)
        self.recheck = self.rechecks[0]
        layout.addWidget(
            wrapped(
                self.tr(
                    "If you answer Yes to any of these, the app will ask you the full safety"
                    " questions again, so it can tell you what to do."
                ),
                body,
                "recheckHint",
            )
        )
        layout.addStretch(1)
        return scroll

    def _show_questions(self, flags: tuple[RedFlag, ...], full: bool) -> None:
        """Put the questions for `flags` on the questions page (all of them, or a few again)."""
        scroll, body = scrolled(self.pages)
        scroll.setAccessibleName(self.tr("Safety questions"))
        layout = QVBoxLayout(body)
        layout.setSpacing(12)
        if self._first_time:
            layout.addWidget(heading(self.tr("Before you start"), body))
            layout.addWidget(wrapped(self._safety.disclaimer, body, "disclaimer"))
        title = self.tr("Safety questions") if full else self.tr("A few questions again")
        layout.addWidget(heading(title, body, 1.25))
        intro = (
            self.tr("Please answer every question with Yes or No. Take your time.")
            if full
            else self.tr(
                "Two weeks or more have passed since you answered Yes to these. Please answer"
                " them again, so the app goes on giving you the right advice."
            )
        )
        layout.addWidget(wrapped(intro, body, "questionsIntro"))
        self.questions = {}
        for n, flag in enumerate(flags, start=1):
            frame = QFrame(body)
            frame.setObjectName(f"flag_{flag.id}")
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            text = self.tr("{0} of {1}. {2}").format(n, len(flags), flag.question)
            box = QVBoxLayout(frame)
            box.addWidget(wrapped(text, frame, f"question_{flag.id}"))
            answer = YesNo(f"answer_{flag.id}", flag.question, frame)
            answer.group.idToggled.connect(lambda *_: self._refresh())
            box.addWidget(answer)
            layout.addWidget(frame)
            self.questions[flag.id] = answer
        layout.addStretch(1)
        spread_font(scroll)
        index = self._names.index(PAGE_QUESTIONS)
        old = self.pages.widget(index)
        if old is not None:
            self.pages.removeWidget(old)
            old.deleteLater()
        scroll.setObjectName(f"{PAGE_QUESTIONS}Page")
        self.pages.insertWidget(index, scroll)
        self._full = full

    def _build_result(self) -> QWidget:
        scroll, body = scrolled(self.pages)
        scroll.setAccessibleName(self.tr("What to do"))
        self.banner = AdviceBanner(body)
        self.said_yes = wrapped("", body, "saidYes")
        layout = QVBoxLayout(body)
        layout.setSpacing(16)
        layout.addWidget(self.banner)
        layout.addWidget(self.said_yes)
        layout.addStretch(1)
        return scroll

    def _build_pain(self) -> QWidget:
        page = QWidget(self.pages)
        self.pain_scale = PainScale(self._safety.pain_model, page)
        self.pain_scale.value_changed.connect(lambda _: self._refresh())
        layout = QVBoxLayout(page)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("How is your back right now?"), page))
        layout.addWidget(
            wrapped(
                self.tr(
                    "Choose the number that fits best. There is no wrong answer: it helps the"
                    " app notice if your pain climbs during the session."
                ),
                page,
                "painIntro",
            )
        )
        layout.addWidget(self.pain_scale)
        layout.addStretch(1)
        return page

    def _on_continue(self) -> None:
        page = self.current_page()
        if page == PAGE_RECHECK and self.recheck_answers:
            self.recheck_answer = any(self.recheck_answers)
            if self.recheck_answer:
                self._show_questions(self._safety.red_flags, full=True)
                self._go(PAGE_QUESTIONS)
            elif self._reask:
                self._show_questions(self._reask, full=False)
                self._go(PAGE_QUESTIONS)
            else:
                self.complete = True
                self._go(PAGE_PAIN)
        elif page == PAGE_QUESTIONS:
            self._submit_questions()
        elif page == PAGE_PAIN and self.pain_scale.value() is not None:
            self.accept()

    def _submit_questions(self) -> None:
        found = {flag_id: q.answer() for flag_id, q in self.questions.items()}
        if any(value is None for value in found.values()):
            return
        self._answers = {flag_id: bool(value) for flag_id, value in found.items()}
        self.full_list_answered = self._full
        self.complete = True
        tier = self.tier
        if tier is None:
            self._go(PAGE_PAIN)
            return
        extra = ""
        if self.blocked:
            extra = self.tr(
                "The app will not start a session until you tell it that a doctor or"
                " physiotherapist has checked you."
            )
        tier_banner(self.banner, self._safety, tier, extra)
        lines = [
            f"•  {f.question}\n    {f.concern}." for f in raised_flags(self._safety, self._answers)
        ]
        self.said_yes.setText(self.tr("You answered Yes to:") + "\n" + "\n".join(lines))
        self._go(PAGE_RESULT)

    def _go(self, name: str) -> None:
        self.pages.setCurrentIndex(self._names.index(name))
        self._refresh()
        if name == PAGE_RECHECK and self.rechecks:
            self.rechecks[0].yes.setFocus()
        elif name == PAGE_QUESTIONS and self.questions:
            next(iter(self.questions.values())).yes.setFocus()
        elif name == PAGE_PAIN:
            self.pain_scale.setFocus()
        elif name == PAGE_RESULT:
            (self.close_button if self.blocked else self.understand_button).setFocus()

    def _refresh(self) -> None:
        page = self.current_page()
        on_result = page == PAGE_RESULT
        stop = on_result and self.blocked
        self.cancel_button.setVisible(not stop)
        self.close_button.setVisible(stop)
        self.understand_button.setVisible(on_result and not stop)
        self.continue_button.setVisible(not on_result)
        text = self.tr("Start the session") if page == PAGE_PAIN else self.tr("Continue")
        self.continue_button.setText(text)
        self.continue_button.setAccessibleName(text)
        progress, enabled = "", True
        if page == PAGE_RECHECK:
            done = sum(q.answer() is not None for q in self.rechecks)
            enabled = done == len(self.rechecks)
            if len(self.rechecks) > 1:
                progress = self.tr("{0} of {1} answered").format(done, len(self.rechecks))
        elif page == PAGE_QUESTIONS:
            done = sum(q.answer() is not None for q in self.questions.values())
            progress = self.tr("{0} of {1} answered").format(done, len(self.questions))
            enabled = done == len(self.questions)
        elif page == PAGE_PAIN:
            enabled = self.pain_scale.value() is not None
            progress = "" if enabled else self.tr("Choose a number from 0 to 10.")
        self.progress_label.setText(progress)
        self.continue_button.setEnabled(enabled)
        tip = "" if enabled else self.tr("Answer the question above first.")
        self.continue_button.setToolTip(tip)
        default = self.continue_button
        if on_result:
            default = self.close_button if stop else self.understand_button
        default.setDefault(True)
