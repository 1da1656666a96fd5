"""Who a ranking showed: a candidate's first appearance in a vacancy's top 10, the funnel's first stage.

A row is written the first time an employer's candidate list (the page or the API) shows the candidate among
its first 10 places; later views of the same pair write nothing (one insert-if-absent statement per view, see
``services.impressions``). It keeps the place and the weight version that ranked it then, never what the
employer did with it. The row goes with the vacancy or the profile (``ON DELETE CASCADE``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Integer, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow
from .enums import check_between

TOP = 10  # places that count as "in a top 10"


class Impression(Base):
    """One candidate's first appearance in one vacancy's top 10."""

    __tablename__ = "impression"
    __table_args__ = (
        UniqueConstraint("vacancy_id", "profile_id", name="uq_impression_vacancy_profile"),
        CheckConstraint(check_between("position", range(1, TOP + 1)), name="position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancy.id", ondelete="CASCADE"))
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # the place the first time (1 = best)
    weight_set_id: Mapped[int | None] = mapped_column(ForeignKey("weight_set.id", ondelete="SET NULL"))
    shown_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)

    def __repr__(self) -> str:
        return f"<Impression v{self.vacancy_id} p{self.profile_id} #{self.position}>"
