"""Turns session events into beeps and spoken announcements."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from rehab_app.core.content.loader import Library
from rehab_app.core.i18n import pick, side_text
from rehab_app.core.models import Exercise
from rehab_app.core.session import announcements as say
from rehab_app.core.session.plan import SegmentKind, effective_dosage
from rehab_app.core.session.record import Outcome
from rehab_app.ui.session.audio import AudioCues, Cue
from rehab_app.ui.session.controller import SessionController

# The core's templates (core/announcements.py TEMPLATES) word for word, so that lupdate
# collects them; a test keeps the two in step.
SPOKEN = (
    QT_TRANSLATE_NOOP("Spoken", "Next: {0}, {1}"),
    QT_TRANSLATE_NOOP("Spoken", "Next: {0}"),
    QT_TRANSLATE_NOOP("Spoken", "Switch sides, left side now"),
    QT_TRANSLATE_NOOP("Spoken", "Switch sides, right side now"),
    QT_TRANSLATE_NOOP("Spoken", "Switch sides"),
    QT_TRANSLATE_NOOP("Spoken", "Halfway"),
    QT_TRANSLATE_NOOP("Spoken", "Well done"),
    QT_TRANSLATE_NOOP("Spoken", "Rest {0} second"),
    QT_TRANSLATE_NOOP("Spoken", "Rest {0} seconds"),
    QT_TRANSLATE_NOOP("Spoken", "{0}. Then: {1}"),
    QT_TRANSLATE_NOOP("Spoken", "Step {0}. {1}"),
    QT_TRANSLATE_NOOP("Spoken", "{0} reps, then press Done"),
    QT_TRANSLATE_NOOP("Spoken", "{0} hold"),
    QT_TRANSLATE_NOOP("Spoken", "{0} holds"),
    QT_TRANSLATE_NOOP("Spoken", "{0} of {1} seconds"),
    QT_TRANSLATE_NOOP("Spoken", "1 set of {0}"),
    QT_TRANSLATE_NOOP("Spoken", "{0} set of {1}"),
    QT_TRANSLATE_NOOP("Spoken", "{0} sets of {1}"),
    QT_TRANSLATE_NOOP("Spoken", "{0} sets of {1} and {2}"),
    QT_TRANSLATE_NOOP("Spoken", "{0}-second holds"),
    QT_TRANSLATE_NOOP("Spoken", "each side"),
    QT_TRANSLATE_NOOP("Spoken", "Left side: {0}"),
    QT_TRANSLATE_NOOP("Spoken", "Right side: {0}"),
)


def spoken(template: str) -> str:
    """One of the core's spoken templates in the user's language."""
    return QCoreApplication.translate("Spoken", template)


class SessionCues(QObject):
    """Listens to a session controller and speaks or beeps; knows nothing about widgets."""

    def __init__(
        self,
        controller: SessionController,
        audio: AudioCues,
        library: Library,
        parent: QObject | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._controller = controller
        self._engine = controller.engine
        self.audio = audio
        self._library = library
        controller.segment_started.connect(self._on_segment)
        controller.step_changed.connect(self._on_step)
        controller.countdown_ticked.connect(self._on_countdown)
        controller.resume_counted.connect(self._on_countdown)
        controller.halfway_reached.connect(lambda: audio.say(say.halfway(spoken)))
        controller.sides_switched.connect(self._on_switch)
        controller.session_finished.connect(self._on_finished)

    def _dosage_text(self, item_index: int, exercise_id: str) -> str:
        exercise = self._library.exercises.get(exercise_id)
        program = self._library.programs.get(self._engine.record.program_id)
        if exercise is None:
            return ""
        if program is None or item_index >= len(program.items):
            return say.next_up(self._name(exercise), exercise.dosage, spoken)
        dosage = effective_dosage(exercise.dosage, program.items[item_index].dosage)
        return say.next_up(self._name(exercise), dosage, spoken)

    def _name(self, exercise: Exercise) -> str:
        return pick(exercise.name, exercise.name_i18n, self._language)

    def _side_text(self, exercise_id: str, side: str | None) -> str:
        """What `side` means for the exercise (its `sides` text), '' when it does not say."""
        exercise = self._library.exercises.get(exercise_id)
        return side_text(exercise.sides if exercise else None, side, self._language)

    def _side_ahead(self, index: int) -> str:
        """`Left side: ...` for the work after segment `index` when it is one-sided, else ''."""
        later = self._engine.plan.segments[index + 1 :]
        work = next((s for s in later if s.kind is SegmentKind.WORK), None)
        if work is None or work.side is None:
            return ""
        return say.side_rule(work.side, self._side_text(work.exercise_id, work.side), spoken)

    def _on_segment(self, index: int) -> None:
        segments = self._engine.plan.segments
        if not 0 <= index < len(segments):
            return
        seg = segments[index]
        if seg.kind in (SegmentKind.GET_READY, SegmentKind.REST_EXERCISE):
            self.audio.play(Cue.REST)
            next_up = self._dosage_text(seg.item_index, seg.exercise_id)
            self.audio.say(say.sentences(next_up, self._side_ahead(index)))
        elif seg.kind is SegmentKind.REST_SET:
            self.audio.play(Cue.REST)
            rest = say.rest(seg.duration_s, tr=spoken)
            self.audio.say(say.sentences(rest, self._side_ahead(index)))
        elif seg.kind is SegmentKind.WORK:
            self.audio.play(Cue.GO)
            if seg.manual:
                self.audio.say(say.manual_reps(seg.reps, spoken))

    def _on_step(self, step_index: int) -> None:
        seg = self._engine.current
        exercise = self._library.exercises.get(seg.exercise_id) if seg else None
        # Steps are spoken on the first rep only; after that the beeps carry the rhythm.
        if seg is None or exercise is None or seg.kind is not SegmentKind.WORK or seg.rep_no > 1:
            return
        if 0 <= step_index < len(exercise.steps):
            step = exercise.steps[step_index]
            text = pick(step.text, step.text_i18n, self._language)
            self.audio.say(say.step(step_index + 1, text, spoken))

    def _on_countdown(self, seconds_left: int) -> None:
        self.audio.play(Cue.TICK)
        self.audio.say(say.countdown(seconds_left), interrupt=True)

    def _on_switch(self, side: str) -> None:
        self.audio.play(Cue.SWITCH)
        seg = self._engine.current
        rule = self._side_text(seg.exercise_id, side) if seg is not None else ""
        self.audio.say(say.switch_sides(side, spoken, rule), interrupt=True)

    def _on_finished(self, outcome: str) -> None:
        self.audio.play(Cue.DONE)
        if outcome == Outcome.COMPLETED.value:
            self.audio.say(say.well_done(spoken))
