"""Everything as JSON and CSV, and a JSON export checked field by field before it is loaded."""
