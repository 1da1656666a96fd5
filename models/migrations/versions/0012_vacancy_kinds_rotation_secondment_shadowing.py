"""Vacancy kinds: rotation, secondment and job-shadowing offers beside ordinary posts

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 18:40:00

A vacancy is an ordinary post (every existing row, by the server default) or a short offer: a rotationsforløb,
an udstationering (secondment) or a følordning (job shadowing) of 1–6 whole months, perhaps from a given month
and perhaps with the leader's home employer still paying the salary. ``ck_vacancy_offer_terms`` keeps the
offer's terms off posts and the duration on offers.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

SQLITE = {"sqlite_autoincrement": True}  # if SQLite recreates the table, ids are still never reused (see 0006)

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("vacancy", schema=None, table_kwargs=SQLITE) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=20), server_default="post", nullable=False))
        batch_op.add_column(sa.Column("duration_months", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("start_month", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("home_employer_pays", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.create_check_constraint(
            op.f("ck_vacancy_kind"), "kind IN ('post', 'rotation', 'secondment', 'shadowing')"
        )
        batch_op.create_check_constraint(
            op.f("ck_vacancy_offer_terms"),
            "(kind = 'post' AND duration_months IS NULL AND start_month IS NULL AND NOT home_employer_pays)"
            " OR (kind <> 'post' AND duration_months IS NOT NULL AND duration_months BETWEEN 1 AND 6)",
        )


def downgrade() -> None:
    with op.batch_alter_table("vacancy", schema=None, table_kwargs=SQLITE) as batch_op:
        batch_op.drop_constraint(op.f("ck_vacancy_offer_terms"), type_="check")
        batch_op.drop_constraint(op.f("ck_vacancy_kind"), type_="check")
        batch_op.drop_column("home_employer_pays")
        batch_op.drop_column("start_month")
        batch_op.drop_column("duration_months")
        batch_op.drop_column("kind")
