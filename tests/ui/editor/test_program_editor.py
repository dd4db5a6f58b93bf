"""The program editor: copies of shipped programs, every edit undoable, drag reorder, save, delete."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rehab_app.core.content.loader import Library, load_library
from rehab_app.core.content.workspace import LibraryChange, Workspace
from rehab_app.core.models import DosageOverride, Program
from rehab_app.core.paths import AppPaths
from rehab_app.core.session.plan import build_plan, format_duration
from rehab_app.ui.editor.program.editor import ProgramEditor

SHIPPED = "core_stability_1"
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def editor(qtbot: QtBot, paths: AppPaths, library: Library) -> ProgramEditor:
    widget = ProgramEditor(Workspace(paths, library), None)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def opened(editor: ProgramEditor, qtbot: QtBot) -> ProgramEditor:
    assert editor.open_program(SHIPPED)
    editor.item_list.setFocus()
    qtbot.waitUntil(editor.item_list.hasFocus)
    return editor


def undo(qtbot: QtBot, editor: ProgramEditor) -> None:
    qtbot.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_Z, CTRL)


def redo(qtbot: QtBot, editor: ProgramEditor) -> None:
    qtbot.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_Z, CTRL_SHIFT)


def exercise_ids(program: Program) -> list[str]:
    return [item.exercise for item in program.items]


def select(editor: ProgramEditor, row: int) -> None:
    editor.item_list.setCurrentIndex(editor.model.index(row))


def test_shipped_program_opens_as_copy(
    editor: ProgramEditor, paths: AppPaths, qtbot: QtBot
) -> None:
    shipped_file = paths.shipped_programs / f"{SHIPPED}.yaml"
    before = shipped_file.read_bytes()
    opened(editor, qtbot)
    original = editor.document.library.programs[SHIPPED]
    assert editor.program.id != SHIPPED
    assert editor.program.items == original.items
    assert not editor.copy_note.isHidden()
    assert editor.copy_note.text() == (
        f"This is your copy of {original.name}; the original stays as it was."
    )
    assert not editor.is_dirty()
    select(editor, 0)
    editor.item_panel.dosage.sets.setValue(2)
    assert editor.save()
    assert shipped_file.read_bytes() == before
    assert (paths.user_programs / f"{editor.program.id}.yaml").is_file()
    reloaded = load_library(paths)
    assert reloaded.programs[SHIPPED] == original
    assert reloaded.programs[editor.program.id] == editor.program
    assert reloaded.program_origins[editor.program.id].user


def test_add_from_panel_then_undo_redo(editor: ProgramEditor, qtbot: QtBot) -> None:
    opened(editor, qtbot)
    select(editor, 1)
    before = editor.program
    editor.add_search.setFocus()
    qtbot.keyClicks(editor.add_search, "dead bug heel")
    assert [
        editor.add_list.item(i).text().split("  ")[0]
        for i in range(editor.add_list.count())
        if not editor.add_list.item(i).isHidden()
    ] == ["Dead bug heel taps"]
    editor.add_list.setFocus()
    qtbot.keyClick(editor.add_list, Qt.Key.Key_Return)
    after = editor.program
    assert exercise_ids(after) == [
        *exercise_ids(before)[:2],
        "dead_bug_heel_taps",
        *exercise_ids(before)[2:],
    ]
    assert editor.item_list.currentIndex().row() == 2
    assert editor.is_dirty()
    undo(qtbot, editor)
    assert editor.program == before
    assert not editor.is_dirty()
    redo(qtbot, editor)
    assert editor.program == after


def test_enter_in_search_and_category_filter(editor: ProgramEditor, qtbot: QtBot) -> None:
    opened(editor, qtbot)
    editor.add_category.setCurrentIndex(editor.add_category.findData("walking"))
    visible = [
        editor.add_list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(editor.add_list.count())
        if not editor.add_list.item(i).isHidden()
    ]
    assert visible == ["brisk_walk"]
    editor.add_search.setFocus()
    qtbot.keyClick(editor.add_search, Qt.Key.Key_Return)
    assert exercise_ids(editor.program)[1] == "brisk_walk"  # after the selected first item


def test_remove_with_delete_key_then_undo(editor: ProgramEditor, qtbot: QtBot) -> None:
    opened(editor, qtbot)
    before = editor.program
    select(editor, 0)
    qtbot.keyClick(editor.item_list, Qt.Key.Key_Delete)
    assert exercise_ids(editor.program) == exercise_ids(before)[1:]
    undo(qtbot, editor)
    assert editor.program == before
    assert editor.item_list.currentIndex().row() == 0
    redo(qtbot, editor)
    assert exercise_ids(editor.program) == exercise_ids(before)[1:]


def test_reorder_with_ctrl_down_and_up(editor: ProgramEditor, qtbot: QtBot) -> None:
    opened(editor, qtbot)
    before = editor.program
    ids = exercise_ids(before)
    select(editor, 0)
    qtbot.keyClick(editor.item_list, Qt.Key.Key_Down, CTRL)
    moved = editor.program
    assert exercise_ids(moved) == [ids[1], ids[0], *ids[2:]]
    assert editor.item_list.currentIndex().row() == 1  # the selection follows the item
    qtbot.keyClick(editor.item_list, Qt.Key.Key_Up, CTRL)
    assert editor.program == before
    undo(qtbot, editor)
    assert editor.program == moved
    undo(qtbot, editor)
    assert editor.program == before
    redo(qtbot, editor)
    assert editor.program == moved


def test_drag_reorder_through_move_rows(editor: ProgramEditor, qtbot: QtBot) -> None:
    """QListView's internal move calls model.moveRow(); the same call here."""
    opened(editor, qtbot)
    before = editor.program
    ids = exercise_ids(before)
    assert editor.model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert exercise_ids(editor.program) == [ids[1], ids[2], ids[0], *ids[3:]]
    assert editor.item_list.currentIndex().row() == 2
    assert not editor.model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 3)  # onto itself
    undo(qtbot, editor)
    assert editor.program == before
    redo(qtbot, editor)
    assert exercise_ids(editor.program) == [ids[1], ids[2], ids[0], *ids[3:]]


