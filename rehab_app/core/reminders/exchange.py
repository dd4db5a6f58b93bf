"""The reminder log in a JSON history export: checked before a restore writes it."""

from __future__ import annotations

from collections.abc import Iterable

from rehab_app.core.reminders.log import LogEntry, LogKey


def log_entry_problems(entries: Iterable[LogEntry], where: str) -> list[str]:
    """Log rows with negative counts, or two for one reminder; one line each."""
    found: list[str] = []
    keys: set[LogKey] = set()
    for n, e in enumerate(entries, 1):
        if e.key in keys:
            found.append(f"{where}[{n}]: {e.kind} on {e.day} appears twice")
        keys.add(e.key)
        for name in ("sends", "snoozes"):
            if getattr(e, name) < 0:
                found.append(f"{where}[{n}]: {name}: expected a number of at least 0")
    return found
