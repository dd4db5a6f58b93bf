"""The pain-monitoring model's decision table, one rule per function (see core/progression.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from rehab_app.core.content.loader import Library
from rehab_app.core.history.schema import Checkin
from rehab_app.core.models import (
    ChangeKind,
    Ladder,
    PainModel,
    Program,
    ProgramChange,
    Role,
    Track,
)
from rehab_app.core.progression.options import ease_options, grow_options
from rehab_app.core.progression.pain_monitoring import (
    MorningCause,
    MorningKind,
    MorningVerdict,
    earlier_mornings,
    morning_verdict,
    session_pain,
    symptom_item,
    symptoms,
)
from rehab_app.core.progression.types import Evidence, Suggestion, SuggestionKind, Why
from rehab_app.core.session.record import Outcome, SessionRecord

# A bad session older than this, with no change since, is history rather than a reason to step back.
LOOKBACK = timedelta(days=14)
# Low amber sessions (up to green + this) may progress when pain fell over the last two weeks.
AMBER_MARGIN = 1
TREND_WINDOW = timedelta(days=14)
MIN_TREND_SESSIONS = 4
# A move to the next stage comes at least this long after the program's last change or start.
STAGE_DAYS = timedelta(days=7)
# Changes that restart that clock (a "keep the same" or a physio note changes nothing).
_STAGE_CHANGES = (ChangeKind.PROGRESS, ChangeKind.STEP_BACK, ChangeKind.EDIT)


def day_of(record: SessionRecord) -> date:
    """The local day a session was done on."""
    return date.fromisoformat(record.local_date)


def change_day(change: ProgramChange) -> date | None:
    """The day of a recorded change, or None if its date is not a real day."""
    try:
        return date.fromisoformat(change.date)
    except ValueError:
        return None


def last_change(program: Program, kinds: Sequence[ChangeKind] = tuple(ChangeKind)) -> date | None:
    """The day of the program's latest change of one of `kinds`."""
    days = [d for c in program.changes if c.kind in kinds and (d := change_day(c)) is not None]
    return max(days, default=None)


@dataclass
class Context:
    """What every rule reads: the program, its finished sessions and all of the user's."""

    program: Program
    library: Library
    pain_model: PainModel
    today: date
    done: list[SessionRecord]  # this program's finished sessions, oldest first
    everyone: list[SessionRecord]  # every program's finished sessions, oldest first
    mornings: dict[date, Checkin] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        program: Program,
        library: Library,
        sessions: Sequence[SessionRecord],
        checkins: Sequence[Checkin],
        pain_model: PainModel,
        today: date,
    ) -> Context:
        """The context for `program` from any sessions (other programs' included)."""
        finished = [s for s in sessions if s.outcome is not Outcome.IN_PROGRESS]
        finished.sort(key=lambda s: s.started_utc)
        mine = [s for s in finished if s.program_id == program.id]
        mornings = {c.day: c for c in checkins}
        return cls(program, library, pain_model, today, mine, finished, mornings)

    @property
    def cut(self) -> date | None:
        """The day of the program's latest recorded change: evidence before it was acted on."""
        return last_change(self.program)

    @property
    def ceiling(self) -> int:
        """The pain a session may reach: the program's ceiling, at most the amber limit."""
        return min(self.program.pain_ceiling, self.pain_model.amber_max)

    def fresh(self) -> list[SessionRecord]:
        """This program's sessions after its latest change."""
        cut = self.cut
        return [s for s in self.done if cut is None or day_of(s) > cut]

    def morning(self, record: SessionRecord) -> MorningVerdict | None:
        """The 24-hour rule on the check-in the morning after `record`, if it was answered."""
        found = self.mornings.get(day_of(record) + timedelta(days=1))
        if found is None:
            return None
        baseline = found.compared_to if found.compared_to is not None else record.pain_before
        scores = ((c.day, c.pain) for c in self.mornings.values())
        earlier = earlier_mornings(scores, found.day)
        return morning_verdict(found.pain, baseline, earlier, self.pain_model)


def _item_for(ctx: Context, record: SessionRecord, n: int) -> int:
    """The program item that `record.items[n]` was: matched by exercise, then as the easier
    variant of an item (a flare-up day's, whose items may have moved), else by position."""
    program, item = ctx.program, record.items[n]
    ids = {item.exercise_id, item.variant_of}
    inside = 0 <= item.item_index < len(program.items)
    if inside and program.items[item.item_index].exercise in ids:
        return item.item_index
    same = [k for k, p in enumerate(program.items) if p.exercise in ids]
    easier = [k for k, p in enumerate(program.items) if ids & set(_easier(ctx.library, p.exercise))]
    if same or easier:
        return (same or easier)[0]
    return item.item_index if inside else _last_main(program)


