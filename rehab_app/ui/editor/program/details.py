"""The program editor's details pane: the selected exercise's changes and the program's settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from rehab_app.core.models import Exercise, ProgramItem
from rehab_app.ui.common.texts import translate
from rehab_app.ui.editor.program.item_panels import ItemPanel, SettingsPanel


class ProgramDetails(QScrollArea):
    """The selected item's dosage, rest and note above the program's own settings, scrolling.

    Signals:
        item_edited(str, object, bool): the user changed a field of the selected item
            (True: a field of its dosage changes).
    """

    item_edited = Signal(str, object, bool)

    def __init__(self, stages: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsScroll")
        self.setAccessibleName(translate("ProgramEditor", "Selected exercise and program settings"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        self.item_panel = ItemPanel(body)
        self.settings_panel = SettingsPanel(stages, body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.item_panel)
        layout.addWidget(self.settings_panel)
        layout.addStretch(1)
        self.setWidget(body)
        self._loading = False
        self.item_panel.dosage_edited.connect(lambda f, v: self._edited(f, v, True))
        self.item_panel.item_edited.connect(lambda f, v: self._edited(f, v, False))

    def show_item(self, item: ProgramItem | None, exercise: Exercise | None, rest: int) -> None:
        """Show the selected item (None: nothing selected); `rest` is the program's rest between."""
        # Filling the controls fires their change signals; those are not the user's edits.
        self._loading = True
        try:
            self.item_panel.show_item(item, exercise, rest)
        finally:
            self._loading = False

    def _edited(self, field: str, value: object, dosage: bool) -> None:
        if not self._loading:
            self.item_edited.emit(field, value, dosage)
