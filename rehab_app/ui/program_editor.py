"""The program editor: your own routines and your copies of shipped ones, with undo for every edit."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.loader import Library
from rehab_app.core.models import Category, Exercise, Program
from rehab_app.core.paths import AppPaths
from rehab_app.core.plan import format_duration
from rehab_app.core.user_files import editable_copy, unique_id
from rehab_app.core.validate import Problem
from rehab_app.ui.dosage_editor import ItemPanel, SettingsPanel, StackKeys, named, problems_html
from rehab_app.ui.exercise_editor import ExerciseEditor
from rehab_app.ui.program_editor_model import (
    ID_ROLE,
    ProgramDocument,
    ProgramItemsModel,
    RowChange,
    replace,
    total_seconds,
)
from rehab_app.ui.texts import category_label, dosage_text

Button = QMessageBox.StandardButton
_ITEM_FIELD = re.compile(r"^items\[(\d+)\]\.?(.*)$")


def _with_keys(text: str, keys: list[QKeySequence]) -> str:
    shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
    return f"{text} ({shown})" if shown else text


class ProgramEditor(QWidget):
    """Edit one program at a time; shipped programs are edited as the user's own copy.

    Set `confirm` to answer the unsaved-changes question (Save, Discard or Cancel) and
    `edit_exercise` to stand in for the exercise dialog (None: create one) in tests.
    The editor updates the shared Library in place when it saves or deletes.

    Signals:
        saved(str): the program with this id was written to the user's programs folder.
        closed(): the user closed the editor (after settling unsaved changes).
        library_changed(): programs or exercises in the shared Library were added or removed.
    """

    saved = Signal(str)
    closed = Signal()
    library_changed = Signal()

    def __init__(self, paths: AppPaths, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programEditor")
        self.setAccessibleName(self.tr("Program editor"))
        self._paths = paths
        self._library = library
        self.confirm: Callable[[], Button] = self._ask_unsaved
        self.edit_exercise: Callable[[Exercise | None], Exercise | None] = self._run_exercise_editor
        self.document = ProgramDocument(paths, library, self)
        self.undo_stack = self.document.undo_stack
        self.model = ProgramItemsModel(library, self.document.move, self)
        self._keys = StackKeys(self)
        self._loading = False
        self._showed_deleted = False
        self._problems: list[str] = []
        self._build()
        self._connect()
        self._fill_add_list()
        self.new_program()

    # ----- public API -----

    @property
    def program(self) -> Program:
        """The program as edited (not necessarily saved)."""
        return self.document.program

    @property
    def problems(self) -> list[str]:
        """The problems shown under the editor (empty: ready to save)."""
        return list(self._problems)

    def is_dirty(self) -> bool:
        """Whether there are edits that are not saved."""
        return self.document.is_dirty()

    def open_program(self, program_id: str) -> bool:
        """Edit a loaded program; a shipped one opens as the user's copy. False: user cancelled."""
        if not self._settle_unsaved():
            return False
        program = self._library.programs[program_id]
        origin = self._library.program_origins.get(program_id)
        if origin is not None and origin.user:
            self.document.start(program, persisted=True)
        else:
            copy = editable_copy(program, self.document.taken_ids())
            self.document.start(copy, persisted=False, copy_of=program.name)
        return True

    def new_program(self) -> bool:
        """Start an empty program. False: the user cancelled."""
        if not self._settle_unsaved():
            return False
        self.document.start(self.document.blank(), persisted=False, follows_name=True)
        return True

    def duplicate(self) -> bool:
        """Edit a new copy of this program (unsaved until Save). False: the user cancelled."""
        if not self._settle_unsaved():
            return False
        program = self.document.program
        name = self.tr("{0} (copy)").format(program.name)[:200]
        new_id = unique_id(name, self.document.taken_ids())
        self.document.start(replace(program, id=new_id, name=name, name_i18n={}), False, True)
        self.undo_stack.resetClean()  # A copy nobody saved is an unsaved change.
        self._refresh()
        self.status_label.setText(self.tr("This is a new copy; save it to keep it."))
        return True

    def rename(self, name: str) -> None:
        """Change the program's name (undoable)."""
        self.document.set_setting("name", name, self.tr("name"), self._current_row())

    def delete(self) -> bool:
        """Delete the user's file of this program; Undo (Ctrl+Z) writes it back."""
        return self.document.delete()

    def save(self) -> bool:
        """Check and write the program to the user's programs folder; False when it cannot."""
        if self.dosage_problem() is not None:
            self.status_label.setText(self.tr("Fix the problems below before saving."))
            return False
        return self.document.save()

    def maybe_close(self) -> bool:
        """Close, asking Save / Discard / Cancel about unsaved changes; False: keep editing."""
        if not self._settle_unsaved():
            return False
        self.closed.emit()
        return True

    def can_close(self) -> bool:
        """For the main window's close check: the same question as maybe_close."""
        return self.maybe_close()

    def refresh_library(self) -> None:
        """Re-read the shared Library (after exercises were added or changed elsewhere)."""
        self._fill_add_list()
        self.model.show_program(self.program, RowChange("data"))
        self._refresh()

    def add_exercise(self, exercise_id: str) -> None:
        """Add an exercise after the selected item (or at the end)."""
        current = self._current_row()
        row = current + 1 if current >= 0 else len(self.program.items)
        self.document.add(exercise_id, row, current)

    def remove_item(self, row: int) -> None:
        """Remove the item at `row`."""
        self.document.remove(row)

    def move_item(self, row: int, to: int) -> bool:
        """Move the item at `row` so it ends up at `to` (a drop in the list takes this path)."""
        return self.document.move(row, to)

    def dosage_problem(self) -> str | None:
        """Why the reps-per-set text cannot be read, or None."""
        return self.item_panel.dosage.problem()

    # ----- building -----

    def _button(self, text: str, name: str, tip: str, parent: QWidget) -> QPushButton:
        return named(QPushButton(text, parent), name, text.replace("&", "").rstrip("…"), tip)

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("editorTitle")
        self._scale_font(self.title, 1.4)
        self.copy_note = QLabel(self)
        self.copy_note.setObjectName("copyNote")
        self.copy_note.setWordWrap(True)
        self.total_label = named(
            QLabel(self), "totalLabel", self.tr("Total time"),
            self.tr("How long a session of this program takes, rests included"),
        )  # fmt: skip
        self._scale_font(self.total_label, 1.2)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        tr = self.tr
        self.new_button = self._button(
            tr("&New program"), "newButton", tr("Start a new, empty program"), self
        )
        self.duplicate_button = self._button(
            tr("D&uplicate"), "duplicateButton", tr("Make a copy of this program"), self
        )
        self.delete_button = self._button(
            tr("De&lete program"), "deleteButton", tr("Delete your program file (you can undo it)"),
            self,
        )  # fmt: skip
        self.undo_button = self._button(tr("Undo"), "undoButton", tr("Undo"), self)
        self.redo_button = self._button(tr("Redo"), "redoButton", tr("Redo"), self)
        self.save_button = self._button(tr("Save"), "saveButton", tr("Save the program"), self)
        self.close_button = self._button(tr("&Close"), "closeButton", tr("Close the editor"), self)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.copy_note)
        header.addLayout(titles, 1)
        header.addWidget(self.total_label, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        self.deleted_banner = QFrame(self)
        self.deleted_banner.setObjectName("deletedBanner")
        self.deleted_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.deleted_label = QLabel(self.deleted_banner)
        self.deleted_label.setObjectName("deletedLabel")
        self.undo_delete_button = self._button(
            tr("Undo delete"), "undoDeleteButton", tr("Put the program file back (Ctrl+Z)"),
            self.deleted_banner,
        )  # fmt: skip
        banner = QHBoxLayout(self.deleted_banner)
        banner.addWidget(self.deleted_label, 1)
        banner.addWidget(self.undo_delete_button)
        self.deleted_banner.setVisible(False)
        self.body = QSplitter(self)
        self.body.setObjectName("editorSplitter")
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(self._build_items())
        self.body.addWidget(self._build_add_panel())
        self.body.addWidget(self._build_details())
        for index, stretch in enumerate((4, 3, 5)):
            self.body.setStretchFactor(index, stretch)
        self.body.setSizes([420, 330, 530])
        self.problems_label = named(
            QLabel(self), "problemsLabel", tr("Problems"),
            tr("What must be fixed before this program can be saved"),
        )  # fmt: skip
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.RichText)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.problems_label.setMargin(6)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(buttons)
        layout.addWidget(self.deleted_banner)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.problems_label)
        self._build_actions()

    @staticmethod
    def _scale_font(label: QLabel, factor: float) -> None:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * factor)
        font.setBold(True)
        label.setFont(font)

    def _build_items(self) -> QWidget:
        box = QGroupBox(self.tr("Exercises in this program"), self)
        box.setObjectName("itemsGroup")
        view = named(
            QListView(box), "itemList", self.tr("Exercises in this program"),
            self.tr("Drag to reorder, or Ctrl+Up / Ctrl+Down; Delete removes"),
        )  # fmt: skip
        view.setModel(self.model)
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
        self.move_up_button = self._button(
            self.tr("Move up"), "moveUpButton", self.tr("Move the selected exercise up (Ctrl+Up)"),
            box,
        )  # fmt: skip
        self.move_down_button = self._button(
            self.tr("Move down"), "moveDownButton",
            self.tr("Move the selected exercise down (Ctrl+Down)"), box,
        )  # fmt: skip
        self.remove_button = self._button(
            self.tr("Remove"), "removeButton", self.tr("Remove the selected exercise (Delete)"),
            box,
        )  # fmt: skip
        row = QHBoxLayout()
        row.addWidget(self.move_up_button)
        row.addWidget(self.move_down_button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        self.empty_hint = QLabel(
            self.tr("No exercises yet. Pick one in “Add exercise” and press Add or Enter."), box
        )
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.empty_hint)
        layout.addWidget(view, 1)
        layout.addLayout(row)
        return box

    def _build_add_panel(self) -> QWidget:
        box = QGroupBox(self.tr("Add exercise"), self)
        box.setObjectName("addGroup")
        self.add_search = named(
            QLineEdit(box), "addSearch", self.tr("Search exercises to add"),
            self.tr("Type part of a name; Enter adds the selected match"),
        )  # fmt: skip
        self.add_search.setPlaceholderText(self.tr("Search exercises…"))
        self.add_search.setClearButtonEnabled(True)
        self.add_category = named(
            QComboBox(box), "addCategory", self.tr("Category of exercises to add"),
            self.tr("Show only one kind of exercise"),
        )  # fmt: skip
        self.add_category.addItem(self.tr("All categories"), "")
        for category in Category:
            self.add_category.addItem(category_label(category), category.value)
        self.add_list = named(
            QListWidget(box), "addList", self.tr("Exercises you can add"),
            self.tr("Double-click or press Enter to add the exercise"),
        )  # fmt: skip
        self.add_list.setAlternatingRowColors(True)
        self.add_button = self._button(
            self.tr("&Add"), "addButton", self.tr("Add the selected exercise to the program"), box
        )
        self.new_exercise_button = self._button(
            self.tr("New e&xercise…"), "newExerciseButton", self.tr("Create your own exercise"),
            box,
        )  # fmt: skip
        self.edit_exercise_button = self._button(
            self.tr("E&dit exercise…"), "editExerciseButton",
            self.tr("Change one of your own exercises"), box,
        )  # fmt: skip
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_exercise_button)
        buttons.addWidget(self.edit_exercise_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.add_search)
        layout.addWidget(self.add_category)
        layout.addWidget(self.add_list, 1)
        layout.addLayout(buttons)
        return box

    def _build_details(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setObjectName("detailsScroll")
        scroll.setAccessibleName(self.tr("Selected exercise and program settings"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        self.item_panel = ItemPanel(body)
        stages = sorted({p.stage for p in self._library.programs.values()})
        self.settings_panel = SettingsPanel(stages, body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.item_panel)
        layout.addWidget(self.settings_panel)
        layout.addStretch(1)
        scroll.setWidget(body)
        self._keys.watch(*self.item_panel.inputs(), *self.settings_panel.inputs(), self.add_search)
        return scroll

    def _action(
        self, text: str, keys: list[QKeySequence], slot: Callable[[], object], owner: QWidget
    ) -> QAction:
        action = QAction(text, owner)
        action.setShortcuts(keys)
        context = (
            Qt.ShortcutContext.WidgetWithChildrenShortcut
            if owner is self
            else Qt.ShortcutContext.WidgetShortcut
        )
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        owner.addAction(action)
        return action

    def _build_actions(self) -> None:
        self._undo_keys = [QKeySequence(QKeySequence.StandardKey.Undo)]
        self._redo_keys: list[QKeySequence] = []
        for key in (
            *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
            QKeySequence("Ctrl+Shift+Z"),
            QKeySequence("Ctrl+Y"),
        ):
            if key not in self._redo_keys:
                self._redo_keys.append(key)
        save_keys = [QKeySequence(QKeySequence.StandardKey.Save)]
        self._action(self.tr("Undo"), self._undo_keys, self.undo_stack.undo, self)
        self._action(self.tr("Redo"), self._redo_keys, self.undo_stack.redo, self)
        self._action(self.tr("Save"), save_keys, self.save, self)
        self.save_button.setToolTip(_with_keys(self.tr("Save the program"), save_keys))
        view = self.item_list
        self._action(self.tr("Move up"), [QKeySequence("Ctrl+Up")], lambda: self._move_by(-1), view)
        self._action(
            self.tr("Move down"), [QKeySequence("Ctrl+Down")], lambda: self._move_by(1), view
        )
        self._action(
            self.tr("Remove"), [QKeySequence(QKeySequence.StandardKey.Delete)],
            lambda: self.remove_item(self._current_row()), view,
        )  # fmt: skip

    def _connect(self) -> None:
        doc = self.document
        doc.changed.connect(self._on_changed)
        doc.status_changed.connect(self.status_label.setText)
        doc.saved.connect(self.saved)
        doc.library_changed.connect(self.library_changed)
        # Queued: the stack also signals while it is destroyed with the editor.
        queued = Qt.ConnectionType.QueuedConnection
        self.undo_stack.indexChanged.connect(self._refresh_buttons, queued)
        self.undo_stack.cleanChanged.connect(self._refresh_buttons, queued)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_delete_button.clicked.connect(self.undo_stack.undo)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.maybe_close)
        self.new_button.clicked.connect(self.new_program)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button.clicked.connect(self.delete)
        self.move_up_button.clicked.connect(lambda: self._move_by(-1))
        self.move_down_button.clicked.connect(lambda: self._move_by(1))
        self.remove_button.clicked.connect(lambda: self.remove_item(self._current_row()))
        self.item_list.selectionModel().currentChanged.connect(self._on_current)
        self.add_search.textChanged.connect(self._filter_add_list)
        self.add_search.returnPressed.connect(self._add_current)
        self.add_category.currentIndexChanged.connect(self._filter_add_list)
        self.add_list.itemActivated.connect(lambda item: self.add_exercise(item.data(ID_ROLE)))
        self.add_list.currentItemChanged.connect(self._refresh_buttons)
        self.add_button.clicked.connect(self._add_current)
        self.new_exercise_button.clicked.connect(lambda: self._exercise_dialog(None))
        self.edit_exercise_button.clicked.connect(self._edit_selected_exercise)
        panel = self.item_panel
        panel.dosage_edited.connect(lambda f, v: self._item_field(f, v, True))
        panel.item_edited.connect(lambda f, v: self._item_field(f, v, False))
        panel.dosage.problem_changed.connect(self._show_problems)
        self.settings_panel.setting_edited.connect(
            lambda f, v, n: self.document.set_setting(f, v, n, self._current_row())
        )

    # ----- editing -----

    def _item_field(self, field: str, value: object, dosage: bool) -> None:
        if not self._loading:
            self.document.set_item_field(self._current_row(), field, value, dosage)

    def _move_by(self, step: int) -> None:
        row = self._current_row()
        if row >= 0:
            self.move_item(row, row + step)

    def _current_row(self) -> int:
        index = self.item_list.currentIndex()
        return index.row() if index.isValid() else -1

    def _on_changed(self, change: RowChange, row: int) -> None:
        program = self.program
        self.model.show_program(program, change)
        if 0 <= row < len(program.items):
            self.item_list.setCurrentIndex(self.model.index(row))
        self._refresh()

    def _on_current(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_item()
        self._refresh_buttons()

    def _settle_unsaved(self) -> bool:
        if not self.is_dirty():
            return True
        answer = self.confirm()
        if answer == Button.Save:
            return self.save()
        if answer == Button.Discard:
            self.document.discard()
            return True
        return False

    def _ask_unsaved(self) -> Button:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("Save your changes to “{0}”?").format(self.program.name),
            Button.Save | Button.Discard | Button.Cancel,
            self,
        )
        box.setObjectName("unsavedPrompt")
        box.setDefaultButton(Button.Save)
        box.exec()
        return box.standardButton(box.clickedButton())

    # ----- the add panel and exercises -----

    def _fill_add_list(self) -> None:
        keep = self._selected_add_id()
        self.add_list.clear()
        for exercise in sorted(self._library.exercises.values(), key=lambda e: e.name.lower()):
            origin = self._library.exercise_origins.get(exercise.id)
            mine = self.tr(" · yours") if origin is not None and origin.user else ""
            text = f"{exercise.name}  ·  {category_label(exercise.category)}{mine}"
            item = QListWidgetItem(text, self.add_list)
            item.setData(ID_ROLE, exercise.id)
            item.setToolTip(f"{exercise.summary}\n{dosage_text(exercise.dosage)}")
            if exercise.id == keep:
                self.add_list.setCurrentItem(item)
        self._filter_add_list()

    def _filter_add_list(self) -> None:
        words = self.add_search.text().lower().split()
        wanted = self.add_category.currentData()
        first: QListWidgetItem | None = None
        for i in range(self.add_list.count()):
            item = self.add_list.item(i)
            ex = self._library.exercises[item.data(ID_ROLE)]
            text = " ".join((ex.name, ex.id, ex.summary, " ".join(ex.targets))).lower()
            shown = all(w in text for w in words) and (not wanted or ex.category.value == wanted)
            item.setHidden(not shown)
            first = first or (item if shown else None)
        current = self.add_list.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.add_list.setCurrentItem(first)
        self._refresh_buttons()

    def _selected_add_id(self) -> str | None:
        item = self.add_list.currentItem()
        return None if item is None or item.isHidden() else str(item.data(ID_ROLE))

    def _add_current(self) -> None:
        key = self._selected_add_id()
        if key is not None:
            self.add_exercise(key)

    def _edit_selected_exercise(self) -> None:
        key = self._selected_add_id()
        if key is not None:
            self._exercise_dialog(self._library.exercises[key])

    def _exercise_dialog(self, exercise: Exercise | None) -> None:
        result = self.edit_exercise(exercise)
        if result is None:
            return
        self.add_search.clear()
        self.add_category.setCurrentIndex(0)
        self.refresh_library()
        for i in range(self.add_list.count()):
            if self.add_list.item(i).data(ID_ROLE) == result.id:
                self.add_list.setCurrentRow(i)
        self.library_changed.emit()

    def _run_exercise_editor(self, exercise: Exercise | None) -> Exercise | None:
        dialog = ExerciseEditor(self._paths, self._library, exercise, self)
        try:
            dialog.exec()
            return dialog.saved_exercise
        finally:
            dialog.deleteLater()

    # ----- showing -----

    def _refresh(self) -> None:
        program, doc = self.program, self.document
        self.title.setAccessibleName(program.name)
        note = self.tr("This is your copy of {0}; the original stays as it was.")
        self.copy_note.setText(note.format(doc.copy_of))
        self.copy_note.setVisible(bool(doc.copy_of))
        total = total_seconds(program, self._library)
        count = len(program.items)
        self.total_label.setText(
            self.tr("Total {0} · {1} exercise(s)").format(
                format_duration(total) if total is not None else "–", count
            )
            if count
            else self.tr("No exercises yet")
        )
        self.settings_panel.show_program(program)
        self._show_item()
        self._show_problems()
        self.empty_hint.setVisible(not count)
        self.problems_label.setVisible(not doc.deleted)
        self.deleted_banner.setVisible(doc.deleted)
        deleted = self.tr("“{0}” was deleted. Undo (Ctrl+Z) puts it back.")
        self.deleted_label.setText(deleted.format(program.name))
        self.body.setEnabled(not doc.deleted)
        if doc.deleted != self._showed_deleted:
            # The focused control is about to be hidden or disabled: keep focus in the editor.
            (self.undo_delete_button if doc.deleted else self.item_list).setFocus()
            self._showed_deleted = doc.deleted

    def _refresh_buttons(self, *_args: object) -> None:
        row = self._current_row()
        count = len(self.program.items)
        doc = self.document
        editing = not doc.deleted
        self.move_up_button.setEnabled(editing and row > 0)
        self.move_down_button.setEnabled(editing and 0 <= row < count - 1)
        self.remove_button.setEnabled(editing and row >= 0)
        self.save_button.setEnabled(
            editing and not self._problems and (self.is_dirty() or not doc.persisted)
        )
        self.delete_button.setEnabled(editing and doc.persisted)
        self.duplicate_button.setEnabled(editing)
        key = self._selected_add_id()
        self.add_button.setEnabled(editing and key is not None)
        origin = self._library.exercise_origins.get(key) if key else None
        self.edit_exercise_button.setEnabled(editing and origin is not None and origin.user)
        stack = self.undo_stack
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        undo = self.tr("Undo {0}").format(stack.undoText()) if stack.canUndo() else self.tr("Undo")
        redo = self.tr("Redo {0}").format(stack.redoText()) if stack.canRedo() else self.tr("Redo")
        self.undo_button.setToolTip(_with_keys(undo, self._undo_keys))
        self.redo_button.setToolTip(_with_keys(redo, self._redo_keys))
        changed = self.tr(" (not saved)") if self.is_dirty() else ""
        self.title.setText((self.program.name or self.tr("Untitled program")) + changed)

    def _show_item(self) -> None:
        row = self._current_row()
        items = self.program.items
        item = items[row] if 0 <= row < len(items) else None
        exercise = self._library.exercises.get(item.exercise) if item is not None else None
        self._loading = True
        try:
            self.item_panel.show_item(item, exercise, self.program.rest_between_s)
        finally:
            self._loading = False

    def _show_problems(self) -> None:
        lines: list[str] = []
        by_row: dict[int, list[str]] = {}
        for problem in self.document.check():
            text, row = self._problem_text(problem)
            lines.append(text)
            if row is not None:
                by_row.setdefault(row, []).append(text)
        if (form_problem := self.dosage_problem()) is not None:
            lines.append(form_problem)
        self._problems = lines
        self.model.set_problems(by_row)
        self.problems_label.setText(
            problems_html(
                lines, self.tr("No problems: ready to save."), self.tr("Fix before saving:")
            )
        )
        self._refresh_buttons()

    def _problem_text(self, problem: Problem) -> tuple[str, int | None]:
        match = _ITEM_FIELD.match(problem.field)
        if match is None:
            return (
                f"{problem.field}: {problem.message}" if problem.field else problem.message
            ), None
        row = int(match.group(1)) - 1
        items = self.program.items
        name = self.document.exercise_name(items[row].exercise) if row < len(items) else "?"
        where = self.tr("Exercise {0} ({1})").format(row + 1, name)
        if match.group(2):
            where += f" {match.group(2)}"
        return f"{where}: {problem.message}", row
