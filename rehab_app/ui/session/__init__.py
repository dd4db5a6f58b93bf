"""Following a session: from Start to the summary, the player, its cues and sounds."""
