"""A flare-up day: easier variants, a third less, never longer or with more reps than normal."""

from __future__ import annotations

import msgspec
import pytest

from rehab_app.core.content.loader import Library
from rehab_app.core.models import (
    Category,
    Dosage,
    DosageOverride,
    Exercise,
    Program,
    ProgramItem,
    Role,
    Step,
)
from rehab_app.core.progression.flare_up import (
    FLARE_UP_SUFFIX,
    MIN_HOLD_S,
    cost,
    fit,
    flare_up,
    two_thirds,
)
from rehab_app.core.session.plan import build_plan


def ex(eid: str, easier: tuple[str, ...] = (), **dosage: object) -> Exercise:
    return Exercise(
        schema_version=1,
        id=eid,
        name=eid.capitalize(),
        category=Category.CORE,
        summary="S.",
        start_position="P.",
        steps=(Step("Go."),),
        dosage=Dosage(**dosage),  # type: ignore[arg-type]
        easier=easier,
    )


LIBRARY = Library(
    exercises={
        e.id: e
        for e in (
            ex("bridge", ("tilt",), sets=2, reps=10, hold_s=3, rep_s=3),
            ex("tilt", sets=1, reps=10, rep_s=2),
            ex("plank", ("knee_plank",), sets=3, hold_s=20, rest_s=10),
            ex("knee_plank", sets=3, hold_s=15, rest_s=10),
            ex("pyramid", sets=3, reps=(5, 3, 1), hold_s=10, rep_s=2, rest_s=20),
            ex("jog", ("walk",), sets=1, reps=10, rep_s=120),
            ex("walk", sets=1, hold_s=600),
            ex("hug", sets=3, hold_s=10, rest_s=10, per_side=True),
            ex("pose", ("hug",), sets=1, hold_s=30),
            ex("twist", ("hug",), sets=1, hold_s=30, per_side=True),
            ex("slow", ("slower",), sets=1, reps=4, rep_s=5),
            ex("slower", sets=1, reps=4, rep_s=50),
        )
    }
)


def program(*items: ProgramItem) -> Program:
    return Program(
        schema_version=1,
        id="p",
        name="Plan",
        description="D.",
        items=items,
        name_i18n={"de": "Plan"},
    )


def totals(prog: Program) -> tuple[int, int]:
    plan = build_plan(prog, LIBRARY.exercise)
    reps = sum((s.reps if s.manual else 1) for s in plan.segments if s.reps)
    return plan.total_s, reps


def test_easier_variants_with_a_third_less() -> None:
    normal = program(
        ProgramItem("bridge", DosageOverride(sets=3, reps=12, hold_s=5), note="Slowly."),
        ProgramItem("plank", DosageOverride(sets=2)),
        ProgramItem("pyramid", DosageOverride(reps=(6, 4, 2))),
    )
    easy = flare_up(normal, LIBRARY)
    assert easy.name == "Plan" + FLARE_UP_SUFFIX
    assert easy.name_i18n == {}
    assert (easy.id, easy.description) == (normal.id, normal.description)
    assert easy.items == (
        ProgramItem("tilt", DosageOverride(sets=2, reps=8, hold_s=5), note="Slowly."),
        ProgramItem("knee_plank", DosageOverride(sets=1)),
        ProgramItem("pyramid", DosageOverride(reps=(4, 3, 1))),  # no variant: a third less
    )
    assert totals(easy) < totals(normal)


def test_a_long_name_keeps_its_mark() -> None:
    long = msgspec.structs.replace(program(ProgramItem("bridge")), name="x" * 200)
    easy = flare_up(long, LIBRARY)
    assert easy.name.endswith(FLARE_UP_SUFFIX)
    assert len(easy.name) == 200


def test_a_variant_timed_differently_gets_its_own_dose_cut_to_fit() -> None:
    # Was: ten "reps" of a 600 s walk, for the walk-run's ten intervals.
    normal = program(ProgramItem("jog", DosageOverride(reps=4)))  # 480 s
    easy = flare_up(normal, LIBRARY)
    assert easy.items == (ProgramItem("walk", DosageOverride(hold_s=480)),)
    roomy = program(ProgramItem("jog"))  # 1200 s: the walk's own 600 s fits
    assert flare_up(roomy, LIBRARY).items == (ProgramItem("walk"),)


