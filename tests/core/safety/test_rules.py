"""Safety decisions against the shipped safety.yaml and a small hand-made Safety."""

from __future__ import annotations

import subprocess
import sys

import pytest

from rehab_app.core.content.loader import load_library
from rehab_app.core.models import (
    Action,
    Condition,
    PainModel,
    RedFlag,
    Safety,
    StopRule,
    Tier,
    TierAdvice,
)
from rehab_app.core.paths import AppPaths
from rehab_app.core.safety.rules import (
    CARRY_ON_RULE,
    block_of,
    blocks,
    choose_rule,
    resolve_action,
    traffic_light,
    worst_tier,
)
from rehab_app.core.safety.stored import needs_full_screening, stored_block
from rehab_app.core.session.record import PainReport
from rehab_app.core.settings import Settings


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Safety:
    """The real safety data, loaded the way the app loads it."""
    library = load_library(AppPaths.create(tmp_path_factory.mktemp("data")))
    assert library.safety is not None
    return library.safety


def _rule(condition: Condition, action: Action) -> StopRule:
    return StopRule(id=condition.value, condition=condition, action=action, title="t", message="m")


# A minimal Safety: one flag per tier, caution blocks nothing, and only three stop rules
# so the built-in carry-on fallback and rule ordering can be seen.
SMALL = Safety(
    schema_version=1,
    disclaimer="d",
    tiers={
        Tier.EMERGENCY: TierAdvice(title="E", message="e", blocks_session=True),
        Tier.CAUTION: TierAdvice(title="C", message="c", blocks_session=False),
    },
    red_flags=(
        RedFlag(id="c1", tier=Tier.CAUTION, question="q", concern="x"),
        RedFlag(id="e1", tier=Tier.EMERGENCY, question="q", concern="x"),
        RedFlag(id="u1", tier=Tier.URGENT, question="q", concern="x"),
    ),
    recheck_questions=("r",),
    stop_rules=(
        _rule(Condition.SHARP, Action.EASIER_VARIANT),
        _rule(Condition.SPREADING, Action.SKIP_EXERCISE),
        _rule(Condition.RISE_OVER_BASELINE, Action.END_SESSION),
    ),
    pain_model=PainModel(green_max=1, amber_max=4, rise_over_baseline=3),
)


def _report(
    pain: int = 0,
    *,
    spreading: bool = False,
    nerve_symptoms: bool = False,
    sharp: bool = False,
    red_flag_symptom: bool = False,
    general_warning: bool = False,
) -> PainReport:
    return PainReport(
        at_s=0,
        pain=pain,
        spreading=spreading,
        nerve_symptoms=nerve_symptoms,
        sharp=sharp,
        red_flag_symptom=red_flag_symptom,
        general_warning=general_warning,
    )


# --- worst_tier -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("yes", "expected"),
    [
        ((), None),
        (("rf_deformity",), Tier.CAUTION),
        (("rf_fever",), Tier.URGENT),
        (("rf_saddle",), Tier.EMERGENCY),
        (("rf_deformity", "rf_cancer"), Tier.URGENT),
        (("rf_duration", "rf_constant", "rf_trauma"), Tier.EMERGENCY),
        (("rf_pregnant", "rf_leg_symptoms"), Tier.CAUTION),
        # Paired questions count only together.
        (("rf_age_band",), None),
        (("rf_first_episode",), None),
        (("rf_age_band", "rf_first_episode"), Tier.CAUTION),
        (("rf_thin_bones",), None),
        (("rf_thin_bones", "rf_small_strain"), Tier.URGENT),
        (("rf_morning_stiffness", "rf_early_onset"), Tier.ROUTINE),
        (("rf_under_18",), Tier.NOT_SUITABLE),
        (("rf_chest_pain",), Tier.EMERGENCY),
        (("rf_tearing_pain",), Tier.EMERGENCY),
        (("rf_thoracic",), Tier.CAUTION),
        (("no_such_flag",), None),
    ],
)
def test_worst_tier_shipped(shipped: Safety, yes: tuple[str, ...], expected: Tier | None) -> None:
    answers = {flag.id: flag.id in yes for flag in shipped.red_flags}
    answers.update({flag_id: True for flag_id in yes})
    assert worst_tier(shipped, answers) is expected


