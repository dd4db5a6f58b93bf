"""Applies safety decisions: the state in force goes to the settings, the dated record to the log.

The UI calls one method per decision; nothing here words anything for the user.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

import msgspec

from rehab_app.core.models import Action, Program, Safety, StopRule, Tier
from rehab_app.core.safety.events import EventKind, SafetyEvent, SafetyLog
from rehab_app.core.safety.rules import block_of, blocks, raised_flags, worst_tier
from rehab_app.core.safety.state import (
    Adapted,
    Lock,
    SafetyState,
    after_followup,
    after_session,
    mark_checked,
    record_answers,
    session_symptoms,
    with_block,
    without_block,
)
from rehab_app.core.safety.stored import stored_block
from rehab_app.core.session.record import PainReport, SessionRecord
from rehab_app.core.settings import Settings

SettingsGetter = Callable[[], Settings]
SettingsSaver = Callable[..., None]


class SafetyKeeper:
    """Keeps one user's safety decisions in force and logs each one with its date.

    `settings()` reads the current settings, `save(**changes)` stores changed fields, `log` is
    the history (None when it cannot be opened: the settings still hold what is in force), and
    `today()` is the user's local date.
    """

    def __init__(
        self,
        settings: SettingsGetter,
        save: SettingsSaver,
        log: SafetyLog | None,
        today: Callable[[], date],
    ) -> None:
        self._settings, self._save, self.log, self._today = settings, save, log, today

    @property
    def state(self) -> SafetyState:
        """The decisions in force now."""
        return self._settings().safety

    @property
    def blocked(self) -> Tier | None:
        """The tier that pauses sessions, or None."""
        return stored_block(self._settings())

    def today(self) -> date:
        """The user's local date."""
        return self._today()

    def _write(self, events: Sequence[SafetyEvent]) -> None:
        if self.log is not None and events:
            self.log.add_safety_events(events)

    # --- before a session ---------------------------------------------------------------

    def screening(
        self,
        safety: Safety,
        answers: Mapping[str, bool],
        recheck: Sequence[bool] = (),
        tier: Tier | None = None,
        complete: bool = False,
    ) -> Tier | None:
        """Keep what a screening found (even when the pain question was then cancelled).

        `answers` are the red-flag questions answered (all, or the few asked again), `recheck`
        the short re-check's answers, `complete` True when every question it needed was
        answered, `tier` what the dialog found. Returns the tier that now blocks sessions, or
        None.
        """
        day = self._today()
        events = [
            SafetyEvent(day, EventKind.RECHECK, f"recheck_{n}", "yes" if yes else "no")
            for n, yes in enumerate(recheck, start=1)
        ]
        tiers = {flag.id: flag.tier.value for flag in safety.red_flags}
        events += [
            SafetyEvent(
                day, EventKind.ANSWER, flag_id, "yes" if yes else "no", tiers.get(flag_id, "")
            )
            for flag_id, yes in answers.items()
        ]
        state = record_answers(self.state, safety, answers, day) if answers else self.state
        changes: dict[str, object] = {"safety": state}
        # The more serious of what the answers raise and what the dialog reported: never less.
        raised = [t for t in (worst_tier(safety, answers), tier) if t is not None]
        found = min(raised, key=_rank) if raised else None
        if complete:
            changes["screening_done"] = True
        blocking = found if found is not None and blocks(safety, found) else None
        if blocking is not None:
            reason = ",".join(f.id for f in raised_flags(safety, answers) if f.tier is blocking)
            changes["safety"] = with_block(state, reason, day)
            changes["blocked_tier"] = blocking.value
            changes["screening_done"] = True
            events.append(SafetyEvent(day, EventKind.BLOCK, reason, tier=blocking.value))
        self._save(**changes)
        self._write(events)
        return blocking

    def clear_block(self) -> None:
        """The user says a clinician saw them: lift the block; the full screening comes next."""
        tier = self.blocked
        self._save(blocked_tier=None, screening_done=False, safety=without_block(self.state))
        self._write(
            [
                SafetyEvent(
                    self._today(), EventKind.BLOCK_CLEARED, "", tier=tier.value if tier else ""
                )
            ]
        )

    def followup(self, settled: bool) -> None:
        """The answer to "have the symptoms from that session settled?"."""
        watch = self.state.watch
        if watch is None:
            return
        day = self._today()
        self._save(safety=after_followup(self.state, settled, day))
        answer = "settled" if settled else "not_settled"
        code = ",".join(watch.symptoms)
        self._write(
            [SafetyEvent(day, EventKind.SYMPTOM_CHECK, code, answer, session_id=watch.session_id)]
        )

    def checked(self, flag: str) -> None:
        """The user says a clinician has checked the caution answer `flag`."""
        day = self._today()
        self._save(safety=mark_checked(self.state, flag, day))
        self._write([SafetyEvent(day, EventKind.CHECKED, flag, "checked")])

    def refused(
        self, program: Program, pain: int | None = None, locks: Sequence[Lock] = ()
    ) -> None:
        """Log a session that did not start: pain above its gate, or locked return-to-run."""
        day = self._today()
        if locks:
            detail = ";".join(f"{lock.kind}:{lock.code}" for lock in locks)
            self._write([SafetyEvent(day, EventKind.LOCKED, program.id, detail=detail)])
        elif pain is not None:
            self._write([SafetyEvent(day, EventKind.PAIN_GATE, program.id, str(pain))])

    def adapted(self, adapted: Adapted) -> None:
        """Log today's replaced exercises."""
        day = self._today()
        by_rule: dict[str, list[str]] = {}
        for change in adapted.changes:
            by_rule.setdefault(change.adaptation, []).append(
                f"{change.exercise}>{change.replacement or '-'}"
            )
        self._write(
            [
                SafetyEvent(day, EventKind.ADAPTED, rule, detail=",".join(moves))
                for rule, moves in by_rule.items()
            ]
        )

    # --- during and after a session -------------------------------------------------------

    def stop(
        self, report: PainReport, rule: StopRule, action: Action, session_id: int | None
    ) -> Tier | None:
        """Log a stop-rule decision; a rule that blocks pauses sessions. Returns that tier."""
        day = self._today()
        flags = [
            name
            for name in ("spreading", "nerve_symptoms", "sharp", "red_flag_symptom",
                         "general_warning", "leg_weakness", "both_legs")
            if getattr(report, name)
        ]  # fmt: skip
        detail = f"pain {report.pain}" + "".join(f", {f}" for f in flags)
        events = [
            SafetyEvent(
                day, EventKind.STOP, rule.id, action.value, session_id=session_id, detail=detail
            )
        ]
        tier = block_of(rule)
        if tier is None and action is Action.EMERGENCY:
            tier = Tier.EMERGENCY
        if tier is not None:
            old = self.blocked
            # Never lower a block already in force (an emergency stays an emergency).
            keep = old if old is not None and _rank(old) < _rank(tier) else tier
            self._save(blocked_tier=keep.value, safety=with_block(self.state, rule.id, day))
            events.append(
                SafetyEvent(day, EventKind.BLOCK, rule.id, tier=keep.value, session_id=session_id)
            )
        self._write(events)
        return tier

    def session_saved(self, record: SessionRecord) -> None:
        """Open the symptom watch after a session with symptoms (nothing otherwise)."""
        if session_symptoms(record):
            self._save(safety=after_session(self.state, record))


def _rank(tier: Tier) -> int:
    return list(Tier).index(tier)


def replace_state(settings: Settings, state: SafetyState) -> Settings:
    """`settings` with `state` in force (for tests and tools)."""
    return msgspec.structs.replace(settings, safety=state)
