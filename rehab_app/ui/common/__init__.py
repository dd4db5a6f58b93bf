"""Widgets, words, icons and the theme that every screen shares."""