def _easier(library: Library, exercise_id: str) -> tuple[str, ...]:
    found = library.exercises.get(exercise_id)
    return found.easier if found is not None else ()


def _last_main(program: Program) -> int:
    main = [k for k, item in enumerate(program.items) if item.role is Role.MAIN]
    return main[-1] if main else len(program.items) - 1


def _worst_item(ctx: Context, record: SessionRecord) -> int:
    """The item with the highest pain report (the first of equals); without one, the item
    progressed last (the likeliest cause), else the last main item."""
    program = ctx.program
    reports = [(r.pain, -n) for n, item in enumerate(record.items) for r in item.pain_reports]
    if reports:
        return _item_for(ctx, record, -max(reports)[1])
    grown = [c.item for c in program.changes if c.kind is ChangeKind.PROGRESS]
    if grown and grown[-1] is not None and grown[-1] < len(program.items):
        return grown[-1]
    return _last_main(program)


def _ease(ctx: Context, index: int, evidence: Evidence, easier_first: bool) -> Suggestion:
    options = ease_options(ctx.program, ctx.library, index, easier_first)
    if not options:
        return Suggestion(SuggestionKind.SEE_PHYSIO, index, evidence, cannot_ease=True)
    option = options[0]
    return Suggestion(
        SuggestionKind.STEP_BACK, index, evidence, option.change, option.dosage, option.exercise
    )


def step_back(ctx: Context) -> Suggestion | None:
    """Step back after a symptom session, a session over the limit, or a morning that says
    "ease off"; newest evidence first, back to the last change or LOOKBACK."""
    cut = ctx.cut
    for record in reversed(ctx.done):
        day, pain = day_of(record), session_pain(record)
        if day < ctx.today - LOOKBACK or (cut is not None and day + timedelta(days=1) <= cut):
            break  # evidence the last change already answered, or too old to act on
        new = cut is None or day > cut
        latest = record is ctx.done[-1]
        morning = ctx.morning(record)
        found = symptoms(record)
        if new and found:
            evidence = Evidence(Why.SYMPTOMS, day, pain, symptoms=found, latest=latest)
            index = _item_for(ctx, record, symptom_item(record))
            return _ease(ctx, index, evidence, easier_first=True)
        if new and pain is not None and pain > ctx.ceiling:
            evidence = Evidence(Why.OVER_CEILING, day, pain, ctx.ceiling, latest=latest)
            return _ease(ctx, _worst_item(ctx, record), evidence, easier_first=True)
        if morning is not None and morning.kind is MorningKind.EASE_OFF:
            evidence = _morning_evidence(ctx, day, morning)
            return _ease(ctx, _worst_item(ctx, record), evidence, easier_first=False)
        known = morning is not None and morning.kind is not MorningKind.NO_BASELINE
        if known and (pain is None or pain <= ctx.ceiling):
            break  # a session the back took well: what came before it is settled
    return None


def _morning_evidence(ctx: Context, day: date, morning: MorningVerdict) -> Evidence:
    cause = morning.cause or MorningCause.ABOVE_AMBER
    limit: float | None = {
        MorningCause.ABOVE_AMBER: float(ctx.pain_model.amber_max),
        MorningCause.ROSE_OVERNIGHT: morning.baseline,
        MorningCause.CREPT_UP: morning.reference,
    }[cause]
    return Evidence(Why.MORNING, day, morning.pain, limit, morning_cause=cause.value)


def full_dose(record: SessionRecord, program: Program) -> bool:
    """Done completely, as the program stands (not a flare-up day, a variant or a skipped set)."""
    planned = [item.exercise for item in program.items]
    done = [item.exercise_id for item in record.items]
    whole = all(item.variant_of is None and item.completed for item in record.items)
    return record.outcome is Outcome.COMPLETED and whole and done == planned


def falling_trend(ctx: Context) -> tuple[float, float] | None:
    """(earlier, later) mean session pain over the last two weeks, when it fell."""
    start = ctx.today - TREND_WINDOW
    pains = [p for s in ctx.done if day_of(s) >= start and (p := session_pain(s)) is not None]
    if len(pains) < MIN_TREND_SESSIONS:
        return None
    half = len(pains) // 2
    early = sum(pains[:half]) / half
    late = sum(pains[half:]) / (len(pains) - half)
    return (early, late) if late < early else None


