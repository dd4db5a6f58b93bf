"""Typed, immutable models for exercises, programs and safety data (the YAML file formats)."""

from __future__ import annotations

import enum
from typing import Annotated

import msgspec
from msgspec import Meta, field

SCHEMA_VERSION = 1

Slug = Annotated[
    str,
    Meta(
        pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$",
        description="Lower-case id: letters, digits, '_' or '-', at most 64 characters.",
    ),
]
Text = Annotated[str, Meta(min_length=1, max_length=4000)]
ShortText = Annotated[str, Meta(min_length=1, max_length=200)]
PositiveSeconds = Annotated[int, Meta(ge=1, le=7200, description="Whole seconds, 1 to 7200.")]
Seconds = Annotated[int, Meta(ge=0, le=7200, description="Whole seconds, 0 to 7200.")]
Count = Annotated[int, Meta(ge=1, le=100)]
PainScore = Annotated[int, Meta(ge=0, le=10, description="Pain on a 0-10 scale.")]
SchemaVersion = Annotated[int, Meta(ge=1, le=SCHEMA_VERSION)]
Language = Annotated[
    str, Meta(pattern=r"^[a-z]{2}(_[A-Z]{2})?$", description="A language code: de, or de_AT.")
]
# Optional per-language text: {"de": "...", "fr": "..."}; the plain field stays the fallback.
Translations = dict[Language, str]
# Optional per-language lists: {"de": ["...", "..."]}, one line for each line of the plain list
# (the loader checks the counts match); the plain list stays the fallback.
LineTranslations = dict[Language, tuple[Text, ...]]


class Category(enum.StrEnum):
    """What kind of exercise it is; the library filters by this."""

    MOBILITY = "mobility"
    STRETCH = "stretch"
    CORE = "core"
    STRENGTH = "strength"
    MOTOR_CONTROL = "motor_control"
    RETURN_TO_RUN = "return_to_run"
    WALKING = "walking"


class StepKind(enum.StrEnum):
    """The role of one numbered step."""

    SETUP = "setup"
    MOVEMENT = "movement"
    CUE = "cue"
    BREATHING = "breathing"
    SAFETY = "safety"


class SafetyTag(enum.StrEnum):
    """Something about an exercise that some people must avoid (see Safety.adaptations)."""

    FACE_DOWN = "face_down"
    BACK_BEND = "back_bend"


