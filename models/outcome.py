"""What came of a match: an interview, a hire, a refusal or a withdrawal, and new jobs leaders report.

One row per contact request (the employer's latest outcome replaces the earlier one; the earlier ones stay in
``history`` with their dates), or one row per new job a leader reports without a contact request (found
elsewhere, or through Sektorbro without one). A hire keeps the facts the mobility dashboard counts: the sector
and level before and after, the date, and whether it came through Sektorbro.

When the leader deletes their account the row loses everything that could point back to them (its links,
the job title and organisation they typed, the history, the exact dates): only sectors, levels and the month
remain, so the aggregate numbers do not change after an erasure (see ``outcomes.anonymise``).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Boolean, CheckConstraint, Date, ForeignKey, Integer, String, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped
from .enums import LEVELS, Sector, check_between, check_in, or_null

if TYPE_CHECKING:
    from .matching import ContactRequest
    from .profile import Profile
    from .user import User
    from .vacancy import Vacancy


class OutcomeKind(StrEnum):
    """What came of an accepted contact (or a leader's report of a new job: always a hire)."""

    INTERVIEW = "interview"  # samtale
    HIRED = "hired"  # ansat
    NOT_HIRED = "not_hired"  # ikke ansat
    WITHDRAWN = "withdrawn"  # trukket tilbage


class OutcomeSource(StrEnum):
    """Who recorded the outcome."""

    EMPLOYER = "employer"
    LEADER = "leader"


class Outcome(Timestamped, Base):
    """The latest outcome of one accepted contact, or one new job a leader reports."""

    __tablename__ = "outcome"
    __table_args__ = (
        CheckConstraint(check_in("kind", OutcomeKind), name="kind"),
        CheckConstraint(check_in("source", OutcomeSource), name="source"),
        CheckConstraint(or_null("from_sector", check_in("from_sector", Sector)), name="from_sector"),
        CheckConstraint(or_null("to_sector", check_in("to_sector", Sector)), name="to_sector"),
        CheckConstraint(or_null("level_before", check_between("level_before", LEVELS)), name="level_before"),
        CheckConstraint(or_null("level_after", check_between("level_after", LEVELS)), name="level_after"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Links to the person and the match; all emptied when the leader's account is deleted.
    profile_id: Mapped[int | None] = mapped_column(ForeignKey("profile.id", ondelete="SET NULL"), index=True)
    contact_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_request.id", ondelete="SET NULL"), unique=True
    )
    vacancy_id: Mapped[int | None] = mapped_column(ForeignKey("vacancy.id", ondelete="SET NULL"), index=True)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    source: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    occurred_on: Mapped[date] = mapped_column(Date, index=True)  # the interview, the decision or the first day
    # The aggregate facts (kept after an erasure).
    from_sector: Mapped[str | None] = mapped_column(String(20))
    to_sector: Mapped[str | None] = mapped_column(String(20))
    level_before: Mapped[int | None] = mapped_column(Integer)
    level_after: Mapped[int | None] = mapped_column(Integer)
    via_sektorbro: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # What the leader typed about a new job found elsewhere (personal: emptied at erasure).
    title: Mapped[str] = mapped_column(String(200), default="", server_default="")
    organisation_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    history: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)  # earlier outcomes: kind, date

    profile: Mapped[Profile | None] = relationship()
    contact_request: Mapped[ContactRequest | None] = relationship()
    vacancy: Mapped[Vacancy | None] = relationship()
    recorded_by: Mapped[User | None] = relationship()

    @property
    def crosses_public_sector(self) -> bool:
        """A hire from one public subsector into another (what VIVE counts)."""
        public = {Sector.STAT, Sector.REGION, Sector.KOMMUNE}
        return self.from_sector in public and self.to_sector in public and self.from_sector != self.to_sector

    def __repr__(self) -> str:
        return f"<Outcome {self.id} {self.kind} {self.from_sector}->{self.to_sector} {self.occurred_on}>"
