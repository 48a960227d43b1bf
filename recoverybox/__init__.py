"""RecoveryBox: a local-first desktop planner for people in recovery."""

__version__ = "0.1.0"
