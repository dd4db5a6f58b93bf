"""Draw the exercise illustrations from tools/figures/poses.yaml.

Every exercise has two frames (start and end position), written to
assets/exercises/<id>-1.svg and <id>-2.svg. A pose is a side view of one stick
figure: absolute segment angles in degrees (0 = pointing right, 90 = up),
chained by forward kinematics from the pelvis with fixed segment lengths.
Each frame is set on the floor (its lowest point touches it), and both frames
are scaled and centred together in the card. See README.md for the pose format.

Usage: python tools/figures/draw.py [--poses FILE] [--out DIR] [ID ...]
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

# Card, in SVG units (y down).
WIDTH, HEIGHT = 320, 200
FLOOR_Y = 180.0  # SVG y of the floor surface
SIDE_MARGIN, TOP_MARGIN = 26.0, 10.0
MAX_ZOOM = 1.35  # lying figures are drawn larger than standing ones, up to this factor

# Palette: one slate ink with a lighter tint for the far side, one teal accent.
CARD, CARD_EDGE, FLOOR = "#eef2f6", "#d6dde5", "#9aa6b4"
MAT, MAT_TOP, PROP, STRAP = "#c5d3df", "#dce4ec", "#d9e0e8", "#c77a2e"
WALL, SKIRTING = "#d0d9e3", "#b3c0cd"
INK, INK_FAR = "#2c3e50", "#8a98a8"
ACCENT, ACCENT_FAR = "#0f8b8d", "#7fc2c3"

# Body model, in figure units (y up, floor at 0).
LENGTH = {"torso": 46.0, "neck": 8.0, "upper_arm": 27.0, "forearm": 27.0}
LENGTH |= {"thigh": 40.0, "shin": 39.0, "foot": 14.0}
HEAD_R = 12.5
STROKE = {"torso": 22.0, "neck": 12.0, "limb": 14.0, "foot": 11.0}
MAT_T, CUSHION_W, CUSHION_T = 5.0, 34.0, 9.0

ARM, ARM_JOINTS = ("upper_arm", "forearm"), ("shoulder", "elbow", "hand")
LEG, LEG_JOINTS = ("thigh", "shin", "foot"), ("hip", "knee", "ankle", "toe")
SIDES = ("far", "near")
POSE_KEYS = {"frames", "anchor", "mat", "mat_depth", "cushion", "strap", "wall", "backdrop"}
FRAME_KEYS = {"torso", "bend", "neck", "head", "offset", "highlight", "arrow"}
FRAME_KEYS |= {f"{side}_{limb}" for side in SIDES for limb in ("arm", "leg")}
LIMB_KEYS = {"angles", "scale", "reach", "offset", "flip", "foot"}
ARROW_KEYS = {"at", "from", "to", "bend"}

Point = tuple[float, float]
Data = dict[str, Any]


class PoseError(ValueError):
    """A pose in poses.yaml is malformed or does not fit the card."""


@dataclass(frozen=True)
class Stroke:
    """One body segment: a straight line, or a quadratic curve when `ctrl` is set."""

    name: str
    a: Point
    b: Point
    width: float
    ctrl: Point | None = None


@dataclass(frozen=True)
class Figure:
    joints: dict[str, Point]
    strokes: tuple[Stroke, ...]


def polar(origin: Point, angle: float, length: float) -> Point:
    rad = math.radians(angle)
    return origin[0] + length * math.cos(rad), origin[1] + length * math.sin(rad)


def add(p: Point, q: Point) -> Point:
    return p[0] + q[0], p[1] + q[1]


def lerp(p: Point, q: Point, t: float) -> Point:
    return p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t


def bezier(a: Point, c: Point, b: Point, t: float) -> Point:
    return lerp(lerp(a, c, t), lerp(c, b, t), t)


def pair(value: Any, where: str) -> Point:
    if not (isinstance(value, list) and len(value) == 2):
        raise PoseError(f"{where}: expected [x, y], got {value!r}")
    return float(value[0]), float(value[1])


def check_keys(data: Any, allowed: set[str], where: str) -> None:
    if not isinstance(data, dict):
        raise PoseError(f"{where}: expected a mapping, got {data!r}")
    unknown = set(data) - allowed
    if unknown:
        raise PoseError(f"{where}: unknown key(s) {sorted(unknown)}")


def joint(joints: dict[str, Point], name: str, where: str) -> Point:
    if name not in joints:
        raise PoseError(f"{where}: unknown joint {name!r}; known: {', '.join(joints)}")
    return joints[name]


# ---------------------------------------------------------------- kinematics


def solve_limb(
    spec: Data,
    base: Point,
    parts: tuple[str, ...],
    scale: list[float],
    joints: dict[str, Point],
    where: str,
) -> list[float]:
    """Absolute angle of each part of a limb: given directly, or by two-link IK ("reach")."""
    if "angles" in spec:
        angles = [float(a) for a in spec["angles"]]
        if len(angles) != len(parts):
            raise PoseError(f"{where}: expected {len(parts)} angles, got {len(angles)}")
        return angles
    if "reach" not in spec:
        raise PoseError(f"{where}: give a list of angles, or 'reach'")
    target = add(joint(joints, spec["reach"], where), pair(spec.get("offset", [0, 0]), where))
    l1, l2 = LENGTH[parts[0]] * scale[0], LENGTH[parts[1]] * scale[1]
    dx, dy = target[0] - base[0], target[1] - base[1]
    dist = min(max(math.hypot(dx, dy), abs(l1 - l2) + 1e-6), l1 + l2 - 1e-6)
    bend = math.degrees(math.acos((l1 * l1 + dist * dist - l2 * l2) / (2 * l1 * dist)))
    first = math.degrees(math.atan2(dy, dx)) + (-bend if spec.get("flip") else bend)
    mid = polar(base, first, l1)
    second = math.degrees(math.atan2(target[1] - mid[1], target[0] - mid[0]))
    return [first, second, float(spec.get("foot", 0))][: len(parts)]


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
    # `bend` is how far the middle of the spine bows to the left of pelvis->shoulder.
    ctrl = polar(lerp(pelvis, shoulder, 0.5), torso + 90, 2 * float(frame.get("bend", 0)))
    strokes = [
        Stroke("torso", pelvis, shoulder, STROKE["torso"], ctrl),
        Stroke("neck", shoulder, neck_top, STROKE["neck"]),
    ]
    offset = pair(frame.get("offset", [0, 0]), f"{where}.offset")
    # Legs before arms (hands may reach for knees), far side before near side.
    for limb, parts, names in (("leg", LEG, LEG_JOINTS), ("arm", ARM, ARM_JOINTS)):
        for side in SIDES:
            key = f"{side}_{limb}"
            spec = frame.get(key, frame.get(f"near_{limb}"))
            if spec is None:
                raise PoseError(f"{where}: missing near_{limb}")
            spec = {"angles": spec} if isinstance(spec, list) else spec
            check_keys(spec, LIMB_KEYS, f"{where}.{key}")
            sign = 0.5 if side == "near" else -0.5
            point = add(pelvis if limb == "leg" else shoulder, (sign * offset[0], sign * offset[1]))
            scale = [float(k) for k in spec.get("scale", [1.0] * len(parts))]
            if len(scale) != len(parts):
                raise PoseError(f"{where}.{key}: expected {len(parts)} scale factors")
            angles = solve_limb(spec, point, parts, scale, joints, f"{where}.{key}")
            joints[f"{side}_{names[0]}"] = point
            for part, angle, k, name in zip(parts, angles, scale, names[1:], strict=True):
                nxt = polar(point, angle, LENGTH[part] * k)
                width = STROKE["foot" if part == "foot" else "limb"]
                strokes.append(Stroke(f"{side}_{part}", point, nxt, width))
                joints[f"{side}_{name}"] = point = nxt
        if limb == "leg":
            for side in SIDES:
                ankle, toe = joints[f"{side}_ankle"], joints[f"{side}_toe"]
                joints[f"{side}_foot"] = lerp(ankle, toe, 0.5)
    return Figure(joints, tuple(strokes))


def outline(fig: Figure) -> list[tuple[Point, float]]:
    """Points on the figure with their radius, for grounding and bounding boxes."""
    points: list[tuple[Point, float]] = [(fig.joints["head"], HEAD_R)]
    for s in fig.strokes:
        ctrl = s.ctrl or lerp(s.a, s.b, 0.5)
        points += [(bezier(s.a, ctrl, s.b, i / 8), s.width / 2) for i in range(9)]
    return points


def shift(fig: Figure, dx: float, dy: float) -> Figure:
    def move(p: Point) -> Point:
        return p[0] + dx, p[1] + dy

    strokes = tuple(
        Stroke(s.name, move(s.a), move(s.b), s.width, move(s.ctrl) if s.ctrl else None)
        for s in fig.strokes
    )
    return Figure({k: move(p) for k, p in fig.joints.items()}, strokes)


def ground(fig: Figure, pose: Data, where: str) -> Figure:
    """Move the figure up or down so that its lowest point rests on the floor or mat,
    and the joint named by `cushion` (if any) rests on top of the cushion."""
    base = MAT_T if pose.get("mat") else 0.0
    lift = max(base - (p[1] - r) for p, r in outline(fig))
    if "cushion" in pose:
        y = joint(fig.joints, pose["cushion"], where)[1]
        radius = HEAD_R if pose["cushion"] == "head" else STROKE["limb"] / 2
        lift = max(lift, base + CUSHION_T - (y - radius))
    return shift(fig, 0.0, lift)


# ---------------------------------------------------------------- SVG output


def fmt(v: float) -> str:
    text = f"{v:.1f}".removesuffix(".0")
    return "0" if text == "-0" else text


def pt(p: Point) -> str:
    """A figure point inside the figure group (whose transform flips y)."""
    return f"{fmt(p[0])},{fmt(-p[1])}"


def path(d: str, colour: str, width: float) -> str:
    return f'<path d="{d}" stroke="{colour}" stroke-width="{fmt(width)}"/>'


def stroke_svg(s: Stroke, colour: str) -> str:
    mid = f"Q{pt(s.ctrl)} " if s.ctrl else "L"
    return path(f"M{pt(s.a)}{mid}{pt(s.b)}", colour, s.width)


def torso_half(s: Stroke, upper: bool) -> Stroke:
    """The lower or upper half of the (curved) torso, split at t = 0.5 (de Casteljau)."""
    ctrl = s.ctrl or lerp(s.a, s.b, 0.5)
    mid = bezier(s.a, ctrl, s.b, 0.5)
    if upper:
        return Stroke(s.name, mid, s.b, s.width, lerp(ctrl, s.b, 0.5))
    return Stroke(s.name, s.a, mid, s.width, lerp(s.a, ctrl, 0.5))


def highlighted(name: str, highlight: set[str]) -> bool:
    """Is the stroke `name` (e.g. "near_thigh") selected by the frame's highlight list?"""
    side, _, part = name.partition("_")
    groups = {f"{side}_arm"} if part in ARM else {f"{side}_leg"} if part in LEG else set()
    return name in highlight or bool(groups & highlight) or (name == "neck" and "head" in highlight)


