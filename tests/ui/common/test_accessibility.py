"""Every control of every screen has an accessible name, and the keyboard reaches all of them.

The walk covers the home tabs (each one, History's inner tabs too), the player while a session
runs, the summary, and the safety and check-in dialogs, in the app's light theme.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rehab_app.core.models import PainModel, Safety, Tier
from rehab_app.core.settings import Settings
from rehab_app.ui.safety.checkin import CheckinDialog
from rehab_app.ui.safety.hurt import HurtDialog
from rehab_app.ui.safety.screening import BlockedDialog, ScreeningDialog
from rehab_app.ui.session.launcher import SessionLauncher
from rehab_app.ui.session.player import PlayerPage
from rehab_app.ui.shell.boot import build_main_window
from rehab_app.ui.shell.lazy_page import LazyPage
from rehab_app.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.dialogs import ScriptedDialogs
from tests.helpers.theming import themed

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QTabBar,
    QTextEdit,
    QPlainTextEdit,
    QAbstractScrollArea,
)
Offenders = dict[str, str]


def _buddy_names(root: QWidget) -> dict[int, str]:
    """Text of the labels that name a buddy control, by the control's id."""
    names = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text().replace("&", "").strip():
            names[id(buddy)] = label.text()
    return names


def _name_of(widget: QWidget, buddies: dict[int, str]) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if id(widget) in buddies:
        return buddies[id(widget)]
    if isinstance(widget, QAbstractButton):
        text = widget.text().replace("&", "").strip()
        # Text counts only when it says something: not a lone symbol or digit.
        if any(c.isalpha() for c in text):
            return text
    return ""


def _is_control(widget: QWidget) -> bool:
    if not isinstance(widget, CONTROLS) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return False
    # A combo box's or spin box's own editor is described by the box itself.
    parent = widget.parentWidget()
    return not (isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox))


def offenders(screen: str, root: QWidget) -> Offenders:
    """Visible controls under `root` without an accessible name (or icon-only without a tip)."""
    found: Offenders = {}
    buddies = _buddy_names(root)
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not _is_control(widget):
            continue
        key = f"{screen}: {widget.objectName() or '(no objectName)'} ({type(widget).__name__})"
        if not _name_of(widget, buddies):
            found[key] = "no accessible name"
        elif (
            isinstance(widget, QAbstractButton)
            and not widget.text().strip()
            and not widget.icon().isNull()
            and not (widget.toolTip() or widget.accessibleDescription())
        ):
            found[key] = "icon-only button without a tooltip or description"
    return found


def _report(found: Offenders) -> str:
    return "\n".join(f"  {key}: {problem}" for key, problem in sorted(found.items()))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, clock: FakeClock) -> Iterator[MainWindow]:
    with themed(Settings()):
        win = build_main_window(data_dir, clock=clock)
        qtbot.addWidget(win)
        win.resize(1280, 720)
        win.show()
        yield win


@pytest.fixture
def safety(window: MainWindow) -> Safety:
    assert window.library.safety is not None
    return window.library.safety


def _each_page(stack: QStackedWidget) -> Iterator[int]:
    for index in range(stack.count()):
        stack.setCurrentIndex(index)
        QApplication.processEvents()
        yield index


def _home_screens(window: MainWindow) -> Offenders:
    found: Offenders = {}
    tabs = window.tabs
    for index in range(tabs.count()):
        page = tabs.widget(index)
        assert page is not None
        tabs.setCurrentIndex(index)
        if isinstance(page, LazyPage):
            page.build()
        QApplication.processEvents()
        name = tabs.tabText(index).replace("&", "")
        found |= offenders(f"home/{name}", window)
        for inner in page.findChildren(QTabWidget):
            for sub in range(inner.count()):
                inner.setCurrentIndex(sub)
                QApplication.processEvents()
                found |= offenders(f"home/{name}/{inner.tabText(sub).replace('&', '')}", window)
    return found


def _start(window: MainWindow, clock: FakeClock, program: str = "core_stability_1") -> PlayerPage:
    launcher = window.session_launcher
    assert isinstance(launcher, SessionLauncher)
    launcher.dialogs = ScriptedDialogs()  # type: ignore[assignment]
    assert launcher.start(program)
    assert launcher.player is not None
    assert launcher.controller is not None
    launcher.player.start_button.click()
    clock.advance(12)
    launcher.controller.poll()
    return launcher.player


