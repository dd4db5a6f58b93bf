"""Sharing: .rehab bundles, the PDF handout, backups."""
