"""Plausible sample history (six weeks of sessions and check-ins) for screenshots and demos."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

import msgspec

from rehab_app.core.content.loader import Library
from rehab_app.core.history.store import HistoryStore
from rehab_app.core.session.engine import planned_record
from rehab_app.core.session.plan import build_plan
from rehab_app.core.session.record import Outcome, PainReport, SessionRecord

# (first day, last day counted back from today, program, sessions a week, done every one of the
# last four days): a runner going from acute pain to core work and back to running.
PHASES = (
    (42, 36, "acute_relief_gentle", 6, False),
    (35, 15, "core_stability_1", 4, False),
    (35, 0, "daily_mobility_10", 2, True),
    (14, 1, "core_stability_2", 3, False),
    (10, 1, "post_run_reset", 2, False),
)
NOTES = (
    "Felt stiff at the start, easier by the end.",
    "Ran 3 km yesterday; back fine.",
    "Side plank still hard on the left.",
    "",
    "",
    "Good session.",
)


def _pain(days_ago: int, rng: random.Random) -> int:
    """Pain that eases from about 6 to about 2 over six weeks, with day-to-day noise."""
    trend = 2 + 4 * days_ago / 42
    return max(0, min(10, round(trend + rng.uniform(-1, 1))))


def sample_sessions(library: Library, today: date, seed: int = 7) -> list[SessionRecord]:
    """Six weeks of finished sessions of the shipped programs, oldest first."""
    rng = random.Random(seed)
    records: list[SessionRecord] = []
    for first, last, program_id, per_week, streak in PHASES:
        program = library.programs.get(program_id)
        if program is None:
            continue
        plan = build_plan(program, library.exercise)
        for days_ago in range(first, last - 1, -1):
            if not (streak and days_ago <= 3) and rng.random() > per_week / 7:
                continue
            day = today - timedelta(days=days_ago)
            start = datetime.combine(day, time(7, 30)).astimezone(UTC)
            items = [planned_record(plan, i) for i in range(len(program.items))]
            early = rng.random() < 0.1
            for n, item in enumerate(items):
                if early and n >= len(items) // 2:
                    item.skipped = n == len(items) // 2
                    continue
                item.done_sets = item.planned_sets
                item.done_reps = item.planned_reps
                item.done_s = float(item.planned_s)
            before = _pain(days_ago, rng)
            if early:
                items[len(items) // 2].pain_reports.append(
                    PainReport(at_s=300.0, pain=min(10, before + 3), sharp=True, action="skip")
                )
            active = sum(i.done_s for i in items)
            records.append(
                SessionRecord(
                    program_id=program.id,
                    program_name=program.name,
                    program_snapshot=msgspec.json.encode(program).decode(),
                    started_utc=start,
                    local_date=day.isoformat(),
                    planned_s=plan.total_s,
                    items=items,
                    outcome=Outcome.ENDED_EARLY if early else Outcome.COMPLETED,
                    ended_utc=start + timedelta(seconds=active + 60),
                    active_s=active,
                    paused_s=float(rng.choice((0, 0, 20, 45))),
                    pain_before=before,
                    pain_after=max(0, before + rng.choice((-2, -1, -1, 0, 0, 1))),
                    effort=rng.randint(3, 7),
                    notes=rng.choice(NOTES),
                )
            )
    records.sort(key=lambda r: r.started_utc)
    return records


def fill_sample_history(store: HistoryStore, library: Library, today: date, seed: int = 7) -> int:
    """Write sample sessions and next-morning check-ins into `store`; returns the session count."""
    records = sample_sessions(library, today, seed)
    store.add_records(records)
    rng = random.Random(seed + 1)
    days = sorted({date.fromisoformat(r.local_date) for r in records})
    for day in days:
        morning = day + timedelta(days=1)
        if morning >= today:
            continue
        baseline = store.checkin_baseline(day)
        pain = _pain((today - morning).days, rng)
        store.add_checkin(morning, pain, baseline, session_day=day)
    return len(records)
