"""API tokens: an optional expiry and a scope (read or full)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-09 09:00:00

Every existing token keeps working as before: ``scope`` is added with the server default ``full`` and
``expires_at`` is left empty (never expires). On SQLite the check constraint needs the table recreated
(batch mode); ``sqlite_autoincrement`` is kept so that token ids are still never reused (see 0006).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE = {"sqlite_autoincrement": True}


def upgrade() -> None:
    with op.batch_alter_table("api_token", schema=None, table_kwargs=SQLITE) as batch_op:
        batch_op.add_column(sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("scope", sa.String(length=8), server_default="full", nullable=False))
        batch_op.create_check_constraint(op.f("ck_api_token_scope"), "scope IN ('read', 'full')")


def downgrade() -> None:
    with op.batch_alter_table("api_token", schema=None, table_kwargs=SQLITE) as batch_op:
        batch_op.drop_constraint(op.f("ck_api_token_scope"), type_="check")
        batch_op.drop_column("scope")
        batch_op.drop_column("expires_at")
