"""The modal questions around a session; tests replace `SessionDialogs` with a scripted fake."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QMessageBox, QWidget

from rehab_app.core.models import Action, Safety, StopRule, Tier
from rehab_app.core.safety.state import SymptomWatch
from rehab_app.core.session.record import PainReport
from rehab_app.ui.common.texts import translate


@dataclass(frozen=True, slots=True)
class Screening:
    """What the pre-session questions found.

    `answers` holds the red-flag questions answered (all, or the few asked again), `recheck`
    the short re-check's answers; `complete` is True when every question the screening needed
    was answered, even if the pain question after it was cancelled.
    """

    tier: Tier | None
    pain_before: int | None
    accepted: bool
    answers: dict[str, bool] = field(default_factory=dict)
    recheck: tuple[bool, ...] = ()
    complete: bool = True


@dataclass(frozen=True, slots=True)
class HurtAnswer:
    """What the user reported and what the stop rules decided."""

    report: PainReport
    rule: StopRule
    action: Action


class SessionDialogs:
    """The modal questions of a session."""

    def __init__(self, parent: QWidget, show_advice: Callable[[], None] | None = None) -> None:
        self._parent = parent
        self._show_advice = show_advice

    def clear_block(self, safety: Safety, tier: Tier) -> bool:
        """Show why sessions are blocked; True when the user says they were seen."""
        from rehab_app.ui.safety.blocked import BlockedDialog

        dialog = BlockedDialog(safety, tier, self._parent)
        dialog.exec()
        return dialog.cleared

    def screen(self, safety: Safety, first_time: bool, reask: tuple[str, ...] = ()) -> Screening:
        """Red flags (or the short re-check, and caution questions due again), then pain now."""
        from rehab_app.ui.safety.screening import ScreeningDialog

        dialog = ScreeningDialog(safety, first_time, self._parent, reask=reask)
        accepted = bool(dialog.exec())
        return Screening(
            dialog.tier,
            dialog.pain_before if accepted else None,
            accepted,
            dialog.answers,
            dialog.recheck_answers,
            dialog.complete,
        )

    def symptoms_settled(self, watch: SymptomWatch) -> bool | None:
        """Ask whether the symptoms a session stopped for have settled; None when put off."""
        from rehab_app.ui.safety.symptoms import SymptomFollowupDialog

        dialog = SymptomFollowupDialog(watch, self._parent)
        dialog.exec()
        return dialog.settled

    def hurt(
        self,
        safety: Safety,
        name: str,
        ceiling: int,
        baseline: int | None,
        easier: bool,
        swapped: bool,
        rise: int | None = None,
    ) -> HurtAnswer | None:
        """Ask what is happening and apply the stop rules; None when cancelled."""
        from rehab_app.ui.safety.hurt import HurtDialog

        dialog = HurtDialog(safety, name, ceiling, baseline, easier, swapped, self._parent, rise)
        if not dialog.exec() or not dialog.checked:
            return None
        return HurtAnswer(dialog.report, dialog.rule, dialog.action)

    def confirm_end(self) -> bool:
        """Ask before ending a session early; Enter or Space from the mat keeps going."""
        box = QMessageBox(self._parent)
        box.setObjectName("confirmEndBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("SessionDialogs", "End the session?"))
        box.setText(
            translate(
                "SessionDialogs",
                "End the session now? What you have done so far is kept in your history.",
            )
        )
        end = box.addButton(
            translate("SessionDialogs", "End the session"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(
            translate("SessionDialogs", "Keep going"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        keep.setFocus()
        box.exec()
        return box.clickedButton() is end

    def inform(self, title: str, message: str) -> None:
        """Tell the user something important."""
        QMessageBox.information(self._parent, title, message)

    def advise_rest(self, title: str, message: str) -> None:
        """Say why there is no session today and offer the advice for a very sore back."""
        box = QMessageBox(self._parent)
        box.setObjectName("restAdviceBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(message)
        read = box.addButton(
            translate("SessionDialogs", "Read the advice"), QMessageBox.ButtonRole.AcceptRole
        )
        close = box.addButton(
            translate("SessionDialogs", "Close"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(read)
        box.setEscapeButton(close)
        box.exec()
        if box.clickedButton() is read and self._show_advice is not None:
            self._show_advice()
