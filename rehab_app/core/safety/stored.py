"""What the saved settings hold in force: a block on sessions, and whether the full screening is due.

Apart from the rules (core/safety/rules.py), which the settings' safety state itself uses.
"""

from __future__ import annotations

from rehab_app.core.models import Safety, Tier
from rehab_app.core.settings import Settings


def stored_block(settings: Settings) -> Tier | None:
    """The tier that blocks sessions according to `settings.blocked_tier`, or None."""
    if not settings.blocked_tier:
        return None
    try:
        return Tier(settings.blocked_tier)
    except ValueError:
        # An unreadable value must not silently lift a block.
        return Tier.URGENT


def needs_full_screening(settings: Settings, safety: Safety | None = None) -> bool:
    """True when the full red-flag questions must be asked (not only the short re-check).

    With `safety`, also when it holds a question the last full screening did not ask (the
    question list grew in an update).
    """
    if not settings.screening_done:
        return True
    if safety is None:
        return False
    asked = set(settings.safety.screened_flags)
    return any(flag.id not in asked for flag in safety.red_flags)