def arrow_svg(spec: Data, fig: Figure, where: str) -> list[str]:
    """A curved arrow from at+from to at+to, bowed sideways by `bend` (left of travel)."""
    check_keys(spec, ARROW_KEYS, where)
    origin = joint(fig.joints, spec.get("at", "pelvis"), where)
    start = add(origin, pair(spec["from"], f"{where}.from"))
    end = add(origin, pair(spec["to"], f"{where}.to"))
    heading = math.degrees(math.atan2(end[1] - start[1], end[0] - start[0]))
    ctrl = polar(lerp(start, end, 0.5), heading + 90, 2 * float(spec.get("bend", 0)))
    tangent = math.degrees(math.atan2(end[1] - ctrl[1], end[0] - ctrl[0]))
    tip = polar(end, tangent, 4)
    left, right = polar(end, tangent + 140, 6), polar(end, tangent - 140, 6)
    return [
        path(f"M{pt(start)}Q{pt(ctrl)} {pt(end)}", ACCENT, 3.5),
        f'<path d="M{pt(tip)}L{pt(left)}L{pt(right)}Z" fill="{ACCENT}" stroke="{ACCENT}" '
        'stroke-width="2.5"/>',
    ]


def props_svg(pose: Data, fig: Figure, top: float, where: str = "") -> list[str]:
    """Walls, mat and cushion, drawn under the figure (figure units, `top` = card top).

    `wall` stands beside a joint (seen side on); `backdrop` is a wall behind a figure lying on its
    side, from the height of a joint up. `mat_depth` draws the mat as a floor seen a little from
    above, so limbs that reach forward (down the picture) still lie on it.
    """
    out = []
    xs = [p[0] for p, _ in outline(fig)]
    left, right = min(xs) - 10, max(xs) + 10
    if "wall" in pose:
        x = fig.joints[pose["wall"]][0] + STROKE["limb"] / 2
        out.append(
            f'<rect class="wall" x="{fmt(x)}" y="{fmt(-top)}" width="12" height="{fmt(top)}" '
            f'fill="{PROP}" stroke="{FLOOR}" stroke-width="1.5"/>'
        )
    if "backdrop" in pose:
        y = joint(fig.joints, pose["backdrop"], f"{where}.backdrop")[1]
        out.append(
            f'<rect class="wall" x="{fmt(left)}" y="{fmt(-top)}" width="{fmt(right - left)}" '
            f'height="{fmt(top - y)}" rx="4" fill="{WALL}"/>'
        )
        out.append(
            f'<rect x="{fmt(left)}" y="{fmt(-y - 5)}" width="{fmt(right - left)}" height="5" '
            f'fill="{SKIRTING}"/>'
        )
    if pose.get("mat"):
        depth = float(pose.get("mat_depth", MAT_T))
        if depth > MAT_T:
            out.append(
                f'<rect x="{fmt(left)}" y="{fmt(-depth)}" width="{fmt(right - left)}" '
                f'height="{fmt(depth + 1)}" rx="2.5" fill="{MAT_TOP}"/>'
            )
        out.append(
            f'<rect x="{fmt(left)}" y="{fmt(-MAT_T)}" width="{fmt(right - left)}" '
            f'height="{fmt(MAT_T + 1)}" rx="2.5" fill="{MAT}"/>'
        )
    if "cushion" in pose:
        x = fig.joints[pose["cushion"]][0] - CUSHION_W / 2
        y = -CUSHION_T - (MAT_T if pose.get("mat") else 0.0)
        out.append(
            f'<rect x="{fmt(x)}" y="{fmt(y)}" width="{fmt(CUSHION_W)}" height="{fmt(CUSHION_T)}" '
            f'rx="4.5" fill="{PROP}" stroke="{FLOOR}" stroke-width="1.5"/>'
        )
    return out


