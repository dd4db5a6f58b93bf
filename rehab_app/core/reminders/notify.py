"""Delivering reminders: the Notifier protocol, the in-app banner fallback and the chain of both.

A notice is worded by the UI; the notifier only shows it and reports what the user clicked.
Nothing here is modal or takes the keyboard focus: the desktop's notification service shows a
notice beside what the user is doing, and the banner is a strip inside the app's window.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

log = logging.getLogger(__name__)


class Action(enum.StrEnum):
    """What a notice offers; `OPEN` is a click on the notice itself."""

    START = "start"
    SNOOZE = "snooze"
    SKIP = "skip"
    OPEN = "default"


class CloseReason(enum.IntEnum):
    """Why a notice went away (the freedesktop specification's numbers)."""

    EXPIRED = 1
    DISMISSED = 2
    CLOSED = 3
    UNDEFINED = 4


@dataclass(frozen=True, slots=True)
class Notice:
    """A worded reminder: `key` identifies it (showing the same key again replaces it)."""

    key: str
    title: str
    body: str
    actions: tuple[tuple[Action, str], ...] = ()


class NoticeListener(Protocol):
    """Receives what the user did with a notice."""

    def action_invoked(self, key: str, action: Action, token: str | None) -> None:
        """The user clicked `action`; `token` lets the app raise its window (Wayland)."""
        ...

    def notice_closed(self, key: str, reason: CloseReason) -> None:
        """The notice went away without an action."""
        ...


class Notifier(Protocol):
    """Shows notices and tells a listener what the user clicked."""

    def listen(self, listener: NoticeListener) -> None:
        """Send clicks and closes to `listener`."""
        ...

    def show(self, notice: Notice) -> bool:
        """Show `notice` (replacing one with its key); False if it could not be shown."""
        ...

    def withdraw(self, key: str) -> None:
        """Take the notice with `key` away if it is still shown."""
        ...


class BannerNotifier:
    """The in-app fallback: keeps the notices for a banner in the main window to display.

    The banner calls `invoke()` and `dismiss()` from its buttons; `changed` is called whenever
    the list of notices changes.
    """

    def __init__(self) -> None:
        self._notices: dict[str, Notice] = {}
        self._listener: NoticeListener | None = None
        self.changed: Callable[[], None] | None = None

    @property
    def notices(self) -> tuple[Notice, ...]:
        """The notices to show, oldest first."""
        return tuple(self._notices.values())

    def listen(self, listener: NoticeListener) -> None:
        """Send clicks and closes to `listener`."""
        self._listener = listener

    def show(self, notice: Notice) -> bool:
        """Keep `notice` for the banner (replacing one with its key); always True."""
        self._notices.pop(notice.key, None)
        self._notices[notice.key] = notice
        self._changed()
        return True

    def withdraw(self, key: str) -> None:
        """Remove the notice with `key`."""
        if self._notices.pop(key, None) is not None:
            self._changed()

    def invoke(self, key: str, action: Action) -> None:
        """The banner's button for `action` was clicked: the notice goes, the listener hears."""
        if self._notices.pop(key, None) is None:
            return
        self._changed()
        if self._listener is not None:
            self._listener.action_invoked(key, action, None)

    def dismiss(self, key: str) -> None:
        """The banner's close button was clicked."""
        if self._notices.pop(key, None) is None:
            return
        self._changed()
        if self._listener is not None:
            self._listener.notice_closed(key, CloseReason.DISMISSED)

    def _changed(self) -> None:
        if self.changed is not None:
            self.changed()


class FallbackNotifier:
    """The desktop's notifier when it can show a notice, else the in-app banner."""

    def __init__(self, primary: Notifier | None, banner: BannerNotifier) -> None:
        self.primary, self.banner = primary, banner
        # True while notices go to the banner: the app says where reminders will appear.
        self.using_banner = primary is None

    def listen(self, listener: NoticeListener) -> None:
        """Send clicks and closes from either notifier to `listener`."""
        if self.primary is not None:
            self.primary.listen(listener)
        self.banner.listen(listener)

    def show(self, notice: Notice) -> bool:
        """Show on the desktop if possible, else in the banner; always True."""
        if self.primary is not None:
            try:
                shown = self.primary.show(notice)
            except Exception:
                # A broken notification service must never lose the reminder.
                log.exception("desktop notifier failed; showing the reminder in the app")
                shown = False
            if shown:
                self.using_banner = False
                self.banner.withdraw(notice.key)
                return True
        self.using_banner = True
        return self.banner.show(notice)

    def withdraw(self, key: str) -> None:
        """Take the notice away wherever it is shown."""
        if self.primary is not None:
            try:
                self.primary.withdraw(key)
            except Exception:
                log.exception("desktop notifier failed to withdraw %s", key)
        self.banner.withdraw(key)
