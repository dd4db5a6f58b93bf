"""Sample data and screenshots of every screen."""
