"""talent searches with their deliveries, and follow-ups of hires with answers kept as aggregate data

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 19:30:00

``talent_search`` (an employer's filters, daily or weekly, paused or not, with an unsubscribe secret) and
``talent_delivery`` (one row per employer and leader mailed, so a digest never repeats; cascades with both).
``follow_up`` says who was asked about which hire at 3 or 12 months (never twice: unique per hire, person and
month), ``follow_up_answer`` keeps the answers with nothing that points back to the person or the hire.
Notifications get two kinds: ``talent_matches`` and ``follow_up``.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

SQLITE = {"sqlite_autoincrement": True}  # if SQLite recreates the table, ids are still never reused (see 0006)

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KINDS = (
    "kind IN ('contact_request', 'contact_answer', 'interest', 'approval', 'approval_request', "
    "'mentor_request', 'mentor_answer')"
)
NEW_KINDS = (
    "kind IN ('contact_request', 'contact_answer', 'interest', 'approval', 'approval_request', "
    "'mentor_request', 'mentor_answer', 'talent_matches', 'follow_up')"
)


def upgrade() -> None:
    op.create_table(
        "talent_search",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("function", sa.String(length=40), nullable=True),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("region", sa.Integer(), nullable=True),
        sa.Column("other_sectors_only", sa.Boolean(), nullable=False),
        sa.Column("frequency", sa.String(length=10), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("unsubscribe_token", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_digest_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("frequency IN ('daily', 'weekly')", name=op.f("ck_talent_search_frequency")),
        sa.CheckConstraint("level IS NULL OR level BETWEEN 1 AND 4", name=op.f("ck_talent_search_level")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_talent_search_user_id_user_account"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talent_search")),
        sa.UniqueConstraint("unsubscribe_token", name=op.f("uq_talent_search_unsubscribe_token")),
        **SQLITE,
    )
    op.create_index(op.f("ix_talent_search_user_id"), "talent_search", ["user_id"], unique=False)
    op.create_table(
        "talent_delivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("talent_search_id", sa.Integer(), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"], ["profile.id"], name=op.f("fk_talent_delivery_profile_id_profile"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["talent_search_id"],
            ["talent_search.id"],
            name=op.f("fk_talent_delivery_talent_search_id_talent_search"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_talent_delivery_user_id_user_account"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talent_delivery")),
        sa.UniqueConstraint("user_id", "profile_id", name="uq_talent_delivery_user_profile"),
        **SQLITE,
    )
    op.create_index(op.f("ix_talent_delivery_user_id"), "talent_delivery", ["user_id"], unique=False)
    op.create_index(op.f("ix_talent_delivery_profile_id"), "talent_delivery", ["profile_id"], unique=False)
    op.create_index(op.f("ix_talent_delivery_talent_search_id"), "talent_delivery", ["talent_search_id"], unique=False)
    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("outcome_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(length=10), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("side IN ('leader', 'employer')", name=op.f("ck_follow_up_side")),
        sa.CheckConstraint("status IN ('open', 'answered', 'closed')", name=op.f("ck_follow_up_status")),
        sa.CheckConstraint("months IN (3, 12)", name=op.f("ck_follow_up_months")),
        sa.ForeignKeyConstraint(
            ["outcome_id"], ["outcome.id"], name=op.f("fk_follow_up_outcome_id_outcome"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_follow_up_user_id_user_account"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
        sa.UniqueConstraint("outcome_id", "user_id", "months", name="uq_follow_up_outcome_user_months"),
        **SQLITE,
    )
    op.create_index(op.f("ix_follow_up_outcome_id"), "follow_up", ["outcome_id"], unique=False)
    op.create_index(op.f("ix_follow_up_user_id"), "follow_up", ["user_id"], unique=False)
    op.create_table(
        "follow_up_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("from_sector", sa.String(length=20), nullable=False),
        sa.Column("to_sector", sa.String(length=20), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(length=10), nullable=False),
        sa.Column("works", sa.Integer(), nullable=False),
        sa.Column("helped", sa.JSON(), nullable=False),
        sa.Column("hindered", sa.JSON(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.CheckConstraint(
            "from_sector IN ('stat', 'region', 'kommune', 'privat')", name=op.f("ck_follow_up_answer_from_sector")
        ),
        sa.CheckConstraint(
            "to_sector IN ('stat', 'region', 'kommune', 'privat')", name=op.f("ck_follow_up_answer_to_sector")
        ),
        sa.CheckConstraint("side IN ('leader', 'employer')", name=op.f("ck_follow_up_answer_side")),
        sa.CheckConstraint("months IN (3, 12)", name=op.f("ck_follow_up_answer_months")),
        sa.CheckConstraint("works BETWEEN 1 AND 5", name=op.f("ck_follow_up_answer_works")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_answer")),
        **SQLITE,
    )
    with op.batch_alter_table("notification", schema=None, table_kwargs=SQLITE) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_notification_kind"), type_="check")
        batch_op.create_check_constraint(batch_op.f("ck_notification_kind"), NEW_KINDS)


def downgrade() -> None:
    op.execute("DELETE FROM notification WHERE kind IN ('talent_matches', 'follow_up')")
    with op.batch_alter_table("notification", schema=None, table_kwargs=SQLITE) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_notification_kind"), type_="check")
        batch_op.create_check_constraint(batch_op.f("ck_notification_kind"), OLD_KINDS)
    op.drop_table("follow_up_answer")
    op.drop_index(op.f("ix_follow_up_user_id"), table_name="follow_up")
    op.drop_index(op.f("ix_follow_up_outcome_id"), table_name="follow_up")
    op.drop_table("follow_up")
    op.drop_index(op.f("ix_talent_delivery_talent_search_id"), table_name="talent_delivery")
    op.drop_index(op.f("ix_talent_delivery_profile_id"), table_name="talent_delivery")
    op.drop_index(op.f("ix_talent_delivery_user_id"), table_name="talent_delivery")
    op.drop_table("talent_delivery")
    op.drop_index(op.f("ix_talent_search_user_id"), table_name="talent_search")
    op.drop_table("talent_search")
