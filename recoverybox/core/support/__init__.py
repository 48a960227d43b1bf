"""The person's support network and the shipped table of crisis lines."""
