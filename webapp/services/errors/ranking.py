"""The ranking: its weights, who is in it, and its index."""

from __future__ import annotations

from .base import Forbidden, NotFound, ServiceError, Unavailable

__all__ = [
    "NoPositiveWeight",
    "WeightSetNotFound",
    "WeightNoteMissing",
    "WeightsUnchanged",
    "WeightsAlreadyActive",
    "NoSuggestion",
    "ProfileHidden",
    "IndexUnavailable",
    "EvaluationUnavailable",
    "ProfileKeyUnknown",
    "VacancyKeyUnknown",
]


class NoPositiveWeight(ServiceError):
    """At least one weight is above 0."""

    field = "weights"


class WeightSetNotFound(NotFound):
    """No such version of the weights."""


class WeightNoteMissing(ServiceError):
    """A change of the weights says why."""

    field = "note"


class WeightsUnchanged(ServiceError):
    """The weights rank as the active ``version`` does."""


class WeightsAlreadyActive(ServiceError):
    """The weights of ``version`` are the active ones."""


class NoSuggestion(ServiceError):
    """There is no suggested set of weights to apply."""


class ProfileHidden(Forbidden):
    """A hidden profile is in no ranking, so it is in no top 10 either."""


class IndexUnavailable(Unavailable):
    """No usable index in this process: ``reason`` says why (Danish, for operators, not users)."""


class EvaluationUnavailable(Unavailable):
    """The evaluation set's generator (``bench/``) is not importable: it ships with the source, not the wheel."""


class ProfileKeyUnknown(NotFound):
    """No profile has ``key`` as its external_id or generated key (``flask rank --profile``)."""


class VacancyKeyUnknown(NotFound):
    """No vacancy has ``key`` as its external_id or generated key (``flask rank --vacancy``)."""
