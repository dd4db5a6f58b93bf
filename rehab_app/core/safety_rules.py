"""The safety decisions: red-flag tiers, stop rules and the pain traffic light (no Qt here)."""

from __future__ import annotations

from typing import assert_never

from rehab_app.core.models import Action, Condition, PainModel, Safety, StopRule, Tier
from rehab_app.core.record import PainReport
from rehab_app.core.settings import Settings

# Most serious first: the worst answered tier decides what the user is told.
TIER_ORDER: tuple[Tier, ...] = (Tier.EMERGENCY, Tier.URGENT, Tier.CAUTION)

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


def worst_tier(safety: Safety, answers: dict[str, bool]) -> Tier | None:
    """The most serious tier among the red flags answered Yes; None when there is no Yes."""
    raised = {flag.tier for flag in safety.red_flags if answers.get(flag.id, False)}
    return next((tier for tier in TIER_ORDER if tier in raised), None)


def blocks(safety: Safety, tier: Tier | None) -> bool:
    """True when a flag of `tier` must stop the session (None never blocks)."""
    if tier is None:
        return False
    advice = safety.tiers.get(tier)
    if advice is None:
        # Data without advice for this tier: fail safe, only caution lets the user go on.
        return tier is not Tier.CAUTION
    return advice.blocks_session


def stored_block(settings: Settings) -> Tier | None:
    """The tier that blocks sessions according to `settings.blocked_tier`, or None."""
    if not settings.blocked_tier:
        return None
    try:
        return Tier(settings.blocked_tier)
    except ValueError:
        # An unreadable value must not silently lift a block.
        return Tier.URGENT


def needs_full_screening(settings: Settings) -> bool:
    """True when the full red-flag questions must be asked (not only the short re-check)."""
    return not settings.screening_done


def _holds(
    condition: Condition,
    report: PainReport,
    ceiling: int,
    baseline: int | None,
    pain_model: PainModel,
) -> bool:
    match condition:
        case Condition.RED_FLAG_SYMPTOM:
            return report.red_flag_symptom
        case Condition.GENERAL_WARNING:
            return report.general_warning
        case Condition.NERVE_SYMPTOMS:
            return report.nerve_symptoms
        case Condition.SPREADING:
            return report.spreading
        case Condition.SHARP:
            return report.sharp
        case Condition.OVER_CEILING:
            return report.pain > ceiling
        case Condition.RISE_OVER_BASELINE:
            return baseline is not None and report.pain - baseline > pain_model.rise_over_baseline
        case Condition.ALWAYS:
            return True
        case _:
            assert_never(condition)


def choose_rule(safety: Safety, report: PainReport, ceiling: int, baseline: int | None) -> StopRule:
    """The first stop rule, in the data's order, whose condition holds for `report`."""
    for rule in safety.stop_rules:
        if _holds(rule.condition, report, ceiling, baseline, safety.pain_model):
            return rule
    return CARRY_ON_RULE


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
