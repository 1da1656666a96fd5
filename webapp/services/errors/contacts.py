"""Candidates: contacting them, their interest in a vacancy, reviewing them."""

from __future__ import annotations

from .base import Conflict, Forbidden, NotFound, ServiceError
from .fields import TooLong

__all__ = [
    "NotApprovedToSeeCandidates",
    "CandidateNotFound",
    "ContactRequestNotFound",
    "NotOwnVacancyToContact",
    "ContactMessageMissing",
    "AlreadyContacted",
    "AlreadyAnswered",
    "NoProfileForInterest",
    "HiddenProfileForInterest",
    "VacancyHiddenFrom",
    "NotOwnVacancyToReview",
    "NotACandidate",
    "RejectReasonNotAChoice",
    "NoteTooLong",
    "VacancyNotPublishedToContact",
]


class NotApprovedToSeeCandidates(Forbidden):
    """An employer sees candidates only once an administrator has approved the account."""


class CandidateNotFound(NotFound):
    """The candidate does not exist or may not be seen by the asker."""


class ContactRequestNotFound(NotFound):
    """No such contact request of the asker's."""


class NotOwnVacancyToContact(Forbidden):
    """An employer contacts candidates only for their own organisation's vacancies."""


class ContactMessageMissing(ServiceError):
    """A contact request needs a message to the candidate."""

    field = "message"


class AlreadyContacted(Conflict):
    """The candidate was already asked about this vacancy."""


class AlreadyAnswered(Conflict):
    """The contact request was already answered."""


class NoProfileForInterest(ServiceError):
    """A leader shows interest only with a profile."""


class HiddenProfileForInterest(ServiceError):
    """A hidden profile's interest could not be seen by employers."""


class VacancyHiddenFrom(ServiceError):
    """The vacancy is the leader's own organisation's or a near unit's, which the discreet profile hides from."""


class NotOwnVacancyToReview(Forbidden):
    """An employer reviews candidates only for their own organisation's vacancies."""


class NotACandidate(NotFound):
    """The profile is not among the vacancy's candidates."""


class RejectReasonNotAChoice(ServiceError):
    """The reason is none of the listed reasons."""

    field = "reason"


class NoteTooLong(TooLong):
    """A note is longer than ``limit`` characters."""

    field = "note"


class VacancyNotPublishedToContact(ServiceError):
    """Candidates are contacted about a published vacancy only, so they can read it."""
