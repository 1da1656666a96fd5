"""Organisations in the hierarchy, and the sector guides."""

from __future__ import annotations

from .base import Conflict, NotFound, ServiceError

__all__ = [
    "OrganisationNotFound",
    "OrganisationNameTaken",
    "NotListed",
    "ParentNotAChoice",
    "GuideNotFound",
]


class OrganisationNotFound(NotFound):
    """No such organisation."""


class OrganisationNameTaken(Conflict):
    """An organisation with this ``name`` exists."""

    field = "name"


class NotListed(ServiceError):
    """A leader's organisation (``name``) is not one we know; ``suggestion`` is the closest placed name, if any."""

    field = "organisation"


class ParentNotAChoice(ServiceError):
    """An organisation is placed under a placed organisation that is not below it."""

    field = "parent_id"


class GuideNotFound(NotFound):
    """No guide for that sector."""
