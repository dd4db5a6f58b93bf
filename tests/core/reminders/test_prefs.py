"""Reminder preferences: defaults from sessions a week, quiet hours, settings round trip."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path

import msgspec
import pytest

from rehab_app.core.reminders.prefs import (
    PrefsProblem,
    PrefsWarning,
    ProgramReminder,
    QuietHours,
    ReminderPrefs,
    default_days,
    never_shown,
    prefs_warnings,
    program_default,
)
from rehab_app.core.reminders.schedule import first_show, local_wall, program_days
from rehab_app.core.settings import Settings, load_settings, save_settings


@pytest.mark.parametrize(
    ("per_week", "days"),
    [
        (0, ()),
        (1, (2,)),
        (2, (1, 4)),
        (3, (0, 2, 4)),
        (4, (0, 1, 3, 5)),
        (5, (0, 1, 2, 4, 5)),
        (6, (0, 1, 2, 3, 4, 5)),
        (7, (0, 1, 2, 3, 4, 5, 6)),
        (14, (0, 1, 2, 3, 4, 5, 6)),
    ],
)
def test_default_days_spread_the_sessions(per_week: int, days: tuple[int, ...]) -> None:
    assert default_days(per_week) == days
    assert len(days) == min(per_week, 7)


def test_program_default_is_the_evening_on_spread_days() -> None:
    assert program_default(3) == ProgramReminder((0, 2, 4), time(18, 0), True)


def test_reminders_are_off_until_switched_on() -> None:
    assert not ReminderPrefs().enabled
    assert not Settings().reminders.enabled


@pytest.mark.parametrize(
    ("start", "end", "inside", "outside"),
    [
        (
            time(22),
            time(8),
            [time(22), time(23, 59), time(0), time(7, 59)],
            [time(8), time(21, 59)],
        ),
        (time(13), time(15), [time(13), time(14, 59)], [time(12, 59), time(15), time(22)]),
        (time(8), time(8), [], [time(8), time(0), time(23)]),
    ],
)
def test_quiet_hours(start: time, end: time, inside: list[time], outside: list[time]) -> None:
    quiet = QuietHours(start, end)
    assert [quiet.contains(t) for t in inside] == [True] * len(inside)
    assert [quiet.contains(t) for t in outside] == [False] * len(outside)


def test_first_show_waits_for_quiet_hours_to_end_on_the_same_day() -> None:
    day = date(2026, 5, 4)
    quiet = QuietHours(time(22), time(8))
    assert first_show(local_wall_of(day, 6, 30), day, quiet) == local_wall_of(day, 8, 0)
    assert first_show(local_wall_of(day, 23, 0), day, quiet) is None
    assert first_show(local_wall_of(day, 12, 0), day, quiet) == local_wall_of(day, 12, 0)
    tomorrow = date(2026, 5, 5)
    assert first_show(local_wall_of(tomorrow, 9, 0), day, quiet) is None


def local_wall_of(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour, minute))


def test_local_wall_needs_an_aware_time() -> None:
    with pytest.raises(ValueError, match="aware"):
        local_wall(datetime(2026, 5, 4, 18))


def test_warnings_for_reminders_that_would_never_show() -> None:
    prefs = ReminderPrefs(
        enabled=True,
        programs={
            "late": ProgramReminder((0,), time(23, 0)),
            "early": ProgramReminder((0,), time(6, 0)),
            "none": ProgramReminder((), time(18, 0)),
            "off": ProgramReminder((), time(23, 0), on=False),
        },
        checkin_at=time(22, 30),
        measures=False,
        measures_at=time(23, 0),
    )
    assert prefs_warnings(prefs) == [
        PrefsWarning("none", PrefsProblem.NO_DAYS),
        PrefsWarning("late", PrefsProblem.IN_QUIET_HOURS),
        PrefsWarning("checkin", PrefsProblem.IN_QUIET_HOURS),
    ]
    assert prefs_warnings(ReminderPrefs()) == []
    assert not never_shown(time(6, 0), QuietHours(time(22), time(8)))


def test_program_days_for_a_week_strip() -> None:
    prefs = ReminderPrefs(programs={"core": ProgramReminder((0, 2, 4))})
    week = list(program_days(prefs, "core", date(2026, 5, 4), date(2026, 5, 10)))
    assert week == [date(2026, 5, 4), date(2026, 5, 6), date(2026, 5, 8)]
    assert list(program_days(prefs, "other", date(2026, 5, 4), date(2026, 5, 10))) == []


def test_prefs_round_trip_through_settings(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    prefs = ReminderPrefs(
        enabled=True,
        programs={"core": program_default(3)},
        quiet=QuietHours(time(21, 30), time(7, 0)),
    )
    save_settings(path, msgspec.structs.replace(Settings(), reminders=prefs))
    stored = json.loads(path.read_text())["reminders"]
    assert stored["programs"]["core"] == {"days": [0, 2, 4], "at": "18:00:00", "on": True}
    assert load_settings(path).reminders == prefs


def test_settings_without_reminders_or_with_newer_keys_still_load(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"volume": 50}))
    assert load_settings(path).reminders == ReminderPrefs()
    path.write_text(
        json.dumps({"volume": 50, "reminders": {"enabled": True, "sound": "chime", "programs": {}}})
    )
    loaded = load_settings(path)
    assert loaded.volume == 50
    assert loaded.reminders.enabled


def test_a_weekday_out_of_range_is_refused() -> None:
    with pytest.raises(msgspec.ValidationError, match="days"):
        msgspec.json.decode(b'{"days": [7]}', type=ProgramReminder)
