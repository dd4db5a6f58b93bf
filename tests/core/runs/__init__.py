"""Tests of the runs log."""
