"""Interface text goes through tr(), the German catalogue is current, and it loads."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rehab_app.app import build_main_window
from rehab_app.ui.translations import I18N_DIR, install_translators

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "rehab_app" / "ui"
CATALOGUE = I18N_DIR / "rehab_app_de.ts"
# Screens still being written by others; they are checked once they are finished.
IN_PROGRESS = {
    "program_editor.py",
    "program_editor_model.py",
    "program_actions.py",
    "exercise_editor.py",
    "dosage_editor.py",
    "handout.py",
    "sharing.py",
    "suggestions.py",
}
# Calls whose string arguments end up on screen (or in a screen reader).
SHOWN = {
    "setText", "setToolTip", "setAccessibleName", "setAccessibleDescription", "setWindowTitle",
    "setPlaceholderText", "addTab", "insertTab", "showMessage", "addItem", "setTitle",
    "setTitleText", "addButton", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QAction",
    "QGroupBox",
}  # fmt: skip
MESSAGE_BOX = {"information", "question", "warning", "critical"}
_TAGS = re.compile(r"<[^>]*>|&\w+;")


def _words(node: ast.expr) -> str:
    """Letters a literal argument would show untranslated ('' when it is translated or data)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(str(v.value) for v in node.values if isinstance(v, ast.Constant) and v.value)
    else:
        return ""
    text = _TAGS.sub("", text)
    return text if re.search(r"[A-Za-z]{2,}", text) else ""


def untranslated(path: Path) -> Iterator[str]:
    """`file:line: text` for each literal handed to a shown-text call without tr()."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        box = isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "QMessageBox"
        if name not in SHOWN and not (box and name in MESSAGE_BOX):
            continue
        for arg in node.args:
            words = _words(arg)
            if words:
                yield f"{path.name}:{node.lineno}: {words!r}"


def _mine() -> list[Path]:
    return [p for p in sorted(UI.glob("*.py")) if p.name not in IN_PROGRESS]


def test_shown_text_goes_through_tr() -> None:
    found = [line for path in _mine() for line in untranslated(path)]
    found += list(untranslated(ROOT / "rehab_app" / "app.py"))
    assert not found, "Shown text without tr():\n" + "\n".join(found)


def test_the_check_finds_a_plain_literal(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'label.setText("Hello there")\nlabel.setText(self.tr("Fine"))\n'
        'label.setText(f"<b>{name}</b>")\nbox.setToolTip(f"Start {name}")\n',
        encoding="utf-8",
    )
    assert list(untranslated(sample)) == [
        "sample.py:1: 'Hello there'",
        "sample.py:4: 'Start '",
    ]


def _messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", message.findtext("source") or "")
        for ctx in root.iter("context")
        for message in ctx.iter("message")
    }


def test_catalogue_is_up_to_date(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    fresh = tmp_path / "fresh.ts"
    sources = [str(ROOT / "rehab_app" / "app.py"), *(str(p) for p in _mine())]
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    missing = _messages(fresh) - _messages(CATALOGUE)
    assert not missing, f"run `make translations`; not in {CATALOGUE.name}: {sorted(missing)}"


def test_player_and_main_window_are_translated_to_german() -> None:
    root = ET.parse(CATALOGUE).getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") in ("PlayerPage", "MainWindow", "ProgramsPage", "SettingsPage"):
            for message in ctx.iter("message"):
                translation = message.find("translation")
                assert translation is not None
                assert translation.get("type") != "unfinished", message.findtext("source")
                assert translation.text, message.findtext("source")
    assert (I18N_DIR / "rehab_app_de.qm").is_file()


@pytest.fixture
def german(qapp: QApplication) -> Iterator[list[QTranslator]]:
    installed = install_translators(qapp, "de_DE")
    yield installed
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def test_german_loads(german: list[QTranslator], qtbot: QtBot, data_dir: Path) -> None:
    assert german
    assert QCoreApplication.translate("PlayerPage", "WORK") == "ÜBEN"
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("Back on Track: Rückentraining")
    assert window.tabs.tabText(0) == "&Programme"
    assert window.programs.start_button.text() == "Einheit starten"


def test_english_needs_no_translator(qapp: QApplication) -> None:
    installed = install_translators(qapp, "en_GB")
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    assert all("rehab_app" not in t.filePath() for t in installed)


def test_checkin_verdicts_are_translated(qtbot: QtBot) -> None:
    from rehab_app.core import history_schema as schema
    from rehab_app.ui.checkin_dialog import VERDICTS

    core = [schema.VERDICT_NO_BASELINE, schema.VERDICT_FINE, schema.VERDICT_HOLD]
    core += [schema.VERDICT_EASE_OFF, schema.VERDICT_CREPT_UP]
    assert list(VERDICTS) == core  # the dialog's copies are the core's words exactly
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translators(app, "de_DE")
    try:
        for verdict in core:
            german = QCoreApplication.translate("CheckinDialog", verdict)
            assert german != verdict, verdict
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_spoken_templates_match_the_core_and_are_german(qtbot: QtBot) -> None:
    from rehab_app.core.announcements import TEMPLATES
    from rehab_app.ui.session_cues import SPOKEN, spoken

    assert list(SPOKEN) == list(TEMPLATES)  # the UI's copies are the core's words exactly
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translators(app, "de_DE")
    try:
        for template in TEMPLATES:
            german = spoken(template)
            assert german != template, template
            # Every placeholder survives translation, so .format() fills the same values.
            assert sorted(re.findall(r"\{\d\}", german)) == sorted(
                re.findall(r"\{\d\}", template)
            ), template
    finally:
        for translator in installed:
            app.removeTranslator(translator)
