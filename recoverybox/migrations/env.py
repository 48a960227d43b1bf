"""Alembic environment: runs on the connection ``recoverybox.core.storage.db`` hands over."""

from alembic import context

from recoverybox.core.storage.models import Base  # the tables: every model is declared there

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
