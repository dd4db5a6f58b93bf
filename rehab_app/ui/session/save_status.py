"""Whether the session is being saved: a banner in the player and wording for the summary."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QWidget

from rehab_app.core.session.record import WriteFailure
from rehab_app.ui.common.texts import translate
from rehab_app.ui.session.controller import SessionController


def failure_reason(failure: WriteFailure) -> str:
    """Why saving failed, in a few words the user can act on."""
    reasons = {
        "disk_full": translate("SaveStatus", "the disk is full"),
        "read_only": translate("SaveStatus", "the history file cannot be written (read-only)"),
        "busy": translate("SaveStatus", "another program is using the history file"),
        "io_error": translate("SaveStatus", "the disk could not be written"),
    }
    return reasons.get(failure.kind) or translate("SaveStatus", "an error: {0}").format(
        failure.detail
    )


class SaveBanner(QLabel):
    """Shown in the player while the session cannot be saved; hidden again once it can."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveBanner")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(translate("SaveStatus", "Saving problem"))
        self._controller = controller
        controller.save_status_changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        failure = self._controller.save_failure
        if failure is None:
            self.setText("")
            self.hide()
            return
        self.setText(
            translate(
                "SaveStatus",
                "Not saved: {0}. Carry on; the app tries again after this exercise.",
            ).format(failure_reason(failure))
        )
        self.setAccessibleDescription(self.text())
        self.show()
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))
