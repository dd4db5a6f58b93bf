"""The safety decisions: red-flag tiers, stop rules and the pain traffic light (no Qt here)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import assert_never

from rehab_app.core.models import (
    Action,
    Condition,
    PainModel,
    RedFlag,
    Safety,
    StopRule,
    Tier,
)
from rehab_app.core.session.record import PainReport

# Most serious first: the worst answered tier decides what the user is told.
TIER_ORDER: tuple[Tier, ...] = (
    Tier.EMERGENCY,
    Tier.URGENT,
    Tier.NOT_SUITABLE,
    Tier.CAUTION,
    Tier.ROUTINE,
)
# Tiers that never stop a session, even when the data has no advice for them.
NON_BLOCKING: frozenset[Tier] = frozenset({Tier.CAUTION, Tier.ROUTINE})

GREEN = "green"
AMBER = "amber"
RED = "red"

CARRY_ON_RULE = StopRule(
    id="carry_on",
    condition=Condition.ALWAYS,
    action=Action.CARRY_ON,
    title="Carry on gently",
    message=(
        "Nothing you told us means you need to stop. Keep breathing steadily and carry on."
        " Tell the app again if the pain changes."
    ),
)


def raised_flags(safety: Safety, answers: Mapping[str, bool]) -> tuple[RedFlag, ...]:
    """The red flags that count: answered Yes, with every `together_with` partner Yes too."""
    return tuple(
        flag
        for flag in safety.red_flags
        if answers.get(flag.id, False) and all(answers.get(p, False) for p in flag.together_with)
    )


def worst_tier(safety: Safety, answers: Mapping[str, bool]) -> Tier | None:
    """The most serious tier among the red flags that count; None when none does."""
    raised = {flag.tier for flag in raised_flags(safety, answers)}
    return next((tier for tier in TIER_ORDER if tier in raised), None)


def blocks(safety: Safety, tier: Tier | None) -> bool:
    """True when a flag of `tier` must stop the session (None never blocks)."""
    if tier is None:
        return False
    advice = safety.tiers.get(tier)
    if advice is None:
        # Data without advice for this tier: fail safe, only caution and routine let the user go on.
        return tier not in NON_BLOCKING
    return advice.blocks_session


def _holds(
    condition: Condition,
    report: PainReport,
    ceiling: int,
    baseline: int | None,
    rise: int,
    pain_model: PainModel,
) -> bool:
    match condition:
        case Condition.RED_FLAG_SYMPTOM:
            return report.red_flag_symptom
        case Condition.LEG_WEAKNESS:
            return report.leg_weakness
        case Condition.BOTH_LEGS:
            return report.both_legs
        case Condition.GENERAL_WARNING:
            return report.general_warning
        case Condition.NERVE_SYMPTOMS:
            return report.nerve_symptoms
        case Condition.PAIN_LIMIT:
            return over_pain_limit(report.pain, ceiling, baseline, pain_model)
        case Condition.SPREADING_OVER_CEILING:
            return report.spreading and report.pain > ceiling
        case Condition.SPREADING:
            return report.spreading
        case Condition.SHARP:
            return report.sharp
        case Condition.OVER_CEILING:
            return report.pain > ceiling
        case Condition.RISE_OVER_BASELINE:
            return baseline is not None and report.pain - baseline > rise
        case Condition.ALWAYS:
            return True
        case _:
            assert_never(condition)


def over_pain_limit(pain: int, ceiling: int, baseline: int | None, pain_model: PainModel) -> bool:
    """True when pain is high enough to end the session whatever else is going on.

    That is `stop_at` (7) or more, unless the session started at that pain and it has not risen
    (acute relief may start at 7), or more than `stop_above_ceiling` above the ceiling.
    """
    risen = baseline is None or pain > baseline
    high = pain >= pain_model.stop_at and risen
    return high or pain > ceiling + pain_model.stop_above_ceiling


def choose_rule(
    safety: Safety,
    report: PainReport,
    ceiling: int,
    baseline: int | None,
    rise: int | None = None,
) -> StopRule:
    """The first stop rule, in the data's order, whose condition holds for `report`.

    `ceiling` and `rise` are the session's limits (start_checks.session_limits); without `rise`
    the pain model's rise_over_baseline applies.
    """
    model = safety.pain_model
    allowed = model.rise_over_baseline if rise is None else rise
    for rule in safety.stop_rules:
        if _holds(rule.condition, report, ceiling, baseline, allowed, model):
            return rule
    return CARRY_ON_RULE


def block_of(rule: StopRule) -> Tier | None:
    """The tier at which `rule` pauses all sessions (an emergency rule always blocks), or None."""
    if rule.block is not None:
        return rule.block
    return Tier.EMERGENCY if rule.action is Action.EMERGENCY else None


def resolve_action(rule: StopRule, has_easier_variant: bool, already_substituted: bool) -> Action:
    """The action to take: the regression is tried once; if none exists or it failed, skip."""
    if rule.action is Action.EASIER_VARIANT and (not has_easier_variant or already_substituted):
        return Action.SKIP_EXERCISE
    return rule.action


def traffic_light(pain: int, pain_model: PainModel) -> str:
    """The pain-monitoring traffic light for a 0-10 score: "green", "amber" or "red"."""
    if pain <= pain_model.green_max:
        return GREEN
    if pain <= pain_model.amber_max:
        return AMBER
    return RED
