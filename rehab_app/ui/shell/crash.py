"""Unexpected errors in the GUI: logged with their traceback, told to the user in a dialog."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

# Qt's classes are looked up when an error is reported: creating their Python types at import
# costs start-up ~25 ms, and this module is imported before the first paint.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("rehab_app.crash")
# After this many dialogs in one run, errors are only logged: a fault in a paint event would
# otherwise open a dialog for every repaint.
MAX_DIALOGS = 3


class CrashReporter:
    """A `sys.excepthook` for the running GUI.

    It logs the traceback to the log file, prints one line to the terminal (never the
    traceback), saves what `save_state` saves (the session's checkpoint), and tells the user in
    a dialog what happened and where the log is. The app keeps running.
    """

    def __init__(
        self,
        log_file: Path | None,
        save_state: Callable[[], None] = lambda: None,
        stream: TextIO | None = None,
        show_dialog: bool = True,
    ) -> None:
        self.log_file = log_file
        self.save_state = save_state
        self._stream = stream
        self._show_dialog = show_dialog
        self.dialogs = 0
        self._in_dialog = False
        self.last_box: QMessageBox | None = None

    def install(self) -> None:
        """Become `sys.excepthook`."""
        sys.excepthook = self

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        """Handle one uncaught exception."""
        if issubclass(kind, KeyboardInterrupt):
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance()
            if app is not None:
                app.quit()
            return
        log.error("unexpected error", exc_info=(kind, error, trace))
        try:
            self.save_state()
        except Exception:  # noqa: BLE001 - the report must go out whatever saving does
            log.exception("could not save the session after an unexpected error")
        stream = self._stream or sys.stderr
        if stream is not None:
            where = f"; details are in {self.log_file}" if self.log_file else ""
            print(f"rehab-app: unexpected error: {kind.__name__}: {error}{where}", file=stream)
        if self._show_dialog and not self._in_dialog and self.dialogs < MAX_DIALOGS:
            self._tell(kind, error)

    def _tell(self, kind: type[BaseException], error: BaseException) -> None:
        from PySide6.QtCore import QCoreApplication, Qt, QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

        # Not ui.texts: it imports the models (and msgspec), which start-up leaves for later.
        translate = QCoreApplication.translate
        self.dialogs += 1
        parent = QApplication.activeWindow()
        box = QMessageBox(parent if isinstance(parent, QWidget) else None)
        box.setObjectName("crashDialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("CrashReporter", "Something went wrong"))
        box.setText(
            translate(
                "CrashReporter",
                "Back on Track hit an unexpected problem ({0}). Your session so far is kept in"
                " your history, and you can carry on. If it happens again, close and reopen the"
                " app.",
            ).format(f"{kind.__name__}: {error}")
        )
        if self.log_file is not None:
            box.setInformativeText(
                translate(
                    "CrashReporter", "The details are in {0}: please send it with a bug report."
                ).format(self.log_file)
            )
            folder = box.addButton(
                translate("CrashReporter", "Open the log folder"), QMessageBox.ButtonRole.ActionRole
            )
        else:
            folder = None
        box.addButton(QMessageBox.StandardButton.Ok)
        # Not exec(): a nested event loop inside an excepthook invites the same fault again.
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_box = box
        self._in_dialog = True

        def closed() -> None:
            self._in_dialog = False
            self.last_box = None
            if folder is not None and box.clickedButton() is folder and self.log_file is not None:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))

        box.finished.connect(closed)
        box.open()
