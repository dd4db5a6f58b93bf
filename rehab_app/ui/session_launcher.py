"""The path from "Start session" to the summary: screening, pain before, the player, stop rules."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import msgspec
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from rehab_app.core.i18n import pick
from rehab_app.core.models import Action, Program, Safety, StopRule, Tier
from rehab_app.core.plan import SessionPlan, build_plan
from rehab_app.core.record import PainReport, SessionRecord, SessionSink
from rehab_app.core.safety_rules import blocks, needs_full_screening
from rehab_app.ui.main_window import MainWindow
from rehab_app.ui.texts import translate

# The player, the engine and the summary are imported when a session starts: not at start-up.
if TYPE_CHECKING:
    from rehab_app.ui.audio import AudioCues
    from rehab_app.ui.player import PlayerPage
    from rehab_app.ui.session_controller import SessionController
    from rehab_app.ui.summary_page import SummaryPage

log = logging.getLogger(__name__)
Clock = Callable[[], float]
WallClock = Callable[[], datetime]


@dataclass(frozen=True, slots=True)
class Screening:
    """What the pre-session questions found."""

    tier: Tier | None
    pain_before: int | None
    accepted: bool


@dataclass(frozen=True, slots=True)
class HurtAnswer:
    """What the user reported and what the stop rules decided."""

    report: PainReport
    rule: StopRule
    action: Action


class SessionDialogs:
    """The modal questions of a session; tests replace this with a scripted fake."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def clear_block(self, safety: Safety, tier: Tier) -> bool:
        """Show why sessions are blocked; True when the user says they were seen."""
        from rehab_app.ui.screening_dialog import BlockedDialog

        dialog = BlockedDialog(safety, tier, self._parent)
        dialog.exec()
        return dialog.cleared

    def screen(self, safety: Safety, first_time: bool) -> Screening:
        """Red flags (or the short re-check), then pain right now."""
        from rehab_app.ui.screening_dialog import ScreeningDialog

        dialog = ScreeningDialog(safety, first_time, self._parent)
        accepted = bool(dialog.exec())
        return Screening(dialog.tier, dialog.pain_before, accepted)

    def hurt(
        self,
        safety: Safety,
        name: str,
        ceiling: int,
        baseline: int | None,
        easier: bool,
        swapped: bool,
    ) -> HurtAnswer | None:
        """Ask what is happening and apply the stop rules; None when cancelled."""
        from rehab_app.ui.hurt_dialog import HurtDialog

        dialog = HurtDialog(safety, name, ceiling, baseline, easier, swapped, self._parent)
        if not dialog.exec() or dialog.report is None or dialog.rule is None:
            return None
        return HurtAnswer(dialog.report, dialog.rule, dialog.action)

    def confirm_end(self) -> bool:
        """Ask before ending a session early."""
        answer = QMessageBox.question(
            self._parent,
            translate("SessionDialogs", "End the session?"),
            translate(
                "SessionDialogs",
                "End the session now? What you have done so far is kept in your history.",
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, title: str, message: str) -> None:
        """Tell the user something important."""
        QMessageBox.information(self._parent, title, message)


class SessionLauncher(QObject):
    """Runs sessions inside the main window.

    Signals:
        session_saved(): a session ended and its summary was saved.
    """

    session_saved = Signal()

    def __init__(
        self,
        window: MainWindow,
        sink: SessionSink,
        clock: Clock,
        wall_clock: WallClock = lambda: datetime.now(UTC),
        dialogs: SessionDialogs | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or window)
        self.window = window
        self.sink = sink
        self.clock = clock
        self.wall_clock = wall_clock
        self.dialogs = dialogs or SessionDialogs(window)
        self.player: PlayerPage | None = None
        self.audio: AudioCues | None = None
        self.controller: SessionController | None = None
        self._pain_before: int | None = None
        self._swapped: set[int] = set()

    def start(self, program_id: str, program: Program | None = None) -> bool:
        """Screen, then open the player for `program_id`; False when the session may not start."""
        library = self.window.library
        safety = library.safety
        # A flare-up day passes today's easier version of the program.
        program = program or library.programs.get(program_id)
        if program is None:
            return False
        if safety is None:
            self.dialogs.inform(
                self.tr("Sessions are unavailable"),
                self.tr(
                    "The safety questions could not be loaded, so sessions cannot start."
                    " See the Problems tab."
                ),
            )
            return False
        settings = self.window.settings
        if settings.blocked_tier:
            if not self.dialogs.clear_block(safety, Tier(settings.blocked_tier)):
                return False
            self.window.update_settings(blocked_tier=None, screening_done=False)
            settings = self.window.settings
        result = self.dialogs.screen(safety, needs_full_screening(settings))
        if result.tier is not None and blocks(safety, result.tier):
            self.window.update_settings(blocked_tier=result.tier.value, screening_done=True)
            return False
        if not result.accepted:
            return False
        self.window.update_settings(screening_done=True)
        pain = result.pain_before
        if pain is not None and pain > program.pain_ceiling:
            language = self.window.language
            gentler = [
                pick(p.name, p.name_i18n, language)
                for p in library.programs.values()
                if p.pain_ceiling >= pain and p.id != program.id
            ]
            advice = (
                self.tr("Try {0} today instead.").format(gentler[0])
                if gentler
                else self.tr(
                    "Rest today with short, easy walks, and see a doctor or physiotherapist "
                    "if it does not settle in a few days."
                )
            )
            self.dialogs.inform(
                self.tr("Your pain is above this program's limit"),
                self.tr(
                    "Your back is at {0}/10, above the limit of {1}/10 for {2}. Exercising into "
                    "more pain will not help. {3}"
                ).format(
                    pain,
                    program.pain_ceiling,
                    pick(program.name, program.name_i18n, language),
                    advice,
                ),
            )
            return False
        plan = build_plan(program, library.exercise)
        now = self.wall_clock()
        record = SessionRecord(
            program_id=program.id,
            program_name=program.name,
            program_snapshot=msgspec.json.encode(program).decode(),
            started_utc=now,
            local_date=now.astimezone().date().isoformat(),
            planned_s=plan.total_s,
            items=[],
            pain_before=result.pain_before,
        )
        self._open_player(record, 0, program)
        return True

    def resume(self, record: SessionRecord, next_item: int) -> bool:
        """Continue an interrupted session at item `next_item` (its finished exercises kept)."""
        library = self.window.library
        safety = library.safety
        if record.program_id not in library.programs or safety is None:
            return False
        blocked = self.window.settings.blocked_tier
        if blocked and not self.dialogs.clear_block(safety, Tier(blocked)):
            return False
        if blocked:
            self.window.update_settings(blocked_tier=None, screening_done=False)
        self._open_player(record, next_item)
        return True

    def _open_player(
        self, record: SessionRecord, start_item: int, program: Program | None = None
    ) -> None:
        from rehab_app.core.engine import SessionEngine
        from rehab_app.ui.player import PlayerPage
        from rehab_app.ui.session_controller import SessionController

        library = self.window.library
        program = program or library.programs[record.program_id]
        self._pain_before = record.pain_before
        self._swapped = set()

        def rebuild(substitutes: dict[int, str]) -> SessionPlan:
            return build_plan(program, library.exercise, substitutes)

        engine = SessionEngine(build_plan(program, library.exercise), self.clock, record, rebuild)
        self.controller = SessionController(engine, self.sink, self, start_item=start_item)
        self.player = PlayerPage(self.controller, library, self.window, self.window.language)
        self.player.hurt_requested.connect(self._on_hurt)
        self.player.end_requested.connect(self._on_end)
        self.player.finished.connect(self._on_finished)
        self._attach_audio()
        self.window.show_page(self.player)
        self.player.setFocus()

    def _attach_audio(self) -> None:
        """Sound and voice for the session; imported here so the home screen starts faster."""
        from rehab_app.ui.audio import AudioCues
        from rehab_app.ui.session_cues import SessionCues

        assert self.controller is not None
        assert self.player is not None
        settings = self.window.settings
        if self.audio is None:
            self.audio = AudioCues(self.window.paths.shipped_assets / "sounds", self)
        self.audio.configure(
            sound=settings.sound,
            voice=settings.voice,
            volume=settings.volume,
            language=self.window.language,
        )
        self.audio.set_muted(False)
        SessionCues(
            self.controller, self.audio, self.window.library, self.controller, self.window.language
        )
        player = self.player
        audio = self.audio

        def toggle_mute() -> None:
            audio.set_muted(not audio.muted)
            player.show_muted(audio.muted)

        player.mute_toggled.connect(toggle_mute)

    def _on_hurt(self) -> None:
        safety = self.window.library.safety
        if self.controller is None or safety is None:
            return
        engine = self.controller.engine
        segment = engine.current
        if segment is None:
            return
        library = self.window.library
        program = library.programs[engine.record.program_id]
        exercise = library.exercises.get(segment.exercise_id)
        easier = next(
            (e for e in (exercise.easier if exercise else ()) if e in library.exercises), None
        )
        swapped = segment.item_index in self._swapped
        answer = self.dialogs.hurt(
            safety, segment.exercise_name, program.pain_ceiling, self._pain_before,
            easier is not None, swapped,
        )  # fmt: skip
        if answer is None:
            self.controller.resume()
            return
        answer.report.exercise_id = segment.exercise_id
        answer.report.action = answer.action.value
        answer.report.rule_id = answer.rule.id
        self.controller.report_pain(answer.report)
        self._apply(answer, segment.item_index, easier)

    def _apply(self, answer: HurtAnswer, item: int, easier: str | None) -> None:
        assert self.controller is not None
        action = answer.action
        if action is Action.EASIER_VARIANT and easier is not None:
            self._swapped.add(item)
            self.controller.substitute(item, easier)
            self.controller.resume()
        elif action in (Action.SKIP_EXERCISE, Action.EASIER_VARIANT):
            self.controller.skip_exercise()
            self.controller.resume()
        elif action in (Action.END_SESSION, Action.EMERGENCY):
            self.controller.end_early()
            safety = self.window.library.safety
            if action is Action.EMERGENCY and safety is not None:
                advice = safety.tiers.get(Tier.EMERGENCY)
                message = advice.message if advice else answer.rule.message
                self.window.update_settings(blocked_tier=Tier.EMERGENCY.value)
                self.dialogs.inform(advice.title if advice else answer.rule.title, message)
            else:
                self.dialogs.inform(answer.rule.title, answer.rule.message)
        else:
            self.controller.resume()

    def _on_end(self) -> None:
        from rehab_app.core.engine import EngineState

        if self.controller is None:
            return
        engine = self.controller.engine
        if engine.state in (EngineState.FINISHED, EngineState.ENDED_EARLY):
            return
        was_running = engine.state in (EngineState.RUNNING, EngineState.RESUMING)
        self.controller.pause()
        if self.dialogs.confirm_end():
            if engine.state is EngineState.READY:
                self._close()
                return
            self.controller.end_early()
        elif was_running:
            self.controller.resume()

    def _on_finished(self, _outcome: str) -> None:
        from rehab_app.ui.summary_page import SummaryPage

        if self.controller is None:
            return
        record = self.controller.engine.record
        record.ended_utc = self.wall_clock()
        summary = SummaryPage(record, self.window, self.controller.save_failure)
        summary.saved.connect(lambda: self._save(summary))
        summary.left_unsaved.connect(lambda: self._leave(summary))
        self.window.show_page(summary)

    def save_checkpoint(self) -> None:
        """Save the running session as it stands (after an unexpected error, for one)."""
        if self.controller is not None:
            self.controller.save_checkpoint()

    def _save(self, summary: SummaryPage) -> None:
        self.sink.finish(summary.record)
        failure = self.sink.write_error
        if failure is not None:
            summary.show_save_failed(failure)
            return
        self.session_saved.emit()
        self._leave(summary)
        self.window.statusBar().showMessage(self.tr("Session saved to your history."), 8000)

    def _leave(self, summary: SummaryPage) -> None:
        self._close()
        self.window.stack.removeWidget(summary)
        summary.deleteLater()

    def _close(self) -> None:
        if self.controller is not None:
            self.controller.stop()
        if self.audio is not None:
            self.audio.stop()
        self.window.show_home()
        for page in (self.player,):
            if page is not None:
                self.window.stack.removeWidget(page)
                page.deleteLater()
        self.player = None
        self.controller = None
