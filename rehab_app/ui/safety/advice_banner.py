"""A boxed notice for safety advice: icon, level word, title and message, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from rehab_app.core.models import Safety, Tier
from rehab_app.ui.common.pain_scale import heading, wrapped
from rehab_app.ui.common.texts import translate

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


# The banner colours of each tier: the app's own advice has four levels.
TIER_LEVEL = {
    Tier.EMERGENCY: "emergency",
    Tier.URGENT: "urgent",
    Tier.NOT_SUITABLE: "urgent",
    Tier.CAUTION: "caution",
    Tier.ROUTINE: "caution",
}


def tier_word(tier: Tier) -> str:
    """The word shown above a tier's advice, in capitals."""
    words = {
        Tier.EMERGENCY: translate("AdviceBanner", "EMERGENCY"),
        Tier.URGENT: translate("AdviceBanner", "URGENT"),
        Tier.NOT_SUITABLE: translate("AdviceBanner", "ADULTS ONLY"),
        Tier.CAUTION: translate("AdviceBanner", "PLEASE NOTE"),
        Tier.ROUTINE: translate("AdviceBanner", "FOR YOUR GP"),
    }
    return words[tier]


def tier_banner(banner: AdviceBanner, safety: Safety, tier: Tier, extra: str = "") -> None:
    """Show a red-flag tier's advice from the safety data (a safe default when it is missing)."""
    advice = safety.tiers.get(tier)
    if advice is None:
        title = translate("AdviceBanner", "Please get checked by a doctor")
        message = translate(
            "AdviceBanner", "Please speak to a doctor before you exercise with this app."
        )
    else:
        title, message = advice.title, advice.message
    banner.show_advice(TIER_LEVEL[tier], tier_word(tier), title, message, extra)
