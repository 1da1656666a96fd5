"""Notifications: what happened to a person (a contact request, an answer, an approval, interest), shown in
their in-app inbox and mailed at once, in the daily digest or not at all, as they chose per kind.

A notification stores references, not sentences: the text is written when it is shown or mailed, in the
reader's language, and a notification about a leader's request or interest goes with the row it points at (the
foreign keys cascade), so deleting a leader's account leaves no notification about them in anyone's inbox.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import JSON, CheckConstraint, DateTime, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .enums import check_in

if TYPE_CHECKING:
    from .matching import ContactRequest, Interest
    from .mentoring import MentorRequest
    from .user import User
    from .vacancy import Vacancy


class NotificationKind(StrEnum):
    """What a notification is about; each person chooses per kind how they are told."""

    CONTACT_REQUEST = "contact_request"  # to a leader: an employer asks for contact
    CONTACT_ANSWER = "contact_answer"  # to the employer who asked: the leader accepted or declined
    INTEREST = "interest"  # to a vacancy's employers: a leader is interested
    APPROVAL = "approval"  # to an employer: the account was approved or rejected
    APPROVAL_REQUEST = "approval_request"  # to admins: an employer has confirmed the address and waits
    MENTOR_REQUEST = "mentor_request"  # to a mentor: a leader asks for a conversation
    MENTOR_ANSWER = "mentor_answer"  # to the leader who asked: the mentor accepted, declined or withdrew the offer
    TALENT_MATCHES = "talent_matches"  # to an employer: new candidates for a talent search (inbox only)
    FOLLOW_UP = "follow_up"  # to both sides of a hire, 3 and 12 months on: does it work?


class Delivery(StrEnum):
    """How a person wants to hear of one kind of notification by e-mail (the inbox always shows it)."""

    NOW = "now"  # a mail at once
    DIGEST = "digest"  # in the daily digest mail
    NEVER = "never"  # no mail


class Notification(Base):
    """One thing that happened to ``user``; unread until they open it."""

    __tablename__ = "notification"
    __table_args__ = (
        CheckConstraint(check_in("kind", NotificationKind), name="kind"),
        CheckConstraint(check_in("delivery", Delivery), name="delivery"),
        # The header's unread count reads only this index.
        Index("ix_notification_user_id_read_at", "user_id", "read_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    contact_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_request.id", ondelete="CASCADE"), index=True
    )
    interest_id: Mapped[int | None] = mapped_column(ForeignKey("interest.id", ondelete="CASCADE"), index=True)
    mentor_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("mentor_request.id", ondelete="CASCADE"), index=True
    )
    vacancy_id: Mapped[int | None] = mapped_column(ForeignKey("vacancy.id", ondelete="CASCADE"), index=True)
    # The account an admin is told about (an employer waiting for approval).
    subject_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    details: Mapped[dict] = mapped_column(JSON, default=dict)  # approval: {"approved": bool, "reason": str}
    delivery: Mapped[str] = mapped_column(String(10), default=Delivery.NOW)  # as chosen when it was made
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    mailed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    user: Mapped[User] = relationship(foreign_keys=[user_id])
    subject_user: Mapped[User | None] = relationship(foreign_keys=[subject_user_id])
    contact_request: Mapped[ContactRequest | None] = relationship()
    interest: Mapped[Interest | None] = relationship()
    mentor_request: Mapped[MentorRequest | None] = relationship()
    vacancy: Mapped[Vacancy | None] = relationship()

    def __repr__(self) -> str:
        return f"<Notification {self.id} u{self.user_id} {self.kind}>"


class NotificationSetting(Base):
    """A person's choices: per kind now / digest / never, the language of their mails, and the secret of
    the unsubscribe links in them. No row means the defaults (``webapp/services/notifications.py``)."""

    __tablename__ = "notification_setting"

    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True)
    choices: Mapped[dict] = mapped_column(JSON, default=dict)  # {kind: delivery}; a kind not here: its default
    language: Mapped[str] = mapped_column(String(5), default="da")
    unsubscribe_token: Mapped[str] = mapped_column(String(64), unique=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    user: Mapped[User] = relationship()

    def __repr__(self) -> str:
        return f"<NotificationSetting u{self.user_id} {self.language}>"
