"""Accounts: signing up, logging in, closing and erasing an account."""

from __future__ import annotations

from .base import Conflict, NotFound, ServiceError

__all__ = [
    "AwaitsConfirmation",
    "UserNotFound",
    "PasswordTooShort",
    "AddressTaken",
    "AlreadyClosed",
    "EmailNotConfirmed",
]


class AwaitsConfirmation(ServiceError):
    """The right password, but the address was never confirmed: the person may be told so (they proved who they
    are), which a wrong password never is."""

    field = "email"


class UserNotFound(NotFound):
    """No such user."""


class PasswordTooShort(ServiceError):
    """A password has fewer than ``limit`` characters."""

    field = "password"


class AddressTaken(Conflict):
    """The address already has an account (``user``); the web form must not say so, but mail its owner."""

    field = "email"


class AlreadyClosed(Conflict):
    """The account is already closed."""


class EmailNotConfirmed(ServiceError):
    """Erasing an account asks for its e-mail address, typed again."""

    field = "email"
