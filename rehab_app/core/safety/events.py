"""The dated log of safety decisions: answers, blocks, stops and symptom checks (no Qt).

The state in force lives in the settings (core/safety_state.py); this log is the record a
physiotherapist reads: every red-flag or caution answer, block, stop and check, with its date.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol


class EventKind(enum.StrEnum):
    """What kind of safety decision an event records."""

    ANSWER = "answer"  # a screening question: code = flag id, answer yes/no, tier
    RECHECK = "recheck"  # a short re-check question: code = recheck_<n>, answer yes/no
    BLOCK = "block"  # sessions paused: code = flag ids or stop rule, tier
    BLOCK_CLEARED = "block_cleared"  # the user says a clinician saw them: tier
    STOP = "stop"  # a stop rule during a session: code = rule id, answer = action
    SYMPTOM_CHECK = "symptom_check"  # code = symptoms, answer = settled / not_settled
    CHECKED = "checked"  # a caution answer a clinician has checked: code = flag id
    PAIN_GATE = "pain_gate"  # a session not started for pain: code = program id, answer = pain
    LOCKED = "locked"  # a return-to-run program not started: code = program id, detail = why
    ADAPTED = "adapted"  # exercises replaced: code = adaptation id, detail = from>to list


@dataclass(frozen=True, slots=True)
class SafetyEvent:
    """One safety decision on the local date `day`; `recorded_utc` is set by the store."""

    day: date
    kind: EventKind
    code: str
    answer: str = ""
    tier: str = ""
    session_id: int | None = None
    detail: str = ""
    recorded_utc: datetime | None = None


class SafetyLog(Protocol):
    """Where safety events are written (the history store, or memory in tests)."""

    def add_safety_events(self, events: Sequence[SafetyEvent]) -> None:
        """Store `events` together (one transaction)."""


class MemorySafetyLog:
    """A log in memory: for tests, and when the history cannot be opened."""

    def __init__(self) -> None:
        self.events: list[SafetyEvent] = []

    def add_safety_events(self, events: Sequence[SafetyEvent]) -> None:
        """Keep the events."""
        self.events.extend(events)
