"""The spoken texts, checked without any audio."""

from __future__ import annotations

import subprocess
import sys

from rehab_app.core.models import Dosage
from rehab_app.core.session import announcements as say
from rehab_app.core.session.plan import Side
from tests.conftest import ROOT


def test_next_up_from_dosage() -> None:
    dosage = Dosage(sets=3, reps=(5, 3, 1), hold_s=10, per_side=True)
    assert (
        say.next_up("Bird-dog", dosage)
        == "Next: Bird-dog, 3 sets of 5, 3 and 1, 10-second holds, each side"
    )
    assert say.next_up("Bird-dog", Dosage(sets=3, reps=8, hold_s=5)) == (
        "Next: Bird-dog, 3 sets of 8, 5-second holds"
    )


def test_next_up_from_text() -> None:
    assert say.next_up(" Dead bug ", "2 sets of 10.") == "Next: Dead bug, 2 sets of 10"
    assert say.next_up("Walk", "") == "Next: Walk"


def test_switch_sides() -> None:
    assert say.switch_sides(Side.LEFT) == "Switch sides, left side now"
    assert say.switch_sides("Right") == "Switch sides, right side now"
    assert say.switch_sides(None) == "Switch sides"


def test_the_side_is_spoken_with_what_it_means() -> None:
    rule = "Lie on your right side and lift your left knee."
    assert say.side_rule(Side.LEFT, rule) == (
        "Left side: Lie on your right side and lift your left knee"
    )
    assert say.side_rule("right", "Lie on your left side.") == "Right side: Lie on your left side"
    assert say.side_rule(Side.LEFT, "") == ""
    assert say.switch_sides(Side.LEFT, rule=rule) == (
        "Switch sides, left side now. Lie on your right side and lift your left knee"
    )
    assert say.switch_sides(None, rule=rule) == "Switch sides"


def test_sentences_are_joined_without_empty_parts() -> None:
    assert say.sentences("Rest 20 seconds", "", "Left side: kneel.") == (
        "Rest 20 seconds. Left side: kneel"
    )
    assert say.sentences("Next: Lunge, 2 sets of 8.") == "Next: Lunge, 2 sets of 8"


def test_short_calls() -> None:
    assert say.halfway() == "Halfway"
    assert say.well_done() == "Well done"
    assert [say.countdown(n) for n in (3, 2, 1)] == ["3", "2", "1"]


def test_rest() -> None:
    assert say.rest(20, "Plank") == "Rest 20 seconds. Then: Plank"
    assert say.rest(1) == "Rest 1 second"
    assert say.rest(45, None) == "Rest 45 seconds"


def test_step() -> None:
    assert say.step(2, "Lift the opposite arm and leg.") == "Step 2. Lift the opposite arm and leg"


def test_never_imports_qt() -> None:
    code = (
        "import sys, rehab_app.core.session.announcements\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)
