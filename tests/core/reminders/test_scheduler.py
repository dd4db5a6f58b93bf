"""The scheduler against a fake wall clock: on time, once, after sleep, clock changes, restarts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from rehab_app.core.history.store import HistoryStore
from rehab_app.core.reminders.log import Response
from rehab_app.core.reminders.prefs import ProgramReminder, QuietHours, ReminderPrefs
from rehab_app.core.reminders.schedule import Kind
from rehab_app.core.reminders.scheduler import Reminder, ReminderScheduler
from tests.core.reminders.conftest import PREFS
from tests.core.reminders.fakes import BERLIN, NEW_YORK, Facts, WallClock

MON, TUE, WED = date(2026, 5, 4), date(2026, 5, 5), date(2026, 5, 6)
NO_QUIET = QuietHours(time(0), time(0))


def poll(
    scheduler: ReminderScheduler, clock: WallClock, minutes: int
) -> list[tuple[datetime, Reminder]]:
    """The app's one-minute timer for `minutes` minutes: every reminder with its local time."""
    found = []
    for _ in range(minutes):
        clock.advance(minutes=1)
        if (reminder := scheduler.due(clock())) is not None:
            found.append((clock(), reminder))
    return found


def kinds(reminder: Reminder) -> list[tuple[Kind, str]]:
    return [(o.kind, o.subject) for o in reminder.items]


def test_a_session_reminder_comes_at_its_time_once(
    scheduler: ReminderScheduler, clock: WallClock
) -> None:
    clock.set_local(datetime(2026, 5, 4, 17, 58))
    shown = poll(scheduler, clock, 10)
    assert [(t.strftime("%H:%M"), kinds(r)) for t, r in shown] == [
        ("18:00", [(Kind.SESSION, "core")])
    ]
    reminder = shown[0][1]
    assert not reminder.late
    assert reminder.snoozes == 0
    assert reminder.day == MON


def test_a_week_of_polling_reminds_on_the_planned_days_only(
    scheduler: ReminderScheduler, clock: WallClock
) -> None:
    clock.set_local(datetime(2026, 5, 3, 23, 59))  # Sunday night
    shown = poll(scheduler, clock, 7 * 24 * 60)
    assert [(t.strftime("%a %H:%M")) for t, _ in shown] == ["Mon 18:00", "Wed 18:00", "Fri 18:00"]


def test_a_restart_does_not_show_it_again(
    open_store: Callable[[], HistoryStore], facts: Facts, clock: WallClock
) -> None:
    clock.set_local(datetime(2026, 5, 4, 18, 0))
    assert ReminderScheduler(PREFS, open_store(), facts).due(clock()) is not None
    again = ReminderScheduler(PREFS, open_store(), facts)
    assert poll(again, clock, 120) == []


def test_missed_while_asleep_comes_once_on_wake_and_says_it_is_late(
    scheduler: ReminderScheduler, clock: WallClock
) -> None:
    clock.set_local(datetime(2026, 5, 4, 17, 0))
    assert scheduler.due(clock()) is None
    clock.advance(hours=3, minutes=10)  # lid closed at 17:00, opened at 20:10
    reminder = scheduler.due(clock())
    assert reminder is not None
    assert kinds(reminder) == [(Kind.SESSION, "core")]
    assert reminder.late
    assert poll(scheduler, clock, 60) == []


def test_several_missed_while_asleep_come_as_one(
    scheduler: ReminderScheduler, clock: WallClock, facts: Facts
) -> None:
    facts.checkins.add(MON)
    facts.psfs.add(MON)
    clock.set_local(datetime(2026, 5, 4, 8, 30))
    clock.advance(hours=11)  # slept through 09:00, 12:00 and 18:00
    reminder = scheduler.due(clock())
    assert reminder is not None
    assert kinds(reminder) == [(Kind.SESSION, "core"), (Kind.CHECKIN, ""), (Kind.PSFS, "")]
    assert reminder.primary.kind is Kind.SESSION
    assert poll(scheduler, clock, 60) == []


