"""mentoring: leaders who crossed sectors offer conversations, leaders considering a move ask for one

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 18:45:00

``mentor_offer`` (one per profile, kept with ``withdrawn_at`` when withdrawn) and ``mentor_request`` (one per
offer and mentee, ``ON DELETE CASCADE`` from both profiles). Notifications get two kinds (``mentor_request`` to
the mentor, ``mentor_answer`` to the mentee) and a ``mentor_request_id`` that cascades, so an erased leader
leaves no notification about a mentoring request in anyone's inbox.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

SQLITE = {"sqlite_autoincrement": True}  # if SQLite recreates the table, ids are still never reused (see 0006)

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KINDS = "kind IN ('contact_request', 'contact_answer', 'interest', 'approval', 'approval_request')"
NEW_KINDS = (
    "kind IN ('contact_request', 'contact_answer', 'interest', 'approval', 'approval_request', "
    "'mentor_request', 'mentor_answer')"
)


def upgrade() -> None:
    op.create_table(
        "mentor_offer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("max_mentees", sa.Integer(), nullable=False),
        sa.Column("paused", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("show_title", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("shown_while_hidden", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("max_mentees BETWEEN 1 AND 5", name=op.f("ck_mentor_offer_max_mentees")),
        sa.ForeignKeyConstraint(
            ["profile_id"], ["profile.id"], name=op.f("fk_mentor_offer_profile_id_profile"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentor_offer")),
        sa.UniqueConstraint("profile_id", name=op.f("uq_mentor_offer_profile_id")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "mentor_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("offer_id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("target_sector", sa.String(length=20), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('pending', 'accepted', 'declined', 'cancelled', 'closed')",
            name=op.f("ck_mentor_request_status"),
        ),
        sa.CheckConstraint(
            "target_sector IN ('stat', 'region', 'kommune', 'privat')", name=op.f("ck_mentor_request_target_sector")
        ),
        sa.ForeignKeyConstraint(
            ["mentee_id"], ["profile.id"], name=op.f("fk_mentor_request_mentee_id_profile"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["offer_id"],
            ["mentor_offer.id"],
            name=op.f("fk_mentor_request_offer_id_mentor_offer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentor_request")),
        sa.UniqueConstraint("offer_id", "mentee_id", name="uq_mentor_request_offer_mentee"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("mentor_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentor_request_mentee_id"), ["mentee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mentor_request_offer_id"), ["offer_id"], unique=False)

    with op.batch_alter_table("notification", schema=None, table_kwargs=SQLITE) as batch_op:
        batch_op.add_column(sa.Column("mentor_request_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_notification_mentor_request_id"), ["mentor_request_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_notification_mentor_request_id_mentor_request"),
            "mentor_request",
            ["mentor_request_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.drop_constraint(batch_op.f("ck_notification_kind"), type_="check")
        batch_op.create_check_constraint(batch_op.f("ck_notification_kind"), NEW_KINDS)


def downgrade() -> None:
    op.execute("DELETE FROM notification WHERE kind IN ('mentor_request', 'mentor_answer')")
    with op.batch_alter_table("notification", schema=None, table_kwargs=SQLITE) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_notification_kind"), type_="check")
        batch_op.create_check_constraint(batch_op.f("ck_notification_kind"), OLD_KINDS)
        batch_op.drop_constraint(batch_op.f("fk_notification_mentor_request_id_mentor_request"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_notification_mentor_request_id"))
        batch_op.drop_column("mentor_request_id")

    with op.batch_alter_table("mentor_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentor_request_offer_id"))
        batch_op.drop_index(batch_op.f("ix_mentor_request_mentee_id"))

    op.drop_table("mentor_request")
    op.drop_table("mentor_offer")
