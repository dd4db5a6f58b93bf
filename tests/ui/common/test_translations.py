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

from rehab_app.ui.shell.boot import build_main_window
from rehab_app.ui.shell.translations import I18N_DIR, install_translators

ROOT = Path(__file__).resolve().parents[3]
UI = ROOT / "rehab_app" / "ui"
CATALOGUE = I18N_DIR / "rehab_app_de.ts"
# Calls whose string arguments end up on screen (or in a screen reader).
SHOWN = {
    "setText", "setToolTip", "setAccessibleName", "setAccessibleDescription", "setWindowTitle",
    "setPlaceholderText", "addTab", "insertTab", "showMessage", "addItem", "setTitle",
    "setTitleText", "addButton", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QAction",
    "QGroupBox", "QToolButton", "QMessageBox", "QMenu", "addMenu", "addAction", "addRow",
    "insertRow", "setInformativeText", "setDetailedText", "setStatusTip", "setWhatsThis",
    "setSuffix", "setPrefix", "setSpecialValueText", "setTabText", "setTabToolTip", "setItemText",
    "addItems", "insertItem", "insertItems", "setHtml", "setPlainText", "setMarkdown",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels", "setLabelText",
    "setCancelButtonText", "setButtonText", "showText", "QListWidgetItem", "QTableWidgetItem",
    "QTreeWidgetItem", "QStandardItem", "QProgressDialog", "setSubTitle", "getText", "getItem",
    "getInt", "getDouble", "getOpenFileName", "getOpenFileNames", "getSaveFileName",
    "getExistingDirectory", "setNameFilter", "setNameFilters",
}  # fmt: skip
MESSAGE_BOX = {"information", "question", "warning", "critical", "about"}
# Receivers whose calls write a log, not the screen (logger.warning(...) is no message box).
LOGGERS = {"log", "logger", "_log", "_logger", "LOG", "logging"}
_TAGS = re.compile(r"<[^>]*>|&\w+;")


