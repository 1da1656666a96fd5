"""Follow-up questions after a hire."""

from __future__ import annotations

from .base import Conflict, NotFound, ServiceError

__all__ = [
    "FollowUpNotFound",
    "FactorNotAChoice",
    "FollowUpAlreadyAnswered",
    "ColleagueAnswered",
    "WorksNotAChoice",
    "HelpedAndHindered",
    "FollowUpOutdated",
]


class FollowUpNotFound(NotFound):
    """No such follow-up question of the asker's."""


class FactorNotAChoice(ServiceError):
    """What helped or hindered is none of the factors."""


class FollowUpAlreadyAnswered(Conflict):
    """The person already answered the follow-up."""


class ColleagueAnswered(Conflict):
    """A colleague already answered for the organisation."""


class WorksNotAChoice(ServiceError):
    """How well it works is none of the scale's steps."""

    field = "works"


class HelpedAndHindered(ServiceError):
    """The same factor cannot both have helped and hindered."""

    field = "hindered"


class FollowUpOutdated(Conflict):
    """The hire changed, so the question no longer applies."""
