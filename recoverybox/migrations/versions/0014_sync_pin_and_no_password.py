"""sync_account.pinned_certificate and .no_password: a self-signed server certificate the person trusted (its
SHA-256 fingerprint, in hex), and an account on a server that asks for no password

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sync_account", sa.Column("pinned_certificate", sa.String(64), nullable=True))
    op.add_column("sync_account", sa.Column("no_password", sa.Boolean(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("sync_account") as batch:
        batch.drop_column("no_password")
        batch.drop_column("pinned_certificate")
