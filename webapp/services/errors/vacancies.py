"""Vacancies and offers: their terms, deadlines, and who may publish or see them."""

from __future__ import annotations

from .base import Conflict, Forbidden, NotFound

__all__ = [
    "OfferKindNotAChoice",
    "DurationWithoutOffer",
    "StartMonthWithoutOffer",
    "HomePaysWithoutOffer",
    "DurationMissing",
    "DurationOutOfRange",
    "StartMonthNotAMonth",
    "StartMonthPassed",
    "StartMonthTooFar",
    "DeadlineInPast",
    "PublishedDeadlineInPast",
    "DraftDeadlinePassed",
    "DeadlinePassed",
    "NoOrganisation",
    "VacancyNotFound",
    "OtherOrganisation",
    "NotApproved",
    "NotApprovedToPublish",
    "NotApprovedToSearch",
    "OnlyOwnVacanciesUntilApproved",
    "VacancyNotPublished",
]


class OfferKindNotAChoice(Conflict):
    """The kind is none of post, rotation, secondment or job shadowing."""

    field = "kind"


class DurationWithoutOffer(Conflict):
    """Only an offer (not a post) has a duration."""

    field = "duration_months"


class StartMonthWithoutOffer(Conflict):
    """Only an offer (not a post) has a start month."""

    field = "start_month"


class HomePaysWithoutOffer(Conflict):
    """Only for an offer can the home employer pay the salary."""

    field = "home_employer_pays"


class DurationMissing(Conflict):
    """An offer needs its duration in months."""

    field = "duration_months"


class DurationOutOfRange(Conflict):
    """An offer lasts 1 to 6 whole months."""

    field = "duration_months"


class StartMonthNotAMonth(Conflict):
    """A start month is the first day of a month."""

    field = "start_month"


class StartMonthPassed(Conflict):
    """An offer cannot start in a month that has passed."""

    field = "start_month"


class StartMonthTooFar(Conflict):
    """An offer starts at most ``months`` months ahead."""

    field = "start_month"


class DeadlineInPast(Conflict):
    """A new deadline lies before today."""

    field = "deadline"


class PublishedDeadlineInPast(DeadlineInPast):
    """A published vacancy cannot get a deadline that has passed."""


class DraftDeadlinePassed(DeadlineInPast):
    """A draft's saved deadline passed since it was saved."""


class DeadlinePassed(Conflict):
    """A vacancy whose deadline has passed is not published."""

    field = "deadline"


class NoOrganisation(Forbidden):
    """The account belongs to no organisation."""


class VacancyNotFound(NotFound):
    """No such vacancy."""


class OtherOrganisation(Forbidden):
    """The vacancy belongs to another organisation."""


class NotApproved(Forbidden):
    """The employer's account awaits an administrator's approval."""


class NotApprovedToPublish(NotApproved):
    """Only approved employers publish vacancies."""


class NotApprovedToSearch(NotApproved):
    """Only approved employers search for talent."""


class OnlyOwnVacanciesUntilApproved(NotApproved):
    """Until approved, an employer sees only the vacancies they created."""


class VacancyNotPublished(NotFound):
    """The vacancy does not exist or is no longer published."""
