"""notifications and notification settings

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 15:44:04

Contact requests, answers, approvals and interest now reach the person they concern: an in-app inbox
(``notification``) and mail at once, in the daily digest or never, as each person chooses per kind
(``notification_setting``, one row per person who has chosen or been mailed; no row means the defaults).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "notification_setting",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("choices", sa.JSON(), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("unsubscribe_token", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_notification_setting_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_notification_setting")),
        sa.UniqueConstraint("unsubscribe_token", name=op.f("uq_notification_setting_unsubscribe_token")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "notification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("contact_request_id", sa.Integer(), nullable=True),
        sa.Column("interest_id", sa.Integer(), nullable=True),
        sa.Column("vacancy_id", sa.Integer(), nullable=True),
        sa.Column("subject_user_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("delivery", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("mailed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("delivery IN ('now', 'digest', 'never')", name=op.f("ck_notification_delivery")),
        sa.CheckConstraint(
            "kind IN ('contact_request', 'contact_answer', 'interest', 'approval', 'approval_request')",
            name=op.f("ck_notification_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_request_id"],
            ["contact_request.id"],
            name=op.f("fk_notification_contact_request_id_contact_request"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interest_id"], ["interest.id"], name=op.f("fk_notification_interest_id_interest"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["subject_user_id"],
            ["user_account.id"],
            name=op.f("fk_notification_subject_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_notification_user_id_user_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["vacancy_id"], ["vacancy.id"], name=op.f("fk_notification_vacancy_id_vacancy"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("notification", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notification_contact_request_id"), ["contact_request_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_notification_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_notification_interest_id"), ["interest_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_notification_subject_user_id"), ["subject_user_id"], unique=False)
        batch_op.create_index("ix_notification_user_id_read_at", ["user_id", "read_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_notification_vacancy_id"), ["vacancy_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("notification", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notification_vacancy_id"))
        batch_op.drop_index("ix_notification_user_id_read_at")
        batch_op.drop_index(batch_op.f("ix_notification_subject_user_id"))
        batch_op.drop_index(batch_op.f("ix_notification_interest_id"))
        batch_op.drop_index(batch_op.f("ix_notification_created_at"))
        batch_op.drop_index(batch_op.f("ix_notification_contact_request_id"))
    op.drop_table("notification")
    op.drop_table("notification_setting")
