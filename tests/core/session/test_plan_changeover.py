"""The session plan: how one program item expands into work, switch and rest segments (changeovers)."""

from __future__ import annotations

from rehab_app.core.models import Category, Dosage, Exercise, Step, StepKind
from rehab_app.core.session.plan import SWITCH_SIDES_S, Segment, SegmentKind, Side, item_segments

K = SegmentKind


def _exercise(dosage: Dosage) -> Exercise:
    return Exercise(
        schema_version=1,
        id="stretch",
        name="Stretch",
        category=Category.STRETCH,
        summary="For tests.",
        start_position="Kneeling.",
        steps=(Step("Kneel", kind=StepKind.SETUP), Step("Hold")),
        dosage=dosage,
    )


def _shape(dosage: Dosage) -> list[tuple[SegmentKind, int, int, Side | None]]:
    segments: list[Segment] = list(item_segments(_exercise(dosage), dosage, 0))
    return [(s.kind, s.duration_s, s.set_no, s.side) for s in segments]


def test_per_side_sets_without_rest_get_a_changeover() -> None:
    """Set 1 right must not run straight into set 2 left (daily_mobility_10's hip stretches)."""
    shape = _shape(Dosage(sets=2, hold_s=30, rest_s=0, per_side=True))
    assert shape == [
        (K.WORK, 30, 1, Side.LEFT),
        (K.SWITCH_SIDES, SWITCH_SIDES_S, 1, Side.RIGHT),
        (K.WORK, 30, 1, Side.RIGHT),
        (K.SWITCH_SIDES, SWITCH_SIDES_S, 2, Side.LEFT),
        (K.WORK, 30, 2, Side.LEFT),
        (K.SWITCH_SIDES, SWITCH_SIDES_S, 2, Side.RIGHT),
        (K.WORK, 30, 2, Side.RIGHT),
    ]


def test_rest_between_per_side_sets_is_the_changeover() -> None:
    shape = _shape(Dosage(sets=2, hold_s=30, rest_s=10, per_side=True))
    assert [kind for kind, *_ in shape] == [
        K.WORK, K.SWITCH_SIDES, K.WORK, K.REST_SET, K.WORK, K.SWITCH_SIDES, K.WORK,
    ]  # fmt: skip
    assert shape[3] == (K.REST_SET, 10, 1, None)


def test_one_sided_sets_without_rest_run_on() -> None:
    shape = _shape(Dosage(sets=3, hold_s=20, rest_s=0))
    assert shape == [(K.WORK, 20, n, None) for n in (1, 2, 3)]


def test_a_single_per_side_set_has_one_switch() -> None:
    shape = _shape(Dosage(sets=1, reps=2, rep_s=3, per_side=True))
    assert [kind for kind, *_ in shape] == [K.WORK, K.WORK, K.SWITCH_SIDES, K.WORK, K.WORK]
