"""The row of customising buttons above a program's details (wired by ProgramActions)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from rehab_app.ui.common.controls import named_button
from rehab_app.ui.home.programs_page import ProgramsPage


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
        self.edit_button = named_button(
            self.tr("Edi&t…"),
            "editProgramButton",
            self.tr("Change this program; a shipped one becomes your own copy"),
            self,
        )
        self.new_button = named_button(
            self.tr("&New program…"), "newProgramButton", self.tr("Build your own program"), self
        )
        self.import_button = named_button(
            self.tr("&Import…"),
            "importButton",
            self.tr("Add a program a physio shared with you (.rehab file)"),
            self,
        )
        self.export_button = named_button(
            self.tr("E&xport…"),
            "exportButton",
            self.tr("Share this program with its own exercises and pictures"),
            self,
        )
        self.pdf_button = named_button(
            self.tr("Save as P&DF…"),
            "handoutButton",
            self.tr("A printable handout with a log table"),
            self,
        )
        self.flare_button = named_button(
            self.tr("&Flare-up day"),
            "flareUpButton",
            self.tr("Start today's session with the easier version of each exercise"),
            self,
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