def _words(node: ast.expr) -> str:
    """Letters a literal argument would show untranslated ('' when it is translated or data)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(str(v.value) for v in node.values if isinstance(v, ast.Constant) and v.value)
    elif isinstance(node, ast.List | ast.Tuple):
        text = " ".join(_words(e) for e in node.elts)
    elif isinstance(node, ast.BinOp):  # "a" + "b", "a %s" % b
        text = " ".join((_words(node.left), _words(node.right)))
    elif isinstance(node, ast.IfExp):
        text = " ".join((_words(node.body), _words(node.orelse)))
    else:
        return ""
    text = _TAGS.sub("", text)
    return text if re.search(r"[A-Za-z]{2,}", text) else ""


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _receiver(call: ast.Call) -> str:
    func = call.func
    if not isinstance(func, ast.Attribute):
        return ""
    value = func.value
    if isinstance(value, ast.Attribute):
        return value.attr
    return getattr(value, "id", "")


class Helpers:
    """Functions of our own whose parameters reach the screen, e.g. `inform(title, message)`.

    Found by following parameters into shown-text calls (and into other such helpers), so a
    wrapper such as `dialogs.inform(...)` or `_warn(...)` is checked like `QMessageBox`. A class's
    `__init__` is known by the class name, the way it is called.
    """

    def __init__(self, trees: list[ast.Module]) -> None:
        # name -> {parameter names in call order: the ones shown}
        self.found: dict[str, dict[tuple[str, ...], set[str]]] = {}
        functions = [
            (owner.name if fn.name == "__init__" else fn.name, fn)
            for tree in trees
            for owner in ast.walk(tree)
            if isinstance(owner, ast.Module | ast.ClassDef)
            for fn in owner.body
            if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef)
        ]
        functions += [
            (fn.name, fn)
            for tree in trees
            for outer in ast.walk(tree)
            if isinstance(outer, ast.FunctionDef | ast.AsyncFunctionDef)
            for fn in ast.walk(outer)
            if fn is not outer and isinstance(fn, ast.FunctionDef)
        ]
        changed = True
        while changed:
            changed = False
            for name, fn in functions:
                changed |= self._learn(name, fn)

    def _learn(self, name: str, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
        positional = [a.arg for a in (*fn.args.posonlyargs, *fn.args.args)]
        if positional[:1] in (["self"], ["cls"]):
            positional = positional[1:]
        params = (*positional, *(a.arg for a in fn.args.kwonlyargs))
        # Which parameters each local text comes from: `head, _, rest = text.partition(...)`.
        origin = {p: {p} for p in params}
        assigns = [n for n in ast.walk(fn) if isinstance(n, ast.Assign)]
        for _ in range(3):
            for assign in assigns:
                sources = set().union(*(origin.get(n, set()) for n in _flows(assign.value)))
                for target in assign.targets:
                    for local in _flows(target):
                        origin.setdefault(local, set()).update(sources)
        shown = {
            param
            for call in ast.walk(fn)
            if isinstance(call, ast.Call)
            for arg in self.shown_args(call)
            for used in _flows(arg)
            for param in origin.get(used, set())
        }
        variants = self.found.setdefault(name, {})
        before = variants.get(params, set())
        if shown <= before:
            return False
        variants[params] = before | shown
        return True

    def shown_args(self, call: ast.Call) -> list[ast.expr]:
        """The arguments of `call` that end up on screen."""
        name = _name(call)
        receiver = _receiver(call)
        if receiver in LOGGERS:
            return []
        if name in SHOWN or (receiver == "QMessageBox" and name in MESSAGE_BOX):
            return [*call.args, *(k.value for k in call.keywords)]
        found: list[ast.expr] = []
        for params, shown in self.found.get(name, {}).items():
            found += [a for i, a in enumerate(call.args) if i < len(params) and params[i] in shown]
            found += [k.value for k in call.keywords if k.arg in shown]
        return found

    def names(self) -> set[str]:
        """The helpers that show one of their arguments."""
        return {name for name, variants in self.found.items() if any(variants.values())}


_STR_METHODS = {
    "partition", "rpartition", "split", "strip", "lstrip", "rstrip", "replace", "format",
    "capitalize", "upper", "lower", "title", "splitlines", "removeprefix", "removesuffix",
}  # fmt: skip


def _flows(node: ast.expr) -> set[str]:
    """Names whose text `node` passes on: `text`, `text.strip()`, `f"{text}!"`, `a + text`."""
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        # A method of the text itself; a `tr()` or any other call makes new text.
        return _flows(node.func.value) if node.func.attr in _STR_METHODS else set()
    if isinstance(node, ast.Subscript):
        return _flows(node.value)
    if isinstance(node, ast.JoinedStr):
        return set().union(
            *(_flows(v.value) for v in node.values if isinstance(v, ast.FormattedValue))
        )
    if isinstance(node, ast.BinOp):
        return _flows(node.left) | _flows(node.right)
    if isinstance(node, ast.IfExp | ast.BoolOp):
        parts = [node.body, node.orelse] if isinstance(node, ast.IfExp) else node.values
        return set().union(*(_flows(p) for p in parts))
    if isinstance(node, ast.Tuple | ast.List):
        return set().union(*(_flows(e) for e in node.elts))
    return set()


def _trees(paths: list[Path]) -> list[ast.Module]:
    return [ast.parse(p.read_text(encoding="utf-8")) for p in paths]


def untranslated(path: Path, helpers: Helpers | None = None) -> Iterator[str]:
    """`file:line: text` for each literal handed to a shown-text call without tr()."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers = helpers or Helpers([tree])
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for arg in helpers.shown_args(node):
                words = _words(arg)
                if words:
                    yield f"{path.name}:{node.lineno}: {words!r}"


