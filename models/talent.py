"""Employers' saved talent searches and the anonymous candidates mailed for them.

A talent search is a few filters (function, level, region, only leaders from other sectors than the employer's
own); ``flask send-alerts`` mails its owner a daily or weekly digest of new, anonymous candidates who match.
A ``TalentDelivery`` row per employer and leader makes the digest never name the same leader twice.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, CheckConstraint, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .enums import LEVELS, check_between, check_in, or_null

if TYPE_CHECKING:
    from .profile import Profile
    from .user import User


class TalentFrequency(StrEnum):
    """How often the owner wants the digest."""

    DAILY = "daily"
    WEEKLY = "weekly"


class TalentSearch(Base):
    """A search an employer wants new candidates for; empty filters match every candidate."""

    __tablename__ = "talent_search"
    __table_args__ = (
        CheckConstraint(check_in("frequency", TalentFrequency), name="frequency"),
        CheckConstraint(or_null("level", check_between("level", LEVELS)), name="level"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    function: Mapped[str | None] = mapped_column(String(40))  # a function id of matcher/data/functions.json
    level: Mapped[int | None] = mapped_column(Integer)
    region: Mapped[int | None] = mapped_column(Integer)  # a region code (geography.REGIONS)
    other_sectors_only: Mapped[bool] = mapped_column(Boolean, default=False)
    frequency: Mapped[str] = mapped_column(String(10), default=TalentFrequency.WEEKLY)
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # paused searches send nothing
    unsubscribe_token: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_digest_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    user: Mapped[User] = relationship()

    def __repr__(self) -> str:
        return f"<TalentSearch {self.id} {self.name!r} {self.frequency}>"


class TalentDelivery(Base):
    """A leader who was mailed (anonymously) to an employer: the unique key makes digests never repeat."""

    __tablename__ = "talent_delivery"
    __table_args__ = (UniqueConstraint("user_id", "profile_id", name="uq_talent_delivery_user_profile"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"), index=True)
    talent_search_id: Mapped[int | None] = mapped_column(
        ForeignKey("talent_search.id", ondelete="SET NULL"), index=True
    )
    sent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    profile: Mapped[Profile] = relationship()
    search: Mapped[TalentSearch | None] = relationship()

    def __repr__(self) -> str:
        return f"<TalentDelivery u{self.user_id} p{self.profile_id}>"
