"""Problems that stop the app before its window: told in a dialog, worded in the user's language."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from rehab_app.core.paths import DataDirProblem
from rehab_app.ui.common.texts import translate


def data_dir_text(problem: DataDirProblem) -> str:
    """One sentence: what is wrong with the data folder and what to do."""
    where = str(problem.path)
    if problem.kind == "is_file":
        return translate(
            "StartupErrors",
            "The data folder {0} is a file, not a folder: move that file away, or choose another"
            " folder with --data-dir.",
        ).format(where)
    if problem.kind == "cannot_create":
        return translate(
            "StartupErrors",
            "The data folder {0} cannot be created ({1}): choose a folder you can write to with"
            " --data-dir.",
        ).format(where, problem.detail)
    if problem.kind == "disk_full":
        return translate(
            "StartupErrors",
            "The disk holding {0} is full: free some space, then start the app again.",
        ).format(where)
    return translate(
        "StartupErrors",
        "The data folder {0} cannot be written to ({1}): check its permissions, or choose another"
        " folder with --data-dir.",
    ).format(where, problem.detail)


def tell_data_dir_problem(problem: DataDirProblem) -> None:
    """Show the data-folder problem in a dialog (making the QApplication if there is none)."""
    app = QApplication.instance()
    if app is None:
        from rehab_app.ui.shell.translations import install_translators

        app = QApplication([])
        app.setApplicationName("Back on Track")
        install_translators(app, None)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("StartupErrors", "Back on Track cannot start"),
        data_dir_text(problem),
    )
    box.setObjectName("dataDirProblem")
    box.exec()
