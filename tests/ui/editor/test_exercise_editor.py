"""The exercise editor: a new exercise with a picture, checks, editing, and use in a program."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rehab_app.core.content.loader import Library, load_library
from rehab_app.core.content.user_files import check_program
from rehab_app.core.content.workspace import Workspace
from rehab_app.core.models import SCHEMA_VERSION, Program, ProgramItem
from rehab_app.core.paths import AppPaths
from rehab_app.ui.editor.exercise.editor import ExerciseEditor
from rehab_app.ui.editor.program.editor import ProgramEditor


@pytest.fixture
def png(tmp_path: Path) -> Path:
    image = QImage(16, 12, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    path = tmp_path / "wall sit.png"
    assert image.save(str(path))
    return path


def dialog(
    qtbot: QtBot, paths: AppPaths, library: Library, exercise_id: str = ""
) -> ExerciseEditor:
    exercise = library.exercises[exercise_id] if exercise_id else None
    widget = ExerciseEditor(Workspace(paths, library), exercise, None)
    qtbot.addWidget(widget)
    return widget


def fill_wall_sit(editor: ExerciseEditor, qtbot: QtBot) -> None:
    qtbot.keyClicks(editor.name_edit, "Wall sit")
    editor.category.setCurrentIndex(editor.category.findData("strength"))
    editor.summary.setPlainText("Builds thigh strength without running.")
    editor.start_position.setPlainText("Back against a wall, feet forward.")
    editor.step_text.setPlainText("Slide down until your knees are bent.")
    editor.add_step()
    editor.step_text.setPlainText("Hold still.")
    editor.step_seconds.setValue(20)
    editor.dosage.sets.setValue(3)
    editor.dosage.reps.setValue(0)
    editor.dosage.hold_s.setValue(30)
    editor.cautions.setPlainText("Stop if your knees hurt.\n\nKeep your back on the wall.")


def test_new_exercise_with_picture_is_saved_and_usable(
    qtbot: QtBot, paths: AppPaths, library: Library, png: Path
) -> None:
    editor = dialog(qtbot, paths, library)
    assert not editor.save_button.isEnabled()
    assert "name: must not be empty" in editor.problems_label.text()
    fill_wall_sit(editor, qtbot)
    assert editor.id_label.text() == "wall_sit"
    editor.choose_file = lambda: png
    editor.choose_buttons[0].click()
    assert editor.previews[0].pixmap() is not None
    assert not editor.previews[0].pixmap().isNull()
    for i in range(editor.easier.count()):
        if editor.easier.item(i).data(Qt.ItemDataRole.UserRole) == "glute_bridge":
            editor.easier.item(i).setCheckState(Qt.CheckState.Checked)
    assert editor.problems == []
    assert editor.save_button.isEnabled()
    editor.save_button.click()
    assert editor.result() == QDialog.DialogCode.Accepted
    saved = editor.saved_exercise
    assert saved is not None
    assert saved.id == "wall_sit"
    assert saved.images == ("exercises/wall_sit-1.png",)
    assert saved.easier == ("glute_bridge",)
    assert saved.cautions == ("Stop if your knees hurt.", "Keep your back on the wall.")
    assert [s.seconds for s in saved.steps] == [None, 20]
    assert (paths.user_exercises / "wall_sit.yaml").is_file()
    assert (paths.user_assets / "exercises" / "wall_sit-1.png").read_bytes() == png.read_bytes()
    assert library.exercises["wall_sit"] == saved  # the shared library knows it at once
    reloaded = load_library(paths)
    assert reloaded.exercises["wall_sit"] == saved
    assert reloaded.images["wall_sit"] == (paths.user_assets / "exercises" / "wall_sit-1.png",)
    program = Program(
        schema_version=SCHEMA_VERSION,
        id="legs",
        name="Legs",
        description="Strong legs.",
        items=(ProgramItem(exercise="wall_sit"), ProgramItem(exercise="glute_bridge")),
    )
    assert check_program(program, reloaded) == []


def test_new_exercise_goes_into_a_program(
    qtbot: QtBot, paths: AppPaths, library: Library, png: Path
) -> None:
    program_editor = ProgramEditor(Workspace(paths, library), None)
    qtbot.addWidget(program_editor)

    def run_dialog(exercise: object) -> object:
        editor = dialog(qtbot, paths, library)
        fill_wall_sit(editor, qtbot)
        assert editor.save()
        return editor.saved_exercise

    program_editor.edit_exercise = run_dialog  # type: ignore[assignment]
    program_editor.new_exercise_button.click()
    program_editor.add_button.click()
    program_editor.settings_panel.name_edit.setText("Legs")
    assert program_editor.problems == []
    assert program_editor.save()
    reloaded = load_library(paths)
    assert [i.exercise for i in reloaded.programs["legs"].items] == ["wall_sit"]


def test_conversion_and_dosage_problems_are_shown(
    qtbot: QtBot, paths: AppPaths, library: Library
) -> None:
    editor = dialog(qtbot, paths, library)
    fill_wall_sit(editor, qtbot)
    assert editor.problems == []
    editor.dosage.pyramid.setText("5-3")
    assert "dosage: reps lists 2 numbers but sets is 3" in editor.problems
    assert not editor.save_button.isEnabled()
    editor.dosage.pyramid.setText("")
    editor.step_list.setCurrentRow(0)
    editor.step_text.setPlainText("")
    assert "steps[1].text: must not be empty" in editor.problems
    assert "steps[1].text: must not be empty" in editor.problems_label.text()
    assert not editor.save()
    assert not (paths.user_exercises / "wall_sit.yaml").exists()


def test_steps_can_be_moved_and_removed(qtbot: QtBot, paths: AppPaths, library: Library) -> None:
    editor = dialog(qtbot, paths, library)
    fill_wall_sit(editor, qtbot)
    editor.move_step(-1)
    assert editor.form_data()["steps"][0] == {
        "text": "Hold still.",
        "kind": "movement",
        "seconds": 20,
    }
    assert editor.step_list.currentRow() == 0
    editor.step_kind.setCurrentIndex(editor.step_kind.findData("safety"))
    assert editor.form_data()["steps"][0]["kind"] == "safety"
    editor.remove_step()
    assert [s["text"] for s in editor.form_data()["steps"]] == [
        "Slide down until your knees are bent."
    ]


def test_editing_own_exercise_keeps_its_id(
    qtbot: QtBot, paths: AppPaths, library: Library, png: Path
) -> None:
    first = dialog(qtbot, paths, library)
    fill_wall_sit(first, qtbot)
    first.choose_file = lambda: png
    first.choose_buttons[0].click()
    assert first.save()
    again = dialog(qtbot, paths, library, "wall_sit")
    assert again.windowTitle() == "Edit exercise"
    assert again.name_edit.text() == "Wall sit"
    assert not again.previews[0].pixmap().isNull()
    again.name_edit.setText("Wall sit, deeper")
    assert again.id_label.text() == "wall_sit"
    assert again.save()
    saved = again.saved_exercise
    assert saved is not None
    assert (saved.id, saved.name) == ("wall_sit", "Wall sit, deeper")
    assert saved.images == ("exercises/wall_sit-1.png",)  # the kept picture stays
    assert load_library(paths).exercises["wall_sit"] == saved


def test_shipped_exercise_becomes_a_new_one(
    qtbot: QtBot, paths: AppPaths, library: Library
) -> None:
    shipped_file = paths.shipped_exercises / "bird_dog.yaml"
    before = shipped_file.read_bytes()
    editor = dialog(qtbot, paths, library, "bird_dog")
    assert editor.windowTitle() == "New exercise"
    assert editor.id_label.text() == "bird_dog_mine"
    assert editor.save()
    saved = editor.saved_exercise
    assert saved is not None
    original = library.exercises["bird_dog"]
    assert saved.images == original.images  # shipped pictures are found in shipped assets
    assert saved.steps == original.steps
    assert saved.sides == original.sides is not None
    assert shipped_file.read_bytes() == before
    assert load_library(paths).exercises["bird_dog_mine"] == saved


def test_translations_stay_only_with_unchanged_text(
    qtbot: QtBot, paths: AppPaths, library: Library
) -> None:
    original = library.exercises["bird_dog"]
    steps = tuple(msgspec.structs.replace(s, text_i18n={"de": "Schritt"}) for s in original.steps)
    library.exercises["bird_dog"] = msgspec.structs.replace(
        original, steps=steps, summary_i18n={"de": "Kurz"}, name_i18n={"de": "Vogel-Hund"}
    )
    editor = dialog(qtbot, paths, library, "bird_dog")
    editor.step_list.setCurrentRow(1)
    editor.step_text.setPlainText("Changed.")
    data = editor.form_data()
    assert data["steps"][0]["text_i18n"] == {"de": "Schritt"}
    assert "text_i18n" not in data["steps"][1]
    assert data["summary_i18n"] == {"de": "Kurz"}
    assert "name_i18n" not in data  # the name became "Bird-dog (mine)"


def test_translated_lists_stay_only_while_the_list_is_unchanged(
    qtbot: QtBot, paths: AppPaths, library: Library
) -> None:
    original = library.exercises["bird_dog"]
    assert original.cues_i18n["de"]
    assert original.start_position_i18n["de"]
    editor = dialog(qtbot, paths, library, "bird_dog")
    editor.cues.setPlainText(editor.cues.toPlainText() + "\nBreathe out as you reach.")
    data = editor.form_data()
    assert "cues_i18n" not in data  # one line more: the German no longer matches
    assert data["mistakes_i18n"] == {"de": list(original.mistakes_i18n["de"])}
    assert data["cautions_i18n"] == {"de": list(original.cautions_i18n["de"])}
    assert data["targets_i18n"] == {"de": list(original.targets_i18n["de"])}
    assert data["start_position_i18n"] == dict(original.start_position_i18n)
    editor.start_position.setPlainText("Kneel on all fours.")
    assert "start_position_i18n" not in editor.form_data()
    assert editor.save()
    saved = load_library(paths).exercises["bird_dog_mine"]
    assert saved.mistakes_i18n == original.mistakes_i18n
    assert saved.cues_i18n == {}


def test_left_and_right_can_be_said(qtbot: QtBot, paths: AppPaths, library: Library) -> None:
    editor = dialog(qtbot, paths, library)
    fill_wall_sit(editor, qtbot)
    assert editor.left_side.text() == editor.right_side.text() == ""
    assert "sides" not in editor.form_data()
    editor.left_side.setText("Your left foot is forward.")
    assert any("sides.right" in p for p in editor.problems)  # both, or neither
    assert not editor.save_button.isEnabled()
    editor.right_side.setText("Your right foot is forward.")
    assert editor.problems == []
    assert editor.save()
    saved = editor.saved_exercise
    assert saved is not None
    assert saved.sides is not None
    assert (saved.sides.left, saved.sides.right) == (
        "Your left foot is forward.",
        "Your right foot is forward.",
    )
    again = dialog(qtbot, paths, load_library(paths), "wall_sit")
    assert again.left_side.text() == "Your left foot is forward."
    assert again.right_side.text() == "Your right foot is forward."


def test_side_translations_stay_only_with_unchanged_text(
    qtbot: QtBot, paths: AppPaths, library: Library
) -> None:
    original = library.exercises["clamshell"]
    assert original.sides is not None
    library.exercises["clamshell"] = msgspec.structs.replace(
        original,
        sides=msgspec.structs.replace(
            original.sides, left_i18n={"de": "Links"}, right_i18n={"de": "Rechts"}
        ),
    )
    editor = dialog(qtbot, paths, library, "clamshell")
    editor.right_side.setText("Changed.")
    sides = editor.form_data()["sides"]
    assert sides["left_i18n"] == {"de": "Links"}
    assert "right_i18n" not in sides


def test_picture_slots(qtbot: QtBot, paths: AppPaths, library: Library, png: Path) -> None:
    editor = dialog(qtbot, paths, library)
    assert editor.choose_buttons[0].isEnabled()
    assert not editor.choose_buttons[1].isEnabled()  # the end picture needs a start picture
    editor.choose_file = lambda: None
    editor.choose_buttons[0].click()
    assert not editor.remove_picture_buttons[0].isEnabled()
    editor.choose_file = lambda: png
    editor.choose_buttons[0].click()
    editor.choose_buttons[1].click()
    assert all(not p.pixmap().isNull() for p in editor.previews)
    editor.remove_picture_buttons[0].click()
    assert not editor.previews[0].pixmap().isNull()
    assert editor.previews[1].pixmap().isNull()


def test_a_file_that_is_no_picture_is_refused(
    qtbot: QtBot, paths: AppPaths, library: Library, tmp_path: Path
) -> None:
    fake = tmp_path / "notes.png"
    fake.write_text("not a picture", encoding="utf-8")
    editor = dialog(qtbot, paths, library)
    editor.choose_file = lambda: fake
    editor.choose_buttons[0].click()
    assert editor.previews[0].pixmap().isNull()
    assert not editor.picture_note.isHidden()
    assert editor.picture_note.text() == "notes.png was not added: it is not a PNG picture inside."


def test_controls_have_names_and_tooltips(qtbot: QtBot, paths: AppPaths, library: Library) -> None:
    editor = dialog(qtbot, paths, library)
    kinds = (QAbstractButton, QAbstractSpinBox, QLineEdit, QComboBox, QAbstractItemView)
    checked = 0
    for widget in editor.findChildren(QWidget):
        if not isinstance(widget, (*kinds, QPlainTextEdit)) or widget.objectName().startswith(
            "qt_"
        ):
            continue
        parent = widget.parentWidget()
        inner = False
        while parent is not None and parent is not editor:
            inner = inner or isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit)
            parent = parent.parentWidget()
        if inner:
            continue
        checked += 1
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()
        assert widget.toolTip(), widget.objectName()
    assert checked > 25


def test_a_copy_keeps_its_safety_tags(qtbot: QtBot, paths: AppPaths, library: Library) -> None:
    # Losing face_down on a copy would quietly give a pregnant user face-down exercises again.
    editor = dialog(qtbot, paths, library, "sphinx")
    assert editor.save()
    saved = editor.saved_exercise
    assert saved is not None
    assert saved.safety_tags == library.exercises["sphinx"].safety_tags != ()


def test_a_german_copy_is_named_in_german(qtbot: QtBot, paths: AppPaths, library: Library) -> None:
    editor = ExerciseEditor(Workspace(paths, library), library.exercises["bird_dog"], None, "de_DE")
    qtbot.addWidget(editor)
    assert editor.name_edit.text().startswith("Vierfüßler-Diagonale (")
    assert editor.exercise_id().startswith("vierfuessler_diagonale_")
    easier = [editor.easier.item(i) for i in range(editor.easier.count())]
    ticked = [i.text() for i in easier if i.checkState() == Qt.CheckState.Checked]
    assert ticked == ["Vierfüßler, nur Arm oder Bein"]
    # The texts being edited stay as written, with their German kept while unchanged.
    assert editor.summary.toPlainText() == library.exercises["bird_dog"].summary
    assert editor.form_data()["summary_i18n"] == library.exercises["bird_dog"].summary_i18n