def test_walks_side_by_side_become_one() -> None:
    normal = program(
        ProgramItem("walk", DosageOverride(hold_s=300), role=Role.WARM_UP, note="Warm up."),
        ProgramItem("jog", rest_after_s=0),
        ProgramItem("walk", DosageOverride(hold_s=300), role=Role.COOL_DOWN, note="Ease off."),
        ProgramItem("plank"),
    )
    easy = flare_up(normal, LIBRARY)
    assert easy.items[0] == ProgramItem(
        "walk", DosageOverride(hold_s=1000), rest_after_s=None, note="Warm up. Ease off."
    )
    assert [i.exercise for i in easy.items] == ["walk", "knee_plank"]
    assert totals(easy)[0] <= totals(normal)[0]


def test_the_same_exercise_is_not_used_for_every_item() -> None:
    # Was: three different stretches all became the same one.
    normal = program(ProgramItem("pose"), ProgramItem("bridge"), ProgramItem("twist"))
    easy = flare_up(normal, LIBRARY)
    assert [i.exercise for i in easy.items] == ["hug", "tilt", "twist"]
    assert easy.items[2].dosage == DosageOverride(hold_s=20)


def test_an_exercise_twice_in_a_row_that_cannot_merge_is_dropped() -> None:
    normal = program(ProgramItem("bridge"), ProgramItem("tilt", DosageOverride(reps=6)))
    easy = flare_up(normal, LIBRARY)
    assert [i.exercise for i in easy.items] == ["tilt"]


def test_a_slower_variant_that_cannot_fit_keeps_the_exercise() -> None:
    normal = program(ProgramItem("slow"))
    easy = flare_up(normal, LIBRARY)
    assert easy.items == (ProgramItem("slow", DosageOverride(reps=3)),)


def test_unknown_exercises_are_left_out_and_an_empty_day_is_the_program() -> None:
    assert flare_up(program(ProgramItem("gone"), ProgramItem("plank")), LIBRARY).items == (
        ProgramItem("knee_plank", DosageOverride(sets=2)),
    )
    lost = program(ProgramItem("gone"))
    assert flare_up(lost, LIBRARY) is lost


@pytest.mark.parametrize(("n", "expected"), [(1, 1), (2, 1), (3, 2), (4, 3), (12, 8), (16, 11)])
def test_two_thirds(n: int, expected: int) -> None:
    assert two_thirds(n) == expected


def test_holds_are_cut_to_multiples_of_five_never_below_five() -> None:
    easy = flare_up(program(ProgramItem("walk", DosageOverride(hold_s=20))), LIBRARY)
    assert easy.items[0].dosage == DosageOverride(hold_s=15)
    short = flare_up(program(ProgramItem("walk", DosageOverride(hold_s=6))), LIBRARY)
    assert short.items[0].dosage == DosageOverride(hold_s=5)
    tiny = flare_up(program(ProgramItem("walk", DosageOverride(hold_s=3))), LIBRARY)
    assert tiny.items[0].dosage == DosageOverride(hold_s=3)  # never longer than it was
    assert MIN_HOLD_S == 5


def test_cost_counts_time_and_reps() -> None:
    assert cost(LIBRARY.exercise("bridge"), LIBRARY.exercise("bridge").dosage) == (120, 20)
    assert cost(LIBRARY.exercise("hug"), LIBRARY.exercise("hug").dosage) == (95, 0)
    manual = ex("count", sets=1, reps=6)
    assert cost(manual, manual.dosage) == (18, 6)


def test_fit_cuts_reps_then_sets_then_holds() -> None:
    bridge = LIBRARY.exercise("bridge")
    assert fit(bridge, bridge.dosage, 120, 20) == bridge.dosage
    assert fit(bridge, bridge.dosage, 60, 20) == Dosage(sets=2, reps=5, hold_s=3, rep_s=3)
    assert fit(bridge, bridge.dosage, 120, 10) == Dosage(sets=2, reps=5, hold_s=3, rep_s=3)
    assert fit(bridge, bridge.dosage, 6, 1) == Dosage(sets=1, reps=1, hold_s=3, rep_s=3)
    assert fit(bridge, bridge.dosage, 5, 1) is None
    plank = LIBRARY.exercise("plank")
    assert fit(plank, plank.dosage, 20, 0) == Dosage(sets=1, hold_s=20, rest_s=10)
    assert fit(plank, plank.dosage, 12, 0) == Dosage(sets=1, hold_s=10, rest_s=10)
    assert fit(plank, plank.dosage, 4, 0) is None
    pyramid = LIBRARY.exercise("pyramid")
    assert fit(pyramid, pyramid.dosage, 100, 99) == Dosage(
        sets=3, reps=(2, 1, 1), hold_s=10, rep_s=2, rest_s=20
    )


