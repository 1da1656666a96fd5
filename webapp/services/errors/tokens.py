"""API keys: their name, scope, number and expiry."""

from __future__ import annotations

from .base import NotFound, ServiceError

__all__ = [
    "TokenNameMissing",
    "ScopeNotAChoice",
    "TooManyTokens",
    "ExpiryOutOfRange",
    "TokenNotFound",
]


class TokenNameMissing(ServiceError):
    """An API key needs a name."""

    field = "name"


class ScopeNotAChoice(ServiceError):
    """An API key reads or has full access."""

    field = "scope"


class TooManyTokens(ServiceError):
    """A person has at most ``limit`` active API keys."""


class ExpiryOutOfRange(ServiceError):
    """An API key expires in ``low`` to ``high`` days, or never."""


class TokenNotFound(NotFound):
    """No such API key of the asker's."""
