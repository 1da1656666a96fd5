"""Follow-up questions three and twelve months after a hire, and the answers kept as aggregate data only.

``FollowUp`` says that one person (the leader hired, or an employer of the receiving organisation) was asked
about one hire at 3 or 12 months and whether they answered: it exists so nobody is asked twice. The answer
itself goes to ``FollowUpAnswer``, which has no link to the person, the hire or the question: only the sector
pair, 3 or 12 months, the side that answered, the scale and the chosen factors, and the month it was given (to
erase the optional comment after a while). Neither row carries the time of answering, so the two cannot be
joined by a timestamp.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import JSON, CheckConstraint, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .enums import Sector, check_between, check_in

if TYPE_CHECKING:
    from .outcome import Outcome
    from .user import User

FOLLOW_UP_MONTHS = (3, 12)
WORKS_SCALE = (1, 2, 3, 4, 5)  # "does the move work?": 1 (not at all) to 5 (very well)


class FollowUpSide(StrEnum):
    """Who answers: the leader who was hired or the employer who hired them."""

    LEADER = "leader"
    EMPLOYER = "employer"


class FollowUpStatus(StrEnum):
    """Where one question stands."""

    OPEN = "open"
    ANSWERED = "answered"
    CLOSED = "closed"  # a colleague at the same employer answered it first


class FollowUp(Base):
    """One follow-up question put to one person about one hire (never twice: the unique key)."""

    __tablename__ = "follow_up"
    __table_args__ = (
        UniqueConstraint("outcome_id", "user_id", "months", name="uq_follow_up_outcome_user_months"),
        CheckConstraint(check_in("side", FollowUpSide), name="side"),
        CheckConstraint(check_in("status", FollowUpStatus), name="status"),
        CheckConstraint(check_in("months", FOLLOW_UP_MONTHS), name="months"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    outcome_id: Mapped[int] = mapped_column(ForeignKey("outcome.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    side: Mapped[str] = mapped_column(String(10))
    months: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), default=FollowUpStatus.OPEN)
    asked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    outcome: Mapped[Outcome] = relationship()
    user: Mapped[User] = relationship()

    def __repr__(self) -> str:
        return f"<FollowUp {self.id} o{self.outcome_id} u{self.user_id} {self.months}m {self.status}>"


class FollowUpAnswer(Base):
    """One answer, with nothing that points to who gave it or about which hire."""

    __tablename__ = "follow_up_answer"
    __table_args__ = (
        CheckConstraint(check_in("from_sector", Sector), name="from_sector"),
        CheckConstraint(check_in("to_sector", Sector), name="to_sector"),
        CheckConstraint(check_in("side", FollowUpSide), name="side"),
        CheckConstraint(check_in("months", FOLLOW_UP_MONTHS), name="months"),
        CheckConstraint(check_between("works", WORKS_SCALE), name="works"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    from_sector: Mapped[str] = mapped_column(String(20))
    to_sector: Mapped[str] = mapped_column(String(20))
    months: Mapped[int] = mapped_column(Integer)
    side: Mapped[str] = mapped_column(String(10))
    works: Mapped[int] = mapped_column(Integer)  # 1 (slet ikke) .. 5 (rigtig godt)
    helped: Mapped[list[str]] = mapped_column(JSON, default=list)
    hindered: Mapped[list[str]] = mapped_column(JSON, default=list)
    comment: Mapped[str] = mapped_column(Text, default="")  # read by admins only, erased after a while
    period: Mapped[str] = mapped_column(String(7))  # YYYY-MM the answer was given

    def __repr__(self) -> str:
        return f"<FollowUpAnswer {self.id} {self.from_sector}->{self.to_sector} {self.months}m {self.side}>"
