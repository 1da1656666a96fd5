"""Organisations: placed in the hierarchy by an admin, or waiting for it

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-09 12:00:00

Every existing organisation counts as placed (server default true): they came from imports, the demo seed or
employers' registrations an admin has already approved. Organisations that leaders type or employers register
from now on are created unplaced and wait for an admin.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

SQLITE = {"sqlite_autoincrement": True}  # if SQLite recreates the table, ids are still never reused (see 0006)

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("organisation", schema=None, table_kwargs=SQLITE) as batch_op:
        batch_op.add_column(sa.Column("placed", sa.Boolean(), server_default=sa.true(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("organisation", schema=None, table_kwargs=SQLITE) as batch_op:
        batch_op.drop_column("placed")
