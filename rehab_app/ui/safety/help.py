"""About and help: what the app is (and is not), how its safety rules work, and rest advice.

Reachable at any time: F1, and the Help button beside the home tabs.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QHBoxLayout, QTextBrowser, QVBoxLayout, QWidget

from rehab_app import __version__
from rehab_app.core.i18n import safety_in
from rehab_app.core.models import PainModel, Safety
from rehab_app.ui.common.pain_scale import big_button, use_mat_font

SECTIONS = ("about", "rules", "rest", "help")


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())


class HelpDialog(QDialog):
    """The About/Help page as one scrolling text with four sections; `show_section` jumps."""

    def __init__(self, safety: Safety | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Help and safety"))
        self.setAccessibleName(self.tr("Help and safety"))
        use_mat_font(self, 12.0)
        self.resize(900, 760)
        self.text = QTextBrowser(self)
        self.text.setObjectName("helpText")
        self.text.setAccessibleName(self.tr("Help text"))
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(self.help_html(safety))
        close = big_button(self.tr("Close"), "closeButton", self, self.tr("Close help (Esc)"))
        close.clicked.connect(self.close)
        close.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)

    def show_section(self, section: str) -> None:
        """Scroll to `section`: about, rules, rest or help."""
        self.text.scrollToAnchor(section)

    def help_html(self, safety: Safety | None) -> str:
        """The whole page as rich text."""
        model = safety.pain_model if safety is not None else PainModel()
        about = self.tr(
            "Back on Track guides you through exercises for everyday low back pain, with"
            " pain-guided advice on when to ease off and when to do more. Version {0}."
        ).format(__version__)
        disclaimer = _paragraphs(safety.disclaimer) if safety is not None else ""
        rules = [
            self.tr(
                "Before every session the app asks a short safety check and how your back is"
                " right now. The first time, and whenever something new comes up, it asks the"
                " full safety questions. Answers that need a doctor first pause your sessions"
                " until you tell the app that you have been seen."
            ),
            self.tr(
                "Answers that only need a check soon are kept with their date, shown on the home"
                " screen and asked again after 14 days. Until a doctor or physiotherapist has"
                " checked them, the return-to-running programs stay locked. During pregnancy,"
                " exercises lying face down are replaced, and with leg pain on walking that eases"
                " when you bend forward, back-bends are replaced with bending-forward exercises."
            ),
            self.tr(
                "Each program has a pain limit. Pain from 0 to {0} is fine, up to {1} is"
                " acceptable, and above that is too much: ease off or try an easier version."
                " Pain of {2} or more, or more than {3} above the program's limit, ends the"
                " session. Pain spreading down your leg, new numbness or tingling, or a weak leg"
                " stop the exercise or the session whatever the number says."
            ).format(model.green_max, model.amber_max, model.stop_at, model.stop_above_ceiling),
            self.tr(
                "If your pain before a session is above a program's starting limit, the app only"
                " ever points you to a gentler program lower down the ladder (acute relief, then"
                " mobility and core stage 1, then stage 2, then the return-to-running stages), or"
                " to rest. After a session stopped for symptoms, the app does not suggest doing"
                " more, and it asks the next morning and before the next session whether the"
                " symptoms have settled."
            ),
            self.tr(
                "The pain limits follow the pain-monitoring model, which physiotherapists use with"
                " runners. It was developed and tested for tendon pain (the Achilles tendon), not"
                " for back pain: using it for back pain is an extrapolation. Your own doctor or"
                " physiotherapist may set other limits for you."
            ),
        ]
        rest = (
            _paragraphs(safety.rest_advice)
            if safety is not None and safety.rest_advice
            else "<p>" + html.escape(self.tr("Rest advice could not be loaded.")) + "</p>"
        )
        help_now = self.tr(
            "Call your local emergency number or go to A&E now for: numbness between your legs"
            " or around your bottom; new trouble passing or holding urine or stools; a leg"
            " getting weaker, or a foot that drags or slaps down; symptoms in both legs; chest"
            " pain; or sudden, severe, tearing pain in your tummy or back with feeling faint."
        )
        # Each heading outside the f-strings: lupdate does not find a tr() inside one.
        about_title = html.escape(self.tr("About this app"))
        not_advice = html.escape(self.tr("Not medical advice"))
        rules_title = html.escape(self.tr("How the safety rules work"))
        rest_title = html.escape(self.tr("When your back is very sore"))
        help_title = html.escape(self.tr("Get help now"))
        parts = [
            f'<a name="about"></a><h2>{about_title}</h2>',
            f"<p>{html.escape(about)}</p>",
            f"<h3>{not_advice}</h3>{disclaimer}",
            f'<a name="rules"></a><h2>{rules_title}</h2>',
            "".join(f"<p>{html.escape(p)}</p>" for p in rules),
            f'<a name="rest"></a><h2>{rest_title}</h2>',
            rest,
            f'<a name="help"></a><h2>{help_title}</h2>',
            f"<p><b>{html.escape(help_now)}</b></p>",
        ]
        return "".join(parts)


def show_help(window: QWidget, section: str = "about") -> HelpDialog:
    """Show the help page (one per window, not modal, so a session can go on) at `section`."""
    dialog = window.findChild(HelpDialog, "helpDialog")
    if dialog is None:
        safety = getattr(getattr(window, "library", None), "safety", None)
        if safety is not None:
            safety = safety_in(safety, getattr(window, "language", None))
        dialog = HelpDialog(safety, window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.show_section(section)
    return dialog
