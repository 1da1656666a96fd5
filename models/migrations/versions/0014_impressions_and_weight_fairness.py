"""Top-10 impressions (the funnel's first stage) and each weight version's numbers on the evaluation set

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 18:55:00

``impression``: a candidate's first appearance in a vacancy's top 10 on an employer's candidate list (page or
API), with the place and the weight version then; one row per (vacancy, profile), gone with either.
``weight_fairness``: nDCG@10, recall@50 and cross-sector exposure@10 of one weight version on the fixed
evaluation set (``flask weights fairness``), gone with the version.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "impression",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vacancy_id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("weight_set_id", sa.Integer(), nullable=True),
        sa.Column("shown_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("position BETWEEN 1 AND 10", name=op.f("ck_impression_position")),
        sa.ForeignKeyConstraint(
            ["profile_id"], ["profile.id"], name=op.f("fk_impression_profile_id_profile"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["vacancy_id"], ["vacancy.id"], name=op.f("fk_impression_vacancy_id_vacancy"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["weight_set_id"],
            ["weight_set.id"],
            name=op.f("fk_impression_weight_set_id_weight_set"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_impression")),
        sa.UniqueConstraint("vacancy_id", "profile_id", name="uq_impression_vacancy_profile"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("impression", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_impression_profile_id"), ["profile_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_impression_shown_at"), ["shown_at"], unique=False)
    op.create_table(
        "weight_fairness",
        sa.Column("weight_set_id", sa.Integer(), nullable=False),
        sa.Column("evaluation", sa.String(length=100), nullable=False),
        sa.Column("ndcg", sa.Float(), nullable=False),
        sa.Column("recall", sa.Float(), nullable=False),
        sa.Column("exposure", sa.Float(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["weight_set_id"],
            ["weight_set.id"],
            name=op.f("fk_weight_fairness_weight_set_id_weight_set"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("weight_set_id", name=op.f("pk_weight_fairness")),
    )


def downgrade() -> None:
    op.drop_table("weight_fairness")
    with op.batch_alter_table("impression", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_impression_shown_at"))
        batch_op.drop_index(batch_op.f("ix_impression_profile_id"))
    op.drop_table("impression")
