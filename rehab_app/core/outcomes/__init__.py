"""Outcome measures: the Patient-Specific Functional Scale and the global rating of change."""