def test_every_shipped_flag_raises_its_own_tier(shipped: Safety) -> None:
    for flag in shipped.red_flags:
        answers = {flag.id: True, **{p: True for p in flag.together_with}}
        assert worst_tier(shipped, answers) is flag.tier


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({}, None),
        ({"c1": False, "e1": False, "u1": False}, None),
        ({"c1": True}, Tier.CAUTION),
        ({"c1": True, "u1": True}, Tier.URGENT),
        ({"c1": True, "u1": True, "e1": True}, Tier.EMERGENCY),
        ({"e1": True, "c1": False}, Tier.EMERGENCY),
    ],
)
def test_worst_tier_small(answers: dict[str, bool], expected: Tier | None) -> None:
    assert worst_tier(SMALL, answers) is expected


# --- blocks ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tier", "expected"),
    [
        (Tier.EMERGENCY, True),
        (Tier.URGENT, True),
        (Tier.NOT_SUITABLE, True),
        (Tier.CAUTION, False),
        (Tier.ROUTINE, False),
        (None, False),
    ],
)
def test_blocks_shipped(shipped: Safety, tier: Tier | None, expected: bool) -> None:
    assert blocks(shipped, tier) is expected


@pytest.mark.parametrize(
    ("tier", "expected"),
    # URGENT has no advice in SMALL: missing advice must still block.
    [(Tier.EMERGENCY, True), (Tier.URGENT, True), (Tier.CAUTION, False), (None, False)],
)
def test_blocks_small(tier: Tier | None, expected: bool) -> None:
    assert blocks(SMALL, tier) is expected


def test_blocks_follows_the_data() -> None:
    lenient = Safety(
        schema_version=1,
        disclaimer="d",
        tiers={Tier.URGENT: TierAdvice(title="U", message="u", blocks_session=False)},
        red_flags=SMALL.red_flags,
        recheck_questions=("r",),
        stop_rules=SMALL.stop_rules,
    )
    assert blocks(lenient, Tier.URGENT) is False


# --- choose_rule -----------------------------------------------------------------------

CEILING = 5


@pytest.mark.parametrize(
    ("report", "baseline", "rule_id", "action"),
    [
        (_report(0), None, "always", Action.CARRY_ON),
        (_report(3), None, "always", Action.CARRY_ON),
        (_report(5), None, "always", Action.CARRY_ON),
        (_report(6), None, "over_ceiling", Action.EASIER_VARIANT),
        (_report(10), 9, "pain_limit", Action.END_SESSION),
        (_report(5, sharp=True), None, "sharp", Action.EASIER_VARIANT),
        (_report(1, spreading=True), None, "spreading", Action.SKIP_EXERCISE),
        (_report(1, nerve_symptoms=True), None, "nerve_symptoms", Action.END_SESSION),
        (_report(0, general_warning=True), None, "general_warning", Action.END_SESSION),
        (_report(0, red_flag_symptom=True), None, "red_flag_symptom", Action.EMERGENCY),
        # Rise over baseline: strictly more than 2 points.
        (_report(4), 2, "always", Action.CARRY_ON),
        (_report(5), 2, "rise_over_baseline", Action.EASIER_VARIANT),
        (_report(3), 0, "rise_over_baseline", Action.EASIER_VARIANT),
        (_report(2), 0, "always", Action.CARRY_ON),
        # Order decides: the more serious rule comes first in the data.
        (_report(9, sharp=True, spreading=True), None, "spreading_high_pain", Action.END_SESSION),
        (_report(4, sharp=True, spreading=True), None, "spreading", Action.SKIP_EXERCISE),
        (
            _report(2, spreading=True, nerve_symptoms=True),
            None,
            "nerve_symptoms",
            Action.END_SESSION,
        ),
        (
            _report(10, sharp=True, general_warning=True, red_flag_symptom=True),
            0,
            "red_flag_symptom",
            Action.EMERGENCY,
        ),
    ],
)
def test_choose_rule_shipped(
    shipped: Safety, report: PainReport, baseline: int | None, rule_id: str, action: Action
) -> None:
    rule = choose_rule(shipped, report, CEILING, baseline)
    assert (rule.id, rule.action) == (rule_id, action)


@pytest.mark.parametrize(
    ("pain", "ceiling", "rule_id"),
    [(3, 3, "always"), (4, 3, "over_ceiling"), (0, 0, "always"), (1, 0, "over_ceiling")],
)
def test_choose_rule_ceiling(shipped: Safety, pain: int, ceiling: int, rule_id: str) -> None:
    assert choose_rule(shipped, _report(pain), ceiling, None).id == rule_id


