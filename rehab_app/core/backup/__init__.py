"""Backing up the whole data folder and restoring it, with every guard against a bad file."""
