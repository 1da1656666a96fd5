"""Mentoring between leaders: a leader who has crossed sectors offers to be a mentor, and a leader considering a
move asks for a conversation.

An offer is kept when withdrawn (``withdrawn_at``), so asking again after the mentor offers again reuses the same
request row: one request per mentor and mentee, ever (the unique constraint is what stops duplicates). Both
tables hang on profiles with ``ON DELETE CASCADE``: deleting either leader's account removes the offer, the
requests and (through ``notification.mentor_request_id``) every notification about them.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, utcnow
from .enums import Sector, check_between, check_in

if TYPE_CHECKING:
    from .profile import Profile

MAX_MENTEES = 5  # the most conversations one mentor may take on at a time


class MentorRequestStatus(StrEnum):
    """Where a mentee's request stands."""

    PENDING = "pending"  # venter på svar
    ACCEPTED = "accepted"  # accepteret: both see each other's name and e-mail
    DECLINED = "declined"  # afslået
    CANCELLED = "cancelled"  # the mentee took it back before an answer
    CLOSED = "closed"  # the mentor withdrew the offer before answering


class MentorOffer(Timestamped, Base):
    """A leader's offer to talk with leaders considering a move across sectors; shown only to leaders."""

    __tablename__ = "mentor_offer"
    __table_args__ = (CheckConstraint(check_between("max_mentees", range(1, MAX_MENTEES + 1)), name="max_mentees"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"), unique=True)
    text: Mapped[str] = mapped_column(Text, default="")  # what I can help with, in the mentor's own words
    max_mentees: Mapped[int] = mapped_column(Integer, default=2)
    paused: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    show_title: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # A hidden leader is shown as a mentor only when they tick this (their profile stays hidden from employers).
    shown_while_hidden: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    profile: Mapped[Profile] = relationship()
    requests: Mapped[list[MentorRequest]] = relationship(back_populates="offer", passive_deletes=True)

    def __repr__(self) -> str:
        state = "withdrawn" if self.withdrawn_at else "paused" if self.paused else "open"
        return f"<MentorOffer {self.id} p{self.profile_id} {state}>"


class MentorRequest(Base):
    """A leader asks a mentor for a conversation about a move into ``target_sector``; the mentor answers."""

    __tablename__ = "mentor_request"
    __table_args__ = (
        UniqueConstraint("offer_id", "mentee_id", name="uq_mentor_request_offer_mentee"),
        CheckConstraint(check_in("status", MentorRequestStatus), name="status"),
        CheckConstraint(check_in("target_sector", Sector), name="target_sector"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    offer_id: Mapped[int] = mapped_column(ForeignKey("mentor_offer.id", ondelete="CASCADE"), index=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"), index=True)
    target_sector: Mapped[str] = mapped_column(String(20))
    message: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=MentorRequestStatus.PENDING)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    offer: Mapped[MentorOffer] = relationship(back_populates="requests")
    mentee: Mapped[Profile] = relationship()

    def __repr__(self) -> str:
        return f"<MentorRequest {self.id} o{self.offer_id} p{self.mentee_id} {self.status}>"
