"""Before a session: the red-flag questions (or the short re-check), then "pain right now"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.models import Safety, Tier
from rehab_app.core.safety_rules import blocks, worst_tier
from rehab_app.ui.pain_scale import (
    PainScale,
    YesNo,
    big_button,
    big_check,
    heading,
    scrolled,
    spread_font,
    use_mat_font,
    wrapped,
)
from rehab_app.ui.texts import translate

PAGE_RECHECK = "recheck"
PAGE_QUESTIONS = "questions"
PAGE_RESULT = "result"
PAGE_PAIN = "pain"

# level: (border/word colour, background, icon). Text stays near-black on the pale
# background so it reads the same in light and dark themes.
_LEVELS = {
    "emergency": ("#a8231b", "#fdecea", QStyle.StandardPixmap.SP_MessageBoxCritical),
    "urgent": ("#9a4f00", "#fff1dc", QStyle.StandardPixmap.SP_MessageBoxWarning),
    "caution": ("#6b5c00", "#fffbe0", QStyle.StandardPixmap.SP_MessageBoxInformation),
    "ok": ("#1e6b30", "#e8f5e9", QStyle.StandardPixmap.SP_MessageBoxInformation),
}


class AdviceBanner(QFrame):
    """A boxed notice with an icon, a level word, a title and a message: never colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adviceBanner")
        self.icon_label = QLabel(self)
        self.icon_label.setObjectName("adviceIcon")
        self.word_label = heading("", self, 1.0)
        self.word_label.setObjectName("adviceWord")
        self.title_label = heading("", self, 1.5)
        self.title_label.setObjectName("adviceTitle")
        self.message_label = wrapped("", self, "adviceMessage")
        self.extra_label = wrapped("", self, "adviceExtra")
        top = QHBoxLayout()
        top.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(self.word_label)
        words.addWidget(self.title_label)
        top.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(self.extra_label)
        self.level = ""

    def show_advice(self, level: str, word: str, title: str, message: str, extra: str = "") -> None:
        """Fill the banner; `level` is emergency, urgent, caution or ok."""
        self.level = level
        colour, background, icon = _LEVELS[level]
        self.setStyleSheet(
            f"QFrame#adviceBanner {{ background: {background}; border: 4px solid {colour};"
            f" border-radius: 10px; }}"
            f"QFrame#adviceBanner QLabel {{ color: #111111; background: transparent; }}"
            f"QFrame#adviceBanner QLabel#adviceWord {{ color: {colour}; }}"
        )
        self.icon_label.setPixmap(self.style().standardIcon(icon).pixmap(48, 48))
        self.icon_label.setAccessibleName(word)
        self.word_label.setText(word)
        self.title_label.setText(title)
        self.message_label.setText(message)
        self.extra_label.setText(extra)
        self.extra_label.setVisible(bool(extra))
        self.setAccessibleName(f"{word}: {title}")
        self.setAccessibleDescription(message)


def tier_banner(banner: AdviceBanner, safety: Safety, tier: Tier, extra: str = "") -> None:
    """Show a red-flag tier's advice from the safety data (a safe default when it is missing)."""
    words = {
        Tier.EMERGENCY: translate("AdviceBanner", "EMERGENCY"),
        Tier.URGENT: translate("AdviceBanner", "URGENT"),
        Tier.CAUTION: translate("AdviceBanner", "PLEASE NOTE"),
    }
    advice = safety.tiers.get(tier)
    if advice is None:
        title = translate("AdviceBanner", "Please get checked by a doctor")
        message = translate(
            "AdviceBanner", "Please speak to a doctor before you exercise with this app."
        )
    else:
        title, message = advice.title, advice.message
    banner.show_advice(tier.value, words[tier], title, message, extra)


