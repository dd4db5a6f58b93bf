"""When to see a physio: step-backs in a row, or no real improvement over weeks (any program)."""

from __future__ import annotations

from datetime import date, timedelta

from rehab_app.core.models import ChangeKind, PainModel, Program
from rehab_app.core.progression.rules import Context, day_of, last_change
from rehab_app.core.progression.types import Evidence, Suggestion, SuggestionKind, Why

# "No improvement in 4-6 weeks": the window is the pain model's weeks, but at least this long,
# with at least this many sessions, and "improved" means this many points or this share better.
MIN_WEEKS_WITHOUT_IMPROVEMENT = 4
MIN_SESSIONS_WITHOUT_IMPROVEMENT = 4
IMPROVED_POINTS = 2
IMPROVED_SHARE = 0.3


def step_backs_in_a_row(program: Program) -> int:
    """How many step-backs the program's latest changes are (a "keep the same" in between counts
    for nothing; any other change ends the run)."""
    run = 0
    for change in reversed(program.changes):
        if change.kind is ChangeKind.REPEAT:
            continue
        if change.kind is not ChangeKind.STEP_BACK:
            break
        run += 1
    return run


def physio(ctx: Context) -> Suggestion | None:
    """See a physio after too many step-backs in a row, or without improvement for weeks."""
    run = step_backs_in_a_row(ctx.program)
    if run >= ctx.pain_model.step_backs_before_physio:
        return Suggestion(SuggestionKind.SEE_PHYSIO, None, Evidence(Why.STEP_BACKS, count=run))
    return no_improvement(ctx)


def improvement_points(ctx: Context) -> list[tuple[date, int]]:
    """(day, morning pain) for every session in the window, whatever the program: the next
    morning's check-in, else the pain before the session. Not reset by a change of program."""
    programs = [ctx.program, *ctx.library.programs.values()]
    advised = max(
        (d for p in programs if (d := last_change(p, (ChangeKind.SEE_PHYSIO,))) is not None),
        default=None,
    )
    weeks = max(ctx.pain_model.weeks_without_improvement, MIN_WEEKS_WITHOUT_IMPROVEMENT)
    start = ctx.today - timedelta(weeks=weeks)
    points = []
    for record in ctx.everyone:
        day = day_of(record)
        if day < start or (advised is not None and day <= advised):
            continue
        morning = ctx.mornings.get(day + timedelta(days=1))
        value = morning.pain if morning is not None else record.pain_before
        if value is not None:
            points.append((day, value))
    return points


def improved(early: float, late: float, pain_model: PainModel) -> bool:
    """Pain is low now, or fell by IMPROVED_POINTS points or IMPROVED_SHARE of where it was."""
    drop = early - late
    return late <= pain_model.green_max or drop >= IMPROVED_POINTS or drop >= IMPROVED_SHARE * early


def no_improvement(ctx: Context) -> Suggestion | None:
    """See a physio when the first and second halves of 4-6 weeks show no real improvement."""
    points = improvement_points(ctx)
    long_enough = timedelta(weeks=MIN_WEEKS_WITHOUT_IMPROVEMENT)
    if len(points) < MIN_SESSIONS_WITHOUT_IMPROVEMENT or ctx.today - points[0][0] < long_enough:
        return None
    half = len(points) // 2
    early = sum(v for _, v in points[:half]) / half
    late = sum(v for _, v in points[half:]) / (len(points) - half)
    if improved(early, late, ctx.pain_model):
        return None
    weeks = (ctx.today - points[0][0]).days // 7
    evidence = Evidence(Why.NO_IMPROVEMENT, limit=early, later=late, weeks=weeks, count=len(points))
    return Suggestion(SuggestionKind.SEE_PHYSIO, None, evidence)
