"""The program editor's list of the program's exercises, with its move and remove controls."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from rehab_app.ui.common.controls import named, named_button
from rehab_app.ui.common.texts import translate
from rehab_app.ui.editor.program.model import ProgramItemsModel
from rehab_app.ui.editor.program.widgets import add_action


class ProgramItemsPanel(QGroupBox):
    """The program's exercises in order; drag, Ctrl+Up / Ctrl+Down or the buttons move one.

    Signals:
        move_requested(int): move the selected exercise by this many rows (-1 up, 1 down).
        remove_requested(): remove the selected exercise.
    """

    move_requested = Signal(int)
    remove_requested = Signal()

    def __init__(self, model: ProgramItemsModel, parent: QWidget | None = None) -> None:
        super().__init__(translate("ProgramEditor", "Exercises in this program"), parent)
        self.setObjectName("itemsGroup")
        view = named(
            QListView(self), "itemList", translate("ProgramEditor", "Exercises in this program"),
            translate("ProgramEditor", "Drag to reorder, or Ctrl+Up / Ctrl+Down; Delete removes"),
        )  # fmt: skip
        view.setModel(model)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDropIndicatorShown(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSpacing(3)
        view.setWordWrap(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setAlternatingRowColors(True)
        self.item_list = view
        self.move_up_button = named_button(
            translate("ProgramEditor", "Move up"), "moveUpButton",
            translate("ProgramEditor", "Move the selected exercise up (Ctrl+Up)"), self,
        )  # fmt: skip
        self.move_down_button = named_button(
            translate("ProgramEditor", "Move down"), "moveDownButton",
            translate("ProgramEditor", "Move the selected exercise down (Ctrl+Down)"), self,
        )  # fmt: skip
        self.remove_button = named_button(
            translate("ProgramEditor", "Remove"), "removeButton",
            translate("ProgramEditor", "Remove the selected exercise (Delete)"), self,
        )  # fmt: skip
        row = QHBoxLayout()
        row.addWidget(self.move_up_button)
        row.addWidget(self.move_down_button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        self.empty_hint = QLabel(
            translate(
                "ProgramEditor",
                "No exercises yet. Pick one in “Add exercise” and press Add or Enter.",
            ),
            self,
        )
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_hint)
        layout.addWidget(view, 1)
        layout.addLayout(row)
        self.move_up_button.clicked.connect(lambda: self.move_requested.emit(-1))
        self.move_down_button.clicked.connect(lambda: self.move_requested.emit(1))
        self.remove_button.clicked.connect(self.remove_requested)
        only_list = Qt.ShortcutContext.WidgetShortcut
        add_action(
            translate("ProgramEditor", "Move up"), [QKeySequence("Ctrl+Up")],
            lambda: self.move_requested.emit(-1), self.item_list, only_list,
        )  # fmt: skip
        add_action(
            translate("ProgramEditor", "Move down"), [QKeySequence("Ctrl+Down")],
            lambda: self.move_requested.emit(1), self.item_list, only_list,
        )  # fmt: skip
        add_action(
            translate("ProgramEditor", "Remove"), [QKeySequence(QKeySequence.StandardKey.Delete)],
            lambda: self.remove_requested.emit(), self.item_list, only_list,
        )  # fmt: skip

    def current_row(self) -> int:
        """The selected row, or -1."""
        index = self.item_list.currentIndex()
        return index.row() if index.isValid() else -1

    def enable(self, editing: bool, count: int) -> None:
        """Enable moving and removing where the selected row allows it."""
        row = self.current_row()
        self.move_up_button.setEnabled(editing and row > 0)
        self.move_down_button.setEnabled(editing and 0 <= row < count - 1)
        self.remove_button.setEnabled(editing and row >= 0)
