"""Safety on the home screen: the notice, the Help button and F1, and the morning follow-up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QTabWidget

from rehab_app.core.i18n import safety_in
from rehab_app.core.models import Safety, Tier
from rehab_app.core.safety.state import followup_due
from rehab_app.ui.common.texts import translate
from rehab_app.ui.home.programs_page import ProgramsPage
from rehab_app.ui.safety.notice import SafetyNotice, notices
from rehab_app.ui.safety.words import nice_date, symptom_words
from rehab_app.ui.shell.host import Host

if TYPE_CHECKING:
    from rehab_app.ui.session.launcher import SessionLauncher


class SafetyHome(QObject):
    """The safety notice on the programs page, Help beside the tabs and F1; keeps them current."""

    def __init__(
        self, host: Host, programs: ProgramsPage, tabs: QTabWidget, launcher: SessionLauncher
    ) -> None:
        super().__init__(host.dialog_parent())
        self.host = host
        self.launcher = launcher
        self.notice = SafetyNotice(programs)
        programs.add_header(self.notice)
        self.help_button = QPushButton(self.tr("&Help"), tabs)
        self.help_button.setObjectName("helpButton")
        self.help_button.setAccessibleName(self.tr("Help and safety"))
        self.help_button.setToolTip(
            self.tr("How the app works, its safety rules, and when to get help (F1)")
        )
        self.help_button.setAutoDefault(False)
        tabs.setCornerWidget(self.help_button)
        self.shortcut = QShortcut(
            QKeySequence(QKeySequence.StandardKey.HelpContents), host.dialog_parent()
        )
        self.shortcut.setObjectName("helpShortcut")
        self.help_button.clicked.connect(lambda: self.show_help("about"))
        self.shortcut.activated.connect(lambda: self.show_help("about"))
        self.notice.help_requested.connect(lambda: self.show_help("rules"))
        self.notice.checked_requested.connect(self.ask_checked)
        host.settings_changed.connect(self.refresh)
        launcher.session_saved.connect(self.refresh)
        self.refresh()

    def show_help(self, section: str) -> None:
        """Open the help page at `section`."""
        from rehab_app.ui.safety.help import show_help

        show_help(self.host.dialog_parent(), section)

    def _safety(self) -> Safety | None:
        """The safety data, worded in the user's language."""
        safety = self.host.library.safety
        return safety_in(safety, self.host.language) if safety is not None else None

    def refresh(self) -> None:
        """Show what is in force now."""
        safety = self._safety()
        if safety is None:
            self.notice.hide()
            return
        settings = self.host.settings
        open_cautions = any(
            n.tier == Tier.CAUTION.value and n.checked is None for n in settings.safety.noted
        )
        self.notice.show_notices(notices(settings, safety, self.launcher.today()), open_cautions)

    def ask_checked(self) -> None:
        """Ask which caution answers a clinician has checked, and keep that."""
        from rehab_app.ui.safety.symptoms import CheckedDialog

        safety = self._safety()
        if safety is None:
            return
        noted = tuple(
            n
            for n in self.launcher.keeper.state.noted
            if n.tier == Tier.CAUTION.value and n.checked is None
        )
        dialog = CheckedDialog(noted, safety, self.host.dialog_parent())
        if dialog.exec():
            for flag in dialog.checked:
                self.launcher.keeper.checked(flag)


def morning_followup(launcher: SessionLauncher) -> None:
    """At start-up, the day after a symptom stop: ask whether the symptoms have settled."""
    keeper = launcher.keeper
    state = keeper.state
    watch = state.watch
    if watch is None or not followup_due(state, keeper.today()):
        return
    settled = launcher.dialogs.symptoms_settled(watch)
    if settled is None:
        return
    keeper.followup(settled)
    if not settled:
        launcher.dialogs.inform(
            translate("SafetyHome", "Please get this checked"),
            translate(
                "SafetyHome",
                "The symptoms from your session on {0} ({1}) have not settled. Please see your"
                " GP or a physiotherapist about them. Until they settle, the app will not make"
                " your programs harder, and the return-to-running programs stay locked. If a"
                " leg gets weak, or you feel numb between your legs, get emergency help.",
            ).format(nice_date(watch.day), symptom_words(watch.symptoms)),
        )
