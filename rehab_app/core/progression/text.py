"""Plain English for suggestions: `rehab-app suggest` and the default record of a change.

The app words suggestions itself, translated (ui/suggestions.py); this is for the command line,
where a physio or a content author audits the rules, and for files written without the UI.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from rehab_app.core.content.loader import Library
from rehab_app.core.history.schema import Checkin
from rehab_app.core.models import PainModel, Program, Track
from rehab_app.core.progression.options import Amount, Change, ChangeWhat
from rehab_app.core.progression.pain_monitoring import session_pain, symptoms
from rehab_app.core.progression.physio import (
    IMPROVED_POINTS,
    IMPROVED_SHARE,
    MIN_SESSIONS_WITHOUT_IMPROVEMENT,
    MIN_WEEKS_WITHOUT_IMPROVEMENT,
    improved,
    improvement_points,
    step_backs_in_a_row,
)
from rehab_app.core.progression.rules import (
    LOOKBACK,
    STAGE_DAYS,
    Context,
    day_of,
    full_dose,
    last_change,
    next_stage_of,
    stage_ready_on,
)
from rehab_app.core.progression.types import Evidence, Suggestion, SuggestionKind, Why
from rehab_app.core.session.record import SessionRecord

KIND_WORDS = {
    SuggestionKind.PROGRESS: "Progress",
    SuggestionKind.NEXT_STAGE: "Move on",
    SuggestionKind.REPEAT: "Keep the same",
    SuggestionKind.STEP_BACK: "Step back",
    SuggestionKind.SEE_PHYSIO: "See a physio",
}
SYMPTOM_WORDS = {
    "spreading": "pain spreading",
    "nerve_symptoms": "pins and needles or numbness",
    "sharp": "sharp pain",
    "red_flag_symptom": "a warning symptom",
    "general_warning": "feeling unwell",
}


def _num(value: float | None) -> str:
    return "?" if value is None else f"{value:.1f}".removesuffix(".0")


def _amount(value: Amount) -> str:
    if isinstance(value, tuple):
        return "-".join(map(str, value))
    return "?" if value is None else str(value)


def _and(words: Sequence[object]) -> str:
    text = [str(w) for w in words] or ["?"]
    return text[0] if len(text) == 1 else ", ".join(text[:-1]) + " and " + text[-1]


def _name(library: Library | None, exercise_id: str) -> str:
    found = library.exercises.get(exercise_id) if library is not None else None
    return found.name if found is not None else exercise_id


def _program_name(library: Library | None, program_id: str | None) -> str:
    found = library.programs.get(program_id or "") if library is not None else None
    return found.name if found is not None else str(program_id)


def evidence_text(evidence: Evidence) -> str:
    """The evidence behind a suggestion, as one English sentence without a full stop."""
    when = "your last session" if evidence.latest else f"your session on {evidence.day}"
    if evidence.why is Why.GREEN:
        return f"your last sessions were at pain {_and(evidence.pains)}, each fine the next morning"
    if evidence.why is Why.AMBER_FALLING:
        return (
            f"your last sessions were at pain {_and(evidence.pains)}, each fine the next morning,"
            f" and your pain fell from {_num(evidence.limit)} to {_num(evidence.later)}"
            " over two weeks"
        )
    if evidence.why is Why.AMBER:
        return f"your last session was at pain {evidence.pain}: acceptable, but not low enough"
    if evidence.why is Why.MORNING_ABOVE:
        return (
            f"the morning after your last session your pain was {evidence.pain},"
            f" a little above your {_num(evidence.limit)} before"
        )
    if evidence.why is Why.OVER_CEILING:
        return f"{when} reached pain {evidence.pain}, above your limit of {_num(evidence.limit)}"
    if evidence.why is Why.SYMPTOMS:
        words = [SYMPTOM_WORDS.get(s, f"a stop ({s.replace('_', ' ')})") for s in evidence.symptoms]
        return f"{when} brought {_and(words)}"
    if evidence.why is Why.MORNING:
        return {
            "crept_up": f"your morning pain has crept up to {evidence.pain}, from about"
            f" {_num(evidence.limit)} over the week before",
            "rose_overnight": f"the morning after your session on {evidence.day} your pain was"
            f" {evidence.pain}, up from {_num(evidence.limit)}",
        }.get(
            evidence.morning_cause,
            f"the morning after your session on {evidence.day} your pain was {evidence.pain},"
            f" above {_num(evidence.limit)}",
        )
    if evidence.why is Why.STEP_BACKS:
        return f"you have had to step back {evidence.count} times in a row"
    return (
        f"your morning pain has not improved enough over {evidence.weeks} weeks"
        f" (about {_num(evidence.limit)} at first, {_num(evidence.later)} lately)"
    )


def change_text(change: Change, library: Library | None) -> str:
    """One change to one item, such as "Glute bridge: reps 10 → 12"."""
    name = _name(library, change.exercise_id)
    if change.what is ChangeWhat.EXERCISE:
        return f"{name} → {_name(library, str(change.after))}"
    unit = " s" if change.what is ChangeWhat.HOLD_S else ""
    what = {ChangeWhat.REPS: "reps", ChangeWhat.HOLD_S: "hold", ChangeWhat.SETS: "sets"}
    before, after = _amount(change.before), _amount(change.after)
    return f"{name}: {what[change.what]} {before}{unit} → {after}{unit}"


def action_text(suggestion: Suggestion, library: Library | None) -> str:
    """What to do, as one English sentence without a full stop."""
    if suggestion.kind is SuggestionKind.NEXT_STAGE:
        return f"move on to {_program_name(library, suggestion.next_program)}"
    if suggestion.kind is SuggestionKind.REPEAT:
        return "keep the program as it is for now"
    if suggestion.kind is SuggestionKind.SEE_PHYSIO:
        if suggestion.cannot_ease and suggestion.change is None:
            return "nothing is left to make easier: please see a physiotherapist or your GP"
        return "please see a physiotherapist or your GP before you change the program again"
    if suggestion.change is None:
        return "change the program"
    return change_text(suggestion.change, library)


def describe(suggestion: Suggestion, library: Library | None) -> str:
    """The suggestion in one line: "Progress: <evidence>: <action>."."""
    evidence = evidence_text(suggestion.evidence)
    sentence = f"{evidence[0].upper()}{evidence[1:]}: {action_text(suggestion, library)}."
    return f"{KIND_WORDS[suggestion.kind]}: {sentence}"


def record_text(suggestion: Suggestion, library: Library | None) -> str:
    """The short text kept in the program's record of changes."""
    if suggestion.kind is SuggestionKind.NEXT_STAGE:
        return f"Moved on to {_program_name(library, suggestion.next_program)}"
    if suggestion.kind is SuggestionKind.SEE_PHYSIO:
        return f"Advised to see a physio: {evidence_text(suggestion.evidence)}"
    if suggestion.kind is SuggestionKind.REPEAT or suggestion.change is None:
        return f"Kept the same: {evidence_text(suggestion.evidence)}"
    return change_text(suggestion.change, library)