def _mine() -> list[Path]:
    # Every depth: a screen moved into a feature package is still checked.
    return sorted(UI.rglob("*.py"))


def test_every_ui_module_is_checked_at_any_depth() -> None:
    checked = {p.relative_to(UI) for p in _mine()}
    assert {p.relative_to(UI) for p in UI.rglob("*.py")} <= checked
    assert "crash.py" in {p.name for p in _mine()}


def test_shown_text_goes_through_tr() -> None:
    paths = [*_mine(), ROOT / "rehab_app" / "app.py"]
    helpers = Helpers(_trees(paths))
    assert {"inform", "ask_to_go_on", "_warn"} <= helpers.names()  # the guard sees our own wrappers
    found = [line for path in paths for line in untranslated(path, helpers)]
    assert not found, "Shown text without tr():\n" + "\n".join(found)


def tr_in_fstrings(path: Path) -> list[str]:
    """tr()/translate() calls written inside an f-string: lupdate never sees them."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.JoinedStr):
            continue
        for inner in ast.walk(node):
            func = inner.func if isinstance(inner, ast.Call) else None
            name = getattr(func, "attr", None) or getattr(func, "id", None)
            if name in ("tr", "translate"):
                found.append(f"{path.name}:{inner.lineno}")
    return found


def test_no_tr_inside_an_f_string(tmp_path: Path) -> None:
    found = [line for path in _mine() for line in tr_in_fstrings(path)]
    assert not found, "tr() inside an f-string (lupdate misses it):\n" + "\n".join(found)
    sample = tmp_path / "sample.py"
    sample.write_text("x = f\"<h2>{html.escape(self.tr('Help'))}</h2>\"\n", encoding="utf-8")
    assert tr_in_fstrings(sample) == ["sample.py:1"]


def test_the_check_finds_a_plain_literal(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'label.setText("Hello there")\nlabel.setText(self.tr("Fine"))\n'
        'label.setText(f"<b>{name}</b>")\nbox.setToolTip(f"Start {name}")\n'
        'log.warning("Not shown")\nform.addRow("Name", field)\n',
        encoding="utf-8",
    )
    assert list(untranslated(sample)) == [
        "sample.py:1: 'Hello there'",
        "sample.py:4: 'Start '",
        "sample.py:6: 'Name'",
    ]


def test_the_check_follows_our_own_message_helpers(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def warn(parent, title, text, log_name):\n"
        "    QMessageBox.warning(parent, title, text)\n"
        "class Dialogs:\n"
        "    def inform(self, title, message):\n"
        "        warn(self.parent, title, message, 'x')\n"
        "warn(None, tr('Fine'), 'Plain words', 'not shown')\n"
        "dialogs.inform(title='Also plain', message=tr('Fine'))\n",
        encoding="utf-8",
    )
    assert list(untranslated(sample)) == [
        "sample.py:6: 'Plain words'",
        "sample.py:7: 'Also plain'",
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


def test_every_interface_text_is_translated_to_german() -> None:
    root = ET.parse(CATALOGUE).getroot()
    for ctx in root.iter("context"):
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{ctx.findtext('name')}: {source!r}"
            assert translation is not None, where
            assert translation.get("type") != "unfinished", where
            german = translation.text or ""
            assert german.strip() or not source.strip(), where
            # .format() fills the same values, and a shortcut letter stays a shortcut letter.
            assert _placeholders(german) == _placeholders(source), where
            assert _mnemonics(german) == _mnemonics(source), where
    assert (I18N_DIR / "rehab_app_de.qm").is_file()


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\d\}", text))


def _mnemonics(text: str) -> int:
    if len(text) > 80:  # a paragraph has no shortcut letter, whatever "A&E" looks like
        return 0
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


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
    from rehab_app.core.history import schema
    from rehab_app.ui.safety.checkin import VERDICTS

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
    from rehab_app.core.session.announcements import TEMPLATES
    from rehab_app.ui.session.cues import SPOKEN, spoken

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
