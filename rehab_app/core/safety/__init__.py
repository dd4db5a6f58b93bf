"""Safety decisions: red-flag tiers, stop rules, the decisions in force and their dated log."""
