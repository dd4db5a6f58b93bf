"""The path from "Start session" to the summary: screening, pain before, the player, stop rules."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

import msgspec
from PySide6.QtCore import QObject, Signal

from rehab_app.core.i18n import exercise_name, pick, safety_in
from rehab_app.core.models import Action, Program, Safety, Tier
from rehab_app.core.safety.keeper import SafetyKeeper
from rehab_app.core.safety.start_checks import session_limits
from rehab_app.core.session.plan import SessionPlan, build_plan
from rehab_app.core.session.record import SessionRecord, SessionSink
from rehab_app.ui.session.dialogs import HurtAnswer, Screening, SessionDialogs
from rehab_app.ui.session.start_flow import SessionGate
from rehab_app.ui.shell.host import Host

# The player, the engine and the summary are imported when a session starts: not at start-up.
if TYPE_CHECKING:
    from rehab_app.ui.session.audio import AudioCues
    from rehab_app.ui.session.controller import SessionController
    from rehab_app.ui.session.player import PlayerPage
    from rehab_app.ui.session.summary import SummaryPage

__all__ = ["HurtAnswer", "Screening", "SessionDialogs", "SessionLauncher"]

log = logging.getLogger(__name__)
Clock = Callable[[], float]
WallClock = Callable[[], datetime]
# An unfinished session older than this asks the re-check and the pain question again.
STALE_AFTER = timedelta(hours=2)


class SessionLauncher(QObject):
    """Runs sessions inside the main window.

    Signals:
        session_saved(): a session ended and its summary was saved.
    """

    session_saved = Signal()

    def __init__(
        self,
        host: Host,
        sink: SessionSink,
        clock: Clock,
        wall_clock: WallClock = lambda: datetime.now(UTC),
        dialogs: SessionDialogs | None = None,
        parent: QObject | None = None,
        keeper: SafetyKeeper | None = None,
    ) -> None:
        super().__init__(parent or host.dialog_parent())
        self.host = host
        self.sink = sink
        self.clock = clock
        self.wall_clock = wall_clock
        self.dialogs = dialogs or SessionDialogs(host.dialog_parent(), self._show_advice)
        history = host.history
        log_to = history.store if history is not None else None
        self.keeper = keeper or SafetyKeeper(
            lambda: host.settings, host.update_settings, log_to, self.today
        )
        self.gate = SessionGate(host, self.keeper, lambda: self.dialogs)
        self.player: PlayerPage | None = None
        self.audio: AudioCues | None = None
        self.controller: SessionController | None = None
        self._program: Program | None = None
        self._pain_before: int | None = None
        self._swapped: set[int] = set()

    def today(self) -> date:
        """The user's local date, from the injected wall clock."""
        return self.wall_clock().astimezone().date()

    def _show_advice(self) -> None:
        from rehab_app.ui.safety.help import show_help

        show_help(self.host.dialog_parent(), "rest")

    def start(self, program_id: str, program: Program | None = None) -> bool:
        """Run the safety checks, then open the player; False when the session may not start."""
        library = self.host.library
        # A flare-up day passes today's easier version of the program.
        program = program or library.programs.get(program_id)
        if program is None:
            return False
        if library.safety is None:
            self.dialogs.inform(
                self.tr("Sessions are unavailable"),
                self.tr(
                    "The safety questions could not be loaded, so sessions cannot start."
                    " See the Problems tab."
                ),
            )
            return False
        prepared = self.gate.before_start(program)
        if prepared is None:
            return False
        program = prepared.program
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
            pain_before=prepared.pain_before,
        )
        self._open_player(record, 0, program, prepared.pain_before)
        return True

    def resume(self, record: SessionRecord, next_item: int) -> bool:
        """Continue an interrupted session at item `next_item` (its finished exercises kept).

        It runs the program as it was that day (adapted or a flare-up day); one more than two
        hours old asks the re-check and the pain question again.
        """
        library = self.host.library
        if record.program_id not in library.programs or library.safety is None:
            return False
        program = self._snapshot(record) or library.programs[record.program_id]
        stale = self.wall_clock() - record.started_utc > STALE_AFTER
        prepared = self.gate.before_resume(program, stale)
        if prepared is None:
            return False
        baseline = prepared.pain_before if prepared.pain_before is not None else record.pain_before
        self._open_player(record, next_item, program, baseline)
        return True

    def _snapshot(self, record: SessionRecord) -> Program | None:
        """The program as it was run, if its snapshot still reads and fits today's library."""
        try:
            program = msgspec.json.decode(record.program_snapshot, type=Program)
        except (msgspec.DecodeError, msgspec.ValidationError):
            return None
        known = self.host.library.exercises
        if program.id != record.program_id or any(i.exercise not in known for i in program.items):
            return None
        return program

    def _open_player(
        self, record: SessionRecord, start_item: int, program: Program, baseline: int | None
    ) -> None:
        from rehab_app.core.session.engine import SessionEngine
        from rehab_app.ui.session.controller import SessionController
        from rehab_app.ui.session.player import PlayerPage

        library = self.host.library
        self._program = program
        self._pain_before = baseline
        self._swapped = set()

        def rebuild(substitutes: dict[int, str]) -> SessionPlan:
            return build_plan(program, library.exercise, substitutes)

        engine = SessionEngine(build_plan(program, library.exercise), self.clock, record, rebuild)
        self.controller = SessionController(engine, self.sink, self, start_item=start_item)
        self.player = PlayerPage(
            self.controller, library, self.host.dialog_parent(), self.host.language
        )
        self.player.hurt_requested.connect(self._on_hurt)
        self.player.end_requested.connect(self._on_end)
        self.player.finished.connect(self._on_finished)
        self._attach_audio()
        self.host.show_page(self.player)
        self.player.setFocus()

    def _attach_audio(self) -> None:
        """Sound and voice for the session; imported here so the home screen starts faster."""
        from rehab_app.ui.session.audio import AudioCues
        from rehab_app.ui.session.cues import SessionCues

        assert self.controller is not None
        assert self.player is not None
        settings = self.host.settings
        if self.audio is None:
            self.audio = AudioCues(self.host.paths.shipped_assets / "sounds", self)
        self.audio.configure(
            sound=settings.sound,
            voice=settings.voice,
            volume=settings.volume,
            language=self.host.language,
        )
        self.audio.set_muted(False)
        SessionCues(
            self.controller, self.audio, self.host.library, self.controller, self.host.language
        )
        player = self.player
        audio = self.audio

        def toggle_mute() -> None:
            audio.set_muted(not audio.muted)
            player.show_muted(audio.muted)

        player.mute_toggled.connect(toggle_mute)

    def exercise_name(self, exercise_id: str, recorded: str) -> str:
        """An exercise's name in the user's language (the recorded one when it is gone)."""
        return exercise_name(self.host.library.exercises, exercise_id, recorded, self.host.language)

    def _safety(self) -> Safety | None:
        """The safety data, worded in the user's language."""
        safety = self.host.library.safety
        return safety_in(safety, self.host.language) if safety is not None else None

    def _on_hurt(self) -> None:
        safety = self._safety()
        if self.controller is None or safety is None or self._program is None:
            return
        engine = self.controller.engine
        segment = engine.current
        if segment is None:
            return
        library = self.host.library
        exercise = library.exercises.get(segment.exercise_id)
        easier = next(
            (e for e in (exercise.easier if exercise else ()) if e in library.exercises), None
        )
        swapped = segment.item_index in self._swapped
        limits = session_limits(self._program, self._pain_before, safety.pain_model)
        name = pick(exercise.name, exercise.name_i18n, self.host.language) if exercise else ""
        answer = self.dialogs.hurt(
            safety, name or segment.exercise_name, limits.ceiling, self._pain_before,
            easier is not None, swapped, limits.rise,
        )  # fmt: skip
        if answer is None:
            self.controller.resume()
            return
        answer.report.exercise_id = segment.exercise_id
        answer.report.action = answer.action.value
        answer.report.rule_id = answer.rule.id
        self.controller.report_pain(answer.report)
        if answer.action is not Action.CARRY_ON:
            record = engine.record
            self.keeper.stop(answer.report, answer.rule, answer.action, record.session_id)
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
            self.controller.engine.record.end_reason = answer.rule.id
            self.controller.end_early()
            safety = self._safety()
            if action is Action.EMERGENCY and safety is not None:
                advice = safety.tiers.get(Tier.EMERGENCY)
                title = advice.title if advice else answer.rule.title
                message = answer.rule.message + ("\n\n" + advice.message if advice else "")
                self.dialogs.inform(title, message)
            else:
                self.dialogs.inform(answer.rule.title, answer.rule.message)
        else:
            self.controller.resume()

    def _on_end(self) -> None:
        from rehab_app.core.session.engine import EngineState

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
            engine.record.end_reason = "user"
            self.controller.end_early()
        elif was_running:
            self.controller.resume()

    def _on_finished(self, _outcome: str) -> None:
        from rehab_app.ui.session.summary import SummaryPage

        if self.controller is None:
            return
        record = self.controller.engine.record
        record.ended_utc = self.wall_clock()
        summary = SummaryPage(
            record, self.host.dialog_parent(), self.controller.save_failure, self.exercise_name
        )
        summary.saved.connect(lambda: self._save(summary))
        summary.left_unsaved.connect(lambda: self._leave(summary))
        self.host.show_page(summary)

    def save_checkpoint(self) -> None:
        """Save the running session as it stands (after an unexpected error, for one)."""
        if self.controller is not None:
            self.controller.save_checkpoint()

    def _save(self, summary: SummaryPage) -> None:
        self.sink.finish(summary.record)
        # Safety decisions live in the settings: they hold even when the history cannot be saved.
        self.keeper.session_saved(summary.record)
        failure = self.sink.write_error
        if failure is not None:
            summary.show_save_failed(failure)
            return
        self.session_saved.emit()
        self._leave(summary)
        self.host.status(self.tr("Session saved to your history."), 8000)

    def _leave(self, summary: SummaryPage) -> None:
        self._close()
        self.host.close_page(summary)

    def _close(self) -> None:
        if self.controller is not None:
            self.controller.stop()
        if self.audio is not None:
            self.audio.stop()
        self.host.show_home()
        if self.player is not None:
            self.host.close_page(self.player)
        self.player = None
        self.controller = None
