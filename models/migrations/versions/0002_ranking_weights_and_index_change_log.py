"""ranking weights and index change log

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 07:36:43.696325
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "index_change",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_index_change")),
    )
    with op.batch_alter_table("index_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_index_change_profile_id"), ["profile_id"], unique=False)

    op.create_table(
        "weight_set",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("weights", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["user_account.id"],
            name=op.f("fk_weight_set_created_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_weight_set")),
        sa.UniqueConstraint("version", name=op.f("uq_weight_set_version")),
    )
    with op.batch_alter_table("weight_set", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_weight_set_active"), ["active"], unique=False)

    # The default weights as of this revision (matcher.weights.Weights may change later; this row may not).
    weight_set = sa.table(
        "weight_set",
        sa.column("version", sa.Integer),
        sa.column("weights", sa.JSON),
        sa.column("active", sa.Boolean),
        sa.column("note", sa.Text),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    op.bulk_insert(
        weight_set,
        [
            {
                "version": 1,
                "weights": {
                    "competence": 0.45,
                    "text": 0.10,
                    "level": 0.17,
                    "geography": 0.12,
                    "willingness": 0.10,
                    "cross_sector": 0.06,
                },
                "active": True,
                "note": "Standardvægte",
                "created_at": datetime.now(UTC),
            }
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("weight_set", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_weight_set_active"))

    op.drop_table("weight_set")
    with op.batch_alter_table("index_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_index_change_profile_id"))

    op.drop_table("index_change")
