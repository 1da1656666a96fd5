"""Vacancies posted by employers."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Boolean, CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, public_key
from .enums import LEVELS, OFFER_KINDS, OFFER_MONTHS, VacancyKind, VacancyStatus, check_between, check_in

if TYPE_CHECKING:
    from .organisation import Organisation
    from .user import User


class Vacancy(Timestamped, Base):
    """A leadership post, or a short offer (rotation, secondment, job shadowing); its sector is its
    organisation's.

    An offer lasts 1–6 whole months and may name the month it starts (stored as that month's first day) and
    whether the leader's home employer keeps paying the salary; a post has none of these.
    """

    __tablename__ = "vacancy"
    __table_args__ = (
        CheckConstraint(check_in("status", VacancyStatus), name="status"),
        CheckConstraint(check_between("level", LEVELS), name="level"),
        CheckConstraint(check_in("kind", VacancyKind), name="kind"),
        CheckConstraint(
            f"(kind = '{VacancyKind.POST.value}' AND duration_months IS NULL AND start_month IS NULL"
            f" AND NOT home_employer_pays) OR (kind <> '{VacancyKind.POST.value}' AND duration_months IS NOT NULL"
            f" AND {check_between('duration_months', OFFER_MONTHS)})",
            name="offer_terms",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    municipality_code: Mapped[int] = mapped_column(Integer)
    level: Mapped[int] = mapped_column(Integer)
    competences: Mapped[list[str]] = mapped_column(JSON, default=list)
    nice_to_have: Mapped[list[str]] = mapped_column(JSON, default=list)
    description: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=VacancyStatus.DRAFT, index=True)
    kind: Mapped[str] = mapped_column(String(20), default=VacancyKind.POST, server_default=VacancyKind.POST.value)
    duration_months: Mapped[int | None] = mapped_column(Integer)
    start_month: Mapped[date | None] = mapped_column(Date)
    home_employer_pays: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))

    organisation: Mapped[Organisation] = relationship(back_populates="vacancies")
    created_by: Mapped[User | None] = relationship()

    @property
    def public_key(self) -> str:
        """The vacancy's key in files and in the rank CLI (``external_id`` or ``sektorbro-vacancy-<id>``)."""
        return public_key("vacancy", self.external_id, self.id)

    @property
    def sector(self) -> str:
        """The vacancy's sector is its organisation's."""
        return self.organisation.sector

    @property
    def is_offer(self) -> bool:
        """A rotation, secondment or job-shadowing offer rather than an ordinary post."""
        return self.kind in OFFER_KINDS

    def __repr__(self) -> str:
        return f"<Vacancy {self.id} {self.title!r} {self.status}>"
