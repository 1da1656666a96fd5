"""Notifications: language, delivery, unsubscribing, the digest."""

from __future__ import annotations

from .base import Conflict, NotFound, ServiceError

__all__ = [
    "LanguageNotAChoice",
    "DeliveryNotAChoice",
    "UnsubscribeLinkBroken",
    "NotificationNotFound",
    "AlreadyMailed",
]


class LanguageNotAChoice(ServiceError):
    """The language is none of the languages."""

    field = "language"


class DeliveryNotAChoice(ServiceError):
    """How a kind of notification is delivered is none of the choices (``field`` is the kind)."""


class UnsubscribeLinkBroken(NotFound):
    """An unsubscribe link names no setting of that kind."""


class NotificationNotFound(NotFound):
    """No such notification of the asker's."""


class AlreadyMailed(Conflict):
    """Another run of the digest mailed these notifications first."""
