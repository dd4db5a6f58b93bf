"""A banner offering the pain-guided suggestion for a program: progress, keep, step back or see a physio."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.content.loader import Library
from rehab_app.core.models import Program
from rehab_app.core.progression.suggestions import Suggestion, SuggestionKind
from rehab_app.ui.home.suggestion_words import suggestion_words

ICON_SIZE = QSize(32, 32)
_ICONS = {
    SuggestionKind.PROGRESS: QStyle.StandardPixmap.SP_ArrowUp,
    SuggestionKind.NEXT_STAGE: QStyle.StandardPixmap.SP_MediaSkipForward,
    SuggestionKind.REPEAT: QStyle.StandardPixmap.SP_BrowserReload,
    SuggestionKind.STEP_BACK: QStyle.StandardPixmap.SP_ArrowDown,
    SuggestionKind.SEE_PHYSIO: QStyle.StandardPixmap.SP_MessageBoxWarning,
}


class SuggestionBanner(QFrame):
    """Shows one suggestion as an icon, a kind word and the reason, with Accept and Decline.

    A "see a physio" suggestion has only "OK, noted", which counts as accepting it (the
    program then records that the advice was given). The banner hides itself after a choice.

    Signals:
        accepted(object): the user accepted the shown Suggestion.
        declined(object): the user declined the shown Suggestion.
    """

    accepted = Signal(object)
    declined = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Suggestion for your program"))
        self.suggestion: Suggestion | None = None
        self.program: Program | None = None
        self.icon = QLabel(self)
        self.icon.setObjectName("suggestionIcon")
        self.icon.setFixedSize(ICON_SIZE)
        self.kind_label = QLabel(self)
        self.kind_label.setObjectName("suggestionKind")
        bold = QFont(self.kind_label.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.kind_label.setFont(bold)
        self.reason_label = QLabel(self)
        self.reason_label.setObjectName("suggestionReason")
        self.reason_label.setWordWrap(True)
        self.icon.setToolTip(self.tr("What the app suggests"))
        self.accept_button = self._button(
            "suggestionAccept", self.tr("Accept"), self.tr("Change the program as suggested")
        )
        self.decline_button = self._button(
            "suggestionDecline", self.tr("Decline"), self.tr("Keep the program as it is")
        )
        self.accept_button.clicked.connect(self._accept)
        self.decline_button.clicked.connect(self._decline)
        text = QVBoxLayout()
        text.addWidget(self.kind_label)
        text.addWidget(self.reason_label)
        buttons = QVBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.decline_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        layout.addLayout(buttons)
        self.hide()

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        return button

    def kind_word(self, kind: SuggestionKind) -> str:
        """The word shown next to the icon for `kind`."""
        words = {
            SuggestionKind.PROGRESS: self.tr("Progress"),
            SuggestionKind.NEXT_STAGE: self.tr("Next stage"),
            SuggestionKind.REPEAT: self.tr("Keep the same"),
            SuggestionKind.STEP_BACK: self.tr("Step back"),
            SuggestionKind.SEE_PHYSIO: self.tr("See a physio"),
        }
        return words[kind]

    def show_suggestion(
        self, suggestion: Suggestion | None, program: Program, library: Library | None = None
    ) -> None:
        """Show `suggestion` for `program` (names from `library`), or hide the banner."""
        self.suggestion, self.program = suggestion, program
        if suggestion is None:
            self.hide()
            return
        kind = SuggestionKind(suggestion.kind)
        word = self.kind_word(kind)
        self.icon.setPixmap(self.style().standardIcon(_ICONS[kind]).pixmap(ICON_SIZE))
        self.icon.setAccessibleName(word)
        self.kind_label.setText(word)
        reason = suggestion_words(suggestion, library)
        self.reason_label.setText(reason)
        self.setAccessibleDescription(f"{word}: {reason}")
        physio = kind is SuggestionKind.SEE_PHYSIO
        if physio:
            self.accept_button.setText(self.tr("OK, noted"))
            self.accept_button.setAccessibleName(self.tr("OK, noted"))
            self.accept_button.setToolTip(
                self.tr("Close this advice; your program keeps a note that it was given")
            )
        else:
            self.accept_button.setText(self.tr("Accept"))
            self.accept_button.setAccessibleName(self.tr("Accept: {0}").format(word))
            if kind is SuggestionKind.NEXT_STAGE:
                tip = self.tr("Note the move in {0} and show the next stage").format(program.name)
            else:
                tip = self.tr("Change {0} as suggested; the change is recorded").format(
                    program.name
                )
            self.accept_button.setToolTip(tip)
        self.decline_button.setText(self.tr("Decline"))
        self.decline_button.setAccessibleName(self.tr("Decline: {0}").format(word))
        self.decline_button.setToolTip(self.tr("Keep {0} as it is").format(program.name))
        self.decline_button.setVisible(not physio)
        self.show()

    def _accept(self) -> None:
        if self.suggestion is not None:
            chosen, self.suggestion = self.suggestion, None
            self.hide()
            self.accepted.emit(chosen)

    def _decline(self) -> None:
        if self.suggestion is not None:
            chosen, self.suggestion = self.suggestion, None
            self.hide()
            self.declined.emit(chosen)
