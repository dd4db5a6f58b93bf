"""Sessions are paused by an earlier answer or stop; the user may lift that after being seen."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from rehab_app.core.models import Safety, Tier
from rehab_app.ui.common.pain_scale import (
    big_button,
    big_check,
    heading,
    spread_font,
    use_mat_font,
    wrapped,
)
from rehab_app.ui.safety.advice_banner import AdviceBanner, tier_banner


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
