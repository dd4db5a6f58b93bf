"""The exercise pictures: generated from tools/figures/poses.yaml, and drawn as their texts say."""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

FIGURES = ROOT / "tools" / "figures"


def _load_draw() -> ModuleType:
    spec = importlib.util.spec_from_file_location("figures_draw", FIGURES / "draw.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


draw = _load_draw()
POSES: dict[str, Any] = yaml.safe_load((FIGURES / "poses.yaml").read_text(encoding="utf-8"))
Point = tuple[float, float]


def joints(exercise_id: str, frame: int) -> dict[str, Point]:
    """The joints of one frame, set on the floor as in the picture (y up, floor at 0)."""
    pose = POSES[exercise_id]
    figure = draw.build_figure(pose["frames"][frame], exercise_id)
    grounded: dict[str, Point] = draw.ground(figure, pose, exercise_id).joints
    return grounded


def angle_between(a: Point, b: Point) -> float:
    """The angle in degrees between two vectors."""
    dot = a[0] * b[0] + a[1] * b[1]
    return math.degrees(math.acos(dot / (math.hypot(*a) * math.hypot(*b))))


def vector(j: dict[str, Point], start: str, end: str) -> Point:
    return j[end][0] - j[start][0], j[end][1] - j[start][1]


def test_shipped_pictures_are_the_drawn_poses(tmp_path: Path) -> None:
    """Every picture is what draw.py makes of poses.yaml: fix the pose, never the SVG by hand."""
    for exercise_id, pose in POSES.items():
        for written in draw.draw_pose(exercise_id, pose, tmp_path):
            shipped = ROOT / "assets" / "exercises" / written.name
            assert written.read_bytes() == shipped.read_bytes(), written.name


@pytest.mark.parametrize("frame", [0, 1])
def test_prone_shoulder_blade_setting_rests_the_forehead_on_the_hands(frame: int) -> None:
    j = joints("prone_shoulder_blade_setting", frame)
    head, hand = j["head"], j["near_hand"]
    assert abs(hand[0] - head[0]) <= draw.HEAD_R, "the hands are under the forehead"
    assert hand[1] < head[1], "the head rests on the hands"
    assert j["near_elbow"][1] < head[1] + draw.HEAD_R, "no arm lifted"


@pytest.mark.parametrize("frame", [0, 1])
def test_dead_bug_heel_taps_keeps_the_arms_by_the_sides(frame: int) -> None:
    j = joints("dead_bug_heel_taps", frame)
    assert j["near_hand"][1] <= draw.MAT_T + draw.STROKE["limb"], "the hands rest on the floor"
    assert j["near_hand"][0] < j["near_shoulder"][0], "the arms point toward the feet"


@pytest.mark.parametrize("exercise_id", ["side_plank", "side_plank_knees"])
@pytest.mark.parametrize("frame", [0, 1])
def test_side_planks_rest_the_top_hand_on_the_hip(exercise_id: str, frame: int) -> None:
    j = joints(exercise_id, frame)
    assert math.dist(j["far_hand"], j["pelvis"]) <= draw.STROKE["torso"], "top hand on the hip"


@pytest.mark.parametrize("frame", [0, 1])
def test_abdominal_brace_has_the_hands_under_the_low_back(frame: int) -> None:
    j = joints("abdominal_brace", frame)
    hand, pelvis, shoulder = j["near_hand"], j["pelvis"], j["shoulder"]
    assert hand[1] <= draw.MAT_T + draw.STROKE["limb"], "the hands are on the floor"
    assert hand[1] < pelvis[1], "under the body, not on the tummy"
    assert pelvis[0] < hand[0] < (pelvis[0] + shoulder[0]) / 2, "under the low back"
    straight = angle_between(vector(j, "far_hip", "far_knee"), vector(j, "far_knee", "far_ankle"))
    assert straight < 15, "the other leg is straight"


def test_clamshell_starts_with_hips_and_knees_bent() -> None:
    j = joints("clamshell", 0)
    trunk = vector(j, "shoulder", "pelvis")  # the line the thigh would continue when straight
    for side in ("near", "far"):
        hip = angle_between(trunk, vector(j, f"{side}_hip", f"{side}_knee"))
        knee = angle_between(
            vector(j, f"{side}_hip", f"{side}_knee"), vector(j, f"{side}_knee", f"{side}_ankle")
        )
        assert 30 <= hip <= 65, f"{side} hip bent about 45 degrees, got {hip:.0f}"
        assert 70 <= knee <= 110, f"{side} knee bent about a right angle, got {knee:.0f}"


@pytest.mark.parametrize("exercise_id", ["open_book", "clamshell"])
def test_side_lying_figures_lie_on_the_mat(exercise_id: str) -> None:
    """Limbs that reach forward are drawn down the mat; the body lies on it, not above it."""
    pose = POSES[exercise_id]
    depth = pose.get("mat_depth", draw.MAT_T)
    for frame in (0, 1):
        j = joints(exercise_id, frame)
        bottom = min(j["pelvis"][1], j["shoulder"][1]) - draw.STROKE["torso"] / 2
        assert bottom <= depth, f"frame {frame + 1}: the trunk floats above the mat"


def test_side_lying_hip_abduction_lies_against_a_wall() -> None:
    pose = POSES["side_lying_hip_abduction"]
    assert "backdrop" in pose
    for frame in (0, 1):
        svg = draw.render(
            pose,
            pose["frames"][frame],
            draw.ground(draw.build_figure(pose["frames"][frame], "x"), pose, "x"),
            1.0,
            0.0,
            "x",
        )
        assert 'class="wall"' in svg