MORE = Library(
    exercises={
        **LIBRARY.exercises,
        **{
            e.id: e
            for e in (
                ex("tapped", sets=1, reps=3, hold_s=5),
                ex("flow_easy", sets=1),
                ex("flowing", ("flow_easy",), sets=1, hold_s=40),
                ex("lost", ("gone", "tilt"), sets=1, reps=6, rep_s=3),
                ex("choosy", ("hug", "tilt"), sets=1, reps=6, rep_s=3),
                ex("odd", sets=1, hold_s=32),
            )
        },
        "flow_easy": msgspec.structs.replace(
            ex("flow_easy", sets=1), steps=(Step("Drift.", seconds=20),)
        ),
    }
)


def test_the_same_exercise_with_reps_twice_in_a_row_is_dropped_not_merged() -> None:
    easy = flare_up(program(ProgramItem("tapped"), ProgramItem("tapped")), MORE)
    assert easy.items == (ProgramItem("tapped", DosageOverride(reps=2)),)
    side = program(ProgramItem("walk"), ProgramItem("walk", DosageOverride(per_side=True)))
    assert flare_up(side, MORE).items == (ProgramItem("walk", DosageOverride(hold_s=400)),)


def test_a_variant_timed_by_its_steps() -> None:
    easy = flare_up(program(ProgramItem("flowing")), MORE)
    assert easy.items == (ProgramItem("flow_easy"),)


def test_merged_walks_keep_the_rest_after_the_second_and_stay_within_two_hours() -> None:
    normal = program(
        ProgramItem("walk", DosageOverride(hold_s=6000), rest_after_s=0, note="A" * 3000),
        ProgramItem("walk", DosageOverride(hold_s=6000), rest_after_s=30, note="B" * 3000),
        ProgramItem("plank"),
    )
    merged = flare_up(normal, MORE).items[0]
    assert merged.dosage == DosageOverride(hold_s=7200)
    assert merged.rest_after_s == 30
    assert merged.note is not None
    assert len(merged.note) == 4000


def test_variants_are_tried_in_order_past_unknown_and_used_ones() -> None:
    assert flare_up(program(ProgramItem("lost")), MORE).items[0].exercise == "tilt"
    used = program(ProgramItem("pose"), ProgramItem("choosy"))
    assert [i.exercise for i in flare_up(used, MORE).items] == ["hug", "tilt"]
    # A used variant is only taken again to join the walk just before it.
    apart = program(ProgramItem("pose"), ProgramItem("walk"), ProgramItem("twist"))
    assert [i.exercise for i in flare_up(apart, MORE).items] == ["hug", "walk", "twist"]


@pytest.mark.parametrize(
    ("name", "dosage", "seconds", "reps", "expected"),
    [
        ("bridge", None, 114, 99, Dosage(sets=2, reps=9, hold_s=3, rep_s=3)),
        ("bridge", Dosage(sets=1, reps=2, hold_s=3, rep_s=3), 6, 9, Dosage(sets=1, reps=1, hold_s=3, rep_s=3)),
        ("plank", None, 70, 0, Dosage(sets=2, hold_s=20, rest_s=10)),
        ("odd", None, 31, 0, Dosage(sets=1, hold_s=27)),
        ("odd", None, 12, 0, Dosage(sets=1, hold_s=10)),
        ("pyramid", Dosage(sets=3, reps=(6, 4, 2), hold_s=10, rep_s=2, rest_s=20), 999, 6,
         Dosage(sets=3, reps=(3, 2, 1), hold_s=10, rep_s=2, rest_s=20)),
        ("pyramid", Dosage(sets=3, reps=(2, 1, 1), hold_s=10, rep_s=2, rest_s=20), 76, 99,
         Dosage(sets=3, reps=(1, 1, 1), hold_s=10, rep_s=2, rest_s=20)),
        ("pyramid", Dosage(sets=3, reps=(1, 1, 1), hold_s=10, rep_s=2, rest_s=20), 61, 99,
         Dosage(sets=3, reps=(1, 1, 1), hold_s=5, rep_s=2, rest_s=20)),
    ],
)  # fmt: skip
def test_fit_at_its_edges(
    name: str, dosage: Dosage | None, seconds: int, reps: int, expected: Dosage
) -> None:
    exercise = MORE.exercise(name)
    assert fit(exercise, dosage or exercise.dosage, seconds, reps) == expected
