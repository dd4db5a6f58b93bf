"""Where pain before a session sends people: the gate and the ladder (no Qt)."""

from __future__ import annotations

import pytest

from rehab_app.core.content.loader import Library, load_library
from rehab_app.core.models import Ladder, PainModel, Program, ProgramItem, Track
from rehab_app.core.paths import AppPaths
from rehab_app.core.safety.start_checks import pain_gate, session_limits, start_pain_limit


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return load_library(AppPaths.create(tmp_path_factory.mktemp("data")))


def _program(pid: str, rung: int | None, ceiling: int = 5, start: int | None = None) -> Program:
    ladder = None if rung is None else Ladder(rung=rung, track=Track.FOUNDATION)
    return Program(
        schema_version=1,
        id=pid,
        name=pid,
        description="d",
        items=(ProgramItem(exercise="x"),),
        pain_ceiling=ceiling,
        start_pain_max=start,
        ladder=ladder,
    )


def test_the_acute_program_gate_is_seven_not_its_ceiling(library: Library) -> None:
    acute = library.programs["acute_relief_gentle"]
    assert acute.pain_ceiling == 3
    assert start_pain_limit(acute) == 7
    for pain in range(8):
        assert pain_gate(acute, pain, library.programs).allowed, pain
    above = pain_gate(acute, 8, library.programs)
    assert not above.allowed
    assert above.instead == (), "nothing is gentler than acute relief: rest and the advice"


def test_the_default_gate_is_the_ceiling(library: Library) -> None:
    core = library.programs["core_stability_1"]
    assert start_pain_limit(core) == core.pain_ceiling == 5
    assert pain_gate(core, 5, library.programs).allowed
    gate = pain_gate(core, 6, library.programs)
    assert (gate.allowed, gate.limit, gate.instead) == (False, 5, ("acute_relief_gentle",))


@pytest.mark.parametrize(
    "program_id", ["core_stability_2", "return_to_run_w1", "daily_mobility_10"]
)
@pytest.mark.parametrize("pain", [6, 7, 8, 9, 10])
def test_never_points_up_or_sideways(library: Library, program_id: str, pain: int) -> None:
    chosen = library.programs[program_id]
    assert chosen.ladder is not None
    gate = pain_gate(chosen, pain, library.programs)
    for other_id in gate.instead:
        other = library.programs[other_id]
        assert other.ladder is not None
        assert other.ladder.rung < chosen.ladder.rung
        assert pain <= start_pain_limit(other)


def test_nearest_lower_rung_first_and_never_an_unplaced_program() -> None:
    programs = {
        p.id: p
        for p in (
            _program("acute", 0, ceiling=3, start=7),
            _program("mobility", 1, ceiling=5, start=6),
            _program("strength", 2),
            _program("mine", None, ceiling=9),
        )
    }
    gate = pain_gate(programs["strength"], 6, programs)
    assert gate.instead == ("mobility", "acute")
    assert pain_gate(programs["strength"], 7, programs).instead == ("acute",)
    # A program of one's own has no place on the ladder: only the bottom rung is surely gentler.
    assert pain_gate(_program("other", None, ceiling=2), 6, programs).instead == ("acute",)


def test_limits_during_a_session(library: Library) -> None:
    model = PainModel()
    acute = library.programs["acute_relief_gentle"]
    # Acute: no rise above the starting pain, and the ceiling never sits below it.
    assert session_limits(acute, 6, model) == (6, 0)
    assert session_limits(acute, 2, model) == (3, 0)
    core = library.programs["core_stability_1"]
    assert session_limits(core, 2, model) == (5, 2)
    assert session_limits(core, None, model) == (5, 2)