def test_a_day_asleep_shows_only_today_not_the_days_missed(
    scheduler: ReminderScheduler, clock: WallClock
) -> None:
    clock.set_local(datetime(2026, 5, 4, 17, 0))
    clock.advance(days=2, hours=2)  # Monday 17:00 to Wednesday 19:00
    reminder = scheduler.due(clock())
    assert reminder is not None
    assert [o.day for o in reminder.items] == [WED]
    assert poll(scheduler, clock, 60) == []


def test_clock_set_back_does_not_repeat_a_reminder(
    scheduler: ReminderScheduler, clock: WallClock
) -> None:
    clock.set_local(datetime(2026, 5, 4, 18, 0))
    assert scheduler.due(clock()) is not None
    clock.set_local(datetime(2026, 5, 4, 16, 0))  # a wrong clock corrected backwards
    assert poll(scheduler, clock, 4 * 60) == []


def test_clock_set_back_over_midnight_does_not_repeat_yesterdays(
    scheduler: ReminderScheduler, clock: WallClock
) -> None:
    clock.set_local(datetime(2026, 5, 4, 18, 0))
    assert scheduler.due(clock()) is not None
    clock.set_local(datetime(2026, 5, 5, 0, 30))
    clock.set_local(datetime(2026, 5, 4, 17, 59))
    assert poll(scheduler, clock, 30) == []


def test_clock_set_forwards_past_the_time_shows_it_once(
    scheduler: ReminderScheduler, clock: WallClock
) -> None:
    clock.set_local(datetime(2026, 5, 4, 10, 0))
    clock.set_local(datetime(2026, 5, 4, 20, 0))
    reminder = scheduler.due(clock())
    assert reminder is not None
    assert reminder.late
    assert poll(scheduler, clock, 60) == []


def test_travel_west_after_the_reminder_does_not_repeat_it(
    scheduler: ReminderScheduler, clock: WallClock
) -> None:
    clock.set_local(datetime(2026, 5, 4, 18, 0))
    assert scheduler.due(clock()) is not None
    assert clock.travel(NEW_YORK).hour == 12  # still Monday, six hours earlier
    assert poll(scheduler, clock, 8 * 60) == []


def test_travel_east_keeps_the_local_time(scheduler: ReminderScheduler, clock: WallClock) -> None:
    clock.travel(NEW_YORK)
    clock.set_local(datetime(2026, 5, 4, 10, 0))
    clock.travel(BERLIN)  # 16:00 in Berlin
    shown = poll(scheduler, clock, 4 * 60)
    assert [t.strftime("%H:%M %Z") for t, _ in shown] == ["18:00 CEST"]


def test_spring_forward_day_reminds_once_at_the_local_time(
    store: HistoryStore, facts: Facts, clock: WallClock
) -> None:
    prefs = ReminderPrefs(enabled=True, programs={"core": ProgramReminder((6,), time(18, 0))})
    scheduler = ReminderScheduler(prefs, store, facts)
    clock.set_local(datetime(2026, 3, 28, 23, 0))  # the night summer time begins (a Sunday)
    shown = poll(scheduler, clock, 24 * 60)
    assert [t.strftime("%a %d %H:%M %Z") for t, _ in shown] == ["Sun 29 18:00 CEST"]


def test_a_time_skipped_by_spring_forward_is_shown_just_after(
    store: HistoryStore, facts: Facts, clock: WallClock
) -> None:
    prefs = ReminderPrefs(
        enabled=True, programs={"core": ProgramReminder((6,), time(2, 30))}, quiet=NO_QUIET
    )
    scheduler = ReminderScheduler(prefs, store, facts)
    clock.set_local(datetime(2026, 3, 29, 1, 0))
    shown = poll(scheduler, clock, 3 * 60)
    assert [t.strftime("%H:%M %Z") for t, _ in shown] == ["03:00 CEST"]