def progress(ctx: Context) -> Suggestion | None:
    """Progress after the model's green sessions (or low amber ones with pain falling), each
    done in full, without symptoms, and fine the next morning."""
    pm = ctx.pain_model
    need = pm.green_sessions_to_progress
    recent = ctx.fresh()[-need:]
    if len(recent) < need:
        return None
    pains = []
    for record in recent:
        pain, morning = session_pain(record), ctx.morning(record)
        if pain is None or symptoms(record) or not full_dose(record, ctx.program):
            return None
        if morning is None or morning.kind is not MorningKind.FINE:
            return None
        pains.append(pain)
    worst = max(pains)
    if worst <= pm.green_max:
        evidence = Evidence(Why.GREEN, pains=tuple(pains))
    elif worst <= pm.green_max + AMBER_MARGIN and worst < ctx.ceiling:
        trend = falling_trend(ctx)
        if trend is None:
            return None
        evidence = Evidence(Why.AMBER_FALLING, pains=tuple(pains), limit=trend[0], later=trend[1])
    else:
        return None
    return _grow(ctx, evidence)


def _grow(ctx: Context, evidence: Evidence) -> Suggestion | None:
    program = ctx.program
    if program.ladder is not None and program.ladder.track is Track.RETURN_TO_RUN:
        return next_stage(ctx, evidence)  # a return-to-run stage moves on as a whole
    last = [c for c in program.changes if c.kind is ChangeKind.PROGRESS and c.item is not None]
    start = (last[-1].item or 0) + 1 if last else 0
    for k in range(len(program.items)):
        index = (start + k) % len(program.items)
        options = grow_options(program, ctx.library, index)
        if options:
            option = options[0]
            return Suggestion(
                SuggestionKind.PROGRESS,
                index,
                evidence,
                option.change,
                option.dosage,
                option.exercise,
            )
    return next_stage(ctx, evidence)


def next_stage_of(program: Program, library: Library) -> Program | None:
    """The program to move on to: `next_stage`, else the next rung of a return-to-run track."""
    if program.next_stage is not None:
        return library.programs.get(program.next_stage)
    ladder = program.ladder
    if ladder is None or ladder.track is not Track.RETURN_TO_RUN:
        return None
    up = [p for p in library.programs.values() if p.ladder == Ladder(ladder.rung + 1, ladder.track)]
    return min(up, key=lambda p: p.id, default=None)


def stage_since(ctx: Context) -> date | None:
    """When the program last changed, was moved on to, or was first done in the sessions given."""
    changes = [c for c in ctx.program.changes if c.kind in _STAGE_CHANGES]
    for other in ctx.library.programs.values():
        target = next_stage_of(other, ctx.library) if other.id != ctx.program.id else None
        if target is not None and target.id == ctx.program.id:
            changes += [
                c for c in other.changes if c.kind is ChangeKind.PROGRESS and c.item is None
            ]
    days = [d for c in changes if (d := change_day(c)) is not None]
    if ctx.done:
        days.append(day_of(ctx.done[0]))
    return max(days, default=None)


def stage_ready_on(ctx: Context) -> date | None:
    """The first day a move to the next stage may come (None: no waiting)."""
    ladder = ctx.program.ladder
    if ladder is not None and ladder.track is Track.ACUTE:
        return None  # acute relief is for days, not weeks
    since = stage_since(ctx)
    return None if since is None else since + STAGE_DAYS


def next_stage(ctx: Context, evidence: Evidence) -> Suggestion | None:
    """Move on to the next stage, once STAGE_DAYS have passed on this one."""
    target = next_stage_of(ctx.program, ctx.library)
    if target is None:
        return None
    ready = stage_ready_on(ctx)
    if ready is not None and ctx.today < ready:
        return None
    return Suggestion(SuggestionKind.NEXT_STAGE, None, evidence, next_program=target.id)


def repeat(ctx: Context) -> Suggestion | None:
    """Keep the program as it is after an amber session or a morning a little above baseline."""
    fresh = ctx.fresh()
    if not fresh:
        return None
    last = fresh[-1]
    pain, morning = session_pain(last), ctx.morning(last)
    pm = ctx.pain_model
    if pain is not None and pm.green_max < pain <= pm.amber_max:
        evidence = Evidence(Why.AMBER, day_of(last), pain)
    elif morning is not None and morning.kind is MorningKind.HOLD:
        evidence = Evidence(Why.MORNING_ABOVE, day_of(last), morning.pain, morning.baseline)
    else:
        return None
    return Suggestion(SuggestionKind.REPEAT, None, evidence)