def _session_line(ctx: Context, n: int) -> str:
    record = ctx.done[n]
    parts = [f"{record.local_date} {record.outcome.value.replace('_', ' ')}"]
    if record.end_reason:
        parts[0] += f" ({record.end_reason.replace('_', ' ')})"
    pains = (("before", record.pain_before), ("worst", record.pain_worst))
    parts += [f"pain {k} {v}" for k, v in (*pains, ("after", record.pain_after)) if v is not None]
    pain = session_pain(record)
    light = (
        "no pain recorded"
        if pain is None
        else "green"
        if pain <= ctx.pain_model.green_max
        else "amber"
        if pain <= ctx.ceiling
        else "over the limit"
    )
    parts.append(f"session pain {'?' if pain is None else pain} ({light})")
    found = symptoms(record)
    if found:
        parts.append("symptoms: " + ", ".join(f.replace("_", " ") for f in found))
    parts.append("full dose" if full_dose(record, ctx.program) else "not the full dose")
    morning = ctx.morning(record)
    if morning is None:
        parts.append("no check-in the morning after")
    else:
        parts.append(
            f"morning after {morning.pain} (baseline {_num(morning.baseline)},"
            f" week {_num(morning.reference)}): {morning.kind.value.replace('_', ' ')}"
            + (f", {morning.cause.value.replace('_', ' ')}" if morning.cause else "")
        )
    cut = ctx.cut
    if cut is not None and day_of(record) <= cut:
        parts.append("before the last change")
    return "; ".join(parts)