def test_drop_mime_data_moves_the_dragged_row(editor: ProgramEditor, qtbot: QtBot) -> None:
    """The list only takes its own rows (InternalMove); a drop's data moves through moveRows too."""
    opened(editor, qtbot)
    view = editor.item_list
    assert view.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    assert view.defaultDropAction() == Qt.DropAction.MoveAction
    ids = exercise_ids(editor.program)
    mime = editor.model.mimeData([editor.model.index(4)])
    assert editor.model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert exercise_ids(editor.program) == [ids[0], ids[4], *ids[1:4], *ids[5:]]
    assert not editor.model.dropMimeData(mime, Qt.DropAction.CopyAction, 1, 0, QModelIndex())
    undo(qtbot, editor)
    assert exercise_ids(editor.program) == ids


def test_sets_spin_box_merges_and_updates_total(
    editor: ProgramEditor, library: Library, qtbot: QtBot
) -> None:
    opened(editor, qtbot)
    select(editor, 4)  # glute bridge: sets 2
    before = editor.program
    total_before = editor.total_label.text()
    count = editor.undo_stack.count()
    editor.item_panel.dosage.sets.setFocus()
    qtbot.keyClick(editor.item_panel.dosage.sets, Qt.Key.Key_Up)
    qtbot.keyClick(editor.item_panel.dosage.sets, Qt.Key.Key_Up)
    after = editor.program
    assert after.items[4].dosage.sets == 4
    assert editor.undo_stack.count() == count + 1  # one merged command
    total = format_duration(build_plan(after, library.exercise).total_s)
    assert total in editor.total_label.text()
    assert editor.total_label.text() != total_before
    assert editor.undo_stack.undoText() == "Change sets of Glute bridge"
    undo(qtbot, editor)  # Ctrl+Z from inside the spin box reaches the editor's stack
    assert editor.program == before
    assert editor.item_panel.dosage.sets.value() == 2
    assert editor.total_label.text() == total_before
    redo(qtbot, editor)
    assert editor.program == after
    undo(qtbot, editor)
    qtbot.keyClick(editor.item_panel.dosage.sets, Qt.Key.Key_Y, CTRL)  # the other redo key
    assert editor.program == after


