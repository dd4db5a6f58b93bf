"""Draw the exercise illustrations from tools/figures/poses.yaml.

Every exercise has two frames (start and end position), written to
assets/exercises/<id>-1.svg and <id>-2.svg. A pose is a side view of one stick
figure: absolute segment angles in degrees (0 = pointing right, 90 = up),
chained by forward kinematics from the pelvis with fixed segment lengths.
The figure is then set on the floor (its lowest point touches it) and centred
in the card. See README.md next to this file for the pose format.

Usage: python tools/figures/draw.py [--out DIR] [ID ...]
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parents[1] / "assets" / "exercises"

# Canvas (SVG units, y down) and style.
WIDTH, HEIGHT = 320, 200
FLOOR_Y = 180.0  # SVG y of the floor surface
TOP_MARGIN = 8.0
CARD, CARD_EDGE = "#eef2f6", "#d6dde5"
FLOOR, MAT, PROP, STRAP = "#9aa6b4", "#c5d3df", "#d3dbe4", "#c77a2e"
INK, INK_FAR = "#2c3e50", "#8a98a8"  # near / far side of the body
ACCENT, ACCENT_FAR = "#0f8b8d", "#7fc2c3"

# Body model (figure units = SVG units, y up, floor at 0).
LENGTH = {"torso": 46.0, "neck": 8.0, "upper_arm": 27.0, "forearm": 27.0}
LENGTH |= {"thigh": 40.0, "shin": 39.0, "foot": 14.0}
HEAD_R = 12.5
STROKE = {"torso": 22.0, "neck": 12.0, "limb": 14.0, "foot": 11.0}
MAT_T, CUSHION_W, CUSHION_T = 5.0, 34.0, 9.0

ARM = ("upper_arm", "forearm")
LEG = ("thigh", "shin", "foot")
ARM_JOINTS = ("shoulder", "elbow", "hand")
LEG_JOINTS = ("hip", "knee", "ankle", "toe")
SIDES = ("far", "near")
FRAME_KEYS = {"torso", "bend", "neck", "head", "offset", "highlight", "arrow"}
FRAME_KEYS |= {f"{side}_{limb}" for side in SIDES for limb in ("arm", "leg")}
POSE_KEYS = {"frames", "anchor", "mat", "cushion", "strap", "wall"}
LIMB_KEYS = {"angles", "scale", "reach", "offset", "flip", "foot"}

Point = tuple[float, float]
Data = dict[str, Any]


class PoseError(ValueError):
    """A pose in poses.yaml is malformed or does not fit the card."""


@dataclass
class Stroke:
    """One body segment: a line, or a quadratic curve when `ctrl` is set."""

    name: str
    a: Point
    b: Point
    width: float
    ctrl: Point | None = None


@dataclass
class Figure:
    joints: dict[str, Point]
    strokes: list[Stroke]


def polar(origin: Point, angle: float, length: float) -> Point:
    rad = math.radians(angle)
    return origin[0] + length * math.cos(rad), origin[1] + length * math.sin(rad)


def add(p: Point, q: Point) -> Point:
    return p[0] + q[0], p[1] + q[1]


def bezier(a: Point, c: Point, b: Point, t: float) -> Point:
    u = 1.0 - t
    return tuple(u * u * p + 2 * u * t * q + t * t * r for p, q, r in zip(a, c, b, strict=True))  # type: ignore[return-value]


def check_keys(data: Data, allowed: set[str], where: str) -> None:
    unknown = set(data) - allowed
    if unknown:
        raise PoseError(f"{where}: unknown key(s) {sorted(unknown)}")


def solve_limb(
    spec: Any, base: Point, parts: tuple[str, ...], joints: dict[str, Point], where: str
) -> list[float]:
    """Return the absolute angle of each part: given directly or by two-link IK."""
    if isinstance(spec, list):
        spec = {"angles": spec}
    check_keys(spec, LIMB_KEYS, where)
    if "angles" in spec:
        angles = [float(a) for a in spec["angles"]]
        if len(angles) != len(parts):
            raise PoseError(f"{where}: expected {len(parts)} angles, got {len(angles)}")
        return angles
    if "reach" not in spec:
        raise PoseError(f"{where}: give 'angles' or 'reach'")
    scale = [float(s) for s in spec.get("scale", [1.0] * len(parts))]
    target = add(joints[spec["reach"]], tuple(spec.get("offset", (0.0, 0.0))))  # type: ignore[arg-type]
    l1, l2 = LENGTH[parts[0]] * scale[0], LENGTH[parts[1]] * scale[1]
    dx, dy = target[0] - base[0], target[1] - base[1]
    dist = min(max(math.hypot(dx, dy), abs(l1 - l2) + 1e-6), l1 + l2 - 1e-6)
    bend = math.degrees(math.acos((l1 * l1 + dist * dist - l2 * l2) / (2 * l1 * dist)))
    first = math.degrees(math.atan2(dy, dx)) + (-bend if spec.get("flip") else bend)
    mid = polar(base, first, l1)
    second = math.degrees(math.atan2(target[1] - mid[1], target[0] - mid[0]))
    return [first, second] + ([float(spec.get("foot", 0.0))] if len(parts) == 3 else [])


def build_figure(frame: Data, where: str) -> Figure:
    """Forward kinematics for one frame, with the pelvis at the origin."""
    check_keys(frame, FRAME_KEYS, where)
    torso = float(frame.get("torso", 90))
    neck = float(frame.get("neck", torso))
    pelvis: Point = (0.0, 0.0)
    shoulder = polar(pelvis, torso, LENGTH["torso"])
    neck_top = polar(shoulder, neck, LENGTH["neck"])
    joints = {"pelvis": pelvis, "shoulder": shoulder, "neck": neck_top}
    joints["head"] = polar(neck_top, float(frame.get("head", neck)), HEAD_R)
    ctrl = polar(bezier(pelvis, pelvis, shoulder, 0.5), torso + 90, 2 * float(frame.get("bend", 0)))
    strokes = [
        Stroke("torso", pelvis, shoulder, STROKE["torso"], ctrl),
        Stroke("neck", shoulder, neck_top, STROKE["neck"]),
    ]
    ox, oy = (float(v) / 2 for v in frame.get("offset", (0, 0)))
    # Legs before arms (hands may reach for knees or feet), far side before near.
    for limb, parts, names in (("leg", LEG, LEG_JOINTS), ("arm", ARM, ARM_JOINTS)):
        for side in SIDES:
            sign = 1 if side == "near" else -1
            root = add(pelvis if limb == "leg" else shoulder, (sign * ox, sign * oy))
            spec = frame.get(f"{side}_{limb}", frame.get(f"near_{limb}"))
            if spec is None:
                raise PoseError(f"{where}: missing near_{limb}")
            angles = solve_limb(spec, root, parts, joints, f"{where}.{side}_{limb}")
            scale = spec.get("scale", [1.0] * len(parts)) if isinstance(spec, dict) else None
            joints[f"{side}_{names[0]}"] = point = root
            for i, (part, angle, name) in enumerate(zip(parts, angles, names[1:], strict=True)):
                length = LENGTH[part] * (float(scale[i]) if scale else 1.0)
                nxt = polar(point, angle, length)
                width = STROKE["foot" if part == "foot" else "limb"]
                strokes.append(Stroke(f"{side}_{part}", point, nxt, width))
                joints[f"{side}_{name}"] = point = nxt
    for side in SIDES:
        ankle, toe = joints[f"{side}_ankle"], joints[f"{side}_toe"]
        joints[f"{side}_foot"] = ((ankle[0] + toe[0]) / 2, (ankle[1] + toe[1]) / 2)
    return Figure(joints, strokes)


def outline(fig: Figure) -> list[tuple[Point, float]]:
    """Sample points with their radius, for grounding and bounding boxes."""
    points: list[tuple[Point, float]] = [(fig.joints["head"], HEAD_R)]
    for s in fig.strokes:
        if s.ctrl is None:
            points += [(s.a, s.width / 2), (s.b, s.width / 2)]
        else:
            points += [(bezier(s.a, s.ctrl, s.b, i / 8), s.width / 2) for i in range(9)]
    return points


def shift(fig: Figure, dx: float, dy: float) -> Figure:
    def move(p: Point) -> Point:
        return p[0] + dx, p[1] + dy

    strokes = [
        Stroke(s.name, move(s.a), move(s.b), s.width, s.ctrl and move(s.ctrl)) for s in fig.strokes
    ]
    return Figure({k: move(p) for k, p in fig.joints.items()}, strokes)


def ground(fig: Figure, pose: Data) -> Figure:
    """Lower or raise the figure so that its lowest point rests on the floor, mat or cushion."""
    base = MAT_T if pose.get("mat") else 0.0
    cushion_x = fig.joints[pose["cushion"]][0] if "cushion" in pose else None

    def floor_at(x: float) -> float:
        on_cushion = cushion_x is not None and abs(x - cushion_x) <= CUSHION_W / 2
        return base + (CUSHION_T if on_cushion else 0.0)

    return shift(fig, 0.0, max(floor_at(p[0]) - (p[1] - r) for p, r in outline(fig)))


# ---------------------------------------------------------------- SVG output


def fmt(v: float) -> str:
    text = f"{v:.1f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def svg_pt(p: Point) -> str:
    return f"{fmt(p[0])},{fmt(FLOOR_Y - p[1])}"


def part_of(name: str, highlight: set[str]) -> bool:
    """Is stroke `name` (e.g. near_thigh) selected by a highlight entry?"""
    if name in highlight:
        return True
    side, _, part = name.partition("_")
    return (part in ARM and f"{side}_arm" in highlight) or (
        part in LEG and f"{side}_leg" in highlight
    )


def stroke_svg(s: Stroke, colour: str) -> str:
    if s.ctrl is None:
        d = f"M{svg_pt(s.a)}L{svg_pt(s.b)}"
    else:
        d = f"M{svg_pt(s.a)}Q{svg_pt(s.ctrl)} {svg_pt(s.b)}"
    return f'<path d="{d}" stroke="{colour}" stroke-width="{fmt(s.width)}"/>'


def torso_part(s: Stroke, lower: bool) -> Stroke:
    """Half of the (curved) torso, split at t = 0.5 with de Casteljau."""
    assert s.ctrl is not None
    m1, m2 = bezier(s.a, s.a, s.ctrl, 1.0), bezier(s.ctrl, s.ctrl, s.b, 0.0)
    mid = bezier(s.a, s.ctrl, s.b, 0.5)
    c1 = ((s.a[0] + s.ctrl[0]) / 2, (s.a[1] + s.ctrl[1]) / 2)
    c2 = ((s.ctrl[0] + s.b[0]) / 2, (s.ctrl[1] + s.b[1]) / 2)
    del m1, m2
    return Stroke(s.name, s.a, mid, s.width, c1) if lower else Stroke(s.name, mid, s.b, s.width, c2)


def arrow_svg(spec: Data, fig: Figure, where: str) -> list[str]:
    check_keys(spec, {"around", "radius", "from", "to"}, where)
    centre, r = fig.joints[spec["around"]], float(spec["radius"])
    a0, a1 = float(spec["from"]), float(spec["to"])
    start, end = polar(centre, a0, r), polar(centre, a1, r)
    ccw = a1 > a0
    large = 1 if abs(a1 - a0) > 180 else 0
    arc = (
        f'<path d="M{svg_pt(start)}A{fmt(r)},{fmt(r)} 0 {large},{0 if ccw else 1} {svg_pt(end)}" '
        f'stroke="{ACCENT}" stroke-width="3.5"/>'
    )
    heading = a1 + (90 if ccw else -90)
    tip = polar(end, heading, 6)
    wings = [polar(end, heading + 180 + w, 5) for w in (-60, 60)]
    wings = [add(end, ((w[0] - end[0]) * 1.0, (w[1] - end[1]) * 1.0)) for w in wings]
    head = (
        f'<path d="M{svg_pt(tip)}L{svg_pt(wings[0])}L{svg_pt(wings[1])}Z" fill="{ACCENT}" '
        f'stroke="{ACCENT}" stroke-width="2"/>'
    )
    return [arc, head]


def render(pose: Data, fig: Figure, frame: Data, dx: float, where: str) -> str:
    fig = shift(fig, dx, 0.0)
    highlight = set(frame.get("highlight", []))
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{WIDTH}" '
        f'height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}">',
        f'<rect x="1" y="1" width="{WIDTH - 2}" height="{HEIGHT - 2}" rx="18" fill="{CARD}" '
        f'stroke="{CARD_EDGE}" stroke-width="2"/>',
    ]
    if "wall" in pose:
        x = fig.joints[pose["wall"]][0] + STROKE["limb"] / 2
        out.append(
            f'<rect x="{fmt(x)}" y="14" width="14" height="{fmt(FLOOR_Y - 14)}" '
            f'fill="{PROP}" stroke="{FLOOR}" stroke-width="2"/>'
        )
    out.append(
        f'<path d="M18,{fmt(FLOOR_Y)}H{WIDTH - 18}" stroke="{FLOOR}" stroke-width="3" '
        'stroke-linecap="round"/>'
    )
    xs = [p[0] for p, _ in outline(fig)]
    if pose.get("mat"):
        left, right = min(xs) - 12, max(xs) + 12
        out.append(
            f'<rect x="{fmt(left)}" y="{fmt(FLOOR_Y - MAT_T)}" width="{fmt(right - left)}" '
            f'height="{fmt(MAT_T + 1.5)}" rx="2.5" fill="{MAT}"/>'
        )
    if "cushion" in pose:
        cx = fig.joints[pose["cushion"]][0]
        y = FLOOR_Y - CUSHION_T - (MAT_T if pose.get("mat") else 0.0)
        out.append(
            f'<rect x="{fmt(cx - CUSHION_W / 2)}" y="{fmt(y)}" width="{fmt(CUSHION_W)}" '
            f'height="{fmt(CUSHION_T)}" rx="4.5" fill="{PROP}" stroke="{FLOOR}" '
            'stroke-width="1.5"/>'
        )
    out.append('<g fill="none" stroke-linecap="round" stroke-linejoin="round">')
    by_name = {s.name: s for s in fig.strokes}
    order = [f"far_{p}" for p in LEG + ARM] + ["torso", "neck"] + [f"near_{p}" for p in LEG + ARM]
    for name in order:
        s = by_name[name]
        far = name.startswith("far_")
        hot = part_of(name, highlight) or (name == "neck" and "head" in highlight)
        colour = (ACCENT_FAR if far else ACCENT) if hot else (INK_FAR if far else INK)
        out.append(stroke_svg(s, colour))
        if name == "torso":
            for half, lower in (("lower_torso", True), ("upper_torso", False)):
                if half in highlight:
                    out.append(stroke_svg(torso_part(s, lower), ACCENT))
        if name == "neck":
            head = ACCENT if "head" in highlight else INK
            out.append(
                f'<circle cx="{fmt(fig.joints["head"][0])}" '
                f'cy="{fmt(FLOOR_Y - fig.joints["head"][1])}" r="{fmt(HEAD_R)}" '
                f'fill="{head}"/>'
            )
    if "strap" in pose:
        a, b = (fig.joints[j] for j in pose["strap"])
        out.append(f'<path d="M{svg_pt(a)}L{svg_pt(b)}" stroke="{STRAP}" stroke-width="4"/>')
    if "arrow" in frame:
        out += arrow_svg(frame["arrow"], fig, f"{where}.arrow")
    out += ["</g>", "</svg>", ""]
    return "\n".join(out)


def draw_pose(ex_id: str, pose: Data, out_dir: Path) -> list[Path]:
    check_keys(pose, POSE_KEYS, ex_id)
    frames = pose.get("frames")
    if not isinstance(frames, list) or len(frames) != 2:
        raise PoseError(f"{ex_id}: needs exactly 2 frames")
    figs = [ground(build_figure(f, f"{ex_id}[{i}]"), pose) for i, f in enumerate(frames)]
    anchor = pose.get("anchor", "pelvis")
    # Keep the anchor joint still between the two frames, then centre both together.
    figs[1] = shift(figs[1], figs[0].joints[anchor][0] - figs[1].joints[anchor][0], 0.0)
    box = [(p[0] - r, p[0] + r, p[1] + r) for f in figs for p, r in outline(f)]
    dx = WIDTH / 2 - (min(b[0] for b in box) + max(b[1] for b in box)) / 2
    if max(b[2] for b in box) > FLOOR_Y - TOP_MARGIN:
        raise PoseError(f"{ex_id}: figure is too tall for the card")
    paths = []
    for i, (fig, frame) in enumerate(zip(figs, frames, strict=True), start=1):
        path = out_dir / f"{ex_id}-{i}.svg"
        path.write_text(render(pose, fig, frame, dx, f"{ex_id}[{i - 1}]"), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ids", nargs="*", help="exercise ids to draw (default: all)")
    parser.add_argument("--poses", type=Path, default=HERE / "poses.yaml")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    poses: dict[str, Data] = yaml.safe_load(args.poses.read_text(encoding="utf-8"))
    wanted = args.ids or list(poses)
    missing = [i for i in wanted if i not in poses]
    if missing:
        sys.stderr.write(f"no pose for: {', '.join(missing)}\n")
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        written = [p for ex_id in wanted for p in draw_pose(ex_id, poses[ex_id], args.out)]
    except (PoseError, KeyError) as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    sys.stdout.write(f"wrote {len(written)} files to {args.out}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