def explain(
    program: Program,
    library: Library,
    sessions: Sequence[SessionRecord],
    checkins: Sequence[Checkin],
    pain_model: PainModel,
    today: date,
) -> list[str]:
    """Every fact the rules read for `program` today, one line each, for `rehab-app suggest`."""
    ctx = Context.build(program, library, sessions, checkins, pain_model, today)
    ladder = program.ladder
    lines = [
        f"Program {program.name} ({program.id}): pain limit {ctx.ceiling}"
        + (f", rung {ladder.rung} of the {ladder.track.value} track" if ladder else "")
    ]
    cut = last_change(program)
    lines.append(f"Last change: {cut}" if cut else "No changes recorded yet")
    target = next_stage_of(program, library)
    if target is not None:
        ready = stage_ready_on(ctx)
        acute = ladder is not None and ladder.track is Track.ACUTE
        when = (
            "once nothing can grow"
            if acute
            else f"from {ready}"
            if ready
            else f"{STAGE_DAYS.days} days after the first session"
        )
        lines.append(f"Next stage: {target.name} ({target.id}), possible {when}")
    run = step_backs_in_a_row(program)
    lines.append(
        f"Step-backs in a row: {run} (a physio is advised at {pain_model.step_backs_before_physio})"
    )
    points = improvement_points(ctx)
    need = f"needs {MIN_SESSIONS_WITHOUT_IMPROVEMENT} scores over {MIN_WEEKS_WITHOUT_IMPROVEMENT} weeks"
    if len(points) < MIN_SESSIONS_WITHOUT_IMPROVEMENT or today - points[0][0] < timedelta(
        weeks=MIN_WEEKS_WITHOUT_IMPROVEMENT
    ):
        lines.append(
            f"Improvement check: {len(points)} morning scores, too few or too recent ({need})"
        )
    else:
        half = len(points) // 2
        early = sum(v for _, v in points[:half]) / half
        late = sum(v for _, v in points[half:]) / (len(points) - half)
        verdict = "improved" if improved(early, late, pain_model) else "not improved"
        lines.append(
            f"Improvement check (all programs): {len(points)} morning scores since {points[0][0]},"
            f" about {_num(early)} at first and {_num(late)} lately: {verdict} (improved means"
            f" {pain_model.green_max} or below, or {IMPROVED_POINTS} points or"
            f" {round(IMPROVED_SHARE * 100)} % better)"
        )
    recent = [n for n, s in enumerate(ctx.done) if day_of(s) >= today - LOOKBACK]
    lines.append(
        f"Sessions of this program in the last {LOOKBACK.days} days: {len(recent)}"
        + (" (none)" if not recent else "")
    )
    lines += [f"  {_session_line(ctx, n)}" for n in recent]
    lines.append(
        f"Progress needs {pain_model.green_sessions_to_progress} sessions in a row after the last"
        f" change at pain {pain_model.green_max} or below (or {pain_model.green_max + 1} with pain"
        " falling over two weeks), each in full, without symptoms and fine the next morning"
    )
    return lines
