"""The program editor: your own routines and your copies of shipped ones, with undo for every edit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QSplitter, QVBoxLayout, QWidget

from rehab_app.core.content.user_files import editable_copy, unique_id
from rehab_app.core.content.workspace import Workspace
from rehab_app.core.i18n import pick
from rehab_app.core.models import Exercise, Program
from rehab_app.ui.common.controls import named
from rehab_app.ui.editor.program.details import ProgramDetails
from rehab_app.ui.editor.program.dialogs import Button, ask_unsaved, run_exercise_editor
from rehab_app.ui.editor.program.document import ProgramDocument, replace
from rehab_app.ui.editor.program.dosage_controls import StackKeys, problems_html
from rehab_app.ui.editor.program.header import EditorHeader
from rehab_app.ui.editor.program.items import ProgramItemsPanel
from rehab_app.ui.editor.program.model import ProgramItemsModel, RowChange, total_seconds
from rehab_app.ui.editor.program.picker import AddExercisePanel
from rehab_app.ui.editor.program.problems import problem_lines
from rehab_app.ui.editor.program.widgets import add_action, with_keys


class ProgramEditor(QWidget):
    """Edit one program at a time; shipped programs are edited as the user's own copy.

    Set `confirm` to answer the unsaved-changes question (Save, Discard or Cancel) and
    `edit_exercise` to stand in for the exercise dialog (None: create one) in tests.
    The editor updates the shared Library in place when it saves or deletes.

    Signals:
        saved(str): the program with this id was written to the user's programs folder.
        closed(): the user closed the editor (after settling unsaved changes).
    """

    saved = Signal(str)
    closed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("programEditor")
        # Exercise names are shown in `language`; the texts being edited stay as written.
        self._language = language
        self.setAccessibleName(self.tr("Program editor"))
        self._workspace = workspace
        self._paths = workspace.paths
        self._library = library = workspace.library
        self.confirm: Callable[[], Button] = self._ask_unsaved
        self.edit_exercise: Callable[[Exercise | None], Exercise | None] = self._run_exercise_editor
        self.document = ProgramDocument(workspace, self, language)
        self.undo_stack = self.document.undo_stack
        self.model = ProgramItemsModel(library, self.document.move, self, language)
        self._keys = StackKeys(self)
        self._showed_deleted = False
        self._problems: list[str] = []
        self._build()
        self._connect()
        self.add_panel.fill()
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
            shown = pick(program.name, program.name_i18n, self._language)
            name = self.tr("{0} (my copy)").format(shown)
            copy = editable_copy(program, self.document.taken_ids(), name)
            self.document.start(copy, persisted=False, copy_of=shown)
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
        self.add_panel.fill()
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

    def _build(self) -> None:
        bar = self.header = EditorHeader(self)
        # Callers and tests reach the controls through the editor, as before the panels split off.
        self.title = bar.title
        self.copy_note = bar.copy_note
        self.total_label = bar.total_label
        self.status_label = bar.status_label
        self.new_button = bar.new_button
        self.duplicate_button = bar.duplicate_button
        self.delete_button = bar.delete_button
        self.undo_button = bar.undo_button
        self.redo_button = bar.redo_button
        self.save_button = bar.save_button
        self.close_button = bar.close_button
        self.deleted_banner = bar.deleted_banner
        self.deleted_label = bar.deleted_label
        self.undo_delete_button = bar.undo_delete_button
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
            QLabel(self), "problemsLabel", self.tr("Problems"),
            self.tr("What must be fixed before this program can be saved"),
        )  # fmt: skip
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.RichText)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.problems_label.setMargin(6)
        layout = QVBoxLayout(self)
        layout.addLayout(bar.title_row)
        layout.addLayout(bar.button_row)
        layout.addWidget(self.deleted_banner)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.problems_label)
        self._build_actions()

    def _build_items(self) -> QWidget:
        panel = self.items_panel = ProgramItemsPanel(self.model, self)
        self.item_list = panel.item_list
        self.move_up_button = panel.move_up_button
        self.move_down_button = panel.move_down_button
        self.remove_button = panel.remove_button
        self.empty_hint = panel.empty_hint
        return panel

    def _build_add_panel(self) -> QWidget:
        panel = self.add_panel = AddExercisePanel(self._library, self, self._language)
        self.add_search = panel.add_search
        self.add_category = panel.add_category
        self.add_list = panel.add_list
        self.add_button = panel.add_button
        self.new_exercise_button = panel.new_exercise_button
        self.edit_exercise_button = panel.edit_exercise_button
        return panel

    def _build_details(self) -> QWidget:
        stages = sorted({p.stage for p in self._library.programs.values()})
        details = self.details = ProgramDetails(stages, self)
        self.item_panel = details.item_panel
        self.settings_panel = details.settings_panel
        self._keys.watch(*self.item_panel.inputs(), *self.settings_panel.inputs(), self.add_search)
        return details

    def _build_actions(self) -> None:
        save_keys = [QKeySequence(QKeySequence.StandardKey.Save)]
        # Also while a child control has focus, so Ctrl+Z works from every field.
        everywhere = Qt.ShortcutContext.WidgetWithChildrenShortcut
        stack = self.undo_stack
        add_action(self.tr("Undo"), self.header.undo_keys, stack.undo, self, everywhere)
        add_action(self.tr("Redo"), self.header.redo_keys, stack.redo, self, everywhere)
        add_action(self.tr("Save"), save_keys, self.save, self, everywhere)
        self.save_button.setToolTip(with_keys(self.tr("Save the program"), save_keys))

    def _connect(self) -> None:
        doc = self.document
        doc.changed.connect(self._on_changed)
        doc.status_changed.connect(self.status_label.setText)
        doc.saved.connect(self.saved)
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
        self.items_panel.move_requested.connect(self._move_by)
        self.items_panel.remove_requested.connect(lambda: self.remove_item(self._current_row()))
        self.item_list.selectionModel().currentChanged.connect(self._on_current)
        self.add_panel.add_requested.connect(self.add_exercise)
        self.add_panel.pick_changed.connect(self._refresh_buttons)
        self.new_exercise_button.clicked.connect(lambda: self._exercise_dialog(None))
        self.edit_exercise_button.clicked.connect(self._edit_selected_exercise)
        self.details.item_edited.connect(
            lambda f, v, d: self.document.set_item_field(self._current_row(), f, v, d)
        )
        self.item_panel.dosage.problem_changed.connect(self._show_problems)
        self.settings_panel.setting_edited.connect(
            lambda f, v, n: self.document.set_setting(f, v, n, self._current_row())
        )

    # ----- editing -----

    def _move_by(self, step: int) -> None:
        row = self._current_row()
        if row >= 0:
            self.move_item(row, row + step)

    def _current_row(self) -> int:
        return self.items_panel.current_row()

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
        return ask_unsaved(self, self.program.name)

    # ----- exercises -----

    def _edit_selected_exercise(self) -> None:
        key = self.add_panel.selected_id()
        if key is not None:
            self._exercise_dialog(self._library.exercises[key])

    def _exercise_dialog(self, exercise: Exercise | None) -> None:
        result = self.edit_exercise(exercise)
        if result is None:
            return
        self.add_panel.clear_filter()
        self.refresh_library()
        self.add_panel.select(result.id)

    def _run_exercise_editor(self, exercise: Exercise | None) -> Exercise | None:
        return run_exercise_editor(self._workspace, exercise, self, self._language)

    # ----- showing -----

    def _refresh(self) -> None:
        program, doc = self.program, self.document
        self.header.show_program(program, doc.copy_of, total_seconds(program, self._library))
        self.settings_panel.show_program(program)
        self._show_item()
        self._show_problems()
        self.empty_hint.setVisible(not program.items)
        self.problems_label.setVisible(not doc.deleted)
        self.header.show_deleted(program.name, doc.deleted)
        self.body.setEnabled(not doc.deleted)
        if doc.deleted != self._showed_deleted:
            # The focused control is about to be hidden or disabled: keep focus in the editor.
            (self.undo_delete_button if doc.deleted else self.item_list).setFocus()
            self._showed_deleted = doc.deleted

    def _refresh_buttons(self, *_args: object) -> None:
        doc = self.document
        editing = not doc.deleted
        self.items_panel.enable(editing, len(self.program.items))
        can_save = editing and not self._problems and (self.is_dirty() or not doc.persisted)
        self.header.enable(editing, can_save, doc.persisted)
        self.add_panel.enable(editing)
        self.header.show_undo(self.undo_stack, self.program.name, self.is_dirty())

    def _show_item(self) -> None:
        row = self._current_row()
        items = self.program.items
        item = items[row] if 0 <= row < len(items) else None
        exercise = self._library.exercises.get(item.exercise) if item is not None else None
        self.details.show_item(item, exercise, self.program.rest_between_s)

    def _show_problems(self) -> None:
        lines, by_row = problem_lines(
            self.document.check(),
            self.program.items,
            self.document.exercise_name,
            self.tr("Exercise {0} ({1})").format,
        )
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
