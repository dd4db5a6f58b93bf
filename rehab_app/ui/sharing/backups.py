"""Settings -> Back up... and Restore...: the file dialogs, the confirmation, the restart after."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from rehab_app.core.backup.create import BackupError, create_backup
from rehab_app.core.backup.format import SUFFIX, Contents, default_name
from rehab_app.core.backup.restore import Kind, RestoreError, StagedRestore, stage_restore
from rehab_app.ui.common.texts import count_text, translate

if TYPE_CHECKING:
    from rehab_app.ui.home.settings_page import SettingsPage
    from rehab_app.ui.shell.host import Host

Clock = Callable[[], datetime]
FileAsker = Callable[[QWidget | None, str, str, str], tuple[str, str]]
# (parent, icon, title, text, details) -> None: a message box, replaced in tests.
Shower = Callable[[QWidget | None, QMessageBox.Icon, str, str, str], None]
# (parent, title, text, yes-button text) -> True when the user chose to go on.
Confirmer = Callable[[QWidget | None, str, str, str], bool]
# Starts the app again (after a restore); False if it could not.
Relauncher = Callable[[], bool]
# A long list of problems goes under "Show details"; the box shows the first few.
SHOWN_PROBLEMS = 6


def show_message(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str = ""
) -> None:
    """A modal message box; `details` goes under its "Show details" button."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    box.exec()


