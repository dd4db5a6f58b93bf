"""User settings: a small JSON file in the data folder, saved atomically."""

from __future__ import annotations

import enum
import json
import logging
from pathlib import Path

import msgspec

from rehab_app.core.atomic import write_atomic
from rehab_app.core.reminders.prefs import ReminderPrefs
from rehab_app.core.safety.state import SafetyState

log = logging.getLogger(__name__)


class Theme(enum.StrEnum):
    """Colour scheme."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class Settings(msgspec.Struct, frozen=True, forbid_unknown_fields=False):
    """Everything the user can set; unknown keys from newer versions are ignored."""

    schema_version: int = 1
    sound: bool = True
    voice: bool = True
    volume: int = 80
    theme: Theme = Theme.SYSTEM
    high_contrast: bool = False
    large_type: bool = False
    screening_done: bool = False
    blocked_tier: str | None = None
    # Safety decisions in force: caution answers, a symptom watch, why and when sessions were blocked.
    safety: SafetyState = msgspec.field(default_factory=SafetyState)
    last_program: str | None = None
    language: str | None = None
    reminders: ReminderPrefs = msgspec.field(default_factory=ReminderPrefs)


def load_settings(path: Path) -> Settings:
    """Read settings; a missing or unreadable file gives the defaults (and a log line)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        log.warning("cannot read settings %s: %s", path, exc)
        return Settings()
    try:
        return msgspec.json.decode(raw, type=Settings)
    except msgspec.DecodeError as exc:
        log.warning("ignoring unreadable settings %s: %s", path, exc)
        return Settings()


def save_settings(path: Path, settings: Settings) -> None:
    """Write settings atomically."""
    text = json.dumps(msgspec.to_builtins(settings), indent=2, sort_keys=True) + "\n"
    write_atomic(path, text)
