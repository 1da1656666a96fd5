"""A leader's profile and its experience entries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, public_key
from .enums import LEVELS, Sector, Seeking, Visibility, check_between, check_in

if TYPE_CHECKING:
    from .organisation import Organisation
    from .user import User


class Profile(Timestamped, Base):
    """What a leader tells employers about themselves.

    A profile belongs to a user account, or (for imported profiles) stands alone with an
    ``external_id`` that later imports upsert on.
    """

    __tablename__ = "profile"
    __table_args__ = (
        CheckConstraint(check_in("sector", Sector), name="sector"),
        CheckConstraint(check_in("seeking", Seeking), name="seeking"),
        CheckConstraint(check_in("visibility", Visibility), name="visibility"),
        CheckConstraint(check_between("level", LEVELS), name="level"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), unique=True)
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254))
    sector: Mapped[str] = mapped_column(String(20))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    level: Mapped[int] = mapped_column(Integer)
    years_as_leader: Mapped[int] = mapped_column(Integer, default=0)
    municipality_code: Mapped[int] = mapped_column(Integer)
    max_commute_km: Mapped[int] = mapped_column(Integer, default=50)
    open_to_sectors: Mapped[list[str]] = mapped_column(JSON, default=list)
    seeking: Mapped[str] = mapped_column(String(20), default=Seeking.OPEN)
    competences: Mapped[list[str]] = mapped_column(JSON, default=list)
    summary: Mapped[str] = mapped_column(Text, default="")
    education: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[str] = mapped_column(String(20), default=Visibility.VISIBLE, server_default="visible")

    user: Mapped[User | None] = relationship(back_populates="profile")
    organisation: Mapped[Organisation | None] = relationship()
    experiences: Mapped[list[Experience]] = relationship(
        back_populates="profile",
        cascade="all, delete-orphan",
        order_by=lambda: (Experience.end_year.is_(None).desc(), Experience.start_year.desc(), Experience.id),
    )

    @property
    def public_key(self) -> str:
        """The profile's key in files and in the rank CLI (``external_id`` or ``sektorbro-profile-<id>``)."""
        return public_key("profile", self.external_id, self.id)

    def __repr__(self) -> str:
        return f"<Profile {self.id} {self.name!r} {self.sector} L{self.level}>"


class Experience(Base):
    """One job in a leader's history; ``end_year`` is empty for the current job."""

    __tablename__ = "experience"
    __table_args__ = (
        CheckConstraint(check_in("sector", Sector), name="sector"),
        CheckConstraint(check_between("level", LEVELS), name="level"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"), index=True)
    sector: Mapped[str] = mapped_column(String(20))
    organisation: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200))
    level: Mapped[int] = mapped_column(Integer)
    start_year: Mapped[int] = mapped_column(Integer)
    end_year: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")

    profile: Mapped[Profile] = relationship(back_populates="experiences")

    def __repr__(self) -> str:
        return f"<Experience {self.id} {self.title!r} {self.start_year}-{self.end_year}>"
