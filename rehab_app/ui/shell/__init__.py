"""The window and what runs it: building, start-up, errors."""
