"""The pain-monitoring model after sessions: one suggested change at a time, and the flare-up day."""
