"""Qt widgets and adapters; the only package that imports PySide6."""