class Step(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """One numbered step of an exercise."""

    text: Text
    kind: StepKind = StepKind.MOVEMENT
    seconds: PositiveSeconds | None = None
    text_i18n: Translations = field(default_factory=dict)


Reps = Count | Annotated[tuple[Count, ...], Meta(min_length=1, max_length=20)]


class Dosage(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """How much of an exercise: sets, reps, holds, tempo, rest and sides.

    `reps` is a whole number, or one number per set (a reverse pyramid such as [5, 3, 1]).
    Without reps a set is one timed hold of `hold_s`. With reps, each rep lasts
    `rep_s + hold_s`; reps with neither are counted by hand ("Done").
    """

    sets: Count = 1
    reps: Reps | None = None
    hold_s: PositiveSeconds | None = None
    rep_s: PositiveSeconds | None = None
    rest_s: Seconds = 0
    per_side: bool = False


class DosageOverride(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A program item's changes to an exercise's default dosage; unset fields keep the default."""

    sets: Count | None = None
    reps: Reps | None = None
    hold_s: PositiveSeconds | None = None
    rep_s: PositiveSeconds | None = None
    rest_s: Seconds | None = None
    per_side: bool | None = None


class Sides(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """What "left" and "right" mean for a one-sided exercise, e.g. "Your left knee lifts".

    Shown and spoken with the side in the player, so a runner on the mat knows which way to lie.
    """

    left: ShortText
    right: ShortText
    left_i18n: Translations = field(default_factory=dict)
    right_i18n: Translations = field(default_factory=dict)


class DoseValue(enum.StrEnum):
    """A dosage value that "progress" can grow."""

    REPS = "reps"
    HOLD_S = "hold_s"
    SETS = "sets"


class AfterCap(enum.StrEnum):
    """What "progress" does once every value has reached its cap."""

    HARDER = "harder"  # swap to the first harder variant
    STOP = "stop"  # nothing more for this item (the program may move on to its next stage)


class Growth(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """One value that grows on "progress": `by` at a time, never past `up_to`.

    For a pyramid such as 5-3-1, `reps` grows every set by `by` and `up_to` caps the first set.
    """

    value: DoseValue
    by: Annotated[int, Meta(ge=1, le=600)]
    up_to: Annotated[int, Meta(ge=1, le=7200)]


class Progression(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """How an exercise or a program item progresses: `grow` in order, `then` after the caps.

    `{}` (no growth, then stop) means "not progressed".
    """

    grow: Annotated[tuple[Growth, ...], Meta(max_length=3)] = ()
    then: AfterCap = AfterCap.STOP


class Exercise(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """One exercise, as written in `exercises/<id>.yaml`."""

    schema_version: SchemaVersion
    id: Slug
    name: ShortText
    category: Category
    summary: Text
    start_position: Text
    steps: Annotated[tuple[Step, ...], Meta(min_length=1, max_length=30)]
    dosage: Dosage
    sides: Sides | None = None
    targets: tuple[ShortText, ...] = ()
    cues: tuple[Text, ...] = ()
    mistakes: tuple[Text, ...] = ()
    cautions: tuple[Text, ...] = ()
    easier: tuple[Slug, ...] = ()
    harder: tuple[Slug, ...] = ()
    images: tuple[Annotated[str, Meta(min_length=1, max_length=300)], ...] = ()
    safety_tags: Annotated[
        tuple[SafetyTag, ...],
        Meta(
            description="face_down: done lying face down; back_bend: bends the low back backwards."
        ),
    ] = ()
    progression: Progression | None = None
    name_i18n: Translations = field(default_factory=dict)
    summary_i18n: Translations = field(default_factory=dict)
    start_position_i18n: Translations = field(default_factory=dict)
    targets_i18n: dict[Language, tuple[ShortText, ...]] = field(default_factory=dict)
    cues_i18n: LineTranslations = field(default_factory=dict)
    mistakes_i18n: LineTranslations = field(default_factory=dict)
    cautions_i18n: LineTranslations = field(default_factory=dict)


class Role(enum.StrEnum):
    """What a program item is for; warm-ups and cool-downs are never progressed."""

    WARM_UP = "warm_up"
    MAIN = "main"
    COOL_DOWN = "cool_down"


class ProgramItem(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """One exercise in a program, with optional dosage changes."""

    exercise: Slug
    dosage: DosageOverride = field(default_factory=DosageOverride)
    rest_after_s: Seconds | None = None
    note: Text | None = None
    note_i18n: Translations = field(default_factory=dict)
    role: Role = Role.MAIN
    progression: Progression | None = None


IsoDate = Annotated[
    str,
    Meta(
        pattern=r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
        description="A date written yyyy-mm-dd.",
    ),
]


class ChangeKind(enum.StrEnum):
    """Why a program changed: a pain-guided suggestion the user accepted, or their own edit."""

    PROGRESS = "progress"
    REPEAT = "repeat"
    STEP_BACK = "step_back"
    SEE_PHYSIO = "see_physio"
    EDIT = "edit"


class ProgramChange(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """One entry in a program's record of changes; `item` counts program items from 0."""

    date: IsoDate
    kind: ChangeKind
    description: Text
    item: Annotated[int, Meta(ge=0, le=99)] | None = None


class Track(enum.StrEnum):
    """Which part of the way back to running a program belongs to."""

    ACUTE = "acute"
    FOUNDATION = "foundation"
    STRENGTH = "strength"
    RETURN_TO_RUN = "return_to_run"


class Ladder(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A program's place on the way back to running: a lower rung is gentler.

    Rungs: 0 acute relief; 1 mobility, core stage 1 and other foundations; 2 core stage 2 and
    strength; 3 and up the return-to-run stages, one rung each. The app only ever points a user
    down the ladder when pain is too high, and up it one rung at a time.
    """

    rung: Annotated[int, Meta(ge=0, le=30)]
    track: Track


class Program(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """An ordered routine, as written in `exercises/programs/<id>.yaml`."""

    schema_version: SchemaVersion
    id: Slug
    name: ShortText
    description: Text
    items: Annotated[tuple[ProgramItem, ...], Meta(min_length=1, max_length=100)]
    stage: ShortText = "general"
    pain_ceiling: PainScore = 5
    start_pain_max: Annotated[
        PainScore | None,
        Meta(
            description="Highest pain before a session at which it may start (default: the ceiling)."
        ),
    ] = None
    allowed_rise: Annotated[
        PainScore | None,
        Meta(
            description="How far pain may rise above the pain before the session (default: the"
            " pain model's rise_over_baseline; 0 = no rise at all)."
        ),
    ] = None
    get_ready_s: Seconds = 10
    rest_between_s: Seconds = 20
    sessions_per_week: Annotated[int, Meta(ge=1, le=21)] = 3
    ladder: Ladder | None = None
    next_stage: Slug | None = None
    name_i18n: Translations = field(default_factory=dict)
    description_i18n: Translations = field(default_factory=dict)
    stage_i18n: Translations = field(default_factory=dict)
    changes: tuple[ProgramChange, ...] = ()


class Tier(enum.StrEnum):
    """How serious a red flag is, most serious first.

    not_suitable: the app is not made for this person (under 18) until a clinician says otherwise;
    routine: worth mentioning to a GP at an ordinary appointment, exercise goes on.
    """

    EMERGENCY = "emergency"
    URGENT = "urgent"
    NOT_SUITABLE = "not_suitable"
    CAUTION = "caution"
    ROUTINE = "routine"


class TierAdvice(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """What the app says, and whether it blocks the session, when a flag of this tier is raised."""

    title: ShortText
    message: Text
    blocks_session: bool
    title_i18n: Translations = field(default_factory=dict)
    message_i18n: Translations = field(default_factory=dict)


class RedFlag(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """One yes/no screening question.

    With `together_with`, a Yes counts only when every one of those questions is answered Yes too
    (one pattern asked as separate, simple questions).
    """

    id: Slug
    tier: Tier
    question: Text
    concern: ShortText
    together_with: tuple[Slug, ...] = ()
    question_i18n: Translations = field(default_factory=dict)
    concern_i18n: Translations = field(default_factory=dict)


class Condition(enum.StrEnum):
    """Named conditions a stop rule can test on an "it hurts" report."""

    RED_FLAG_SYMPTOM = "red_flag_symptom"
    LEG_WEAKNESS = "leg_weakness"
    BOTH_LEGS = "both_legs"
    GENERAL_WARNING = "general_warning"
    NERVE_SYMPTOMS = "nerve_symptoms"
    PAIN_LIMIT = "pain_limit"
    SPREADING_OVER_CEILING = "spreading_over_ceiling"
    SPREADING = "spreading"
    SHARP = "sharp"
    OVER_CEILING = "over_ceiling"
    RISE_OVER_BASELINE = "rise_over_baseline"
    ALWAYS = "always"


class Action(enum.StrEnum):
    """What the player does when a stop rule matches."""

    CARRY_ON = "carry_on"
    EASIER_VARIANT = "easier_variant"
    SKIP_EXERCISE = "skip_exercise"
    END_SESSION = "end_session"
    EMERGENCY = "emergency"


class StopRule(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """When `condition` holds, take `action` and tell the user `message`.

    `block` pauses all sessions at that tier until the user confirms a clinician saw them.
    """

    id: Slug
    condition: Condition
    action: Action
    title: ShortText
    message: Text
    block: Tier | None = None
    title_i18n: Translations = field(default_factory=dict)
    message_i18n: Translations = field(default_factory=dict)


class PainModel(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Thresholds of the pain-monitoring (traffic light) model."""

    green_max: PainScore = 2
    amber_max: PainScore = 5
    rise_over_baseline: PainScore = 2
    stop_at: Annotated[
        PainScore,
        Meta(
            description="Pain this high during a session ends it (unless it is no higher than at the start)."
        ),
    ] = 7
    stop_above_ceiling: Annotated[
        PainScore,
        Meta(description="Pain more than this above the program's ceiling ends the session."),
    ] = 2
    next_morning_rise: PainScore = 2
    green_sessions_to_progress: Count = 2
    step_backs_before_physio: Count = 2
    weeks_without_improvement: Count = 6


class Adaptation(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """While a caution answer in `flags` is in force, exercises tagged `avoid` are replaced.

    Each replacement is the first of `instead[exercise id]`, then of `default`, that the library
    has, that is not tagged `avoid` and that does not repeat its neighbour; the item is left out
    when nothing fits.
    """

    id: Slug
    flags: Annotated[tuple[Slug, ...], Meta(min_length=1)]
    avoid: SafetyTag
    reason: Text
    instead: dict[Slug, Annotated[tuple[Slug, ...], Meta(min_length=1)]] = field(
        default_factory=dict
    )
    default: tuple[Slug, ...] = ()
    reason_i18n: Translations = field(default_factory=dict)


class Safety(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Red flags, stop rules, the pain model and the disclaimer (`exercises/safety.yaml`)."""

    schema_version: SchemaVersion
    disclaimer: Text
    tiers: dict[Tier, TierAdvice]
    red_flags: Annotated[tuple[RedFlag, ...], Meta(min_length=1)]
    recheck_questions: Annotated[tuple[Text, ...], Meta(min_length=1)]
    stop_rules: Annotated[tuple[StopRule, ...], Meta(min_length=1)]
    pain_model: PainModel = field(default_factory=PainModel)
    adaptations: tuple[Adaptation, ...] = ()
    rest_advice: Text | None = None
    disclaimer_i18n: Translations = field(default_factory=dict)
    rest_advice_i18n: Translations = field(default_factory=dict)
    recheck_questions_i18n: LineTranslations = field(default_factory=dict)
