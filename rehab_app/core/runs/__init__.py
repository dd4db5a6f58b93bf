"""The runs log: runs and cross-training read from watch files or added by hand, and their load."""
