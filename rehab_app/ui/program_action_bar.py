"""The row of customising buttons above a program's details (wired by ProgramActions)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from rehab_app.ui.programs_page import ProgramsPage


def action_button(parent: QWidget, name: str, text: str, tip: str) -> QPushButton:
    """A push button with an object name, a tooltip and its text as accessible name."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    button.setToolTip(tip)
    return button


class ProgramActionBar(QWidget):
    """Edit, New, Import, Export, Save as PDF and Flare-up day.

    Start-up shows it with the program's details, right after the first paint and before the
    library has loaded; the buttons do something once ProgramActions has connected them.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programActions")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit_button = action_button(
            self,
            "editProgramButton",
            self.tr("&Edit…"),
            self.tr("Change this program; a shipped one becomes your own copy"),
        )
        self.new_button = action_button(
            self, "newProgramButton", self.tr("&New program…"), self.tr("Build your own program")
        )
        self.import_button = action_button(
            self,
            "importButton",
            self.tr("&Import…"),
            self.tr("Add a program a physio shared with you (.rehab file)"),
        )
        self.export_button = action_button(
            self,
            "exportButton",
            self.tr("E&xport…"),
            self.tr("Share this program with its own exercises and pictures"),
        )
        self.pdf_button = action_button(
            self,
            "handoutButton",
            self.tr("Save as P&DF…"),
            self.tr("A printable handout with a log table"),
        )
        self.flare_button = action_button(
            self,
            "flareUpButton",
            self.tr("&Flare-up day"),
            self.tr("Start today's session with the easier version of each exercise"),
        )
        for button in (
            self.edit_button,
            self.new_button,
            self.import_button,
            self.export_button,
            self.pdf_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.flare_button)

    @classmethod
    def of(cls, page: ProgramsPage) -> ProgramActionBar:
        """The page's action bar, added above its details the first time it is asked for."""
        bar = page.findChild(cls)
        if bar is None:
            bar = cls(page)
            page.add_header(bar)
        return bar
