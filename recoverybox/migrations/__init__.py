"""Alembic migrations, shipped inside the package and applied at start.

``HEAD`` lets start-up skip importing Alembic when the database is already current; a test checks it
matches the newest revision file.
"""

HEAD = "0014"
