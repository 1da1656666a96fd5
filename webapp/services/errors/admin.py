"""What an administrator may not do to accounts: their own role, approving and rejecting employers."""

from __future__ import annotations

from .base import Conflict, ServiceError
from .fields import TooLong

__all__ = [
    "RemovesOwnAdminRole",
    "DeactivatesSelf",
    "NotAnEmployer",
    "OrganisationNotPlaced",
    "AlreadyApproved",
    "ReasonMissing",
    "ReasonTooLong",
]


class RemovesOwnAdminRole(ServiceError):
    """An administrator cannot take away their own role."""


class DeactivatesSelf(ServiceError):
    """An administrator cannot deactivate their own account."""


class NotAnEmployer(ServiceError):
    """Only employers' accounts are approved or rejected."""


class OrganisationNotPlaced(ServiceError):
    """An employer is approved only once their organisation (``name``) is placed in the hierarchy."""


class AlreadyApproved(Conflict):
    """An approved employer is not rejected (deactivated instead)."""


class ReasonMissing(ServiceError):
    """A rejection needs a reason, which is sent to the employer."""

    field = "reason"


class ReasonTooLong(TooLong):
    """A rejection's reason is longer than ``limit`` characters."""

    field = "reason"
