"""Reminders between sessions: schedule, delivery as desktop notifications, start at login."""
