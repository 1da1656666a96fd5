"""Organisations in the four sectors, with an optional parent (styrelse under ministry, ...).

An organisation a leader types or an employer registers is *unplaced* until an HR admin has confirmed its
parent (or that it has none): discreet leaders are hidden from their organisation's family, so a family
nobody has checked must not pass for a complete one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped
from .enums import Sector, check_in

if TYPE_CHECKING:
    from .user import User
    from .vacancy import Vacancy


class Organisation(Timestamped, Base):
    """An employer organisation; names are unique across the service."""

    __tablename__ = "organisation"
    __table_args__ = (CheckConstraint(check_in("sector", Sector), name="sector"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    sector: Mapped[str] = mapped_column(String(20))
    municipality_code: Mapped[int | None] = mapped_column(Integer)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"), index=True)
    # An admin has confirmed its place in the hierarchy; until then only admins see it listed.
    placed: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    parent: Mapped[Organisation | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[Organisation]] = relationship(back_populates="parent")
    employers: Mapped[list[User]] = relationship(back_populates="organisation")
    vacancies: Mapped[list[Vacancy]] = relationship(back_populates="organisation")

    def __repr__(self) -> str:
        return f"<Organisation {self.id} {self.name!r} {self.sector}>"
