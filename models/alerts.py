"""Leaders' saved searches and the e-mail alerts sent for them."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow

if TYPE_CHECKING:
    from .user import User
    from .vacancy import Vacancy


class SavedSearch(Base):
    """A search a leader wants to be told about: the same filters as the public vacancy list."""

    __tablename__ = "saved_search"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    filters: Mapped[dict] = mapped_column(JSON, default=dict)  # {"text", "sector", "region", "level"}
    alerts: Mapped[bool] = mapped_column(Boolean, default=True)
    unsubscribe_token: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    user: Mapped[User] = relationship()

    def __repr__(self) -> str:
        return f"<SavedSearch {self.id} {self.name!r}>"


class AlertDelivery(Base):
    """A vacancy that was mailed to a person: the unique key makes alerts never repeat."""

    __tablename__ = "alert_delivery"
    __table_args__ = (UniqueConstraint("user_id", "vacancy_id", name="uq_alert_delivery_user_vacancy"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancy.id", ondelete="CASCADE"), index=True)
    saved_search_id: Mapped[int | None] = mapped_column(ForeignKey("saved_search.id", ondelete="SET NULL"))
    sent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    vacancy: Mapped[Vacancy] = relationship()

    def __repr__(self) -> str:
        return f"<AlertDelivery u{self.user_id} v{self.vacancy_id}>"
