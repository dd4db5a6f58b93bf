"""Test doubles for the core: a clock that only moves when told to."""

from __future__ import annotations


class FakeClock:
    """A monotonic clock for tests: call it for the time in seconds, `advance()` to move it."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        """The current reading in seconds."""
        return self.now

    def advance(self, seconds: float) -> None:
        """Move the clock forwards by `seconds` (never backwards: it is monotonic)."""
        if seconds < 0:
            raise ValueError(f"a monotonic clock cannot go back ({seconds} s)")
        self.now += seconds
