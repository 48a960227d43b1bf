"""Qt widgets on top of the core services; no business rules live here."""
