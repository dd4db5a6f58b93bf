"""The player's wording: the set, rep and side line, the cues panel and the next-up card."""

from __future__ import annotations

import html

from rehab_app.core.models import Exercise, Program
from rehab_app.core.session.plan import Segment, SegmentKind, Side, effective_dosage
from rehab_app.ui.common.texts import dosage_text, translate

# Worded in the "PlayerPage" context, which holds their German translations.


def position_text(seg: Segment, name: str) -> str:
    """Where in the exercise `seg` is (set, side, rep, hold), or what a rest or switch is for."""
    if seg.kind is SegmentKind.GET_READY:
        return translate("PlayerPage", "Get ready: {0}").format(name)
    if seg.kind is SegmentKind.SWITCH_SIDES:
        return translate("PlayerPage", "Switch sides: {0}").format(name)
    if seg.kind is SegmentKind.REST_SET:
        return translate("PlayerPage", "Rest before set {0} of {1}").format(
            seg.set_no + 1, seg.sets
        )
    if seg.kind is not SegmentKind.WORK:
        return translate("PlayerPage", "Rest before the next exercise")
    parts = [translate("PlayerPage", "Set {0} of {1}").format(seg.set_no, seg.sets)]
    if seg.side is Side.LEFT:
        parts.append(translate("PlayerPage", "LEFT side"))
    elif seg.side is Side.RIGHT:
        parts.append(translate("PlayerPage", "RIGHT side"))
    if seg.reps and not seg.manual:
        parts.append(translate("PlayerPage", "rep {0} of {1}").format(seg.rep_no, seg.reps))
    elif seg.manual:
        parts.append(translate("PlayerPage", "{0} reps").format(seg.reps))
    if seg.hold_s:
        parts.append(translate("PlayerPage", "hold {0} s").format(seg.hold_s))
    return "  ·  ".join(parts)


def side_line(side: Side | None, meaning: str) -> str:
    """E.g. `LEFT: Your left knee lifts, so lie on your right side.`; '' when nothing is said."""
    if side is None or not meaning:
        return ""
    if side is Side.LEFT:
        return translate("PlayerPage", "LEFT: {0}").format(meaning)
    return translate("PlayerPage", "RIGHT: {0}").format(meaning)


def cues_html(ex: Exercise) -> str:
    """The cues, cautions and mistakes to avoid of `ex` as headed lists ('' if it has none)."""
    esc = html.escape
    parts = []
    for title, lines in (
        (translate("PlayerPage", "Cues"), ex.cues),
        (translate("PlayerPage", "Cautions"), ex.cautions),
        (translate("PlayerPage", "Avoid"), ex.mistakes),
    ):
        if lines:
            parts.append(
                f"<b>{esc(title)}</b><ul>" + "".join(f"<li>{esc(x)}</li>" for x in lines) + "</ul>"
            )
    return "".join(parts)


def next_up(
    seg: Segment,
    upcoming: Segment,
    ex: Exercise,
    name: str,
    program: Program | None,
    side: str = "",
) -> tuple[str, str]:
    """The title and rich text of the card shown during `seg` about the `upcoming` work.

    `side` is the upcoming side with what it means (see `side_line`), shown under the dosage;
    the program's note for the exercise (e.g. "Swap which knee is bent after each set") follows.
    """
    where = (
        translate("PlayerPage", "set {0} of {1}").format(upcoming.set_no, upcoming.sets)
        if seg.kind is SegmentKind.REST_SET
        else _item_dosage(upcoming, ex, program)
    )
    title = translate("PlayerPage", "Next: {0}").format(name)
    text = (
        f"<p style='font-size:large'><b>{html.escape(title)}</b></p>"
        f"<p>{html.escape(where)}</p>"
        + (f"<p><b>{html.escape(side)}</b></p>" if side else "")
        + f"<p>{html.escape(ex.start_position)}</p>"
    )
    note = _item_note(upcoming, program)
    if note:
        text += f"<p><i>{html.escape(note)}</i></p>"
    return title, text


def _item_note(seg: Segment, program: Program | None) -> str:
    if program is None or seg.item_index >= len(program.items):
        return ""
    return program.items[seg.item_index].note or ""


def _item_dosage(seg: Segment, ex: Exercise, program: Program | None) -> str:
    if program is None or seg.item_index >= len(program.items):
        return dosage_text(ex.dosage)
    return dosage_text(effective_dosage(ex.dosage, program.items[seg.item_index].dosage))
