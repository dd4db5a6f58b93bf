"""Pain-guided changes after sessions (the pain-monitoring model): one suggestion at a time.

The rules, in the order they are asked (core/progression_physio.py, core/progression_rules.py):
1. See a physio: two step-backs in a row, or no real improvement over 4-6 weeks (any program).
2. Step back: a session with spreading, nerve or sharp-pain reports or ended for symptoms (the
   affected item, easier variant first), a session over the pain limit (the most painful item,
   easier variant first), or a morning that says "ease off" (risen overnight, crept up over the
   week, or above the amber limit; dose first).
3. Progress: green sessions in a row (or low amber with pain falling over two weeks), done in
   full and fine the next morning: one value of one item grows, never past its cap; when
   nothing can grow, or on a return-to-run stage, move on to the next stage after a week.
4. Keep the same: the last session was amber, or its morning a little above the baseline.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import msgspec

from rehab_app.core.content.loader import Library
from rehab_app.core.history.schema import Checkin
from rehab_app.core.models import ChangeKind, PainModel, Program, ProgramChange
from rehab_app.core.progression.flare_up import flare_up
from rehab_app.core.progression.options import Option, grow_options
from rehab_app.core.progression.pain_monitoring import session_pain
from rehab_app.core.progression.physio import MIN_WEEKS_WITHOUT_IMPROVEMENT, physio
from rehab_app.core.progression.rules import Context, progress, repeat, step_back
from rehab_app.core.progression.types import Evidence, Suggestion, SuggestionKind, Why
from rehab_app.core.safety.state import SafetyState, locks_for, progress_paused
from rehab_app.core.session.record import SessionRecord

__all__ = [
    "Evidence",
    "Suggestion",
    "SuggestionKind",
    "Why",
    "allowed_by_safety",
    "apply",
    "decline",
    "flare_up",
    "history_start",
    "item_options",
    "session_pain",
    "suggest",
]

# Sessions this far back are enough for every rule (the no-improvement window is the longest).
_MARGIN = timedelta(weeks=2)
_KINDS = {
    SuggestionKind.PROGRESS: ChangeKind.PROGRESS,
    SuggestionKind.NEXT_STAGE: ChangeKind.PROGRESS,
    SuggestionKind.REPEAT: ChangeKind.REPEAT,
    SuggestionKind.STEP_BACK: ChangeKind.STEP_BACK,
    SuggestionKind.SEE_PHYSIO: ChangeKind.SEE_PHYSIO,
}


def allowed_by_safety(suggestion: Suggestion, state: SafetyState, library: Library) -> bool:
    """Whether the safety decisions in force let `suggestion` be offered today.

    After a symptom stop the program is left alone until the next morning says whether the
    symptoms settled (the home notice says why): then the step-back follows, or the advice to see
    a doctor. Only "see a physio" is shown meanwhile. A move to a stage the safety decisions lock
    is never offered.
    """
    if progress_paused(state) and suggestion.kind is not SuggestionKind.SEE_PHYSIO:
        return False
    target = library.programs.get(suggestion.next_program or "")
    return not (
        suggestion.kind is SuggestionKind.NEXT_STAGE and target and locks_for(target, state)
    )


def history_start(pain_model: PainModel, today: date) -> date:
    """The first day of history `suggest` needs (pass it every program's sessions since then)."""
    weeks = max(pain_model.weeks_without_improvement, MIN_WEEKS_WITHOUT_IMPROVEMENT)
    return today - timedelta(weeks=weeks) - _MARGIN


def suggest(
    program: Program,
    library: Library,
    sessions: Sequence[SessionRecord],
    checkins: Sequence[Checkin],
    pain_model: PainModel,
    today: date,
) -> Suggestion | None:
    """The one change the pain model suggests for `program` today, or None.

    `sessions` may hold every program's sessions: the no-improvement check reads them all; the
    other rules read this program's.
    """
    ctx = Context.build(program, library, sessions, checkins, pain_model, today)
    return physio(ctx) or step_back(ctx) or progress(ctx) or repeat(ctx)


def item_options(program: Program, library: Library, index: int, grow: bool) -> list[Option]:
    """What "progress" (grow=True) could do to item `index`, in order; for audits and tests."""
    if grow:
        return grow_options(program, library, index)
    from rehab_app.core.progression.options import ease_options

    return ease_options(program, library, index)


def apply(program: Program, suggestion: Suggestion, today: date, description: str = "") -> Program:
    """The program with the suggestion carried out and recorded in its `changes`.

    `description` is the record's text (the UI's words); without it, a plain English one.
    A move to the next stage is recorded here; the next program itself is not changed.
    """
    items = list(program.items)
    index = suggestion.item_index
    if index is not None and (suggestion.new_dosage is not None or suggestion.new_exercise):
        item = items[index]
        items[index] = msgspec.structs.replace(
            item,
            exercise=suggestion.new_exercise or item.exercise,
            dosage=suggestion.new_dosage if suggestion.new_dosage is not None else item.dosage,
        )
    if not description:
        from rehab_app.core.progression.text import record_text

        description = record_text(suggestion, library=None)
    change = ProgramChange(today.isoformat(), _KINDS[suggestion.kind], description[:4000], index)
    return msgspec.structs.replace(program, items=tuple(items), changes=(*program.changes, change))


def decline(program: Program, suggestion: Suggestion, today: date) -> Program:
    """The program unchanged: a declined suggestion leaves no record."""
    return program
