"""A weight version's ranking quality and cross-sector exposure on the fixed evaluation set.

Computed by ``flask weights fairness`` (never in a request) and kept per weight set: its weights never change,
so neither do its numbers on one evaluation set. ``evaluation`` names the set; a result on another set (after
the set's definition changed) is shown as outdated, not mixed with the others.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class WeightFairness(Base):
    """nDCG@10, recall@50 and exposure@10 of one weight version on the evaluation set."""

    __tablename__ = "weight_fairness"

    weight_set_id: Mapped[int] = mapped_column(ForeignKey("weight_set.id", ondelete="CASCADE"), primary_key=True)
    evaluation: Mapped[str] = mapped_column(String(100))
    ndcg: Mapped[float] = mapped_column(Float)
    recall: Mapped[float] = mapped_column(Float)
    exposure: Mapped[float | None] = mapped_column(Float)  # None: no other-sector fit to be exposed
    # Per vacancy sector: {"stat": {"exposure": .., "ndcg": .., "vacancies": ..}, ...}
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    computed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    def __repr__(self) -> str:
        return f"<WeightFairness weight_set {self.weight_set_id} {self.evaluation}>"
