"""The review screen: sessions table with filters and detail, calendar and streak, charts, export."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.history.export import export_csv, export_json
from rehab_app.core.history.store import DeletedSession, HistoryFilter, HistoryStore
from rehab_app.core.session.plan import format_duration
from rehab_app.core.session.record import SessionRecord
from rehab_app.ui.common.texts import ExerciseNamer, recorded_name, translate
from rehab_app.ui.history.model import SESSION_ID_ROLE, HistoryModel, outcome_text, pain_text

WEEKS_SHOWN = 6
W = TypeVar("W", bound=QWidget)
_DETAIL_COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryView", "Exercise"),
    QT_TRANSLATE_NOOP("HistoryView", "Sets"),
    QT_TRANSLATE_NOOP("HistoryView", "Reps"),
    QT_TRANSLATE_NOOP("HistoryView", "Time"),
    QT_TRANSLATE_NOOP("HistoryView", "Skipped"),
    QT_TRANSLATE_NOOP("HistoryView", "Variant"),
    QT_TRANSLATE_NOOP("HistoryView", "Pain reports"),
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class _DeleteCommand(QUndoCommand):
    """Deleting a session; undo puts it back with the same id."""

    def __init__(self, view: HistoryView, session_id: int) -> None:
        super().__init__(translate("HistoryView", "Delete session"))
        self._view, self._session_id = view, session_id
        self._deleted: DeletedSession | None = None

    def redo(self) -> None:
        """Delete the session."""
        self._deleted = self._view.store.delete_session(self._session_id)
        self._view.reload(
            translate("HistoryView", "Deleted the session of {0}.").format(
                self._deleted.record.local_date
            )
        )

    def undo(self) -> None:
        """Restore the session."""
        if self._deleted is not None:
            self._view.store.restore_session(self._deleted)
            self._view.reload(
                translate("HistoryView", "Restored the session of {0}.").format(
                    self._deleted.record.local_date
                )
            )
            self._view.select_session(self._session_id)


class HistoryView(QWidget):
    """Review past sessions: table, detail with notes, delete with undo, calendar, charts, export.

    Signals:
        history_changed(): notes were saved or a session was deleted or restored.
    """

    history_changed = Signal()

    def __init__(
        self,
        store: HistoryStore,
        programs: dict[str, str],
        sessions_per_week: dict[str, int],
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
        exercise_name: ExerciseNamer = recorded_name,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.store = store
        self._exercise_name = exercise_name
        self._programs = programs
        self._targets = sessions_per_week
        self._today = today
        self._current: SessionRecord | None = None
        self.undo_stack = QUndoStack(self)
        self.model = HistoryModel(store, self)
        self._build_filters()
        self._build_table()
        self._build_detail()
        from rehab_app.ui.history.charts import ActivityPane, HistoryCharts  # slow to import

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("historyTabs")
        self.tabs.setAccessibleName(self.tr("History views"))
        self.tabs.setToolTip(self.tr("Sessions, calendar and charts"))
        self.tabs.tabBar().setAccessibleName(self.tr("History views"))
        sessions = QSplitter(self.tabs)
        sessions.addWidget(self.table)
        sessions.addWidget(self.detail_pane)
        sessions.setStretchFactor(0, 3)
        sessions.setStretchFactor(1, 2)
        self.activity = ActivityPane(store, programs, sessions_per_week, today, self.tabs)
        self.charts = HistoryCharts(store, today, self.tabs)
        self.tabs.addTab(sessions, self.tr("Sess&ions"))
        self.tabs.addTab(self.activity, self.tr("Ca&lendar"))
        self.tabs.addTab(self.charts, self.tr("Char&ts"))
        self.status = QLabel(self)
        self.status.setObjectName("historyStatus")
        self.status.setAccessibleName(self.tr("History status"))
        undo_bar = QHBoxLayout()
        undo_bar.addWidget(self.status, 1)
        undo_bar.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(undo_bar)
        self.activity.refresh(None)

    # Building ----------------------------------------------------------------------------------

    def _control(self, widget: W, name: str, accessible: str, tip: str) -> W:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        widget.setToolTip(tip)
        return widget

    def _build_filters(self) -> None:
        self.program_filter = self._control(
            QComboBox(self),
            "programFilter",
            self.tr("Filter by program"),
            self.tr("Show one program's sessions"),
        )
        self.program_filter.addItem(self.tr("All programs"), "")
        for key, name in sorted(self._programs.items(), key=lambda kv: kv[1].lower()):
            self.program_filter.addItem(name, key)
        self.range_check = self._control(
            QCheckBox(self.tr("&Dates"), self), "dateRangeCheck", self.tr("Limit to a date range"),
            self.tr("Only show sessions between the two dates"),
        )  # fmt: skip
        today = _qdate(self._today())
        self.date_from = self._control(
            QDateEdit(today.addDays(-90), self),
            "dateFrom",
            self.tr("From date"),
            self.tr("First day to show"),
        )
        self.date_to = self._control(
            QDateEdit(today, self), "dateTo", self.tr("To date"), self.tr("Last day to show")
        )
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(self._apply_filter)
        self.export_csv_button = self._control(
            QPushButton(self.tr("Export CSV…"), self), "exportCsvButton", self.tr("Export as CSV"),
            self.tr("Save sessions and exercise rows as CSV files for a spreadsheet"),
        )  # fmt: skip
        self.export_json_button = self._control(
            QPushButton(self.tr("Export JSON…"), self), "exportJsonButton", self.tr("Export as JSON"),
            self.tr("Save the whole history as one JSON file"),
        )  # fmt: skip
        bar = QHBoxLayout()
        label = QLabel(self.tr("Pro&gram:"), self)
        label.setBuddy(self.program_filter)
        for widget in (label, self.program_filter, self.range_check, self.date_from):
            bar.addWidget(widget)
        bar.addWidget(QLabel(self.tr("to"), self))
        bar.addWidget(self.date_to)
        bar.addStretch(1)
        bar.addWidget(self.export_csv_button)
        bar.addWidget(self.export_json_button)
        self.filter_bar = bar
        self.program_filter.currentIndexChanged.connect(self._apply_filter)
        self.range_check.toggled.connect(self._apply_filter)
        self.export_csv_button.clicked.connect(self.export_csv)
        self.export_json_button.clicked.connect(self.export_json)

    def _build_table(self) -> None:
        self.table = self._control(
            QTableView(self), "historyTable", self.tr("Sessions"),
            self.tr("Past sessions; click a column title to sort, Delete removes the selected session"),
        )  # fmt: skip
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Fixed row heights and column widths: measuring contents would read every page.
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((100, 170, 80, 140, 130)):
            header.resizeSection(column, width)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.delete_action = QAction(self.tr("Delete session"), self.table)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)

    def _build_detail(self) -> None:
        self.detail_pane = QWidget(self)
        self.detail_pane.setObjectName("sessionDetail")
        self.summary = QLabel(self.tr("Select a session to see its exercises."), self.detail_pane)
        self.summary.setObjectName("sessionSummary")
        self.summary.setAccessibleName(self.tr("Session summary"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.exercises = self._control(
            QTableWidget(0, len(_DETAIL_COLUMNS), self.detail_pane), "exerciseRows",
            self.tr("Exercises in this session"), self.tr("Planned against done for each exercise"),
        )  # fmt: skip
        self.exercises.setHorizontalHeaderLabels([self.tr(str(c)) for c in _DETAIL_COLUMNS])
        self.exercises.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.exercises.verticalHeader().setVisible(False)
        self.exercises.horizontalHeader().setStretchLastSection(True)
        self.notes = self._control(
            QPlainTextEdit(self.detail_pane), "sessionNotes", self.tr("Session notes"),
            self.tr("Your notes about this session"),
        )  # fmt: skip
        self.notes.setMaximumHeight(100)
        self.notes.setEnabled(False)
        self.save_notes_button = self._control(
            QPushButton(self.tr("Save notes"), self.detail_pane), "saveNotesButton", self.tr("Save notes"),
            self.tr("Save the notes of this session"),
        )  # fmt: skip
        self.save_notes_button.setEnabled(False)
        self.delete_button = self._control(
            QPushButton(self.tr("Delete session"), self.detail_pane), "deleteSessionButton",
            self.tr("Delete session"), self.tr("Delete this session (you can undo it)"),
        )  # fmt: skip
        self.delete_button.setEnabled(False)
        self.undo_button = self._control(
            QPushButton(self.tr("Undo"), self),
            "undoButton",
            self.tr("Undo"),
            self.tr("Undo the last delete (Ctrl+Z)"),
        )
        self.undo_button.setEnabled(False)
        undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(undo_action)
        notes_label = QLabel(self.tr("&Notes:"), self.detail_pane)
        notes_label.setBuddy(self.notes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_notes_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self.detail_pane)
        layout.addWidget(self.summary)
        layout.addWidget(self.exercises, 1)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)
        self.notes.textChanged.connect(
            lambda: self.save_notes_button.setEnabled(self._current is not None)
        )
        self.save_notes_button.clicked.connect(self.save_notes)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        # Fires for the button, the Delete key and Ctrl+Z alike.
        self.undo_stack.indexChanged.connect(self._on_undo_index)

    def _on_undo_index(self, _index: int) -> None:
        # The stack also clears itself while this view is being destroyed: stay quiet then.
        if shiboken6.isValid(self):
            self.history_changed.emit()

    # Behaviour ---------------------------------------------------------------------------------

    def current_filter(self) -> HistoryFilter:
        """The filter the controls describe."""
        program = self.program_filter.currentData() or None
        if not self.range_check.isChecked():
            return HistoryFilter(program)
        return HistoryFilter(program, _pydate(self.date_from.date()), _pydate(self.date_to.date()))

    def _apply_filter(self) -> None:
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(self.range_check.isChecked())
        self.model.set_filter(self.current_filter())
        self._show_record(None)
        self.activity.refresh(self.program_filter.currentData() or None)

    def reload(self, message: str = "") -> None:
        """Re-read everything from the store (call after a session was saved)."""
        self.model.refresh()
        self._show_record(None)
        self.activity.refresh(self.program_filter.currentData() or None)
        self.charts.refresh()
        self.status.setText(message)

    def select_session(self, session_id: int) -> bool:
        """Select a session's row if it is among the rows read so far."""
        for row in range(min(self.model.rowCount(), HistoryModel.PAGE_SIZE * 2)):
            if self.model.index(row, 0).data(SESSION_ID_ROLE) == session_id:
                flags = QItemSelectionModel.SelectionFlag
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), flags.ClearAndSelect | flags.Rows
                )
                return True
        return False

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        session_id = current.data(SESSION_ID_ROLE) if current.isValid() else None
        self._show_record(None if session_id is None else self.store.session_detail(session_id))

    def _show_record(self, record: SessionRecord | None) -> None:
        self._current = record
        self.exercises.setRowCount(0)
        self.notes.blockSignals(True)
        self.notes.setPlainText("" if record is None else record.notes)
        self.notes.blockSignals(False)
        for widget in (self.notes, self.delete_button):
            widget.setEnabled(record is not None)
        self.save_notes_button.setEnabled(False)
        if record is None:
            self.summary.setText(self.tr("Select a session to see its exercises."))
            return
        facts = self.tr("{0}, {1}: {2}, {3} % done, {4} active, {5} paused.").format(
            f"<b>{html.escape(record.program_name)}</b>",
            record.local_date,
            outcome_text(record.outcome),
            round(record.completed_fraction * 100),
            format_duration(record.active_s),
            format_duration(record.paused_s),
        )
        pain = self.tr("Pain {0}, effort {1}.").format(
            pain_text(record.pain_before, record.pain_after),
            "–" if record.effort is None else record.effort,
        )
        self.summary.setText(f"{facts}<br>{pain}")
        self.exercises.setRowCount(len(record.items))
        of = self.tr("{0} of {1}")
        name = self._exercise_name
        for row, item in enumerate(record.items):
            pains = ", ".join(
                self.tr("{0} at {1}").format(p.pain, format_duration(p.at_s))
                + (f" ({p.action.replace('_', ' ')})" if p.action else "")
                for p in item.pain_reports
            )
            cells = (
                name(item.exercise_id, item.exercise_name),
                of.format(item.done_sets, item.planned_sets),
                of.format(item.done_reps, item.planned_reps) if item.planned_reps else "–",
                of.format(format_duration(item.done_s), format_duration(item.planned_s)),
                self.tr("yes") if item.skipped else self.tr("no"),
                name(item.variant_of, item.variant_of) if item.variant_of else "",
                pains or self.tr("none"),
            )
            for column, text in enumerate(cells):
                self.exercises.setItem(row, column, QTableWidgetItem(text))
        self.exercises.resizeColumnsToContents()

    def save_notes(self) -> None:
        """Save the edited notes of the selected session."""
        if self._current is None or self._current.session_id is None:
            return
        text = self.notes.toPlainText()
        if self.store.update_notes(self._current.session_id, text):
            self._current.notes = text
            self.save_notes_button.setEnabled(False)
            self.status.setText(self.tr("Notes saved."))
            self.history_changed.emit()

    def delete_selected(self) -> None:
        """Delete the selected session (undoable)."""
        if self._current is not None and self._current.session_id is not None:
            self.undo_stack.push(_DeleteCommand(self, self._current.session_id))

    def undo(self) -> None:
        """Undo the last delete."""
        self.undo_stack.undo()

    def export_csv(self) -> None:
        """Ask for a file name and write the sessions and exercise-row CSV files."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export sessions as CSV"),
            str(Path.home() / "rehab-sessions.csv"),
            self.tr("CSV (*.csv)"),
        )
        if name:
            try:
                sessions, exercises = export_csv(self.store, Path(name))
            except OSError as exc:
                self.status.setText(self.tr("Could not export: {0}").format(exc))
                return
            self.status.setText(
                self.tr("Exported {0} and {1}.").format(sessions.name, exercises.name)
            )

    def export_json(self) -> None:
        """Ask for a file name and write the whole history as JSON."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export history as JSON"),
            str(Path.home() / "rehab-history.json"),
            self.tr("JSON (*.json)"),
        )
        if name:
            try:
                path = export_json(self.store, Path(name))
            except OSError as exc:
                self.status.setText(self.tr("Could not export: {0}").format(exc))
                return
            self.status.setText(self.tr("Exported {0}.").format(path.name))
