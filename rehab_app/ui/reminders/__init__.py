"""Qt glue for reminders: the one-minute poll, the D-Bus socket watch and the tray message."""
