"""Personal API tokens: created (the secret is returned once), listed, revoked and checked.

A token may expire by itself (1 to 365 days after it is made, or never) and has a scope: ``read`` tokens may
only read (the API refuses their other methods, see ``webapp/api/auth.py``), ``full`` tokens may do whatever
their user may.

Only the SHA-256 of a secret is stored. A secret is 256 random bits, so a fast hash is enough: nobody can
guess their way back from the hash, and checking a token costs one indexed look-up instead of Argon2's
deliberate slowness on every API call.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from models import ApiToken, TokenScope, User, utcnow

from .errors import ExpiryOutOfRange, NameTooLong, ScopeNotAChoice, TokenNameMissing, TokenNotFound, TooManyTokens

SCHEME = "sb_"  # marks a Sektorbro token, so a leaked one is recognisable (secret scanners, logs)
PREFIX_LENGTH = 10  # "sb_" and 7 characters of the secret: enough to tell tokens apart, useless to an attacker
MAX_NAME = 100
MAX_ACTIVE = 20
USE_RESOLUTION = timedelta(minutes=1)  # last_used_at is written at most this often per token
MIN_EXPIRY_DAYS, MAX_EXPIRY_DAYS = 1, 365  # a token that expires does so within a year
EXPIRY_CHOICES = (30, 90, 365)  # the lifetimes offered on the settings page (or never)
SCOPES = tuple(scope.value for scope in TokenScope)


def hash_secret(secret: str) -> str:
    """The stored form of a secret."""
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def create(
    session: Session,
    user: User,
    name: str,
    expires_in_days: int | None = None,
    *,
    expires_at: datetime | None = None,
    scope: str = TokenScope.FULL,
) -> tuple[ApiToken, str]:
    """A new token for ``user``; returns the row and the plain secret, which is never available again.

    The token expires ``expires_in_days`` (1 to 365) days from now, or at ``expires_at`` (UTC; naive means
    UTC, at most 365 days ahead), or never when neither is given. ``scope`` is ``read`` or ``full``.
    """
    name = " ".join((name or "").split())
    if not name:
        raise TokenNameMissing()
    if len(name) > MAX_NAME:
        raise NameTooLong(limit=MAX_NAME)
    if scope not in SCOPES:
        raise ScopeNotAChoice()
    now = utcnow()
    expires = _expiry(now, expires_in_days, expires_at)
    if len([token for token in for_user(session, user) if not token.expired(now)]) >= MAX_ACTIVE:
        raise TooManyTokens(limit=MAX_ACTIVE)
    secret = SCHEME + secrets.token_urlsafe(32)
    token = ApiToken(
        user_id=user.id,
        name=name,
        token_hash=hash_secret(secret),
        prefix=secret[:PREFIX_LENGTH],
        created_at=now,
        expires_at=expires,
        scope=TokenScope(scope).value,
    )
    session.add(token)
    session.flush()
    return token, secret


def _expiry(now: datetime, days: int | None, at: datetime | None) -> datetime | None:
    """When a new token expires: ``days`` from ``now``, or ``at``, or never; either must lie within a year."""
    if days is not None and at is not None:
        raise ValueError("give expires_in_days or expires_at, not both")
    if days is not None:
        if isinstance(days, bool) or not isinstance(days, int) or not MIN_EXPIRY_DAYS <= days <= MAX_EXPIRY_DAYS:
            raise ExpiryOutOfRange(field="expires_in_days", low=MIN_EXPIRY_DAYS, high=MAX_EXPIRY_DAYS)
        return now + timedelta(days=days)
    if at is not None:
        at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
        if not now < at <= now + timedelta(days=MAX_EXPIRY_DAYS):
            raise ExpiryOutOfRange(field="expires_at", low=MIN_EXPIRY_DAYS, high=MAX_EXPIRY_DAYS)
        return at
    return None


def for_user(session: Session, user: User) -> list[ApiToken]:
    """The user's tokens that are not revoked, newest first (expired ones too, so the page can say so)."""
    stmt = (
        select(ApiToken)
        .where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
        .order_by(ApiToken.created_at.desc(), ApiToken.id.desc())
    )
    return list(session.scalars(stmt))


def revoke(session: Session, user: User, token_id: int) -> ApiToken:
    """Stop one of the user's own tokens from working (another user's token is NotFound)."""
    token = session.get(ApiToken, token_id)
    if token is None or token.user_id != user.id:
        raise TokenNotFound()
    if token.revoked_at is None:
        token.revoked_at = utcnow()
        session.flush()
    return token


def revoke_all(session: Session, user: User) -> int:
    """Stop every live token of the user (after a password reset, when the user asks); returns how many."""
    live = session.scalars(select(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None)))
    count = 0
    for token in live:
        token.revoked_at = utcnow()
        count += 1
    session.flush()
    return count


def authenticate(session: Session, secret: str) -> ApiToken | None:
    """The live token for a presented secret (not revoked, not expired, its user active), else None.

    Notes when the token was last used.
    """
    digest = hash_secret(secret)
    token = session.scalar(
        select(ApiToken).options(joinedload(ApiToken.user)).where(ApiToken.token_hash == digest).limit(1)
    )
    # The look-up is by hash, so timing says nothing about the secret; compare again in constant time anyway.
    if token is None or not hmac.compare_digest(token.token_hash, digest):
        return None
    now = utcnow()
    if token.revoked_at is not None or token.expired(now) or not token.user.active:
        return None
    last = token.last_used_at
    if last is not None and last.tzinfo is None:  # SQLite hands back naive UTC
        last = last.replace(tzinfo=now.tzinfo)
    if last is None or now - last >= USE_RESOLUTION:
        token.last_used_at = now
        session.flush()
    return token
