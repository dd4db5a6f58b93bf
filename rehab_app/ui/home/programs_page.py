"""The programs: name, stage, total time and last done, with details and the Start button."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.i18n import pick, program_in
from rehab_app.ui.shell.snapshot import ProgramRow

if TYPE_CHECKING:
    from rehab_app.core.content.loader import Library

# Qt.ItemDataRole.UserRole as a number: this screen is built at start-up, and the first use of
# PySide6's Qt namespace costs about 30 ms.
ID_ROLE = 0x0100
LastDone = Callable[[str], str | None]


class ProgramsPage(QWidget):
    """Pick a program and start it.

    Shown from `rows` (a start-up snapshot) until it has a library; from then on every
    `refresh()` rebuilds the rows from the library. Started from a snapshot, the selected
    program's details (rich text, costly to lay out) wait for `show_details()`, which start-up
    calls right after the window's first paint.

    Signals:
        start_requested(str): the user asked to start the program with this id.
        rows_changed(): the rows were rebuilt from the library.
    """

    start_requested = Signal(str)
    rows_changed = Signal()

    def __init__(
        self,
        library: Library | None,
        last_done: LastDone,
        parent: QWidget | None = None,
        language: str | None = None,
        rows: tuple[ProgramRow, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("programsPage")
        self._library = library
        self._last_done = last_done
        self._language = language
        self.rows: tuple[ProgramRow, ...] = rows
        self._details_on = library is not None
        self.list = QListWidget(self)
        self.list.setObjectName("programList")
        self.list.setAccessibleName(self.tr("Programs"))
        self.list.setAccessibleDescription(
            self.tr("Each program with its stage, total time and when you last did it")
        )
        self.start_button = QPushButton(self.tr("Start session"), self)
        self.start_button.setObjectName("startButton")
        self.start_button.setAccessibleName(self.tr("Start session"))
        self.start_button.setToolTip(self.tr("Start the selected program (Enter)"))
        self.start_button.setDefault(True)
        self.start_button.setMinimumHeight(48)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addStretch(1)  # the details' place until they are built
        right_layout.addWidget(self.start_button)
        self._side = right_layout
        self._details: tuple[QScrollArea, QLabel] | None = None
        # A plain row rather than a QSplitter: its constructor alone would load the Qt namespace.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(self.list, 2)
        layout.addWidget(right, 3)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemActivated.connect(lambda _item: self._start())
        self.start_button.clicked.connect(self._start)
        if self._details_on:
            self._build_details()
        self.refresh()

    @property
    def detail(self) -> QLabel:
        """The selected program's details."""
        return self._build_details()[1]

    @property
    def detail_scroll(self) -> QScrollArea:
        """The scroll area around the details."""
        return self._build_details()[0]

    def _build_details(self) -> tuple[QScrollArea, QLabel]:
        if self._details is not None:
            return self._details
        area = QScrollArea(self)
        area.setObjectName("programDetailArea")
        area.setAccessibleName(self.tr("Program details"))
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(area)
        label = QLabel(body)
        label.setObjectName("programDetail")
        label.setWordWrap(True)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(16, 8, 16, 8)
        body_layout.addWidget(label)
        body_layout.addStretch(1)
        area.setWidget(body)
        place = self._side.count() - 2  # the stretch kept above the Start button
        self._side.takeAt(place)
        self._side.insertWidget(place, area, 1)
        self._details = (area, label)
        self._order_tabs()
        return self._details

    def show_details(self) -> None:
        """Show the selected program's details (held back while the window first paints)."""
        if not self._details_on:
            self._details_on = True
            self._on_current(self.list.currentItem(), None)

    def add_header(self, widget: QWidget) -> None:
        """Put `widget` above the details, under any header added before it."""
        self._side.insertWidget(self._side.count() - 2, widget)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes down the page: the list, the headers' controls, the details, Start."""
        from PySide6.QtCore import Qt  # after the first paint: the namespace costs ~30 ms

        chain: list[QWidget] = [self.list]
        for index in range(self._side.count() - 1):
            item = self._side.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            for candidate in (widget, *widget.findChildren(QWidget)):
                if candidate.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    chain.append(candidate)
        chain.append(self.start_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def set_library(self, library: Library, last_done: LastDone | None = None) -> None:
        """Show `library` from now on (and `last_done` dates, if given)."""
        self._library = library
        self._details_on = True
        if last_done is not None:
            self._last_done = last_done
        self.refresh()

    def set_last_done(self, last_done: LastDone) -> None:
        """Read "last done" dates from `last_done` from now on."""
        self._last_done = last_done
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the list (after a session or an edit), keeping the selection."""
        if self._library is not None:
            self.rows = program_rows(self._library, self._last_done, self._language)
            self.rows_changed.emit()
        keep = self.current_id()
        self.list.clear()
        # Two lines with 8 px above and below (a fixed height: no item delegate at start-up).
        height = QSize(0, 2 * self.list.fontMetrics().lineSpacing() + 16)
        for row in self.rows:
            item = QListWidgetItem(f"{row.name}\n{row.line}", self.list)
            item.setSizeHint(height)
            item.setData(ID_ROLE, row.id)
            item.setToolTip(row.tooltip)
            if row.id == keep:
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
        row = next((r for r in self.rows if current and r.id == current.data(ID_ROLE)), None)
        if row is not None:
            self.start_button.setToolTip(row.start_tip)
            self.start_button.setAccessibleDescription(row.start_description)
        if not self._details_on:
            return
        if row is None:
            self.detail.setText(self.tr("No programs loaded."))
            return
        self.detail.setText(row.detail_html)
        self.detail.setAccessibleName(self.tr("About {0}").format(row.name))


def program_rows(
    library: Library, last_done: LastDone, language: str | None
) -> tuple[ProgramRow, ...]:
    """The programs page's rows for `library`, sorted by name, in the user's language."""
    import html

    from rehab_app.core.session.plan import build_plan, effective_dosage, format_duration
    from rehab_app.ui.common.texts import dosage_text, translate

    esc = html.escape
    rows = []
    for key, plain in library.programs.items():
        prog = program_in(plain, language)
        name, description = prog.name, prog.description
        # A description may have paragraphs (a blank line in the YAML file gives a line break).
        paragraphs = [p.strip() for p in description.splitlines() if p.strip()]
        total = format_duration(build_plan(plain, library.exercise).total_s)
        origin = library.program_origins.get(key)
        mine = translate("ProgramsPage", " · yours") if origin is not None and origin.user else ""
        last = last_done(key) or translate("ProgramsPage", "never")
        line = translate("ProgramsPage", "{0} · {1} · last done {2}").format(
            prog.stage, total, last
        )
        items = []
        for item in prog.items:
            ex = library.exercises[item.exercise]
            dosage = dosage_text(effective_dosage(ex.dosage, item.dosage))
            note = f"<br><i>{esc(item.note)}</i>" if item.note else ""
            ex_name = pick(ex.name, ex.name_i18n, language)
            items.append(f"<li><b>{esc(ex_name)}</b>: {esc(dosage)}{note}</li>")
        facts = translate("ProgramsPage", "{0} · {1} · {2}× a week · pain limit {3}/10").format(
            prog.stage, total, prog.sessions_per_week, prog.pain_ceiling
        )
        rows.append(
            ProgramRow(
                id=key,
                name=name,
                line=line + mine,
                tooltip=paragraphs[0] if paragraphs else "",
                detail_html=f"<h2>{esc(name)}</h2><p>{esc(facts)}</p>"
                + "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
                + f"<ol>{''.join(items)}</ol>",
                start_tip=translate("ProgramsPage", "Start {0} ({1}) (Enter)").format(name, total),
                start_description=translate("ProgramsPage", "Starts {0}").format(name),
            )
        )
    return tuple(sorted(rows, key=lambda r: r.name.lower()))
