"""Record the state of every widget on each main screen, to compare a refactor's before and after.

Drives the same scripted session as `rehab-app --screenshots` (home tabs, the player at work and
at rest, the safety questions, "it hurts", the summary) and, for every moment it would save a
picture, writes every visible widget's class, name, text, state and geometry as JSON lines.

    PYTHONPATH=. python tools/record_widgets.py OUT_DIR [en|de]

Compare two recordings with tools/compare_widgets.py.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _module(*names: str) -> Any:
    for name in names:
        try:
            return importlib.import_module(name)
        except ModuleNotFoundError:
            continue
    raise ModuleNotFoundError(names[0])


def _state(widget: Any) -> dict[str, Any]:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSlider,
        QComboBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QProgressBar,
        QTabWidget,
        QTextEdit,
    )

    g = widget.geometry()
    row: dict[str, Any] = {
        "class": type(widget).__name__,
        "name": widget.objectName(),
        "visible": widget.isVisible(),
        "enabled": widget.isEnabled(),
        "geometry": [g.x(), g.y(), g.width(), g.height()],
        "accessible": widget.accessibleName(),
        "description": widget.accessibleDescription(),
        "tooltip": widget.toolTip(),
    }
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        row["text"] = widget.text()
    if isinstance(widget, QAbstractButton):
        row["checked"] = widget.isChecked()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        row["text"] = widget.toPlainText()
    if isinstance(widget, QAbstractSlider | QProgressBar):
        row["value"] = widget.value()
    if isinstance(widget, QComboBox):
        row["items"] = [widget.itemText(i) for i in range(widget.count())]
        row["current"] = widget.currentIndex()
    if isinstance(widget, QTabWidget):
        row["tabs"] = [widget.tabText(i) for i in range(widget.count())]
        row["current"] = widget.currentIndex()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        from PySide6.QtCore import QModelIndex

        model = widget.model()
        rows = min(model.rowCount(QModelIndex()), 40)
        try:
            cols = min(model.columnCount(QModelIndex()), 12)
        except TypeError:  # a list model keeps columnCount private
            cols = 1
        row["cells"] = [
            [str(model.data(model.index(r, c))) for c in range(cols)] for r in range(rows)
        ]
    return row


def _tree(root: Any) -> list[dict[str, Any]]:
    from PySide6.QtWidgets import QWidget

    out = [_state(root)]
    out += [_state(w) for w in root.findChildren(QWidget) if w.isVisible()]
    return out


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0])
    language = argv[1] if len(argv) > 1 else "en"
    out_dir.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    shots = _module("rehab_app.ui.demo.screenshots", "rehab_app.ui.screenshots")
    translations = _module("rehab_app.ui.shell.translations", "rehab_app.ui.translations")
    settings_module = _module("rehab_app.core.settings")
    if language != "en":
        translations.install_translators(app, language)
        import msgspec

        real = settings_module.save_settings

        def localised(path: Path, settings: Any) -> None:
            real(path, msgspec.structs.replace(settings, language=language))

        settings_module.save_settings = localised  # the screenshots save language="en"

    def saver(_app: Any, _out: Path, theme: str) -> Any:
        def save(screen: str, _pixmap: Any) -> None:
            _app.processEvents()
            windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
            record = {type(w).__name__ + ":" + w.objectName(): _tree(w) for w in windows}
            path = out_dir / f"{screen}-{theme}.json"
            path.write_text(json.dumps(record, indent=1, sort_keys=True, ensure_ascii=False))

        return save

    shots._saver = saver
    paths_module = _module("rehab_app.core.paths")
    paths = paths_module.AppPaths.create(out_dir / "unused-data")
    return int(shots.render_screenshots(paths, out_dir, today=date(2026, 12, 4)))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