def _dialog_pages(
    screen: str, dialog: QDialog, turn: Callable[[], None] | None = None
) -> Offenders:
    dialog.show()
    QApplication.processEvents()
    found = offenders(screen, dialog)
    if turn is not None:
        turn()
        QApplication.processEvents()
        found |= offenders(f"{screen} (next page)", dialog)
    dialog.close()
    return found


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, safety: Safety
) -> None:
    found = _home_screens(window)
    window.tabs.setCurrentIndex(0)

    player = _start(window, clock)
    QApplication.processEvents()
    found |= offenders("player (running)", window)
    player.cues_button.click()
    found |= offenders("player (cues shown)", window)
    player.end_requested.emit()  # ScriptedDialogs confirms: the summary follows
    QApplication.processEvents()
    assert window.stack.currentWidget().objectName() == "summaryPage"  # type: ignore[union-attr]
    found |= offenders("summary", window)

    first = ScreeningDialog(safety, True, window)
    qtbot.addWidget(first)

    def answer_all_no() -> None:
        for question in first.questions.values():
            question.no.click()
        first.continue_button.click()

    found |= _dialog_pages("screening (first time)", first, answer_all_no)
    recheck = ScreeningDialog(safety, False, window)
    qtbot.addWidget(recheck)

    def answer_recheck_yes() -> None:
        assert recheck.recheck is not None
        recheck.recheck.yes.click()
        recheck.continue_button.click()

    found |= _dialog_pages("screening (recheck)", recheck, answer_recheck_yes)
    blocked_yes = ScreeningDialog(safety, True, window)
    qtbot.addWidget(blocked_yes)

    def answer_emergency() -> None:
        emergency = next(f.id for f in safety.red_flags if f.tier is Tier.EMERGENCY)
        for flag_id, question in blocked_yes.questions.items():
            (question.yes if flag_id == emergency else question.no).click()
        blocked_yes.continue_button.click()

    found |= _dialog_pages("screening (result)", blocked_yes, answer_emergency)
    blocked = BlockedDialog(safety, Tier.URGENT, window)
    qtbot.addWidget(blocked)
    found |= _dialog_pages("blocked", blocked)
    hurt = HurtDialog(safety, "Bird-dog", 5, 2, True, False, window)
    qtbot.addWidget(hurt)

    def check() -> None:
        hurt.pain_scale.set_value(4)
        hurt.check()

    found |= _dialog_pages("hurt", hurt, check)
    checkin = CheckinDialog(date(2026, 5, 19), 3, PainModel(), window)
    qtbot.addWidget(checkin)

    def save() -> None:
        checkin.choose(2)
        checkin.save()

    found |= _dialog_pages("check-in", checkin, save)
    assert not found, "Controls without an accessible name:\n" + _report(found)


def test_icon_only_button_without_name_is_reported(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton

    from rehab_app.ui.common.icons import icon

    holder = QWidget()
    qtbot.addWidget(holder)
    button = QPushButton(icon("start", "#000000"), "", holder)
    button.setObjectName("iconOnly")
    digit = QPushButton("7", holder)
    digit.setObjectName("digitOnly")
    holder.show()
    found = offenders("probe", holder)
    assert "probe: iconOnly (QPushButton)" in found
    assert "probe: digitOnly (QPushButton)" in found
    button.setAccessibleName("Start")
    assert offenders("probe", holder)["probe: iconOnly (QPushButton)"].startswith("icon-only")


def _tab_chain(qtbot: QtBot, start: QWidget, steps: int = 60) -> list[QWidget]:
    """The widgets Tab visits from `start`, in order, until it comes round again."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen: list[QWidget] = [start]
    for _ in range(steps):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)  # type: ignore[no-untyped-call]
        now = QApplication.focusWidget()
        if now is None or now is start:
            break
        seen.append(now)
    return seen


def _tabbable(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and _is_control(w)
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def test_tab_reaches_every_control_of_the_programs_page(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    reached = _tab_chain(qtbot, window.programs.list)
    missing = [w.objectName() for w in _tabbable(window.programs) if w not in reached]
    assert not missing
    assert window.programs.start_button in reached
    assert window.tabs.tabBar() in reached
    # Down the page: the list, the actions above the details, the details, then Start.
    names = [w.objectName() for w in reached]
    page_order = ["programList", "editProgramButton", "flareUpButton", "programDetailArea"]
    assert [n for n in names if n in page_order] == page_order
    assert names.index("programDetailArea") < names.index("startButton")


def test_tab_reaches_every_control_of_the_player(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    player = _start(window, clock)
    QApplication.processEvents()
    controls = _tabbable(player)
    assert player.pause_button in controls
    assert player.hurt_button in controls
    reached = _tab_chain(qtbot, player.back_button)
    missing = [w.objectName() for w in controls if w not in reached]
    assert not missing
    assert all(w.focusPolicy() != Qt.FocusPolicy.NoFocus for w in controls)


def test_focus_ring_is_in_the_stylesheet(window: MainWindow) -> None:
    sheet = QApplication.instance().styleSheet()  # type: ignore[union-attr]
    for control in ("QPushButton", "QComboBox", "QListView", "QCheckBox", "QSlider", "QLineEdit"):
        assert f"{control}:focus" in sheet
    assert "solid #0f7173" in sheet  # the light theme's accent


def test_player_announces_steps_and_last_seconds(window: MainWindow, clock: FakeClock) -> None:
    player = _start(window, clock, "acute_relief_gentle")
    controller = window.session_launcher.controller  # type: ignore[union-attr]
    assert controller is not None
    announced: set[str] = set()
    for _ in range(400):
        clock.advance(0.25)
        controller.poll()
        announced.add(player.last_announcement)
    assert any(a.startswith("Step ") for a in announced)
    for n in (3, 2, 1):
        assert f"{n} seconds left" in announced
    assert player.countdown.accessibleDescription()
