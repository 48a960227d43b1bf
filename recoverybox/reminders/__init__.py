"""Reminders: APScheduler jobs derived from the database, reported to the UI by Qt signals only."""
