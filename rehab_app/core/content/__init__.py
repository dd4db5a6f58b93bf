"""Exercises and programs as files: the guarded YAML reader, validation, loading, writing, sharing."""
