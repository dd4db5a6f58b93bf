"""Start-up wiring that touches history: opening the store, the History tab, and first prompts."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from rehab_app.core.history import HistoryStore, NewerDatabaseError
from rehab_app.core.i18n import exercise_name, pick
from rehab_app.core.paths import AppPaths
from rehab_app.core.record import MemorySink, SessionSink
from rehab_app.ui.texts import translate

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
        message = translate(
            "Startup",
            "Your history could not be opened ({0}). Sessions will not be saved this time.",
        ).format(exc)
        log.warning("%s", message)
        return OpenedHistory(MemorySink(), None, message)
    return OpenedHistory(opened.store, opened.store, opened.notice)


def history_view(window: MainWindow, store: HistoryStore, parent: QWidget) -> HistoryView:
    """The History tab's content."""
    from rehab_app.ui.history_view import HistoryView

    library = window.library
    names = {k: pick(p.name, p.name_i18n, window.language) for k, p in library.programs.items()}
    targets = {k: p.sessions_per_week for k, p in library.programs.items()}
    language = window.language

    def name(exercise_id: str, recorded: str) -> str:
        return exercise_name(library.exercises, exercise_id, recorded, language)

    return HistoryView(store, names, targets, parent, exercise_name=name)


def startup_prompts(window: MainWindow, history: OpenedHistory, launcher: SessionLauncher) -> None:
    """After the window shows: history notices, the resume offer, the morning check-in."""
    if history.notice:
        QMessageBox.information(window, translate("Startup", "About your history"), history.notice)
    store = history.store
    if store is None:
        return
    unfinished = store.unfinished_session()
    if unfinished is not None and unfinished.session_id is not None:
        point = store.resume_point(unfinished.session_id)
        if point is not None and point.record.program_id in window.library.programs:
            program = window.library.programs[point.record.program_id]
            name = pick(program.name, program.name_i18n, window.language)
            box = QMessageBox(window)
            box.setWindowTitle(translate("Startup", "Unfinished session"))
            box.setText(
                translate(
                    "Startup",
                    "Your last session of {0} stopped before it ended (at exercise {1} of {2}).",
                ).format(name, point.next_item + 1, len(unfinished.items))
            )
            resume = box.addButton(
                translate("Startup", "Resume where I stopped"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(
                translate("Startup", "Keep it as ended early"), QMessageBox.ButtonRole.RejectRole
            )
            box.exec()
            if box.clickedButton() is resume and launcher.resume(point.record, point.next_item):
                return
        store.mark_ended_early(unfinished.session_id)
    if window.library.safety is not None:
        from rehab_app.ui.checkin_dialog import offer_checkin
        from rehab_app.ui.safety_home import morning_followup

        morning_followup(launcher)
        dialog = offer_checkin(store, date.today(), window.library.safety.pain_model, window)
        if dialog is not None:
            dialog.open()
