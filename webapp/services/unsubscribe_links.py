"""The secret in an unsubscribe link: made one way, looked up one way, for every kind of mail that has one.

Notification settings, saved searches and talent searches each carry an ``unsubscribe_token`` column; the
link works without a log-in, so the token is the proof and must be long and random.
"""

from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

MAX_LENGTH = 64  # longer than any token we make (43 characters); a longer one is refused before the query


def new_token() -> str:
    """A fresh secret: 32 random bytes, URL-safe."""
    return secrets.token_urlsafe(32)


def holder(session: Session, model: type, token: str | None):
    """The row of ``model`` whose link carries ``token``, or None when the token is not one of ours."""
    if not token or len(token) > MAX_LENGTH:
        return None
    return session.scalar(select(model).where(model.unsubscribe_token == token))