def render(pose: Data, frame: Data, fig: Figure, zoom: float, dx: float, where: str) -> str:
    highlight = set(frame.get("highlight", []))
    group = f'<g transform="matrix({zoom:.2f} 0 0 {zoom:.2f} {fmt(dx)} {fmt(FLOOR_Y)})"'
    strokes = {s.name: s for s in fig.strokes}
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{WIDTH}" '
        f'height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}">',
        f'<rect x="1" y="1" width="{WIDTH - 2}" height="{HEIGHT - 2}" rx="18" fill="{CARD}" '
        f'stroke="{CARD_EDGE}" stroke-width="2"/>',
        f"{group}>",
        *props_svg(pose, fig, (FLOOR_Y - 14) / zoom, where),
        "</g>",
        f'<path d="M18,{fmt(FLOOR_Y)}H{WIDTH - 18}" stroke="{FLOOR}" stroke-width="3" '
        'stroke-linecap="round"/>',
        f'{group} fill="none" stroke-linecap="round" stroke-linejoin="round">',
    ]
    # Far limbs first (lighter), then torso, neck and head, then near limbs.
    order = [f"far_{p}" for p in LEG + ARM] + ["torso", "neck"] + [f"near_{p}" for p in LEG + ARM]
    for name in order:
        far = name.startswith("far_")
        if highlighted(name, highlight):
            out.append(stroke_svg(strokes[name], ACCENT_FAR if far else ACCENT))
        else:
            out.append(stroke_svg(strokes[name], INK_FAR if far else INK))
        if name == "torso":
            out += [
                stroke_svg(torso_half(strokes[name], key == "upper_torso"), ACCENT)
                for key in ("lower_torso", "upper_torso")
                if key in highlight
            ]
        if name == "neck":
            head = fig.joints["head"]
            colour = ACCENT if "head" in highlight else INK
            out.append(
                f'<circle cx="{fmt(head[0])}" cy="{fmt(-head[1])}" r="{fmt(HEAD_R)}" '
                f'fill="{colour}"/>'
            )
    if "strap" in pose:
        a, b = (joint(fig.joints, j, f"{where}.strap") for j in pose["strap"])
        out.append(path(f"M{pt(a)}L{pt(b)}", STRAP, 4))
    if "arrow" in frame:
        out += arrow_svg(frame["arrow"], fig, f"{where}.arrow")
    return "\n".join([*out, "</g>", "</svg>", ""])