class ScreeningDialog(QDialog):
    """The pre-session safety check; read `blocked`, `tier` and `pain_before` after it closes.

    A blocking answer ends on a page with only "Close" (the dialog is rejected): the caller
    must then store `tier` in settings.blocked_tier. Accepted means: start the session.
    """

    def __init__(self, safety: Safety, first_time: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screeningDialog")
        self.setWindowTitle(self.tr("Safety check"))
        self.setAccessibleName(self.tr("Safety check before your session"))
        use_mat_font(self)
        self.resize(820, 720)
        self._safety = safety
        self._answers: dict[str, bool] = {}
        self.full_list_answered = False
        self.recheck_answer: bool | None = None

        self.pages = QStackedWidget(self)
        self.pages.setObjectName("screeningPages")
        self._names: list[str] = []
        self.recheck: YesNo | None = None
        if not first_time:
            self._add_page(PAGE_RECHECK, self._build_recheck())
        self._add_page(PAGE_QUESTIONS, self._build_questions(first_time))
        self._add_page(PAGE_RESULT, self._build_result())
        self._add_page(PAGE_PAIN, self._build_pain())

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
    def tier(self) -> Tier | None:
        """The most serious tier answered Yes, or None."""
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
        page = QWidget(self.pages)
        self.recheck = YesNo("recheckAnswer", self._safety.recheck_question, page)
        self.recheck.group.idToggled.connect(lambda *_: self._refresh())
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("A quick check before you start"), page))
        layout.addWidget(wrapped(self._safety.recheck_question, page, "recheckQuestion"))
        layout.addWidget(self.recheck)
        layout.addSpacing(12)
        layout.addWidget(
            wrapped(
                self.tr(
                    "If you answer Yes, the app will ask you the full safety questions again,"
                    " so it can tell you what to do."
                ),
                page,
                "recheckHint",
            )
        )
        layout.addStretch(1)
        return page

    def _build_questions(self, first_time: bool) -> QWidget:
        scroll, body = scrolled(self.pages)
        scroll.setAccessibleName(self.tr("Safety questions"))
        layout = QVBoxLayout(body)
        layout.setSpacing(12)
        if first_time:
            layout.addWidget(heading(self.tr("Before you start"), body))
            layout.addWidget(wrapped(self._safety.disclaimer, body, "disclaimer"))
        layout.addWidget(heading(self.tr("Safety questions"), body, 1.25))
        layout.addWidget(
            wrapped(
                self.tr("Please answer every question with Yes or No. Take your time."),
                body,
                "questionsIntro",
            )
        )
        self.questions: dict[str, YesNo] = {}
        total = len(self._safety.red_flags)
        for n, flag in enumerate(self._safety.red_flags, start=1):
            frame = QFrame(body)
            frame.setObjectName(f"flag_{flag.id}")
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            text = self.tr("{0} of {1}. {2}").format(n, total, flag.question)
            box = QVBoxLayout(frame)
            box.addWidget(wrapped(text, frame, f"question_{flag.id}"))
            answer = YesNo(f"answer_{flag.id}", flag.question, frame)
            answer.group.idToggled.connect(lambda *_: self._refresh())
            box.addWidget(answer)
            layout.addWidget(frame)
            self.questions[flag.id] = answer
        layout.addStretch(1)
        return scroll

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
        if page == PAGE_RECHECK and self.recheck is not None:
            self.recheck_answer = self.recheck.answer()
            self._go(PAGE_QUESTIONS if self.recheck_answer else PAGE_PAIN)
        elif page == PAGE_QUESTIONS:
            self._submit_questions()
        elif page == PAGE_PAIN and self.pain_scale.value() is not None:
            self.accept()

    def _submit_questions(self) -> None:
        found = {flag_id: q.answer() for flag_id, q in self.questions.items()}
        if any(value is None for value in found.values()):
            return
        self._answers = {flag_id: bool(value) for flag_id, value in found.items()}
        self.full_list_answered = True
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
        yes = [f.question for f in self._safety.red_flags if self._answers.get(f.id)]
        self.said_yes.setText(
            self.tr("You answered Yes to:") + "\n" + "\n".join(f"•  {q}" for q in yes)
        )
        self._go(PAGE_RESULT)

    def _go(self, name: str) -> None:
        self.pages.setCurrentIndex(self._names.index(name))
        self._refresh()
        if name == PAGE_RECHECK and self.recheck is not None:
            self.recheck.yes.setFocus()
        elif name == PAGE_QUESTIONS:
            next(iter(self.questions.values())).yes.setFocus()
        elif name == PAGE_PAIN:
            self.pain_scale.setFocus()
        else:
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
        if page == PAGE_RECHECK and self.recheck is not None:
            enabled = self.recheck.answer() is not None
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


class BlockedDialog(QDialog):
    """Sessions are paused by an earlier answer; the user may lift that after being seen.

    After `exec()`, `cleared` is True when the user confirmed they were seen: the caller
    saves settings.blocked_tier = None and shows the full screening again.
    """

    def __init__(self, safety: Safety, tier: Tier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blockedDialog")
        self.setWindowTitle(self.tr("Your exercises are paused"))
        self.setAccessibleName(self.tr("Your exercises are paused"))
        use_mat_font(self)
        self.resize(760, 560)
        self.cleared = False
        self.banner = AdviceBanner(self)
        tier_banner(self.banner, safety, tier)
        explain = wrapped(
            self.tr(
                "Earlier you told the app something that needs a doctor's check first, so"
                " sessions are paused. When a doctor or physiotherapist has seen you and said"
                " you may exercise, tick the box below. You will then answer the safety"
                " questions again."
            ),
            self,
            "blockedExplain",
        )
        self.seen_check = big_check(
            self.tr("I have been seen by a doctor or physiotherapist and may exercise"),
            "seenCheck",
            self,
        )
        self.close_button = big_button(
            self.tr("Close"), "closeButton", self, self.tr("Keep sessions paused for now")
        )
        self.clear_button = big_button(
            self.tr("Continue to the safety questions"),
            "clearButton",
            self,
            self.tr("Tick the box above first"),
        )
        self.clear_button.setEnabled(False)
        self.seen_check.toggled.connect(self.clear_button.setEnabled)
        self.close_button.clicked.connect(self.reject)
        self.clear_button.clicked.connect(self._clear)
        self.close_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Your exercises are paused"), self))
        layout.addWidget(self.banner)
        layout.addWidget(explain)
        layout.addWidget(self.seen_check)
        layout.addStretch(1)
        layout.addLayout(buttons)
        spread_font(self)

    def _clear(self) -> None:
        if self.seen_check.isChecked():
            self.cleared = True
            self.accept()
