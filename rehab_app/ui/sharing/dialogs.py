"""Share programs: export to a `.rehab` file, import one after a preview, print or save a handout."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.content.bundles import (
    SUFFIX,
    Clash,
    ImportPreview,
    Resolution,
    export_bundle,
    read_bundle,
)
from rehab_app.core.content.loader import Library
from rehab_app.core.content.user_files import SaveError
from rehab_app.core.content.workspace import Workspace
from rehab_app.core.i18n import program_in
from rehab_app.core.models import Program
from rehab_app.ui.common.texts import translate
from rehab_app.ui.sharing.handout import MARGIN_MM, render_handout, write_handout

FileAsker = Callable[[QWidget | None, str, str, str], tuple[str, str]]
Warner = Callable[[QWidget | None, str, str], object]
Runner = Callable[["ImportDialog"], object]
_CHOICES = (Resolution.RENAME, Resolution.REPLACE, Resolution.SKIP)


def _warn(parent: QWidget | None, title: str, text: str) -> object:
    return QMessageBox.warning(parent, title, text)


def _filter() -> str:
    return translate("Sharing", "Rehab programs (*{suffix})").format(suffix=SUFFIX)


def export_program_dialog(
    parent: QWidget | None,
    program: Program,
    library: Library,
    ask: FileAsker = QFileDialog.getSaveFileName,
    warn: Warner = _warn,
    folder: Path | None = None,
) -> Path | None:
    """Ask where to save `program` as a bundle and write it; None when cancelled or it failed."""
    start = (folder or Path.home()) / f"{program.id}{SUFFIX}"
    name, _chosen = ask(parent, translate("Sharing", "Save bundle"), str(start), _filter())
    if not name:
        return None
    try:
        return export_bundle(Path(name), program, library)
    except SaveError as exc:
        warn(parent, translate("Sharing", "Program not exported"), str(exc))
        return None


class ImportDialog(QDialog):
    """What a bundle holds, its problems, and a choice for each id clash; Import installs it.

    After `accept()`, `installed` is the program as installed (with any renamed ids).
    """

    def __init__(self, path: Path, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import a program"))
        self.setAccessibleName(self.tr("Import a program"))
        self.resize(640, 480)
        self.path, self.workspace = path, workspace
        library = self.library = workspace.library
        self.installed: Program | None = None
        self.preview: ImportPreview = read_bundle(path, library)
        self.choices: dict[tuple[str, str], QButtonGroup] = {}
        body = QWidget(self)
        content = QVBoxLayout(body)
        self.title = QLabel(body)
        self.title.setObjectName("importTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.summary = QLabel(body)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        content.addWidget(self.title)
        content.addWidget(self.summary)
        self.exercise_list = QListWidget(body)
        self.exercise_list.setObjectName("importExercises")
        self.exercise_list.setAccessibleName(self.tr("Exercises in the file"))
        self.exercise_list.setToolTip(self.tr("Your own exercises that come with this program"))
        content.addWidget(self.exercise_list)
        self.problem_label = QLabel(body)
        self.problem_label.setObjectName("importProblemsTitle")
        self.problem_label.setWordWrap(True)
        self.problem_list = QListWidget(body)
        self.problem_list.setObjectName("importProblems")
        self.problem_list.setAccessibleName(self.tr("Problems in the file"))
        self.problem_list.setToolTip(self.tr("Each problem: file:line: field: what is wrong"))
        content.addWidget(self.problem_label)
        content.addWidget(self.problem_list)
        self.clash_box = QGroupBox(self.tr("Names already in use"), body)
        self.clash_box.setObjectName("importClashes")
        self.clash_box.setAccessibleName(self.tr("Names already in use"))
        self.clash_box.setToolTip(self.tr("Choose what to do with each one"))
        QVBoxLayout(self.clash_box)
        content.addWidget(self.clash_box)
        content.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("importScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.error = QLabel(self)
        self.error.setObjectName("importError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Why the import failed"))
        self.error.hide()
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.setAccessibleName(self.tr("Import"))
        self.import_button.setToolTip(self.tr("Add this program and its exercises to yours"))
        self.import_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close without importing anything"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.import_button.clicked.connect(self.install)
        self.cancel_button.clicked.connect(self.reject)
        self._fill()

    def _fill(self) -> None:
        preview = self.preview
        program = preview.program
        if program is None:
            self.title.setText(self.path.name)
            self.summary.setText(self.tr("This file holds no program that can be read."))
        else:
            self.title.setText(self.tr("Program: {0}").format(program.name))
            self.summary.setText(program.description)
        if preview.exercises:
            self.summary.setText(
                self.summary.text() + "\n\n" + self.tr("It brings these exercises of its own:")
            )
        self.title.setAccessibleName(self.title.text())
        self.summary.setAccessibleName(self.summary.text())
        for exercise in preview.exercises:
            shown = f"{exercise.name} ({exercise.id})"
            if exercise.id in preview.unchanged:
                shown += " " + self.tr("(you already have it)")
            self.exercise_list.addItem(shown)
        self.exercise_list.setVisible(bool(preview.exercises))
        if preview.exercises:
            rows = min(len(preview.exercises), 6)
            frame = 2 * self.exercise_list.frameWidth()
            self.exercise_list.setMaximumHeight(
                self.exercise_list.sizeHintForRow(0) * rows + frame + 4
            )
        problems = preview.problems
        for problem in problems:
            self.problem_list.addItem(str(problem))
        if problems:
            self.problem_label.setText(
                self.tr(
                    "This file cannot be imported. Nothing was changed. Problems found: {0}"
                ).format(len(problems))
            )
        self.problem_label.setVisible(bool(problems))
        self.problem_list.setVisible(bool(problems))
        clashes = [] if problems else preview.clashes
        for clash in clashes:
            self._add_clash(clash)
        self.clash_box.setVisible(bool(clashes))
        self.import_button.setEnabled(program is not None and not problems)

    def _add_clash(self, clash: Clash) -> None:
        box = self.clash_box
        row = QWidget(box)
        row.setObjectName(f"clash_{clash.kind}_{clash.id}")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        question = QLabel(self._clash_text(clash), row)
        question.setWordWrap(True)
        line.addWidget(question, 1)
        group = QButtonGroup(row)
        labels = {
            Resolution.RENAME: (
                self.tr("Rename to {0}").format(clash.suggested),
                self.tr("Keep yours and add this one as '{0}'").format(clash.suggested),
            ),
            Resolution.REPLACE: (
                self.tr("Replace mine"),
                self.tr("Use the one from the file instead of yours"),
            ),
            Resolution.SKIP: (
                self.tr("Skip"),
                self.tr("Keep yours and leave this one out"),
            ),
        }
        # Without its program there is nothing to import, so a program cannot be skipped.
        choices = _CHOICES if clash.kind != "program" else _CHOICES[:2]
        for n, choice in enumerate(choices):
            text, tip = labels[choice]
            button = QRadioButton(text, row)
            button.setObjectName(f"clash_{clash.kind}_{clash.id}_{choice.value}")
            button.setAccessibleName(f"{question.text()} {text}")
            button.setToolTip(tip)
            group.addButton(button, n)
            line.addWidget(button)
        group.button(0).setChecked(True)
        self.choices[(clash.kind, clash.id)] = group
        layout = box.layout()
        assert layout is not None  # set in __init__
        layout.addWidget(row)

    def _clash_text(self, clash: Clash) -> str:
        if clash.kind == "program":
            have = self.library.programs.get(clash.id)
            name = have.name if have is not None else clash.id
            return self.tr("A program called “{0}” already exists:").format(name)
        mine = self.library.exercises.get(clash.id)
        name = mine.name if mine is not None else clash.id
        return self.tr("An exercise called “{0}” already exists:").format(name)

    def resolutions(self) -> dict[tuple[str, str], Resolution]:
        """The chosen answer for every clash."""
        return {key: _CHOICES[group.checkedId()] for key, group in self.choices.items()}

    def choose(self, kind: str, key: str, resolution: Resolution) -> None:
        """Pick `resolution` for one clash (as clicking its radio button does)."""
        self.choices[(kind, key)].button(_CHOICES.index(resolution)).setChecked(True)

    def install(self) -> None:
        """Install the bundle with the chosen answers and close; on failure say why and stay."""
        if not self.import_button.isEnabled():
            return
        try:
            self.installed, _change = self.workspace.import_bundle(self.preview, self.resolutions())
        except SaveError as exc:
            self.error.setText(self.tr("Nothing was imported: {0}").format(exc))
            self.error.show()
            return
        self.accept()


def _run(dialog: ImportDialog) -> object:
    return dialog.exec()


def import_program_dialog(
    parent: QWidget | None,
    workspace: Workspace,
    ask: FileAsker = QFileDialog.getOpenFileName,
    run: Runner = _run,
    folder: Path | None = None,
) -> Program | None:
    """Ask for a bundle, show what it holds and install it; the new program, or None."""
    name, _chosen = ask(
        parent, translate("Sharing", "Import a program"), str(folder or Path.home()), _filter()
    )
    if not name:
        return None
    dialog = ImportDialog(Path(name), workspace, parent)
    try:
        run(dialog)
        return dialog.installed
    finally:
        dialog.deleteLater()


def printing_available() -> bool:
    """Whether QtPrintSupport loads; without it hide "Print" and offer "Save as PDF" only."""
    try:
        import PySide6.QtPrintSupport  # noqa: F401
    except ImportError:
        return False
    return True


def print_handout(
    program: Program, library: Library, parent: QWidget | None, language: str | None = None
) -> bool:
    """Ask for a printer and print the handout of `program` (in `language`); False if cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(program_in(program, language).name)
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    printer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("handoutPrintDialog")
    dialog.setWindowTitle(translate("Sharing", "Print handout"))
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    finally:
        dialog.deleteLater()
    try:
        render_handout(printer, program, library, language)
    except OSError as exc:
        _warn(parent, translate("Sharing", "Handout not printed"), str(exc))
        return False
    return True


def save_handout_dialog(
    parent: QWidget | None,
    program: Program,
    library: Library,
    ask: FileAsker = QFileDialog.getSaveFileName,
    warn: Warner = _warn,
    folder: Path | None = None,
    language: str | None = None,
) -> Path | None:
    """Ask where to save the handout PDF (in `language`) and write it; None if cancelled or failed."""
    start = (folder or Path.home()) / f"{program.id}.pdf"
    title, kinds = (
        translate("Sharing", "Save handout as PDF"),
        translate("Sharing", "PDF files (*.pdf)"),
    )
    name, _chosen = ask(parent, title, str(start), kinds)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        write_handout(path, program, library, language=language)
    except OSError as exc:
        warn(
            parent,
            translate("Sharing", "Handout not saved"),
            translate("Sharing", "{path} was not saved: {why}").format(path=path, why=exc),
        )
        return None
    return path
