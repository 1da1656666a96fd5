"""e-mail confirmation of new accounts

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 06:50:00

A registration no longer logs in at once: the account waits until its owner follows the link mailed to the
address, so the registration form answers the same whether or not the address already had an account.
Existing accounts count as confirmed.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("user_account", schema=None, table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.add_column(sa.Column("email_confirmed_at", sa.DateTime(timezone=True), nullable=True))
    users = sa.table(
        "user_account",
        sa.column("email_confirmed_at", sa.DateTime(timezone=True)),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    op.get_bind().execute(users.update().values(email_confirmed_at=users.c.created_at))


def downgrade() -> None:
    with op.batch_alter_table("user_account", schema=None, table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.drop_column("email_confirmed_at")