@pytest.mark.parametrize(
    ("report", "baseline", "expected"),
    [
        (_report(9), None, CARRY_ON_RULE.id),  # no over_ceiling rule in SMALL
        (_report(4), 1, CARRY_ON_RULE.id),  # rise of 3 is not above SMALL's 3
        (_report(5), 1, "rise_over_baseline"),
        (_report(0, sharp=True, spreading=True), None, "sharp"),  # SMALL lists sharp first
        (_report(0, spreading=True), None, "spreading"),
        (_report(0, red_flag_symptom=True), None, CARRY_ON_RULE.id),
    ],
)
def test_choose_rule_small(report: PainReport, baseline: int | None, expected: str) -> None:
    assert choose_rule(SMALL, report, CEILING, baseline).id == expected


def test_fallback_rule_carries_on() -> None:
    rule = choose_rule(SMALL, _report(0), CEILING, None)
    assert rule is CARRY_ON_RULE
    assert rule.action is Action.CARRY_ON


# --- resolve_action --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "has_easier", "substituted", "expected"),
    [
        (Action.EASIER_VARIANT, True, False, Action.EASIER_VARIANT),
        (Action.EASIER_VARIANT, False, False, Action.SKIP_EXERCISE),
        (Action.EASIER_VARIANT, True, True, Action.SKIP_EXERCISE),
        (Action.EASIER_VARIANT, False, True, Action.SKIP_EXERCISE),
        (Action.CARRY_ON, False, True, Action.CARRY_ON),
        (Action.SKIP_EXERCISE, True, False, Action.SKIP_EXERCISE),
        (Action.END_SESSION, True, False, Action.END_SESSION),
        (Action.EMERGENCY, False, True, Action.EMERGENCY),
    ],
)
def test_resolve_action(
    action: Action, has_easier: bool, substituted: bool, expected: Action
) -> None:
    rule = _rule(Condition.ALWAYS, action)
    assert resolve_action(rule, has_easier, substituted) is expected


# --- traffic_light ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pain", "expected"),
    [(0, "green"), (2, "green"), (3, "amber"), (5, "amber"), (6, "red"), (10, "red")],
)
def test_traffic_light_shipped(shipped: Safety, pain: int, expected: str) -> None:
    assert traffic_light(pain, shipped.pain_model) == expected


@pytest.mark.parametrize(
    ("pain", "expected"),
    [(0, "green"), (1, "green"), (2, "amber"), (4, "amber"), (5, "red")],
)
def test_traffic_light_small(pain: int, expected: str) -> None:
    assert traffic_light(pain, SMALL.pain_model) == expected


# --- settings helpers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "expected"),
    [(Settings(), True), (Settings(screening_done=True), False)],
)
def test_needs_full_screening(settings: Settings, expected: bool) -> None:
    assert needs_full_screening(settings) is expected


@pytest.mark.parametrize(
    ("blocked", "expected"),
    [
        (None, None),
        ("", None),
        ("emergency", Tier.EMERGENCY),
        ("urgent", Tier.URGENT),
        ("garbled", Tier.URGENT),
    ],
)
def test_stored_block(blocked: str | None, expected: Tier | None) -> None:
    assert stored_block(Settings(blocked_tier=blocked)) is expected


def test_module_is_free_of_qt() -> None:
    code = "import sys, rehab_app.core.safety.rules; print('PySide6' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


# --- issue 11 part 2: upper limits, leg weakness, both legs, general warning -------------


def _full(pain: int, **flags: bool) -> PainReport:
    report = _report(pain)
    for name, value in flags.items():
        setattr(report, name, value)
    return report


