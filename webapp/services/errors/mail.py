"""Delivering the mail spool (``flask send-mail``, ``flask send-alerts``, the background sender): what stops it."""

from __future__ import annotations

from .base import ServiceError

__all__ = [
    "MailSettingsUnsafe",
    "TlsAndSslBoth",
    "CredentialsWithoutTls",
    "MailServerMissing",
    "MailsNotSent",
    "DigestsNotSent",
    "MailsWaiting",
]


class MailSettingsUnsafe(ServiceError):
    """The SMTP settings are unsafe or contradictory; nothing is sent until they are fixed."""


class TlsAndSslBoth(MailSettingsUnsafe):
    """MAIL_USE_TLS (STARTTLS) and MAIL_USE_SSL (implicit TLS) are both set."""


class CredentialsWithoutTls(MailSettingsUnsafe):
    """MAIL_USERNAME is set without TLS, so the password would cross the network in clear text."""


class MailServerMissing(ServiceError):
    """MAIL_SERVER is not set, so the ``waiting`` mails in ``outbox`` cannot be sent."""


class MailsNotSent(ServiceError):
    """``failed`` mails could not be sent; they stay in ``outbox`` for the next try."""


class DigestsNotSent(ServiceError):
    """``failed`` digests could not be sent; the next run tries them again."""


class MailsWaiting(ServiceError):
    """After the digests, ``waiting`` mails are still in the outbox (the log says why)."""