def test_a_time_repeated_by_fall_back_is_shown_once(
    store: HistoryStore, facts: Facts, clock: WallClock
) -> None:
    prefs = ReminderPrefs(
        enabled=True, programs={"core": ProgramReminder((6,), time(2, 30))}, quiet=NO_QUIET
    )
    scheduler = ReminderScheduler(prefs, store, facts)
    clock.set_local(datetime(2026, 10, 25, 1, 0))  # 02:00-03:00 happens twice this night
    shown = poll(scheduler, clock, 4 * 60)
    assert [t.strftime("%H:%M %Z") for t, _ in shown] == ["02:30 CEST"]


def test_quiet_hours_hold_a_morning_reminder_until_they_end(
    store: HistoryStore, facts: Facts, clock: WallClock
) -> None:
    prefs = ReminderPrefs(enabled=True, programs={"core": ProgramReminder((0,), time(6, 30))})
    scheduler = ReminderScheduler(prefs, store, facts)
    clock.set_local(datetime(2026, 5, 4, 5, 0))
    shown = poll(scheduler, clock, 5 * 60)
    assert [t.strftime("%H:%M") for t, _ in shown] == ["08:00"]
    assert shown[0][1].late


def test_quiet_hours_silence_a_late_evening_reminder(
    store: HistoryStore, facts: Facts, clock: WallClock
) -> None:
    prefs = ReminderPrefs(enabled=True, programs={"core": ProgramReminder((0,), time(22, 30))})
    scheduler = ReminderScheduler(prefs, store, facts)
    clock.set_local(datetime(2026, 5, 4, 21, 0))
    assert poll(scheduler, clock, 14 * 60) == []


def test_waking_in_quiet_hours_shows_nothing_then_or_the_next_morning(
    scheduler: ReminderScheduler, clock: WallClock
) -> None:
    clock.set_local(datetime(2026, 5, 4, 17, 0))
    clock.set_local(datetime(2026, 5, 4, 22, 30))  # slept through 18:00, woke in quiet hours
    assert scheduler.due(clock()) is None
    assert poll(scheduler, clock, 12 * 60) == []  # Tuesday has no session planned


def test_snooze_brings_it_back_in_30_minutes_with_the_count(
    scheduler: ReminderScheduler, clock: WallClock
) -> None:
    clock.set_local(datetime(2026, 5, 4, 18, 0))
    first = scheduler.due(clock())
    assert first is not None
    back = scheduler.snooze(first, clock())
    assert back == datetime(2026, 5, 4, 18, 30)
    shown = poll(scheduler, clock, 30)
    assert [(t.strftime("%H:%M"), r.snoozes) for t, r in shown] == [("18:30", 1)]
    scheduler.snooze(shown[0][1], clock())
    shown = poll(scheduler, clock, 40)
    assert [(t.strftime("%H:%M"), r.snoozes) for t, r in shown] == [("19:00", 2)]
    assert not shown[0][1].late


def test_snooze_survives_a_restart(
    open_store: Callable[[], HistoryStore], facts: Facts, clock: WallClock
) -> None:
    clock.set_local(datetime(2026, 5, 4, 18, 0))
    scheduler = ReminderScheduler(PREFS, open_store(), facts)
    reminder = scheduler.due(clock())
    assert reminder is not None
    scheduler.snooze(reminder, clock())
    restarted = ReminderScheduler(PREFS, open_store(), facts)
    assert [t.strftime("%H:%M") for t, _ in poll(restarted, clock, 60)] == ["18:30"]


def test_snooze_into_quiet_hours_is_not_shown_again(
    scheduler: ReminderScheduler, clock: WallClock
) -> None:
    clock.set_local(datetime(2026, 5, 4, 21, 45))
    reminder = scheduler.due(clock())
    assert reminder is not None
    assert reminder.late
    assert scheduler.snooze(reminder, clock()) is None
    assert poll(scheduler, clock, 12 * 60) == []


def test_snooze_then_clock_set_back_still_lasts_30_minutes(
    scheduler: ReminderScheduler, clock: WallClock
) -> None:
    clock.set_local(datetime(2026, 5, 4, 20, 0))
    reminder = scheduler.due(clock())
    assert reminder is not None
    scheduler.snooze(reminder, clock())
    clock.set_local(datetime(2026, 5, 4, 18, 0))  # two hours back
    shown = poll(scheduler, clock, 3 * 60)
    # The first poll after the change (18:01) notices it and restarts the 30 minutes.
    assert [t.strftime("%H:%M") for t, _ in shown] == ["18:31"]