def ask_to_go_on(parent: QWidget | None, title: str, text: str, go_on: str) -> bool:
    """A question (its first paragraph as the headline) with a button to go on, and Cancel."""
    head, _, rest = text.partition("\n\n")
    box = QMessageBox(QMessageBox.Icon.Question, title, head, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(rest)
    yes = box.addButton(go_on, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def relaunch() -> bool:
    """Start the app again with the same arguments (its data folder included)."""
    if getattr(sys, "frozen", False):
        return bool(QProcess.startDetached(sys.executable, sys.argv[1:]))
    return bool(QProcess.startDetached(sys.executable, ["-m", "rehab_app", *sys.argv[1:]]))


def contents_text(contents: Contents, with_files: bool = True) -> str:
    """`12 sessions, 3 check-ins, 2 programs, 1 exercise, 4 pictures and your settings`."""
    sessions = (
        count_text(
            contents.sessions,
            translate("DataActions", "{0} session"),
            translate("DataActions", "{0} sessions"),
        )
        if contents.sessions is not None
        else translate("DataActions", "a history that cannot be read")
    )
    parts = [
        sessions,
        count_text(
            contents.checkins or 0,
            translate("DataActions", "{0} check-in"),
            translate("DataActions", "{0} check-ins"),
        ),
    ]
    if with_files:
        parts += [
            count_text(
                contents.programs,
                translate("DataActions", "{0} program"),
                translate("DataActions", "{0} programs"),
            ),
            count_text(
                contents.exercises,
                translate("DataActions", "{0} exercise"),
                translate("DataActions", "{0} exercises"),
            ),
            count_text(
                contents.pictures,
                translate("DataActions", "{0} picture"),
                translate("DataActions", "{0} pictures"),
            ),
        ]
        if contents.settings:
            parts.append(translate("DataActions", "your settings"))
    return translate("DataActions", "{0} and {1}").format(", ".join(parts[:-1]), parts[-1])


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class _Busy:
    """A wait cursor for the block (backups and checks take a moment with many pictures)."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


class DataActions(QObject):
    """What the Settings page's Back up... and Restore... buttons do."""

    def __init__(self, host: Host, page: SettingsPage, now_utc: Clock | None = None) -> None:
        super().__init__(page)
        self._host = host
        self.now_utc: Clock = now_utc or (lambda: datetime.now(UTC))
        self.ask_save: FileAsker = QFileDialog.getSaveFileName
        self.ask_open: FileAsker = QFileDialog.getOpenFileName
        self.show: Shower = show_message
        self.confirm: Confirmer = ask_to_go_on
        self.relaunch: Relauncher = relaunch
        self.folder = _documents()
        page.backup_requested.connect(self.back_up)
        page.restore_requested.connect(self.restore)

    def back_up(self) -> Path | None:
        """Ask where, write the backup, and say what it holds; None when cancelled or failed."""
        window = self._host.dialog_parent()
        paths = self._host.paths
        start = self.folder / default_name(self.now_utc())
        name, _chosen = self.ask_save(
            window,
            translate("DataActions", "Back up your data"),
            str(start),
            translate("DataActions", "Back on Track backups (*{0})").format(SUFFIX),
        )
        if not name:
            return None
        try:
            with _Busy():
                result = create_backup(paths.data_dir, Path(name), self.now_utc)
        except BackupError as exc:
            self.show(
                window,
                QMessageBox.Icon.Warning,
                translate("DataActions", "Not backed up"),
                str(exc),
                "",
            )
            return None
        size = f"{result.size / 1024 / 1024:.1f}"
        text = translate(
            "DataActions",
            "Saved {0} in {1} ({2} MB).\n\nKeep a copy somewhere other than this computer,"
            " such as a USB stick or your cloud storage.",
        ).format(contents_text(result.contents), result.path, size)
        details = ""
        if result.skipped:
            text += "\n\n" + translate("DataActions", "Some files were left out; see the details.")
            details = "\n".join(result.skipped)
        self.show(
            window,
            QMessageBox.Icon.Information,
            translate("DataActions", "Backup saved"),
            text,
            details,
        )
        self.folder = result.path.parent  # where the next backup or restore starts looking
        return result.path

    def restore(self) -> bool:
        """Ask for the file, check it, confirm what it replaces, then close to finish; True if so."""
        window = self._host.dialog_parent()
        paths = self._host.paths
        name, _chosen = self.ask_open(
            window,
            translate("DataActions", "Restore from a backup"),
            str(self.folder),
            translate(
                "DataActions", "Backups and history exports (*{0} *.json);;All files (*)"
            ).format(SUFFIX),
        )
        if not name:
            return False
        with _Busy():
            staged = stage_restore(Path(name), paths.data_dir, self.now_utc)
        if staged.problems:
            self._show_problems(Path(name), staged.problems)
            return False
        if not self.confirm(
            window,
            translate("DataActions", "Restore your data?"),
            self._question(staged),
            translate("DataActions", "Restore and restart"),
        ):
            staged.discard()
            return False
        if not self._host.close_and_then(lambda: self.finish(staged)):
            staged.discard()
            return False
        return True

    def _show_problems(self, path: Path, problems: list[str]) -> None:
        shown = problems[:SHOWN_PROBLEMS]
        text = translate("DataActions", "{0} cannot be restored; nothing was changed.").format(
            path.name
        )
        text += "\n\n" + "\n".join(f"• {p}" for p in shown)
        if len(problems) > len(shown):
            more = len(problems) - len(shown)
            text += "\n" + count_text(
                more,
                translate("DataActions", "…and {0} more problem (see the details)."),
                translate("DataActions", "…and {0} more problems (see the details)."),
            )
        self.show(
            self._host.dialog_parent(),
            QMessageBox.Icon.Warning,
            translate("DataActions", "Not restored"),
            text,
            "\n".join(problems),
        )

    def _question(self, staged: StagedRestore) -> str:
        kept = translate(
            "DataActions",
            "Nothing is deleted: your current data is moved aside to a folder named"
            " {0}.before-restore- and the date and time, in {1}.",
        ).format(staged.data_dir.name, staged.data_dir.parent)
        restart = translate("DataActions", "Back on Track will close and open again to finish.")
        if staged.kind is Kind.HISTORY_EXPORT:
            head = translate("DataActions", "Put back the history from this export?")
            body = translate(
                "DataActions",
                "It holds {0}. Your programs, exercises, pictures and settings stay as they are.",
            ).format(contents_text(staged.contents, with_files=False))
            return f"{head}\n\n{body}\n\n{kept}\n\n{restart}"
        made = staged.made_utc.astimezone().strftime("%Y-%m-%d %H:%M") if staged.made_utc else "?"
        head = translate(
            "DataActions", "Replace all your data with the backup made on {0}?"
        ).format(made)
        body = translate("DataActions", "The backup (Back on Track {0}) holds {1}.").format(
            staged.app_version or "?", contents_text(staged.contents)
        )
        now = translate("DataActions", "Your data now: {0}.").format(contents_text(staged.current))
        return f"{head}\n\n{body}\n\n{now}\n\n{kept}\n\n{restart}"

    def finish(self, staged: StagedRestore) -> int:
        """After the window closed and let go of the data folder: swap, confirm, start again."""
        try:
            before = staged.apply(self.now_utc)
        except RestoreError as exc:
            staged.discard()
            self.show(
                None,
                QMessageBox.Icon.Critical,
                translate("DataActions", "Not restored"),
                str(exc),
                "",
            )
            self.relaunch()
            return 1
        text = translate("DataActions", "Your data was restored.")
        if before is not None:
            text += " " + translate("DataActions", "The data it replaced is kept in {0}.").format(
                before
            )
        text += "\n\n" + translate(
            "DataActions", "Back on Track opens again when you close this message."
        )
        self.show(
            None, QMessageBox.Icon.Information, translate("DataActions", "Restored"), text, ""
        )
        if not self.relaunch():
            self.show(
                None,
                QMessageBox.Icon.Warning,
                translate("DataActions", "Restored"),
                translate(
                    "DataActions", "Back on Track could not start again by itself: please open it."
                ),
                "",
            )
        return 0
