"""The review screen's overviews: calendar with streak and weekly target, and QtCharts charts.

Imported only when the review screen is built: importing QtCharts is slow.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QBrush, QFont, QPainter, QPen, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehab_app.core.history.store import HistoryStore
from rehab_app.ui.common.texts import count_text, translate

WEEKS = 12
PAIN_SESSIONS = 60
CHECKINS = 90
WEEKS_SHOWN = 6
_BOTTOM = Qt.AlignmentFlag.AlignBottom
_LEFT = Qt.AlignmentFlag.AlignLeft


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _msecs(day: date) -> int:
    return QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch()


def _pain_axis(chart: QChart) -> QValueAxis:
    axis = QValueAxis(chart)
    axis.setRange(0, 10)
    axis.setTickCount(6)
    axis.setLabelFormat("%d")
    axis.setTitleText(translate("HistoryCharts", "Pain (0–10)"))
    chart.addAxis(axis, _LEFT)
    return axis


def _line(
    chart: QChart, name: str, points: list[tuple[float, float]], dashed: bool = False
) -> QLineSeries:
    series = QLineSeries(chart)
    series.setName(name)
    series.setPointsVisible(True)
    if dashed:
        pen = QPen(series.pen())
        pen.setStyle(Qt.PenStyle.DashLine)
        series.setPen(pen)
    for x, y in points:
        series.append(x, y)
    chart.addSeries(series)
    return series


class ActivityPane(QWidget):
    """A calendar with active days highlighted, the current streak, and weekly minutes vs target."""

    def __init__(
        self,
        store: HistoryStore,
        programs: dict[str, str],
        sessions_per_week: dict[str, int],
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activityPane")
        self._store, self._programs, self._targets = store, programs, sessions_per_week
        self._today = today
        self.active_days_shown: set[date] = set()
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("activityCalendar")
        self.calendar.setAccessibleName(self.tr("Active days"))
        self.calendar.setToolTip(self.tr("Days with a session are bold and highlighted"))
        self.calendar.setGridVisible(True)
        view = self.calendar.findChild(QTableView, "qt_calendar_calendarview")
        if view is not None:
            view.setAccessibleName(self.tr("Days of the month"))
        self.calendar.setSelectedDate(_qdate(today()))
        self.streak_label = QLabel(self)
        self.streak_label.setObjectName("streakLabel")
        self.streak_label.setAccessibleName(self.tr("Current streak"))
        font = QFont(self.streak_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.streak_label.setFont(font)
        self.weekly_label = QLabel(self)
        self.weekly_label.setObjectName("weeklyLabel")
        self.weekly_label.setAccessibleName(self.tr("Weekly minutes against target"))
        self.weekly_label.setTextFormat(Qt.TextFormat.RichText)
        self.weekly_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        side = QVBoxLayout()
        side.addWidget(self.streak_label)
        side.addWidget(self.weekly_label, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.calendar, 1)
        layout.addLayout(side, 1)
        self.calendar.currentPageChanged.connect(self._mark_active_days)

    def refresh(self, program_id: str | None) -> None:
        """Re-read streak, active days and weekly totals (of `program_id`, else the latest one)."""
        streak = self._store.current_streak(self._today())
        self.streak_label.setText(
            count_text(
                streak, self.tr("Current streak: {0} day"), self.tr("Current streak: {0} days")
            )
        )
        self._mark_active_days(self.calendar.yearShown(), self.calendar.monthShown())
        program = program_id or self._store.latest_program_id()
        target = self._targets.get(program) if program else None
        weeks = self._store.weekly_summary(WEEKS_SHOWN, self._today(), program)
        name = self._programs.get(program, program) if program else self.tr("all programs")
        title = self.tr("Weekly minutes ({0})").format(name)
        lines = [f"<b>{html.escape(title)}</b>"]
        for week in reversed(weeks):
            sessions = (
                self.tr("{0} of {1}").format(week.sessions, target)
                if target
                else str(week.sessions)
            )
            # A word as well as the tick, so the met target is not shown by a symbol alone.
            done = self.tr(" ✓ target met") if target and week.sessions >= target else ""
            line = self.tr("Week of {0}: {1} min, {2} sessions").format(
                QLocale().toString(_qdate(week.week_start), "d MMM"),
                f"{week.minutes:.0f}",
                sessions,
            )
            lines.append(html.escape(line + done))
        if target:
            lines.append(html.escape(self.tr("Target: {0} sessions a week.").format(target)))
        self.weekly_label.setText("<br>".join(lines))

    def _mark_active_days(self, year: int, month: int) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every date
        first = date(year, month, 1)
        # The month grid also shows days of the neighbouring months.
        days = self._store.active_days(first - timedelta(days=14), first + timedelta(days=45))
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        marked.setBackground(QBrush(self.palette().highlight().color()))
        marked.setForeground(QBrush(self.palette().highlightedText().color()))
        for day in days:
            self.calendar.setDateTextFormat(_qdate(day), marked)
        self.active_days_shown = days


class HistoryCharts(QWidget):
    """Three charts, rebuilt from the store by `refresh()`; each reads a bounded amount of data."""

    def __init__(
        self, store: HistoryStore, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyCharts")
        self._store = store
        self._today = today
        self.minutes_view = self._view("minutesChart", self.tr("Active minutes per week"))
        self.pain_view = self._view("painChart", self.tr("Pain before and after each session"))
        self.morning_view = self._view("morningChart", self.tr("Next-morning pain over time"))
        layout = QGridLayout(self)
        layout.addWidget(self.minutes_view, 0, 0, 1, 2)
        layout.addWidget(self.pain_view, 1, 0)
        layout.addWidget(self.morning_view, 1, 1)
        self.refresh()

    def _view(self, name: str, title: str) -> QChartView:
        view = QChartView(self)
        view.setObjectName(name)
        view.setAccessibleName(title)
        view.setToolTip(title)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(220)
        return view

    def refresh(self) -> None:
        """Rebuild every chart from the store."""
        self._set_chart(self.minutes_view, self._minutes_chart())
        self._set_chart(self.pain_view, self._pain_chart())
        self._set_chart(self.morning_view, self._morning_chart())

    @staticmethod
    def _set_chart(view: QChartView, chart: QChart) -> None:
        old = view.chart()
        view.setChart(chart)  # the view owns the new chart and releases the old one
        if old is not None:
            old.deleteLater()

    def _new_chart(self, title: str) -> QChart:
        chart = QChart()
        dark = self.palette().window().color().lightness() < 128
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        chart.setBackgroundBrush(self.palette().base())
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(_BOTTOM)
        return chart

    def _minutes_chart(self) -> QChart:
        weeks = self._store.minutes_per_week(WEEKS, self._today())
        chart = self._new_chart(self.tr("Active minutes per week (last {0} weeks)").format(WEEKS))
        series = QBarSeries(chart)
        bars = QBarSet(self.tr("Minutes"), series)
        bars.append([round(m, 1) for _, m in weeks])
        series.append(bars)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis(chart)
        x_axis.append([QLocale().toString(_qdate(w), "d MMM") for w, _ in weeks])
        x_axis.setTitleText(self.tr("Week starting"))
        chart.addAxis(x_axis, _BOTTOM)
        series.attachAxis(x_axis)
        y_axis = QValueAxis(chart)
        y_axis.setRange(0, max([10.0, *(m for _, m in weeks)]) * 1.1)
        y_axis.applyNiceNumbers()
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(self.tr("Minutes"))
        chart.addAxis(y_axis, _LEFT)
        series.attachAxis(y_axis)
        chart.legend().setVisible(False)
        total = sum(m for _, m in weeks)
        self.minutes_view.setAccessibleDescription(
            self.tr("{0} active minutes over the last {1} weeks; this week {2} minutes.").format(
                f"{total:.0f}", WEEKS, f"{weeks[-1][1]:.0f}"
            )
        )
        return chart

    def _pain_chart(self) -> QChart:
        points = self._store.pain_series(PAIN_SESSIONS)
        chart = self._new_chart(
            self.tr("Pain before and after (last {0} sessions)").format(len(points))
        )
        y_axis = _pain_axis(chart)
        x_axis = QValueAxis(chart)
        x_axis.setRange(1, max(2, len(points)))
        x_axis.setLabelFormat("%d")
        span = (
            self.tr("{0} to {1}").format(points[0].local_date, points[-1].local_date)
            if points
            else self.tr("none yet")
        )
        x_axis.setTitleText(self.tr("Session ({0})").format(span))
        chart.addAxis(x_axis, _BOTTOM)
        before = [(n, p.pain_before) for n, p in enumerate(points, 1) if p.pain_before is not None]
        after = [(n, p.pain_after) for n, p in enumerate(points, 1) if p.pain_after is not None]
        for series in (
            _line(chart, self.tr("Before"), [(float(x), float(y)) for x, y in before]),
            _line(chart, self.tr("After"), [(float(x), float(y)) for x, y in after], dashed=True),
        ):
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        last = points[-1] if points else None
        missing = self.tr("not given")
        self.pain_view.setAccessibleDescription(
            self.tr("No sessions yet.")
            if last is None
            else self.tr("{0} sessions; last on {1}: pain {2} before, {3} after.").format(
                len(points),
                last.local_date,
                missing if last.pain_before is None else last.pain_before,
                missing if last.pain_after is None else last.pain_after,
            )
        )
        return chart

    def _morning_chart(self) -> QChart:
        checkins = self._store.checkins(CHECKINS)
        chart = self._new_chart(self.tr("Next-morning pain"))
        y_axis = _pain_axis(chart)
        x_axis = QDateTimeAxis(chart)
        x_axis.setFormat("dd MMM")
        x_axis.setTitleText(self.tr("Morning"))
        today = self._today()
        first = checkins[0].day if checkins else today
        last = checkins[-1].day if checkins else today
        x_axis.setTickCount(max(2, min(7, (last - first).days + 3)))
        x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(_msecs(first) - 86_400_000),
            QDateTime.fromMSecsSinceEpoch(_msecs(last) + 86_400_000),
        )
        chart.addAxis(x_axis, _BOTTOM)
        morning = [(float(_msecs(c.day)), float(c.pain)) for c in checkins]
        baseline = [
            (float(_msecs(c.day)), float(c.compared_to))
            for c in checkins
            if c.compared_to is not None
        ]
        for series in (
            _line(chart, self.tr("Morning pain"), morning),
            _line(chart, self.tr("Before the session (baseline)"), baseline, dashed=True),
        ):
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        self.morning_view.setAccessibleDescription(
            self.tr("No check-ins yet.")
            if not checkins
            else self.tr("{0} check-ins; last on {1}: pain {2}.").format(
                len(checkins), checkins[-1].day, checkins[-1].pain
            )
        )
        return chart
