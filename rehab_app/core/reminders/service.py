"""Reminders end to end: poll the scheduler, show what is due, act on the user's answer.

The app calls `tick()` every minute (and on wake); the notifier calls back when the user
clicks "Start now", "Snooze 30 minutes" or "Skip today" on a notice or on the in-app banner.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime

from rehab_app.core.reminders.notify import Action, CloseReason, Notice, Notifier
from rehab_app.core.reminders.scheduler import Reminder, ReminderScheduler

log = logging.getLogger(__name__)

WallClock = Callable[[], datetime]
Compose = Callable[[Reminder], Notice]
# What the app does for "Start now" and for a click on the notice (token: raise the window).
Opener = Callable[[Reminder, str | None], None]


class ReminderService:
    """Ties the scheduler to a notifier; the UI supplies the wording and what "start" opens."""

    def __init__(
        self,
        scheduler: ReminderScheduler,
        notifier: Notifier,
        compose: Compose,
        clock: WallClock,
        on_start: Opener,
        on_open: Opener | None = None,
    ) -> None:
        self.scheduler, self._notifier, self._compose = scheduler, notifier, compose
        self._clock, self._on_start, self._on_open = clock, on_start, on_open
        self._shown: dict[str, Reminder] = {}
        # Opened by a click on the notice: the app's banner keeps its choices, so the notice
        # closing afterwards is not the user dismissing it.
        self._opened: set[str] = set()
        # The local time a snoozed reminder comes back (None: not today), for the app to say.
        self.snoozed_until: Callable[[Reminder, datetime | None], None] | None = None
        notifier.listen(self)

    @property
    def shown(self) -> tuple[Reminder, ...]:
        """Reminders on screen and not yet answered."""
        return tuple(self._shown.values())

    def tick(self) -> Reminder | None:
        """Show what is due now (at most one notice, for everything due); the reminder or None."""
        try:
            reminder = self.scheduler.due(self._clock())
        except (sqlite3.Error, OSError):
            # Unrecorded, it would show again every minute: better to wait until the history
            # can be written (a full disk) than to nag.
            log.exception("could not check or record reminders")
            return None
        if reminder is None:
            return None
        self._shown[reminder.key] = reminder
        self._opened.discard(reminder.key)
        self._notifier.show(self._compose(reminder))
        return reminder

    def answer(self, reminder: Reminder, action: Action, token: str | None = None) -> None:
        """Act on the user's answer (from a notice, the banner or the tray)."""
        now = self._clock()
        if action is Action.OPEN:
            # Opening the app is not an answer: the app shows the choices again.
            self._shown[reminder.key] = reminder
            self._opened.add(reminder.key)
            if self._on_open is not None:
                self._on_open(reminder, token)
            return
        self._shown.pop(reminder.key, None)
        self._opened.discard(reminder.key)
        self._notifier.withdraw(reminder.key)
        if action is Action.START:
            self.scheduler.started(reminder, now)
            self._on_start(reminder, token)
        elif action is Action.SNOOZE:
            back = self.scheduler.snooze(reminder, now)
            if self.snoozed_until is not None:
                self.snoozed_until(reminder, back)
        elif action is Action.SKIP:
            self.scheduler.skip_today(reminder, now)

    # NoticeListener ----------------------------------------------------------------------------

    def action_invoked(self, key: str, action: Action, token: str | None) -> None:
        """A notice's button (or the notice itself) was clicked."""
        reminder = self._shown.get(key)
        if reminder is None:
            log.info("ignoring %s on reminder %s: already answered", action, key)
            return
        self.answer(reminder, action, token)

    def notice_closed(self, key: str, reason: CloseReason) -> None:
        """A notice went away: closed by the user counts as seen, expiry does not."""
        if reason is not CloseReason.DISMISSED or key in self._opened:
            return
        if (reminder := self._shown.pop(key, None)) is not None:
            self.scheduler.dismissed(reminder, self._clock())
