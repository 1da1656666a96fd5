"""Personal API tokens: only a hash of the secret is stored, with a short prefix to tell tokens apart."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .enums import TokenScope, check_in

if TYPE_CHECKING:
    from .user import User


class ApiToken(Base):
    """A token a user created on the settings page and sends as ``Authorization: Bearer``.

    ``token_hash`` is the SHA-256 of the secret (the secret is long and random, so a slow hash adds nothing);
    ``prefix`` is its first characters, shown in the list so the user knows which token is which.
    ``expires_at`` (UTC) is when it stops working by itself (None: never); ``scope`` is ``read`` (GET and
    HEAD only) or ``full`` (whatever its user may do). Tokens made before either existed are ``full`` and
    never expire.
    """

    __tablename__ = "api_token"
    __table_args__ = (CheckConstraint(check_in("scope", TokenScope), name="scope"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    scope: Mapped[str] = mapped_column(String(8), default=TokenScope.FULL, server_default=TokenScope.FULL.value)

    user: Mapped[User] = relationship()

    def expired(self, now: datetime | None = None) -> bool:
        """True once ``expires_at`` has passed (never for a token without one)."""
        if self.expires_at is None:
            return False
        expires = self.expires_at
        if expires.tzinfo is None:  # SQLite hands back naive UTC
            expires = expires.replace(tzinfo=UTC)
        return expires <= (now or utcnow())

    @property
    def active(self) -> bool:
        """A token works until it is revoked or expires."""
        return self.revoked_at is None and not self.expired()

    @property
    def read_only(self) -> bool:
        """The token may only read (GET and HEAD)."""
        return self.scope == TokenScope.READ

    def __repr__(self) -> str:
        state = " revoked" if self.revoked_at else " expired" if self.expired() else ""
        return f"<ApiToken {self.id} {self.prefix}… {self.scope} user {self.user_id}{state}>"