def test_default_means_none_in_the_override(editor: ProgramEditor, qtbot: QtBot) -> None:
    opened(editor, qtbot)
    select(editor, 0)  # cat-camel: only reps overridden
    assert editor.item_panel.dosage.sets.value() == 0
    assert editor.item_panel.dosage.sets.text() == "Default: 1"
    editor.item_panel.dosage.hold_s.setValue(5)
    assert editor.program.items[0].dosage == DosageOverride(reps=6, hold_s=5)
    editor.item_panel.dosage.hold_s.setValue(0)
    assert editor.program.items[0].dosage == DosageOverride(reps=6)
    editor.item_panel.dosage.per_side.setCurrentIndex(
        editor.item_panel.dosage.per_side.findData(True)
    )
    assert editor.program.items[0].dosage.per_side is True
    editor.item_panel.rest_after.setValue(0)
    assert editor.program.items[0].rest_after_s == 0
    editor.item_panel.note_edit.setText("Slowly")
    assert editor.program.items[0].note == "Slowly"


def test_invalid_dosage_shows_loader_message_and_blocks_save(
    editor: ProgramEditor, paths: AppPaths, qtbot: QtBot
) -> None:
    opened(editor, qtbot)
    select(editor, 1)  # McGill curl-up: 3 sets of 5-3-1
    editor.item_panel.dosage.pyramid.setFocus()
    editor.item_panel.dosage.pyramid.selectAll()
    qtbot.keyClicks(editor.item_panel.dosage.pyramid, "5-3")
    assert editor.program.items[1].dosage.reps == (5, 3)
    assert "reps lists 2 numbers but sets is 3" in editor.problems_label.text()
    assert not editor.save_button.isEnabled()
    assert not editor.save()
    assert not paths.user_programs.exists() or not any(paths.user_programs.iterdir())
    assert editor.model.data(editor.model.index(1), Qt.ItemDataRole.DecorationRole) is not None
    qtbot.keyClicks(editor.item_panel.dosage.pyramid, "-1")
    assert "No problems" in editor.problems_label.text()
    assert editor.save_button.isEnabled()


def test_unreadable_reps_text_blocks_save(editor: ProgramEditor, qtbot: QtBot) -> None:
    opened(editor, qtbot)
    select(editor, 1)
    editor.item_panel.dosage.pyramid.setText("5-3-")
    assert editor.program.items[1].dosage.reps == (5, 3, 1)  # the last readable value
    assert "whole numbers joined by '-'" in editor.problems_label.text()
    assert not editor.save_button.isEnabled()


def test_program_settings_are_undoable(editor: ProgramEditor, qtbot: QtBot) -> None:
    opened(editor, qtbot)
    before = editor.program
    editor.settings_panel.name_edit.setFocus()
    editor.settings_panel.name_edit.selectAll()
    qtbot.keyClicks(editor.settings_panel.name_edit, "Morning core")
    assert editor.program.name == "Morning core"
    editor.settings_panel.pain_ceiling.setValue(3)
    editor.settings_panel.rest_between.setValue(30)
    editor.settings_panel.sessions.setValue(7)
    editor.settings_panel.get_ready.setValue(5)
    editor.settings_panel.stage_edit.setText("core 2")
    editor.settings_panel.description_edit.setPlainText("Mine now.")
    edited = editor.program
    assert (edited.pain_ceiling, edited.rest_between_s, edited.sessions_per_week) == (3, 30, 7)
    assert (edited.get_ready_s, edited.stage, edited.description) == (5, "core 2", "Mine now.")
    for _ in range(7):
        undo(qtbot, editor)
    assert editor.program == before
    assert editor.settings_panel.name_edit.text() == before.name
    for _ in range(7):
        redo(qtbot, editor)
    assert editor.program == edited


def test_save_writes_file_that_loads_back_equal(
    editor: ProgramEditor, paths: AppPaths, qtbot: QtBot
) -> None:
    opened(editor, qtbot)
    select(editor, 2)
    editor.add_exercise("brisk_walk")
    editor.item_panel.dosage.rest_s.setValue(10)
    editor.rename("My core")
    with qtbot.waitSignal(editor.saved) as blocker:
        qtbot.keyClick(editor.item_list, Qt.Key.Key_S, CTRL)
    key = editor.program.id
    assert blocker.args == [key]
    assert not editor.is_dirty()
    assert not editor.save_button.isEnabled()
    assert load_library(paths).programs[key] == editor.program
    assert editor.document.library.programs[key] == editor.program  # the shared library is updated
    undo(qtbot, editor)
    assert editor.is_dirty()
    redo(qtbot, editor)
    assert not editor.is_dirty()  # back at the saved state


