"""The programs: name, stage, total time and last done, with details and the Start button."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.describe import describe_dosage
from rehab_app.core.loader import Library
from rehab_app.core.plan import build_plan, effective_dosage, format_duration

ID_ROLE = Qt.ItemDataRole.UserRole
LastDone = Callable[[str], str | None]


class ProgramsPage(QWidget):
    """Pick a program and start it.

    Signals:
        start_requested(str): the user asked to start the program with this id.
    """

    start_requested = Signal(str)

    def __init__(
        self, library: Library, last_done: LastDone, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("programsPage")
        self._library = library
        self._last_done = last_done
        self.list = QListWidget(self)
        self.list.setObjectName("programList")
        self.list.setAccessibleName("Programs")
        self.detail = QLabel(self)
        self.detail.setObjectName("programDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.start_button = QPushButton("Start session", self)
        self.start_button.setObjectName("startButton")
        self.start_button.setAccessibleName("Start session")
        self.start_button.setToolTip("Start the selected program (Enter)")
        self.start_button.setDefault(True)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.start_button)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 660])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemActivated.connect(lambda _item: self._start())
        self.start_button.clicked.connect(self._start)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the list (after a session or an edit), keeping the selection."""
        keep = self.current_id()
        self.list.clear()
        for key, prog in sorted(self._library.programs.items(), key=lambda kv: kv[1].name.lower()):
            total = format_duration(build_plan(prog, self._library.exercise).total_s)
            last = self._last_done(key) or "never"
            origin = self._library.program_origins.get(key)
            mine = " · yours" if origin is not None and origin.user else ""
            item = QListWidgetItem(
                f"{prog.name}\n{prog.stage} · {total} · last done {last}{mine}", self.list
            )
            item.setData(ID_ROLE, key)
            item.setToolTip(prog.description)
            if key == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.start_button.setEnabled(self.list.count() > 0)

    def current_id(self) -> str | None:
        """The selected program's id."""
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def select(self, program_id: str) -> None:
        """Select a program by id."""
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == program_id:
                self.list.setCurrentRow(i)

    def _start(self) -> None:
        key = self.current_id()
        if key is not None:
            self.start_requested.emit(key)

    def _on_current(self, current: QListWidgetItem | None, _prev: QListWidgetItem | None) -> None:
        if current is None:
            self.detail.setText("No programs loaded.")
            return
        prog = self._library.programs[current.data(ID_ROLE)]
        plan = build_plan(prog, self._library.exercise)
        esc = html.escape
        rows = []
        for item in prog.items:
            ex = self._library.exercises[item.exercise]
            dosage = describe_dosage(effective_dosage(ex.dosage, item.dosage))
            note = f"<br><i>{esc(item.note)}</i>" if item.note else ""
            rows.append(f"<li><b>{esc(ex.name)}</b>: {esc(dosage)}{note}</li>")
        self.detail.setText(
            f"<h2>{esc(prog.name)}</h2>"
            f"<p>{esc(prog.stage)} · {format_duration(plan.total_s)} · "
            f"{prog.sessions_per_week}× a week · pain limit {prog.pain_ceiling}/10</p>"
            f"<p>{esc(prog.description)}</p><ol>{''.join(rows)}</ol>"
        )
        self.start_button.setToolTip(f"Start {prog.name} ({format_duration(plan.total_s)})")