@pytest.mark.parametrize(
    ("report", "ceiling", "baseline", "rise", "rule_id", "action"),
    [
        # High pain with nothing ticked used to offer the easier version; 7 or more ends.
        (_full(7), 5, 2, None, "pain_limit", Action.END_SESSION),
        (_full(10), 5, None, None, "pain_limit", Action.END_SESSION),
        # More than 2 above the ceiling ends, even below 7.
        (_full(6), 3, None, None, "pain_limit", Action.END_SESSION),
        (_full(5), 3, None, None, "over_ceiling", Action.EASIER_VARIANT),
        (_full(6), 5, 4, None, "over_ceiling", Action.EASIER_VARIANT),
        # Spreading with high pain ends the session instead of skipping one exercise.
        (_full(6, spreading=True), 5, 4, None, "spreading_high_pain", Action.END_SESSION),
        (_full(8, spreading=True), 5, 4, None, "spreading_high_pain", Action.END_SESSION),
        (_full(4, spreading=True), 5, 4, None, "spreading", Action.SKIP_EXERCISE),
        # Weak, dragging, slapping or giving-way leg, and symptoms in both legs: emergency.
        (_full(2, leg_weakness=True), 5, 2, None, "leg_weakness", Action.EMERGENCY),
        (_full(1, both_legs=True), 5, 2, None, "both_legs", Action.EMERGENCY),
        # Acute relief started at 6: its ceiling is the starting pain, and no rise is allowed.
        (_full(6), 6, 6, 0, "always", Action.CARRY_ON),
        (_full(7), 7, 7, 0, "always", Action.CARRY_ON),
        (_full(7), 6, 6, 0, "pain_limit", Action.END_SESSION),
        (_full(3), 3, 2, 0, "rise_over_baseline", Action.EASIER_VARIANT),
        (_full(2), 3, 2, 0, "always", Action.CARRY_ON),
    ],
)
def test_stop_rules_with_limits(
    shipped: Safety,
    report: PainReport,
    ceiling: int,
    baseline: int | None,
    rise: int | None,
    rule_id: str,
    action: Action,
) -> None:
    rule = choose_rule(shipped, report, ceiling, baseline, rise)
    assert (rule.id, rule.action) == (rule_id, action)


@pytest.mark.parametrize(
    ("flags", "tier"),
    [
        ({"red_flag_symptom": True}, Tier.EMERGENCY),
        ({"leg_weakness": True}, Tier.EMERGENCY),
        ({"both_legs": True}, Tier.EMERGENCY),
        ({"general_warning": True}, Tier.URGENT),
        ({"nerve_symptoms": True}, None),
        ({"spreading": True}, None),
    ],
)
def test_stop_rules_that_block_sessions(
    shipped: Safety, flags: dict[str, bool], tier: Tier | None
) -> None:
    rule = choose_rule(shipped, _full(2, **flags), 5, 2)
    assert block_of(rule) is tier


def test_sharp_pain_advice_says_see_a_doctor(shipped: Safety) -> None:
    rule = choose_rule(shipped, _full(3, sharp=True), 5, 2)
    assert "doctor" in rule.message


def test_no_stop_rule_diagnoses(shipped: Safety) -> None:
    texts = [r.message for r in shipped.stop_rules] + [t.message for t in shipped.tiers.values()]
    texts.append(shipped.disclaimer)
    for text in texts:
        assert " means a " not in text, text
        assert " means that " not in text, text


def test_a_grown_question_list_asks_the_full_screening_again(shipped: Safety) -> None:
    import msgspec

    from rehab_app.core.safety.state import SafetyState

    legacy = Settings(screening_done=True)  # screened by a version with fewer questions
    assert not needs_full_screening(legacy)
    assert needs_full_screening(legacy, shipped)
    every = tuple(sorted(f.id for f in shipped.red_flags))
    current = msgspec.structs.replace(legacy, safety=SafetyState(screened_flags=every))
    assert not needs_full_screening(current, shipped)


def test_a_paired_question_counts_only_with_its_partner_answered_yes(shipped: Safety) -> None:
    # A question left out of the answers (the short re-check asks only some) is not a Yes.
    assert worst_tier(shipped, {"rf_age_band": True}) is None
    assert worst_tier(shipped, {"rf_age_band": True, "rf_first_episode": False}) is None
    assert worst_tier(shipped, {"rf_age_band": True, "rf_first_episode": True}) is Tier.CAUTION


def test_spreading_pain_at_the_ceiling_skips_and_above_it_ends(shipped: Safety) -> None:
    at = choose_rule(shipped, _full(5, spreading=True), 5, 4)
    above = choose_rule(shipped, _full(6, spreading=True), 5, 4)
    assert (at.id, at.action) == ("spreading", Action.SKIP_EXERCISE)
    assert (above.id, above.action) == ("spreading_high_pain", Action.END_SESSION)


def test_an_emergency_rule_blocks_even_without_a_block_tier() -> None:
    assert block_of(_rule(Condition.RED_FLAG_SYMPTOM, Action.EMERGENCY)) is Tier.EMERGENCY
    assert block_of(_rule(Condition.NERVE_SYMPTOMS, Action.END_SESSION)) is None
