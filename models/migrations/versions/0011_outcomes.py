"""outcomes of matches and reported new jobs

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 16:48:54

What came of an accepted contact (interview, hired, not hired, withdrawn; the latest replaces the earlier, which
stay in ``history``) and the new jobs leaders report, found through Sektorbro or elsewhere. A hire keeps the
sector and level before and after and its date: the mobility dashboard's facts. Every link to a person is
``ON DELETE SET NULL``, and erasure empties the personal columns (``outcomes.anonymise``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "outcome",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=True),
        sa.Column("contact_request_id", sa.Integer(), nullable=True),
        sa.Column("vacancy_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("from_sector", sa.String(length=20), nullable=True),
        sa.Column("to_sector", sa.String(length=20), nullable=True),
        sa.Column("level_before", sa.Integer(), nullable=True),
        sa.Column("level_after", sa.Integer(), nullable=True),
        sa.Column("via_sektorbro", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("title", sa.String(length=200), server_default="", nullable=False),
        sa.Column("organisation_name", sa.String(length=200), server_default="", nullable=False),
        sa.Column("history", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "from_sector IS NULL OR from_sector IN ('stat', 'region', 'kommune', 'privat')",
            name=op.f("ck_outcome_from_sector"),
        ),
        sa.CheckConstraint("kind IN ('interview', 'hired', 'not_hired', 'withdrawn')", name=op.f("ck_outcome_kind")),
        sa.CheckConstraint("source IN ('employer', 'leader')", name=op.f("ck_outcome_source")),
        sa.CheckConstraint(
            "to_sector IS NULL OR to_sector IN ('stat', 'region', 'kommune', 'privat')",
            name=op.f("ck_outcome_to_sector"),
        ),
        sa.CheckConstraint("level_after IS NULL OR level_after BETWEEN 1 AND 4", name=op.f("ck_outcome_level_after")),
        sa.CheckConstraint(
            "level_before IS NULL OR level_before BETWEEN 1 AND 4", name=op.f("ck_outcome_level_before")
        ),
        sa.ForeignKeyConstraint(
            ["contact_request_id"],
            ["contact_request.id"],
            name=op.f("fk_outcome_contact_request_id_contact_request"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"], ["profile.id"], name=op.f("fk_outcome_profile_id_profile"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["user_account.id"],
            name=op.f("fk_outcome_recorded_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["vacancy_id"], ["vacancy.id"], name=op.f("fk_outcome_vacancy_id_vacancy"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcome")),
        sa.UniqueConstraint("contact_request_id", name=op.f("uq_outcome_contact_request_id")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("outcome", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outcome_occurred_on"), ["occurred_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_outcome_profile_id"), ["profile_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_outcome_vacancy_id"), ["vacancy_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outcome", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outcome_vacancy_id"))
        batch_op.drop_index(batch_op.f("ix_outcome_profile_id"))
        batch_op.drop_index(batch_op.f("ix_outcome_occurred_on"))

    op.drop_table("outcome")
