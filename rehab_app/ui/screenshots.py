"""Render each main screen offscreen to PNG files (the README's pictures)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from rehab_app.core.paths import AppPaths


def render_screenshots(paths: AppPaths, out_dir: Path) -> int:
    """Render the home tabs to `out_dir`; returns an exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from rehab_app.app import build_main_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out_dir.mkdir(parents=True, exist_ok=True)
    window = build_main_window(paths.data_dir, root=paths.root)
    window.resize(1280, 720)
    window.show()
    for index, name in enumerate(("programs", "library", "problems")):
        window.tabs.setCurrentIndex(index)
        app.processEvents()
        window.grab().save(str(out_dir / f"{name}.png"))
    window.close()
    return 0
