"""User accounts: one role each; employers belong to an organisation."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, CheckConstraint, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, utcnow
from .enums import Role, check_in

if TYPE_CHECKING:
    from .organisation import Organisation
    from .profile import Profile


class User(Timestamped, Base):
    """A person who logs in: a leader, an employer or an HR admin."""

    __tablename__ = "user_account"
    __table_args__ = (CheckConstraint(check_in("role", Role), name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20), default=Role.LEADER)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"), index=True)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # None until the owner follows the link mailed at registration; such an account cannot log in.
    email_confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Part of every login session's id: replacing it logs out every session of the account at once (logout,
    # a new password, a role change, deactivation), and a cookie never logs in another account.
    session_secret: Mapped[str] = mapped_column(String(64), default=lambda: secrets.token_urlsafe(24))

    organisation: Mapped[Organisation | None] = relationship(back_populates="employers")
    profile: Mapped[Profile | None] = relationship(back_populates="user", uselist=False)

    # Flask-Login's protocol, kept here without importing Flask.
    @property
    def is_active(self) -> bool:
        """Deactivated accounts cannot log in."""
        return self.active

    @property
    def is_authenticated(self) -> bool:
        """Any loaded user is authenticated."""
        return True

    @property
    def is_anonymous(self) -> bool:
        """Loaded users are never anonymous."""
        return False

    def get_id(self) -> str:
        """Identifier stored in the login session: the id and the account's current session secret."""
        return f"{self.id}.{self.session_secret}"

    def revoke_sessions(self) -> None:
        """Log out every session of this account (their stored id no longer matches)."""
        self.session_secret = secrets.token_urlsafe(24)

    @property
    def is_approved_employer(self) -> bool:
        """Employers may publish only once an admin has approved them."""
        return self.role == Role.EMPLOYER and self.approved_at is not None

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email} {self.role}>"
