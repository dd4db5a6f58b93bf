"""The history database: sessions, check-ins, safety events, runs, reminders and outcomes, and exports."""
