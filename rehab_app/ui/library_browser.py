"""The exercise library: search, filter by category, and read an exercise's details."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from rehab_app.core.loader import Library
from rehab_app.core.models import Category
from rehab_app.ui.exercise_detail import ExerciseDetail

ID_ROLE = Qt.ItemDataRole.UserRole


def category_label(category: Category | str) -> str:
    """`return_to_run` -> `Return to run`."""
    return str(category).replace("_", " ").capitalize()


class LibraryBrowser(QWidget):
    """Search and browse every loaded exercise."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryBrowser")
        self._library = library
        self.search = QLineEdit(self)
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText("Search exercises…")
        self.search.setAccessibleName("Search exercises")
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox(self)
        self.category.setObjectName("categoryFilter")
        self.category.setAccessibleName("Filter by category")
        self.category.addItem("All categories", "")
        for cat in Category:
            if any(e.category is cat for e in library.exercises.values()):
                self.category.addItem(category_label(cat), cat.value)
        self.list = QListWidget(self)
        self.list.setObjectName("exerciseList")
        self.list.setAccessibleName("Exercises")
        self.detail = ExerciseDetail(self)
        for key, ex in sorted(library.exercises.items(), key=lambda kv: kv[1].name.lower()):
            item = QListWidgetItem(f"{ex.name}\n{category_label(ex.category)}", self.list)
            item.setData(ID_ROLE, key)
            item.setToolTip(ex.summary)
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
        layout.addWidget(splitter)
        self.search.textChanged.connect(self._apply_filter)
        self.category.currentIndexChanged.connect(self._apply_filter)
        self.list.currentItemChanged.connect(self._on_current)
        self.detail.variant_activated.connect(self.select)
        if self.list.count():
            self.list.setCurrentRow(0)

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
            haystack = " ".join((ex.name, ex.id, ex.summary, " ".join(ex.targets))).lower()
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
        names = {k: e.name for k, e in self._library.exercises.items()}
        self.detail.show_exercise(
            self._library.exercises[key], self._library.images.get(key, ()), names
        )
