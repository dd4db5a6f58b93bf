"""The command line: each command's wording and exit codes (no Qt)."""
