"""The exercise library: search, filter by category, and read an exercise's details."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.content.loader import Library
from rehab_app.core.i18n import exercise_in, pick
from rehab_app.core.models import Category, Exercise
from rehab_app.ui.common.controls import named_button
from rehab_app.ui.common.roomy import roomy
from rehab_app.ui.common.texts import (
    category_label as category_label,  # re-exported for the editors
)
from rehab_app.ui.library.exercise_detail import ExerciseDetail

ID_ROLE = Qt.ItemDataRole.UserRole


class LibraryBrowser(QWidget):
    """Search and browse every loaded exercise.

    Signals:
        new_exercise_requested(): the user pressed "New exercise".
    """

    new_exercise_requested = Signal()

    def __init__(
        self, library: Library, parent: QWidget | None = None, language: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("libraryBrowser")
        self._library = library
        self._language = language
        self.search = QLineEdit(self)
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText(self.tr("Search exercises…"))
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.setToolTip(self.tr("Words from the name, summary or targeted body parts"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox(self)
        self.category.setObjectName("categoryFilter")
        self.category.setAccessibleName(self.tr("Filter by category"))
        self.category.setToolTip(self.tr("Show only one kind of exercise"))
        self.list = QListWidget(self)
        self.list.setObjectName("exerciseList")
        roomy(self.list)
        self.list.setAccessibleName(self.tr("Exercises"))
        self.detail = ExerciseDetail(self, language)
        self.new_exercise_button = named_button(
            self.tr("New e&xercise…"),
            "newExerciseButton",
            self.tr("Write your own exercise"),
            self,
        )
        self.new_exercise_button.clicked.connect(self.new_exercise_requested)
        self._fill()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.category, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 720])
        layout = QVBoxLayout(self)
        layout.addWidget(self.new_exercise_button)
        layout.addWidget(splitter)
        self.search.textChanged.connect(self._apply_filter)
        self.category.currentIndexChanged.connect(self._apply_filter)
        self.list.currentItemChanged.connect(self._on_current)
        self.detail.variant_activated.connect(self.select)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _fill(self) -> None:
        """The category filter and the list, from the library as it is now."""
        library, language = self._library, self._language
        self.category.blockSignals(True)
        wanted = self.category.currentData()
        self.category.clear()
        self.category.addItem(self.tr("All categories"), "")
        for cat in Category:
            if any(e.category is cat for e in library.exercises.values()):
                self.category.addItem(category_label(cat), cat.value)
        self.category.setCurrentIndex(max(0, self.category.findData(wanted or "")))
        self.category.blockSignals(False)
        self.list.clear()
        names = {key: self._name(ex) for key, ex in library.exercises.items()}
        for key in sorted(names, key=lambda k: names[k].lower()):
            ex = library.exercises[key]
            item = QListWidgetItem(f"{names[key]}\n{category_label(ex.category)}", self.list)
            item.setData(ID_ROLE, key)
            item.setToolTip(pick(ex.summary, ex.summary_i18n, language))

    def refresh(self) -> None:
        """Show the library again after it changed, keeping the filters and the selection."""
        current = self.list.currentItem()
        key = current.data(ID_ROLE) if current is not None else None
        self._fill()
        self._apply_filter()
        if key is not None and key in self._library.exercises:
            self.select(key)
        elif self.list.count():
            self.list.setCurrentRow(0)

    def _name(self, ex: Exercise) -> str:
        return pick(ex.name, ex.name_i18n, self._language)

    def visible_ids(self) -> list[str]:
        """Ids of the exercises the filters let through, in list order."""
        return [
            self.list.item(i).data(ID_ROLE)
            for i in range(self.list.count())
            if not self.list.item(i).isHidden()
        ]

    def select(self, exercise_id: str) -> None:
        """Show one exercise, clearing filters that would hide it."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(ID_ROLE) == exercise_id:
                if item.isHidden():
                    self.search.clear()
                    self.category.setCurrentIndex(0)
                self.list.setCurrentItem(item)
                return

    def _apply_filter(self) -> None:
        words = self.search.text().lower().split()
        wanted = self.category.currentData()
        for i in range(self.list.count()):
            item = self.list.item(i)
            ex = self._library.exercises[item.data(ID_ROLE)]
            shown = exercise_in(ex, self._language)
            # English words find an exercise too: a physio's handout may use them.
            texts = (ex.name, ex.id, ex.summary, *ex.targets)
            texts += (shown.name, shown.summary, *shown.targets)
            haystack = " ".join(texts).lower()
            match = all(w in haystack for w in words) and (
                not wanted or ex.category.value == wanted
            )
            item.setHidden(not match)

    def _on_current(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            self.detail.show_exercise(None, (), {})
            return
        key = current.data(ID_ROLE)
        names = {k: self._name(e) for k, e in self._library.exercises.items()}
        self.detail.show_exercise(
            self._library.exercises[key], self._library.images.get(key, ()), names
        )
