"""The History tab: sessions, calendar and charts."""