def test_snooze_across_fall_back_lasts_30_real_minutes(
    store: HistoryStore, facts: Facts, clock: WallClock
) -> None:
    prefs = ReminderPrefs(
        enabled=True, programs={"core": ProgramReminder((6,), time(2, 50))}, quiet=NO_QUIET
    )
    scheduler = ReminderScheduler(prefs, store, facts)
    clock.set_local(datetime(2026, 10, 25, 2, 50))  # the first 02:50, summer time
    reminder = scheduler.due(clock())
    assert reminder is not None
    assert scheduler.snooze(reminder, clock()) == datetime(2026, 10, 25, 2, 20)
    start = clock.utc
    shown = poll(scheduler, clock, 60)
    assert len(shown) == 1
    assert shown[0][0].strftime("%H:%M %Z") == "02:20 CET"
    assert shown[0][0] - start == timedelta(minutes=30)


def test_skip_today_stops_it_for_the_day_only(
    scheduler: ReminderScheduler, clock: WallClock
) -> None:
    clock.set_local(datetime(2026, 5, 4, 18, 0))
    reminder = scheduler.due(clock())
    assert reminder is not None
    scheduler.skip_today(reminder, clock())
    shown = poll(scheduler, clock, 2 * 24 * 60)
    assert [t.strftime("%a %H:%M") for t, _ in shown] == ["Wed 18:00"]


def test_skip_before_it_shows(scheduler: ReminderScheduler, clock: WallClock) -> None:
    assert scheduler.skip(Kind.SESSION, "core", clock())
    assert not scheduler.skip(Kind.SESSION, "other", clock())
    assert poll(scheduler, clock, 14 * 60) == []


def test_skip_today_after_a_snooze_cancels_the_snooze(
    scheduler: ReminderScheduler, clock: WallClock
) -> None:
    clock.set_local(datetime(2026, 5, 4, 18, 0))
    reminder = scheduler.due(clock())
    assert reminder is not None
    scheduler.snooze(reminder, clock())
    scheduler.skip(Kind.SESSION, "core", clock())
    assert poll(scheduler, clock, 60) == []


def test_started_and_dismissed_are_answers(
    scheduler: ReminderScheduler, clock: WallClock, store: HistoryStore
) -> None:
    clock.set_local(datetime(2026, 5, 4, 18, 0))
    reminder = scheduler.due(clock())
    assert reminder is not None
    scheduler.started(reminder, clock())
    entry = store.reminder_entries(MON)[("session", "core", MON)]
    assert (entry.response, entry.sends, entry.planned) == (
        Response.STARTED,
        1,
        datetime(2026, 5, 4, 18, 0),
    )
    assert entry.sent_utc == clock.utc
    clock.set_local(datetime(2026, 5, 6, 18, 0))
    reminder = scheduler.due(clock())
    assert reminder is not None
    scheduler.dismissed(reminder, clock())
    assert poll(scheduler, clock, 60) == []
    assert store.reminder_entries(WED)[("session", "core", WED)].response is Response.DISMISSED


def test_no_reminder_once_the_session_is_done(
    scheduler: ReminderScheduler, clock: WallClock, facts: Facts
) -> None:
    facts.done[MON] = {"core"}
    clock.set_local(datetime(2026, 5, 4, 17, 0))
    assert poll(scheduler, clock, 120) == []


def test_a_snoozed_reminder_is_dropped_once_the_session_is_done(
    scheduler: ReminderScheduler, clock: WallClock, facts: Facts
) -> None:
    clock.set_local(datetime(2026, 5, 4, 18, 0))
    reminder = scheduler.due(clock())
    assert reminder is not None
    scheduler.snooze(reminder, clock())
    facts.done[MON] = {"core"}
    assert poll(scheduler, clock, 60) == []