def draw_pose(ex_id: str, pose: Data, out_dir: Path) -> list[Path]:
    check_keys(pose, POSE_KEYS, ex_id)
    frames = pose.get("frames")
    if not isinstance(frames, list) or len(frames) != 2:
        raise PoseError(f"{ex_id}: needs exactly 2 frames")
    figs = [ground(build_figure(f, f"{ex_id}[{i}]"), pose, ex_id) for i, f in enumerate(frames)]
    # Keep the anchor joint in the same place in both frames.
    anchor = pose.get("anchor", "pelvis")
    x0, x1 = (joint(f.joints, anchor, ex_id)[0] for f in figs)
    figs[1] = shift(figs[1], x0 - x1, 0.0)
    # Scale and centre both frames together so that the pair lines up.
    box = [(p[0] - r, p[0] + r, p[1] + r) for f in figs for p, r in outline(f)]
    left, right = min(b[0] for b in box), max(b[1] for b in box)
    height = max(b[2] for b in box)
    zoom = min(MAX_ZOOM, (WIDTH - 2 * SIDE_MARGIN) / (right - left))
    zoom = math.floor(min(zoom, (FLOOR_Y - TOP_MARGIN) / height) * 100) / 100
    if zoom < 0.9:
        raise PoseError(f"{ex_id}: the pose is too large for the card (zoom {zoom:.2f})")
    dx = WIDTH / 2 - zoom * (left + right) / 2
    paths = []
    for i, (fig, frame) in enumerate(zip(figs, frames, strict=True), start=1):
        target = out_dir / f"{ex_id}-{i}.svg"
        svg = render(pose, frame, fig, zoom, dx, f"{ex_id}[{i - 1}]")
        target.write_text(svg, encoding="utf-8", newline="\n")
        paths.append(target)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ids", nargs="*", help="exercise ids to draw (default: all)")
    parser.add_argument("--poses", type=Path, default=HERE / "poses.yaml")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    poses: dict[str, Data] = yaml.safe_load(args.poses.read_text(encoding="utf-8"))
    missing = [i for i in args.ids if i not in poses]
    if missing:
        sys.stderr.write(f"error: no pose for {', '.join(missing)}\n")
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        written = [p for i in args.ids or poses for p in draw_pose(i, poses[i], args.out)]
    except PoseError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    sys.stdout.write(f"wrote {len(written)} files to {args.out}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
