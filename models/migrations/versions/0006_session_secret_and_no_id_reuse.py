"""session secrets, and ids that are never reused

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 05:40:00

Every account gets a session secret that is part of its login sessions' id, so a session can be revoked
and a cookie never logs in another account. On SQLite every table is recreated with AUTOINCREMENT, so the id
of a deleted row (an account, a vacancy, a token) is never handed to a new one; PostgreSQL's sequences never
go back already. The recreation copies every row; foreign keys are switched off around it by env.py.
"""

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Parents before children, as of this revision.
TABLES = (
    "organisation",
    "user_account",
    "api_token",
    "audit_entry",
    "index_change",
    "profile",
    "saved_search",
    "vacancy",
    "weight_set",
    "alert_delivery",
    "candidate_decision",
    "contact_request",
    "experience",
    "interest",
)


def upgrade() -> None:
    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.add_column(sa.Column("session_secret", sa.String(length=64), nullable=True))
    connection = op.get_bind()
    users = sa.table("user_account", sa.column("id", sa.Integer), sa.column("session_secret", sa.String))
    for (user_id,) in connection.execute(sa.select(users.c.id)).all():
        connection.execute(users.update().where(users.c.id == user_id).values(session_secret=secrets.token_urlsafe(24)))
    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.alter_column("session_secret", existing_type=sa.String(length=64), nullable=False)
    if connection.dialect.name == "sqlite":
        for name in TABLES:
            with op.batch_alter_table(name, recreate="always", table_kwargs={"sqlite_autoincrement": True}):
                pass


def downgrade() -> None:
    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.drop_column("session_secret")
