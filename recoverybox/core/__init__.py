"""The RecoveryBox domain: database, models and services. Never imports Qt."""
