"""The program editor's "Add exercise" panel: search the library and pick an exercise to add."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.content.loader import Library
from rehab_app.core.i18n import exercise_in
from rehab_app.core.models import Category
from rehab_app.ui.common.controls import named, named_button
from rehab_app.ui.common.texts import category_label, dosage_text, translate
from rehab_app.ui.editor.program.model import ID_ROLE


class AddExercisePanel(QGroupBox):
    """Find an exercise by name or category; Enter, a double-click or Add asks to add it.

    Signals:
        add_requested(str): add the exercise with this id to the program.
        pick_changed(): the picked exercise changed, or the filter may have hidden it.
    """

    add_requested = Signal(str)
    pick_changed = Signal()

    def __init__(
        self, library: Library, parent: QWidget | None = None, language: str | None = None
    ) -> None:
        super().__init__(translate("ProgramEditor", "Add exercise"), parent)
        self.setObjectName("addGroup")
        self._library = library
        self._language = language
        self.add_search = named(
            QLineEdit(self), "addSearch", translate("ProgramEditor", "Search exercises to add"),
            translate("ProgramEditor", "Type part of a name; Enter adds the selected match"),
        )  # fmt: skip
        self.add_search.setPlaceholderText(translate("ProgramEditor", "Search exercises…"))
        self.add_search.setClearButtonEnabled(True)
        self.add_category = named(
            QComboBox(self), "addCategory",
            translate("ProgramEditor", "Category of exercises to add"),
            translate("ProgramEditor", "Show only one kind of exercise"),
        )  # fmt: skip
        self.add_category.addItem(translate("ProgramEditor", "All categories"), "")
        for category in Category:
            self.add_category.addItem(category_label(category), category.value)
        self.add_list = named(
            QListWidget(self), "addList", translate("ProgramEditor", "Exercises you can add"),
            translate("ProgramEditor", "Double-click or press Enter to add the exercise"),
        )  # fmt: skip
        self.add_list.setAlternatingRowColors(True)
        self.add_button = named_button(
            translate("ProgramEditor", "&Add"), "addButton",
            translate("ProgramEditor", "Add the selected exercise to the program"), self,
        )  # fmt: skip
        self.new_exercise_button = named_button(
            translate("ProgramEditor", "New e&xercise…"), "newExerciseButton",
            translate("ProgramEditor", "Create your own exercise"), self,
        )  # fmt: skip
        self.edit_exercise_button = named_button(
            translate("ProgramEditor", "E&dit exercise…"), "editExerciseButton",
            translate("ProgramEditor", "Change one of your own exercises"), self,
        )  # fmt: skip
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_exercise_button)
        buttons.addWidget(self.edit_exercise_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.add_search)
        layout.addWidget(self.add_category)
        layout.addWidget(self.add_list, 1)
        layout.addLayout(buttons)
        self.add_search.textChanged.connect(self.apply_filter)
        self.add_search.returnPressed.connect(self._add_current)
        self.add_category.currentIndexChanged.connect(self.apply_filter)
        self.add_list.itemActivated.connect(
            lambda item: self.add_requested.emit(item.data(ID_ROLE))
        )
        self.add_list.currentItemChanged.connect(self.pick_changed)
        self.add_button.clicked.connect(self._add_current)

    def fill(self) -> None:
        """List every exercise in the shared Library, keeping the current pick."""
        keep = self.selected_id()
        self.add_list.clear()
        shown = [exercise_in(e, self._language) for e in self._library.exercises.values()]
        for exercise in sorted(shown, key=lambda e: e.name.lower()):
            origin = self._library.exercise_origins.get(exercise.id)
            mine = (
                translate("ProgramEditor", " · yours") if origin is not None and origin.user else ""
            )
            text = f"{exercise.name}  ·  {category_label(exercise.category)}{mine}"
            item = QListWidgetItem(text, self.add_list)
            item.setData(ID_ROLE, exercise.id)
            item.setToolTip(f"{exercise.summary}\n{dosage_text(exercise.dosage)}")
            if exercise.id == keep:
                self.add_list.setCurrentItem(item)
        self.apply_filter()

    def apply_filter(self) -> None:
        """Show only exercises matching every search word and the category; pick the first."""
        words = self.add_search.text().lower().split()
        wanted = self.add_category.currentData()
        first: QListWidgetItem | None = None
        for i in range(self.add_list.count()):
            item = self.add_list.item(i)
            ex = self._library.exercises[item.data(ID_ROLE)]
            there = exercise_in(ex, self._language)
            words_of = (ex.name, ex.id, ex.summary, *ex.targets, there.name, there.summary)
            text = " ".join((*words_of, *there.targets)).lower()
            shown = all(w in text for w in words) and (not wanted or ex.category.value == wanted)
            item.setHidden(not shown)
            first = first or (item if shown else None)
        current = self.add_list.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.add_list.setCurrentItem(first)
        self.pick_changed.emit()

    def selected_id(self) -> str | None:
        """The picked exercise's id, or None when nothing shown is picked."""
        item = self.add_list.currentItem()
        return None if item is None or item.isHidden() else str(item.data(ID_ROLE))

    def clear_filter(self) -> None:
        """Show all exercises again."""
        self.add_search.clear()
        self.add_category.setCurrentIndex(0)

    def select(self, exercise_id: str) -> None:
        """Pick the exercise with this id."""
        for i in range(self.add_list.count()):
            if self.add_list.item(i).data(ID_ROLE) == exercise_id:
                self.add_list.setCurrentRow(i)

    def enable(self, editing: bool) -> None:
        """Enable Add for a shown pick, and Edit for one of the user's own exercises."""
        key = self.selected_id()
        self.add_button.setEnabled(editing and key is not None)
        origin = self._library.exercise_origins.get(key) if key else None
        self.edit_exercise_button.setEnabled(editing and origin is not None and origin.user)

    def _add_current(self) -> None:
        key = self.selected_id()
        if key is not None:
            self.add_requested.emit(key)