def test_morning_checkin_nudge_only_when_the_checkin_is_due(
    scheduler: ReminderScheduler, clock: WallClock, facts: Facts
) -> None:
    facts.checkins.add(TUE)
    clock.set_local(datetime(2026, 5, 4, 8, 0))
    shown = poll(scheduler, clock, 2 * 24 * 60)
    assert [(t.strftime("%a %H:%M"), kinds(r)) for t, r in shown] == [
        ("Mon 18:00", [(Kind.SESSION, "core")]),
        ("Tue 09:00", [(Kind.CHECKIN, "")]),
    ]


def test_checkin_answered_before_the_nudge_means_no_nudge(
    scheduler: ReminderScheduler, clock: WallClock, facts: Facts
) -> None:
    facts.checkins.add(MON)
    clock.set_local(datetime(2026, 5, 4, 8, 30))
    facts.checkins.discard(MON)  # answered at 08:30 when the app opened
    assert poll(scheduler, clock, 60) == []


def test_outcome_measures_remind_at_their_time(
    scheduler: ReminderScheduler, clock: WallClock, facts: Facts
) -> None:
    facts.psfs.add(TUE)
    facts.change[TUE] = 4
    clock.set_local(datetime(2026, 5, 5, 8, 0))
    shown = poll(scheduler, clock, 6 * 60)
    assert [(t.strftime("%H:%M"), kinds(r)) for t, r in shown] == [
        ("12:00", [(Kind.PSFS, ""), (Kind.CHANGE, "")])
    ]


def test_nothing_when_switched_off_or_the_program_is_gone(
    store: HistoryStore, clock: WallClock, facts: Facts
) -> None:
    off = ReminderScheduler(ReminderPrefs(programs=PREFS.programs), store, facts)
    clock.set_local(datetime(2026, 5, 4, 17, 0))
    assert poll(off, clock, 120) == []
    facts.existing.clear()
    on = ReminderScheduler(PREFS, store, facts)
    clock.set_local(datetime(2026, 5, 6, 17, 0))
    assert poll(on, clock, 120) == []


def test_new_prefs_apply_from_the_next_poll(scheduler: ReminderScheduler, clock: WallClock) -> None:
    prefs = ReminderPrefs(enabled=True, programs={"core": ProgramReminder((0,), time(19, 0))})
    clock.set_local(datetime(2026, 5, 4, 17, 0))
    scheduler.set_prefs(prefs)
    assert scheduler.prefs is prefs
    assert [t.strftime("%H:%M") for t, _ in poll(scheduler, clock, 3 * 60)] == ["19:00"]


def test_pending_today_says_what_comes_and_when(
    scheduler: ReminderScheduler, clock: WallClock, facts: Facts
) -> None:
    facts.checkins.add(MON)
    clock.set_local(datetime(2026, 5, 4, 7, 0))
    pending = scheduler.pending_today(clock())
    assert [(o.kind, w.strftime("%H:%M")) for o, w in pending] == [
        (Kind.CHECKIN, "09:00"),
        (Kind.SESSION, "18:00"),
    ]
    clock.set_local(datetime(2026, 5, 4, 18, 0))
    reminder = scheduler.due(clock())
    assert reminder is not None
    scheduler.snooze(reminder, clock())
    # The check-in nudge missed at 09:00 came with the session reminder and was snoozed too.
    assert [(o.kind, w.strftime("%H:%M")) for o, w in scheduler.pending_today(clock())] == [
        (Kind.SESSION, "18:30"),
        (Kind.CHECKIN, "18:30"),
    ]


def test_reminder_key_is_stable_for_the_same_items(
    scheduler: ReminderScheduler, clock: WallClock
) -> None:
    clock.set_local(datetime(2026, 5, 4, 18, 0))
    first = scheduler.due(clock())
    assert first is not None
    scheduler.snooze(first, clock())
    clock.advance(minutes=30)
    second = scheduler.due(clock())
    assert second is not None
    assert second.key == first.key == "2026-05-04/session:core"
    assert second.has(Kind.SESSION)
    assert not second.has(Kind.CHECKIN)
