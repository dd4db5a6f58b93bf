"""Guided rehab exercise sessions for runners with lower back pain."""

__version__ = "0.1.0"
