"""What happens around a match: employers' decisions, contact requests and leaders' interest."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, CheckConstraint, DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, utcnow
from .enums import ContactStatus, Decision, RejectReason, check_in, or_null

if TYPE_CHECKING:
    from .profile import Profile
    from .user import User
    from .vacancy import Vacancy


class CandidateDecision(Timestamped, Base):
    """An employer's verdict and private note on one candidate for one vacancy.

    ``components`` keeps the score components as they were when the decision was made: the training data
    for proposing weights from feedback.
    """

    __tablename__ = "candidate_decision"
    __table_args__ = (
        UniqueConstraint("vacancy_id", "profile_id", name="uq_candidate_decision_vacancy_profile"),
        CheckConstraint(or_null("decision", check_in("decision", Decision)), name="decision"),
        CheckConstraint(or_null("reason", check_in("reason", RejectReason)), name="reason"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancy.id", ondelete="CASCADE"), index=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"), index=True)
    decision: Mapped[str | None] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")
    components: Mapped[dict[str, float] | None] = mapped_column(JSON)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))

    vacancy: Mapped[Vacancy] = relationship()
    profile: Mapped[Profile] = relationship()
    decided_by: Mapped[User | None] = relationship()

    def __repr__(self) -> str:
        return f"<CandidateDecision v{self.vacancy_id} p{self.profile_id} {self.decision}>"


class ContactRequest(Base):
    """An employer asks a candidate for contact about a vacancy; the leader accepts or declines."""

    __tablename__ = "contact_request"
    __table_args__ = (
        UniqueConstraint("vacancy_id", "profile_id", name="uq_contact_request_vacancy_profile"),
        CheckConstraint(check_in("status", ContactStatus), name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancy.id", ondelete="CASCADE"), index=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"), index=True)
    sender_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    message: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=ContactStatus.PENDING)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    vacancy: Mapped[Vacancy] = relationship()
    profile: Mapped[Profile] = relationship()
    sender: Mapped[User | None] = relationship()

    def __repr__(self) -> str:
        return f"<ContactRequest v{self.vacancy_id} p{self.profile_id} {self.status}>"


class Interest(Base):
    """A leader has said they are interested in a vacancy."""

    __tablename__ = "interest"
    __table_args__ = (UniqueConstraint("vacancy_id", "profile_id", name="uq_interest_vacancy_profile"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancy.id", ondelete="CASCADE"), index=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    vacancy: Mapped[Vacancy] = relationship()
    profile: Mapped[Profile] = relationship()

    def __repr__(self) -> str:
        return f"<Interest v{self.vacancy_id} p{self.profile_id}>"
