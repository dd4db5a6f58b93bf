"""Start-up wiring that touches history: opening the store, the History tab, and first prompts."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from rehab_app.core.history.store import HistoryStore, NewerDatabaseError
from rehab_app.core.i18n import exercise_name, pick
from rehab_app.core.paths import AppPaths
from rehab_app.core.session.record import MemorySink
from rehab_app.ui.common.texts import translate
from rehab_app.ui.shell.host import Host, OpenedHistory

if TYPE_CHECKING:
    from rehab_app.ui.history.view import HistoryView
    from rehab_app.ui.session.launcher import SessionLauncher

log = logging.getLogger(__name__)


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


def history_view(window: Host, store: HistoryStore, parent: QWidget) -> HistoryView:
    """The History tab's content."""
    from rehab_app.ui.history.view import HistoryView

    library = window.library
    names = {k: pick(p.name, p.name_i18n, window.language) for k, p in library.programs.items()}
    targets = {k: p.sessions_per_week for k, p in library.programs.items()}
    language = window.language

    def name(exercise_id: str, recorded: str) -> str:
        return exercise_name(library.exercises, exercise_id, recorded, language)

    return HistoryView(store, names, targets, parent, exercise_name=name)


def startup_prompts(window: Host, history: OpenedHistory, launcher: SessionLauncher) -> None:
    """After the window shows: history notices, the resume offer, the morning check-in."""
    if history.notice:
        QMessageBox.information(
            window.dialog_parent(), translate("Startup", "About your history"), history.notice
        )
    store = history.store
    if store is None:
        return
    unfinished = store.unfinished_session()
    if unfinished is not None and unfinished.session_id is not None:
        point = store.resume_point(unfinished.session_id)
        if point is not None and point.record.program_id in window.library.programs:
            program = window.library.programs[point.record.program_id]
            name = pick(program.name, program.name_i18n, window.language)
            box = QMessageBox(window.dialog_parent())
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
        from rehab_app.ui.home.safety_home import morning_followup
        from rehab_app.ui.safety.checkin import offer_checkin

        morning_followup(launcher)
        dialog = offer_checkin(
            store, launcher.today(), window.library.safety.pain_model, window.dialog_parent()
        )
        if dialog is not None:
            dialog.open()
