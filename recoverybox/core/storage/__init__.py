"""The one data file: engine and sessions, ORM models, schema revisions, backups, encryption of files and
whole-or-nothing writes. Knows no service."""
