"""A list of file problems, shown instead of tracebacks."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from rehab_app.core.content.validate import Problem
from rehab_app.ui.common.roomy import roomy


class ProblemsPanel(QWidget):
    """Every problem found while loading, one per line, with file, line and field."""

    def __init__(self, problems: list[Problem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self.summary = QLabel(self)
        self.summary.setObjectName("problemsSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("problemsList")
        roomy(self.list)
        self.list.setAccessibleName(self.tr("Problems in exercise and program files"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.set_problems(problems)

    def set_problems(self, problems: list[Problem]) -> None:
        """Replace the shown problems."""
        self.list.clear()
        for problem in problems:
            self.list.addItem(str(problem))
        if problems:
            self.summary.setText(
                self.tr(
                    "{0} problem(s) in your files. Files with problems were skipped; everything"
                    " else loaded. Fix the file and restart, or run 'rehab-app validate'."
                ).format(len(problems))
            )
        else:
            self.summary.setText(self.tr("All exercise and program files loaded without problems."))
