"""What start-up leaves unimported, checked in fresh interpreters."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HEAVY_QT = ("PySide6.QtCharts", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech", "PySide6.QtPdf")


def _modules_after(code: str, data_dir: Path) -> set[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env["REHAB_APP_DATA_DIR"] = str(data_dir)
    script = textwrap.dedent(code) + "\nimport sys\nprint('\\n'.join(sorted(sys.modules)))\n"
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return set(done.stdout.split())


BUILD = """
from pathlib import Path
import os
from PySide6.QtWidgets import QApplication
from rehab_app.ui.shell.boot import build_main_window
app = QApplication([])
window = build_main_window(Path(os.environ["REHAB_APP_DATA_DIR"]))
window.show()
app.processEvents()
"""


def test_main_window_leaves_charts_multimedia_speech_and_pdf_unloaded(tmp_path: Path) -> None:
    loaded = _modules_after(BUILD, tmp_path / "data")
    assert "rehab_app.ui.shell.main_window" in loaded
    assert not loaded & set(HEAVY_QT)
    assert "PySide6.QtNetwork" not in loaded  # the single-instance socket waits for the window
    assert "rehab_app.ui.session.player" not in loaded
    assert "rehab_app.ui.history.view" not in loaded


SNAPSHOT_START = """
from pathlib import Path
import os, time
from PySide6.QtWidgets import QApplication
from rehab_app.core.paths import AppPaths
from rehab_app.ui.shell.main_window import MainWindow
from rehab_app.ui.shell.snapshot import files_key, read_look, read_snapshot
from rehab_app.ui.shell.translations import content_language
app = QApplication([])
paths = AppPaths.create(Path(os.environ["REHAB_APP_DATA_DIR"]))
look = read_look(paths.settings_file)
snapshot = read_snapshot(paths, files_key(paths, content_language(look.language)))
assert snapshot is not None, "no snapshot"
window = MainWindow(paths, None, None, time.monotonic, look=look, snapshot=snapshot)
window.show()
app.processEvents()
assert window.programs.list.count() == len(snapshot.rows)
import sys
if os.path.exists("/proc/self/maps"):
    with open("/proc/self/maps", encoding="utf-8") as maps:
        if any("libQt6Svg" in line for line in maps):
            sys.modules["svg-library-loaded"] = sys
"""
SVG_MARK = "svg-library-loaded"


def test_window_from_the_snapshot_needs_no_models_yaml_or_sqlite(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _modules_after(BUILD, data)  # the first start writes the snapshot
    loaded = _modules_after(SNAPSHOT_START, data)
    assert "rehab_app.ui.shell.main_window" in loaded
    for module in (
        "msgspec",
        "yaml",
        "sqlite3",
        "dataclasses",
        "rehab_app.core.models",
        "rehab_app.core.content.loader",
        "rehab_app.ui.home.action_bar",  # built after the first paint
    ):
        assert module not in loaded, module
    if sys.platform.startswith("linux"):
        # The tab icons come from the PNG cache: Qt's SVG library is not even loaded.
        assert SVG_MARK not in loaded
    assert not loaded & set(HEAVY_QT)
