"""Outcomes of a contact and a leader's new job."""

from __future__ import annotations

from .base import Conflict, Forbidden, ServiceError

__all__ = [
    "DateMissing",
    "DateTooFarAhead",
    "DateBeforeContact",
    "NotOwnVacancyForOutcome",
    "OutcomeBeforeAccepted",
    "OutcomeKindNotAChoice",
    "NoProfileForJob",
    "NewSectorNotAChoice",
    "NewLevelNotAChoice",
    "JobAlreadyRecorded",
]


class DateMissing(ServiceError):
    """An outcome needs a date."""

    field = "occurred_on"


class DateTooFarAhead(ServiceError):
    """An outcome's date lies at most a year ahead."""

    field = "occurred_on"


class DateBeforeContact(ServiceError):
    """An outcome's date cannot lie before the contact request."""

    field = "occurred_on"


class NotOwnVacancyForOutcome(Forbidden):
    """An employer records outcomes only for their own organisation's vacancies."""


class OutcomeBeforeAccepted(Conflict):
    """An outcome is recorded once the candidate has accepted contact."""


class OutcomeKindNotAChoice(ServiceError):
    """The outcome is none of the listed outcomes."""

    field = "kind"


class NoProfileForJob(Forbidden):
    """A leader records a new job only with a profile."""


class NewSectorNotAChoice(ServiceError):
    """A new job's sector is none of the sectors."""

    field = "to_sector"


class NewLevelNotAChoice(ServiceError):
    """A new job's management level is none of the levels."""

    field = "level_after"


class JobAlreadyRecorded(Conflict):
    """The leader already recorded a new job in that sector on that date."""
