"""The main window builds, lists programs and exercises, and shows file problems."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from rehab_app.core.settings import load_settings
from rehab_app.ui.shell.boot import build_main_window
from tests.helpers.dialogs import ScriptedDialogs
from tests.helpers.libfiles import exercise, make_tree


def test_builds_on_shipped_content(qtbot: QtBot, data_dir: Path) -> None:
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    assert window.programs.list.count() >= 5
    assert window.browser.list.count() >= 20
    assert window.tabs.count() >= 3


def test_lists_and_filters(qtbot: QtBot, tmp_path: Path) -> None:
    paths = make_tree(tmp_path)
    window = build_main_window(paths.data_dir, root=paths.root)
    qtbot.addWidget(window)
    assert window.programs.list.count() == 1
    assert "Test program" in window.programs.list.item(0).text()
    assert sorted(window.browser.visible_ids()) == ["curl", "plank"]
    qtbot.keyClicks(window.browser.search, "plan")
    assert window.browser.visible_ids() == ["plank"]
    window.browser.search.clear()
    window.browser.select("curl")
    assert window.browser.detail._title.text() == "Curl"
    assert "Brace gently." in window.browser.detail._text.text()


def test_problems_panel_shows_bad_files(qtbot: QtBot, tmp_path: Path) -> None:
    paths = make_tree(tmp_path)
    (paths.shipped_exercises / "bad.yaml").write_text(
        exercise("bad").replace("sets: 2", "sets: lots"), encoding="utf-8"
    )
    window = build_main_window(paths.data_dir, root=paths.root)
    qtbot.addWidget(window)
    assert window.problems.list.count() == 1
    assert "bad.yaml:12: dosage.sets" in window.problems.list.item(0).text()
    assert "(1)" in window.tabs.tabText(window.problems_tab)


def test_selected_program_is_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    paths = make_tree(tmp_path)
    window = build_main_window(paths.data_dir, root=paths.root)
    qtbot.addWidget(window)
    window.programs.list.setCurrentRow(-1)
    window.programs.list.setCurrentRow(0)
    assert load_settings(paths.settings_file).last_program == "basic"


def test_start_requested(qtbot: QtBot, tmp_path: Path) -> None:
    paths = make_tree(tmp_path)
    window = build_main_window(paths.data_dir, root=paths.root)
    qtbot.addWidget(window)
    assert window.session_launcher is not None
    window.session_launcher.dialogs = ScriptedDialogs()  # type: ignore[assignment]
    with qtbot.waitSignal(window.programs.start_requested) as blocker:
        window.programs.start_button.click()
    assert blocker.args == ["basic"]
    assert window.stack.currentWidget() is window.session_launcher.player


def test_settings_are_saved_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    paths = make_tree(tmp_path)
    window = build_main_window(paths.data_dir, root=paths.root)
    qtbot.addWidget(window)
    page = window.settings_page
    page.voice.setChecked(False)
    page.volume.setValue(35)
    saved = load_settings(paths.settings_file)
    assert saved.voice is False
    assert saved.volume == 35
    assert saved.sound is True
    again = build_main_window(paths.data_dir, root=paths.root)
    qtbot.addWidget(again)
    assert again.settings_page.volume.value() == 35


def test_exercise_detail_says_what_left_and_right_mean(qtbot: QtBot, data_dir: Path) -> None:
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    window.browser.select("clamshell")
    text = window.browser.detail._text.text()
    assert "Left and right" in text
    assert "Your left knee lifts, so lie on your right side." in text
    assert "Your right knee lifts, so lie on your left side." in text
    window.browser.select("glute_bridge")
    assert "Left and right" not in window.browser.detail._text.text()


def test_a_program_description_keeps_its_paragraphs(data_dir: Path) -> None:
    import html

    from rehab_app.core.content.loader import load_library
    from rehab_app.core.paths import AppPaths
    from rehab_app.ui.home.programs_page import program_rows

    library = load_library(AppPaths.create(data_dir))
    rows = program_rows(library, lambda _key: None, None)
    [row] = [r for r in rows if r.id == "acute_relief_gentle"]
    paragraphs = library.programs["acute_relief_gentle"].description.split("\n")
    assert len(paragraphs) >= 4
    for paragraph in paragraphs:
        assert f"<p>{html.escape(paragraph)}</p>" in row.detail_html
    assert row.tooltip == paragraphs[0]  # a tooltip, not a page
