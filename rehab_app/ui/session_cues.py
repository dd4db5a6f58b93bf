"""Turns session events into beeps and spoken announcements."""

from __future__ import annotations

from PySide6.QtCore import QObject

from rehab_app.core import announcements as say
from rehab_app.core.loader import Library
from rehab_app.core.plan import SegmentKind, effective_dosage
from rehab_app.core.record import Outcome
from rehab_app.ui.audio import AudioCues, Cue
from rehab_app.ui.session_controller import SessionController


class SessionCues(QObject):
    """Listens to a session controller and speaks or beeps; knows nothing about widgets."""

    def __init__(
        self,
        controller: SessionController,
        audio: AudioCues,
        library: Library,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._engine = controller.engine
        self.audio = audio
        self._library = library
        controller.segment_started.connect(self._on_segment)
        controller.step_changed.connect(self._on_step)
        controller.countdown_ticked.connect(self._on_countdown)
        controller.resume_counted.connect(self._on_countdown)
        controller.halfway_reached.connect(lambda: audio.say(say.halfway()))
        controller.sides_switched.connect(self._on_switch)
        controller.session_finished.connect(self._on_finished)

    def _dosage_text(self, item_index: int, exercise_id: str) -> str:
        exercise = self._library.exercises.get(exercise_id)
        program = self._library.programs.get(self._engine.record.program_id)
        if exercise is None:
            return ""
        if program is None or item_index >= len(program.items):
            return say.next_up(exercise.name, exercise.dosage)
        dosage = effective_dosage(exercise.dosage, program.items[item_index].dosage)
        return say.next_up(exercise.name, dosage)

    def _on_segment(self, index: int) -> None:
        segments = self._engine.plan.segments
        if not 0 <= index < len(segments):
            return
        seg = segments[index]
        if seg.kind in (SegmentKind.GET_READY, SegmentKind.REST_EXERCISE):
            self.audio.play(Cue.REST)
            self.audio.say(self._dosage_text(seg.item_index, seg.exercise_id))
        elif seg.kind is SegmentKind.REST_SET:
            self.audio.play(Cue.REST)
            self.audio.say(say.rest(seg.duration_s))
        elif seg.kind is SegmentKind.WORK:
            self.audio.play(Cue.GO)
            if seg.manual:
                self.audio.say(f"{seg.reps} reps, then press Done")

    def _on_step(self, step_index: int) -> None:
        seg = self._engine.current
        exercise = self._library.exercises.get(seg.exercise_id) if seg else None
        # Steps are spoken on the first rep only; after that the beeps carry the rhythm.
        if seg is None or exercise is None or seg.kind is not SegmentKind.WORK or seg.rep_no > 1:
            return
        if 0 <= step_index < len(exercise.steps):
            self.audio.say(say.step(step_index + 1, exercise.steps[step_index].text))

    def _on_countdown(self, seconds_left: int) -> None:
        self.audio.play(Cue.TICK)
        self.audio.say(say.countdown(seconds_left), interrupt=True)

    def _on_switch(self, side: str) -> None:
        self.audio.play(Cue.SWITCH)
        self.audio.say(say.switch_sides(side), interrupt=True)

    def _on_finished(self, outcome: str) -> None:
        self.audio.play(Cue.DONE)
        if outcome == Outcome.COMPLETED.value:
            self.audio.say(say.well_done())