def test_new_program_gets_id_from_name(
    editor: ProgramEditor, paths: AppPaths, qtbot: QtBot
) -> None:
    assert editor.new_program()
    assert editor.program.items == ()
    assert "items: must not be empty" in editor.problems_label.text()
    assert not editor.save()
    editor.add_exercise("cat_camel")
    editor.rename("Evening stretch")
    assert editor.save()
    assert editor.program.id == "evening_stretch"
    assert (paths.user_programs / "evening_stretch.yaml").is_file()
    editor.rename("Evening stretch, longer")
    assert editor.save()
    assert editor.program.id == "evening_stretch"  # a saved program keeps its file


def test_duplicate_is_unsaved_until_saved(
    editor: ProgramEditor, paths: AppPaths, qtbot: QtBot
) -> None:
    opened(editor, qtbot)
    assert editor.save()
    first = editor.program
    assert editor.duplicate()
    assert editor.program.items == first.items
    assert editor.program.name.endswith("(copy)")
    assert editor.is_dirty()
    assert editor.save()
    assert editor.program.id != first.id
    assert {first.id, editor.program.id} <= set(load_library(paths).programs)


def test_delete_then_undo_restores_file(
    editor: ProgramEditor, paths: AppPaths, qtbot: QtBot
) -> None:
    opened(editor, qtbot)
    assert editor.save()
    key = editor.program.id
    path = paths.user_programs / f"{key}.yaml"
    data = path.read_bytes()
    changes: list[LibraryChange] = []
    editor.document.workspace.on_change = changes.append
    assert editor.delete()
    assert changes == [LibraryChange(programs=frozenset({key}))]
    assert not path.exists()
    assert key not in editor.document.library.programs
    assert not editor.deleted_banner.isHidden()
    assert not editor.body.isEnabled()
    assert not editor.is_dirty()
    undo(qtbot, editor)
    assert path.read_bytes() == data
    assert editor.document.library.programs[key] == editor.program
    assert editor.deleted_banner.isHidden()
    assert not editor.is_dirty()
    redo(qtbot, editor)
    assert not path.exists()
    editor.undo_delete_button.click()
    assert path.read_bytes() == data


def test_shipped_copy_cannot_be_deleted_before_saving(editor: ProgramEditor, qtbot: QtBot) -> None:
    opened(editor, qtbot)
    assert not editor.delete_button.isEnabled()
    assert not editor.delete()


@pytest.mark.parametrize(
    ("answer", "closes", "saves"),
    [
        (QMessageBox.StandardButton.Cancel, False, False),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Save, True, True),
    ],
)
def test_unsaved_prompt(
    editor: ProgramEditor,
    paths: AppPaths,
    qtbot: QtBot,
    answer: QMessageBox.StandardButton,
    closes: bool,
    saves: bool,
) -> None:
    opened(editor, qtbot)
    asked: list[bool] = []

    def confirm() -> QMessageBox.StandardButton:
        asked.append(True)
        return answer

    editor.confirm = confirm
    assert editor.maybe_close()  # nothing changed: no question
    assert asked == []
    select(editor, 0)
    editor.item_panel.dosage.sets.setValue(3)
    edited = editor.program
    closed: list[bool] = []
    editor.closed.connect(lambda: closed.append(True))
    assert editor.maybe_close() is closes
    assert asked == [True]
    assert bool(closed) is closes
    path = paths.user_programs / f"{edited.id}.yaml"
    assert path.exists() is saves
    if answer == QMessageBox.StandardButton.Cancel:
        assert editor.is_dirty()
        assert editor.program == edited  # still editing
    else:
        assert not editor.is_dirty()
    if saves:
        assert load_library(paths).programs[edited.id] == edited


def test_opening_another_program_asks_first(editor: ProgramEditor, qtbot: QtBot) -> None:
    opened(editor, qtbot)
    select(editor, 0)
    editor.item_panel.dosage.sets.setValue(3)
    editor.confirm = lambda: QMessageBox.StandardButton.Cancel
    assert not editor.open_program("post_run_reset")
    assert editor.program.items[0].dosage.sets == 3


