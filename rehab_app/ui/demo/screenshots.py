"""`rehab-app --screenshots DIR`: render each main screen with sample data offscreen to PNG files.

Files are named `<screen>-<width>x<height>-<theme>.png`. Nothing is read from or written to the
user's data folder: the sample history lives in a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from rehab_app.core.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    from rehab_app.ui.shell.main_window import MainWindow

SIZE = (1280, 720)
FULL = (1920, 1080)
THEMES = ("light", "dark")
HOME_SCREENS = (
    "programs",
    "library",
    "history-sessions",
    "history-calendar",
    "history-charts",
    "settings",
)
SESSION_SCREENS = ("player", "player-rest", "summary", "screening", "hurt")


def expected_files(themes: tuple[str, ...] = THEMES) -> list[str]:
    """The file names `render_screenshots` writes."""
    w, h = SIZE
    names = [f"{s}-{w}x{h}-{t}.png" for t in themes for s in (*HOME_SCREENS, *SESSION_SCREENS)]
    names += [f"player-{FULL[0]}x{FULL[1]}-{t}.png" for t in themes]
    return names


class _Clock:
    """A clock the screenshots move by hand, so the player shows a chosen moment."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def render_screenshots(
    paths: AppPaths, out_dir: Path, themes: tuple[str, ...] = THEMES, today: date | None = None
) -> int:
    """Render every main screen in each theme to `out_dir`; returns an exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = cast("QApplication", QApplication.instance() or QApplication(sys.argv[:1]))
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="rehab-app-screens-") as tmp:
        for theme in themes:
            _render_theme(app, paths, Path(tmp) / theme, out_dir, theme, today or date.today())
    return 0


def _render_theme(
    app: QApplication, paths: AppPaths, data_dir: Path, out_dir: Path, theme: str, today: date
) -> None:
    from rehab_app.core.settings import Settings, Theme, save_settings
    from rehab_app.ui.common.theme import apply_theme
    from rehab_app.ui.shell.boot import build_main_window

    data_dir.mkdir(parents=True)
    settings = Settings(
        theme=Theme(theme), screening_done=True, last_program="core_stability_1", language="en"
    )
    save_settings(AppPaths.create(data_dir, paths.root).settings_file, settings)
    _write_history(paths, data_dir, today)
    apply_theme(app, settings)
    clock = _Clock()
    window = build_main_window(data_dir, clock=clock, root=paths.root)
    try:
        window.resize(*SIZE)
        window.show()
        save = _saver(app, out_dir, theme)
        _home(app, window, save)
        _session(app, window, clock, save)
    finally:
        launcher = window.session_launcher
        if launcher is not None and launcher.controller is not None:
            launcher.controller.stop()
        window.stack.setCurrentWidget(window.tabs)
        window.close()
        if window.history is not None and window.history.store is not None:
            window.history.store.close()
        window.deleteLater()
        app.processEvents()


def _write_history(paths: AppPaths, data_dir: Path, today: date) -> None:
    from datetime import UTC, datetime

    from rehab_app.core.content.loader import load_library
    from rehab_app.core.history.store import HistoryStore
    from rehab_app.ui.demo.sample_data import fill_sample_history

    app_paths = AppPaths.create(data_dir, paths.root)
    library = load_library(app_paths)
    opened = HistoryStore.open(app_paths.history_db, lambda: datetime.now(UTC))
    try:
        fill_sample_history(opened.store, library, today)
    finally:
        opened.store.close()


Save = Callable[[str, "QPixmap"], None]


def _saver(app: QApplication, out_dir: Path, theme: str) -> Save:
    def save(screen: str, pixmap: QPixmap) -> None:
        app.processEvents()
        size = f"{pixmap.width()}x{pixmap.height()}"
        pixmap.save(str(out_dir / f"{screen}-{size}-{theme}.png"))

    return save


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _home(app: QApplication, window: MainWindow, save: Save) -> None:
    tabs = window.tabs
    for name, page in (
        ("programs", window.programs),
        ("library", window.browser_page),
        ("settings", window.settings_tab),
    ):
        tabs.setCurrentWidget(page)
        if name == "library":
            window.browser.select("bird_dog")
        _settle(app)
        save(name, window.grab())
    if window.history_page is not None:
        tabs.setCurrentWidget(window.history_page)
        _settle(app)
        view = window.history_page.build()
        inner = getattr(view, "tabs", None)
        select = getattr(view, "select_session", None)
        model = getattr(view, "model", None)
        if callable(select) and model is not None and model.rowCount():
            from rehab_app.ui.history.model import SESSION_ID_ROLE

            select(model.index(0, 0).data(SESSION_ID_ROLE))
        for index, name in enumerate(("history-sessions", "history-calendar", "history-charts")):
            if inner is not None:
                inner.setCurrentIndex(index)
            _settle(app)
            save(name, window.grab())
    tabs.setCurrentWidget(window.programs)


def _session(app: QApplication, window: MainWindow, clock: _Clock, save: Save) -> None:
    from rehab_app.core.i18n import safety_in
    from rehab_app.core.models import Safety
    from rehab_app.core.session.engine import EngineState
    from rehab_app.core.session.plan import SegmentKind
    from rehab_app.ui.common.texts import translate
    from rehab_app.ui.safety.hurt import HurtDialog
    from rehab_app.ui.safety.screening import ScreeningDialog
    from rehab_app.ui.session.launcher import Screening, SessionDialogs

    safety = window.library.safety
    launcher = window.session_launcher
    if safety is None or launcher is None:
        return
    safety = safety_in(safety, window.language)
    window.programs.select("core_stability_1")
    _settle(app)
    screening = ScreeningDialog(safety, True, window)
    save("screening", _over(app, window.grab(), screening))

    class Scripted(SessionDialogs):
        def screen(
            self, safety: Safety, first_time: bool, reask: tuple[str, ...] = ()
        ) -> Screening:
            return Screening(None, 3, True)

    launcher.dialogs = Scripted(window)
    if not launcher.start("core_stability_1") or launcher.controller is None:
        return
    controller = launcher.controller
    engine = controller.engine
    controller.start()

    def run_until(done: Callable[[], bool], limit_s: float = 3600) -> None:
        spent = 0.0
        running = (EngineState.RUNNING, EngineState.RESUMING)
        while not done() and spent < limit_s and engine.state in running:
            clock.now += 0.25
            spent += 0.25
            controller.poll()
            current = engine.current
            if current is not None and current.manual and current.kind is SegmentKind.WORK:
                controller.done()

    def in_work() -> bool:
        seg = engine.current
        return (
            seg is not None
            and seg.kind is SegmentKind.WORK
            and not seg.manual
            and seg.item_index >= 1
            and engine.step_index not in (None, 0)
            and engine.remaining_s > 2
        )

    run_until(in_work)
    _settle(app)
    save("player", window.grab())
    window.resize(*FULL)
    _settle(app)
    save("player", window.grab())
    window.resize(*SIZE)
    run_until(
        lambda: (
            engine.current is not None
            and engine.current.kind is SegmentKind.REST_EXERCISE
            and engine.remaining_s < engine.current.duration_s - 3
        )
    )
    _settle(app)
    save("player-rest", window.grab())
    run_until(in_work)
    controller.pause()
    seg = engine.current
    hurt = HurtDialog(safety, seg.exercise_name if seg else "", 5, 3, True, False, window)
    hurt.pain_scale.set_value(4)
    hurt.checks["sharp"].setChecked(True)
    player_shot = window.grab()
    save("hurt", _over(app, player_shot, hurt))
    controller.resume()
    run_until(lambda: False)
    summary = window.stack.currentWidget()
    pain = getattr(summary, "pain", None)
    if pain is not None:
        summary.worst.set_value(3)  # type: ignore[union-attr]
        pain.set_value(2)
        summary.effort.setValue(4)  # type: ignore[union-attr]
        note = translate("Screenshots", "Side plank felt steadier than last week.")
        summary.notes.setPlainText(note)  # type: ignore[union-attr]
    _settle(app)
    save("summary", window.grab())


def _over(app: QApplication, background: QPixmap, dialog: QDialog) -> QPixmap:
    """`dialog` drawn centred over a dimmed `background`, as a modal dialog looks on screen."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter

    width = min(dialog.width(), background.width() - 80)
    height = min(dialog.height(), background.height() - 60)
    dialog.resize(width, height)
    with _shown(app, dialog):
        shot = dialog.grab()
    result = background.copy()
    painter = QPainter(result)
    painter.fillRect(result.rect(), QColor(0, 0, 0, 110))
    corner = QPoint((result.width() - shot.width()) // 2, (result.height() - shot.height()) // 2)
    painter.fillRect(corner.x() - 1, corner.y() - 1, shot.width() + 2, shot.height() + 2, "#808080")
    painter.drawPixmap(corner, shot)
    painter.end()
    return result


@contextmanager
def _shown(app: QApplication, widget: QWidget) -> Iterator[None]:
    widget.show()
    _settle(app)
    try:
        yield
    finally:
        widget.close()
        widget.deleteLater()
