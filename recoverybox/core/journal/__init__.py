"""Journal entries and their full-text search."""