def test_new_exercise_button_uses_the_dialog_hook(
    editor: ProgramEditor, library: Library, qtbot: QtBot
) -> None:
    opened(editor, qtbot)
    template = library.exercises["cat_camel"]
    made = msgspec.structs.replace(template, id="my_cat", name="My cat")
    seen: list[object] = []

    def fake_dialog(exercise: object) -> object:
        seen.append(exercise)
        library.exercises[made.id] = made
        return made

    editor.edit_exercise = fake_dialog  # type: ignore[assignment]
    editor.new_exercise_button.click()
    assert seen == [None]
    assert editor.add_list.currentItem().data(Qt.ItemDataRole.UserRole) == "my_cat"
    editor.add_button.click()
    assert "my_cat" in exercise_ids(editor.program)


def _controls(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QAbstractSpinBox, QLineEdit, QComboBox, QAbstractItemView)
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (*kinds, QPlainTextEdit)) or widget.objectName().startswith(
            "qt_"
        ):
            continue
        parent = widget.parentWidget()
        inner = False
        while parent is not None and parent is not root:
            inner = inner or isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit)
            parent = parent.parentWidget()
        if not inner:
            found.append(widget)
    return found


def test_controls_have_names_and_tooltips(editor: ProgramEditor) -> None:
    controls = _controls(editor)
    assert len(controls) > 25
    for widget in controls:
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()
        assert widget.toolTip(), widget.objectName()
    for name in ("itemList", "addSearch", "addCategory", "addList", "totalLabel", "problemsLabel"):
        assert editor.findChild(QWidget, name) is not None, name


def test_render(editor: ProgramEditor, qtbot: QtBot, tmp_path: Path) -> None:
    opened(editor, qtbot)
    select(editor, 1)
    image = editor.grab()
    assert image.width() == 1280
    assert image.save(str(tmp_path / "editor.png"))
    assert editor.item_list.viewport().rect().contains(QPoint(5, 5))


def test_deleting_a_file_that_replaced_a_shipped_program(qtbot: QtBot, paths: AppPaths) -> None:
    paths.user_programs.mkdir(parents=True)
    shipped = (paths.shipped_programs / f"{SHIPPED}.yaml").read_text(encoding="utf-8")
    mine = paths.user_programs / f"{SHIPPED}.yaml"
    mine.write_text(shipped.replace("pain_ceiling: 5", "pain_ceiling: 4"), encoding="utf-8")
    library = load_library(paths)
    assert library.program_origins[SHIPPED].overrides_shipped
    editor = ProgramEditor(Workspace(paths, library), None)
    qtbot.addWidget(editor)
    assert editor.open_program(SHIPPED)
    assert editor.program.id == SHIPPED  # the user's own file is edited in place
    assert editor.copy_note.isHidden()
    assert editor.delete()
    assert not mine.exists()
    assert not library.program_origins[SHIPPED].user  # the shipped one is back
    assert library.programs[SHIPPED].pain_ceiling == 5
    editor.undo_stack.undo()
    assert mine.exists()
    assert library.program_origins[SHIPPED].user
    assert library.programs[SHIPPED].pain_ceiling == 4


def test_edits_drop_only_the_translations_they_make_stale(
    editor: ProgramEditor, qtbot: QtBot
) -> None:
    opened(editor, qtbot)
    shipped = editor.program
    assert shipped.items[1].note_i18n
    assert shipped.stage_i18n
    assert shipped.description_i18n
    select(editor, 1)
    editor.settings_panel.stage_edit.setText("core 2")
    assert editor.program.stage_i18n == {}
    assert editor.program.description_i18n == shipped.description_i18n  # unchanged text
    assert editor.program.items[1].note_i18n == shipped.items[1].note_i18n
    editor.item_panel.note_edit.setText("Swap knees every set.")
    assert editor.program.items[1].note_i18n == {}
    assert editor.program.items[1].note == "Swap knees every set."


def test_exercise_names_are_in_the_users_language(
    qtbot: QtBot, paths: AppPaths, library: Library
) -> None:
    german = ProgramEditor(Workspace(paths, library), None, "de_DE")
    qtbot.addWidget(german)
    assert german.open_program(SHIPPED)
    first = german.model.data(german.model.index(0))
    assert first.startswith("1. Katzenbuckel und Pferderücken · ")
    picks = [german.add_panel.add_list.item(i).text() for i in range(3)]
    assert any("Bauchspannung im Liegen" in text for text in picks)
    german.add_panel.add_search.setText("Muschel")
    assert german.add_panel.selected_id() == "clamshell"
    german.add_panel.add_search.setText("clamshell")  # English words still find it
    assert german.add_panel.selected_id() == "clamshell"
