"""Editing programs and exercises."""
