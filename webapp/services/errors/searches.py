"""Saved searches (a leader's vacancies, an employer's talent): names, choices and how many."""

from __future__ import annotations

from .base import Conflict, NotFound, ServiceError
from .fields import TooLong

__all__ = [
    "SearchNameMissing",
    "FunctionNotAChoice",
    "FrequencyNotAChoice",
    "SearchNameTaken",
    "TalentSearchNameTaken",
    "TooManySearches",
    "TooManyTalentSearches",
    "SearchNotFound",
    "TalentSearchNotFound",
    "CandidateNotVisible",
    "SearchTextTooLong",
    "SectorNotAChoice",
    "VacancyKindNotAChoice",
]


class SearchNameMissing(ServiceError):
    """A saved search (vacancies or talent) needs a name."""

    field = "name"


class FunctionNotAChoice(ServiceError):
    """The function is none of the functions."""

    field = "function"


class FrequencyNotAChoice(ServiceError):
    """How often the e-mail comes is none of the choices."""

    field = "frequency"


class SearchNameTaken(Conflict):
    """The person already has a saved search with that name."""

    field = "name"


class TalentSearchNameTaken(SearchNameTaken):
    """The employer already has a talent search with that name."""


class TooManySearches(Conflict):
    """A person saves at most ``limit`` searches."""


class TooManyTalentSearches(TooManySearches):
    """An employer saves at most ``limit`` talent searches."""


class SearchNotFound(NotFound):
    """No such saved search of the asker's."""


class TalentSearchNotFound(SearchNotFound):
    """No such talent search of the asker's."""


class CandidateNotVisible(NotFound):
    """The candidate does not exist or is no longer visible to the employer's organisation."""


class SearchTextTooLong(TooLong):
    """A search text is longer than ``limit`` characters."""

    field = "text"


class SectorNotAChoice(ServiceError):
    """The sector is none of the public sectors."""

    field = "sector"


class VacancyKindNotAChoice(ServiceError):
    """The kind is none of the kinds a search narrows to."""

    field = "kind"
