"""Why a session ended, in one sentence for the summary (from SessionRecord.end_reason)."""

from __future__ import annotations

from rehab_app.core.session.record import SessionRecord
from rehab_app.ui.common.texts import translate


def end_reason_text(record: SessionRecord) -> str:
    """One sentence on why `record` ended, or "" for a session that simply ran to its end."""
    reason = record.end_reason
    if not reason:
        return ""
    texts = {
        "user": translate("EndReason", "You ended the session."),
        "interrupted": translate(
            "EndReason", "The session was interrupted: the app closed before it ended."
        ),
        "nerve_symptoms": translate(
            "EndReason", "It ended because you reported new or worse numbness or tingling."
        ),
        "spreading_high_pain": translate(
            "EndReason",
            "It ended because your pain spread down your leg and was above your limit.",
        ),
        "pain_limit": translate(
            "EndReason", "It ended because your pain went well above the limit for this program."
        ),
        "general_warning": translate(
            "EndReason",
            "It ended because you reported chest pain, feeling faint or unusual breathlessness.",
        ),
    }
    emergency = translate(
        "EndReason", "It ended because you reported a warning sign that needs urgent medical care."
    )
    for rule in ("red_flag_symptom", "leg_weakness", "both_legs"):
        texts[rule] = emergency
    return texts.get(reason) or translate(
        "EndReason", "It ended because of what you reported ({0})."
    ).format(reason)
