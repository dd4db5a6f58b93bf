"""Start-up wiring that touches history: opening the store, the History tab, and first prompts."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from rehab_app.core.history import HistoryStore, NewerDatabaseError
from rehab_app.core.paths import AppPaths
from rehab_app.core.record import MemorySink, SessionSink

if TYPE_CHECKING:
    from rehab_app.ui.history_view import HistoryView
    from rehab_app.ui.main_window import MainWindow
    from rehab_app.ui.session_launcher import SessionLauncher

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class OpenedHistory:
    """The sink sessions are written to, the store behind it (None without one), and a notice."""

    sink: SessionSink
    store: HistoryStore | None
    notice: str | None


def open_history(paths: AppPaths, now_utc: Callable[[], datetime]) -> OpenedHistory:
    """Open history; a newer or unusable database leaves the app running without one."""
    try:
        opened = HistoryStore.open(paths.history_db, now_utc)
    except NewerDatabaseError as exc:
        log.warning("%s", exc)
        return OpenedHistory(MemorySink(), None, str(exc))
    except OSError as exc:
        message = f"Your history could not be opened ({exc}). Sessions will not be saved this time."
        log.warning("%s", message)
        return OpenedHistory(MemorySink(), None, message)
    return OpenedHistory(opened.store, opened.store, opened.notice)


class LazyPage(QWidget):
    """A tab whose content is built the first time it is shown (keeps start-up fast)."""

    def __init__(
        self, factory: Callable[[QWidget], QWidget], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._factory = factory
        self.content: QWidget | None = None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def build(self) -> QWidget:
        """Build the content now if it is not built yet."""
        if self.content is None:
            self.content = self._factory(self)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.content)
        return self.content

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Build on first show."""
        self.build()
        super().showEvent(event)


def history_tab(window: MainWindow, store: HistoryStore) -> LazyPage:
    """The History tab, built on first show."""
    library = window.library

    def make(parent: QWidget) -> HistoryView:
        from rehab_app.ui.history_view import HistoryView

        names = {k: p.name for k, p in library.programs.items()}
        targets = {k: p.sessions_per_week for k, p in library.programs.items()}
        return HistoryView(store, names, targets, parent)

    page = LazyPage(make, window.tabs)
    page.setObjectName("historyPage")
    return page


def startup_prompts(window: MainWindow, history: OpenedHistory, launcher: SessionLauncher) -> None:
    """After the window shows: history notices, the resume offer, the morning check-in."""
    if history.notice:
        QMessageBox.information(window, "About your history", history.notice)
    store = history.store
    if store is None:
        return
    unfinished = store.unfinished_session()
    if unfinished is not None and unfinished.session_id is not None:
        point = store.resume_point(unfinished.session_id)
        if point is not None and point.record.program_id in window.library.programs:
            box = QMessageBox(window)
            box.setWindowTitle("Unfinished session")
            box.setText(
                f"Your last session of {unfinished.program_name} stopped before it ended "
                f"(at exercise {point.next_item + 1} of {len(unfinished.items)})."
            )
            resume = box.addButton("Resume where I stopped", QMessageBox.ButtonRole.AcceptRole)
            box.addButton("Keep it as ended early", QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is resume:
                launcher.resume(point.record, point.next_item)
                return
        store.mark_ended_early(unfinished.session_id)
    if window.library.safety is not None:
        from rehab_app.ui.checkin_dialog import offer_checkin

        dialog = offer_checkin(store, date.today(), window.library.safety.pain_model, window)
        if dialog is not None:
            dialog.open()
