"""The ranking's weights as an admin sets them, and why they change."""

from __future__ import annotations

from pydantic import Field, model_validator

from matcher.weights import COMPONENTS, Weights

from ..errors import NoPositiveWeight
from ..fields import DOMAIN_ERROR, Weight, free_text, refused
from .base import Contract

__all__ = ["WEIGHT_NOTE_MAX", "WeightShares", "WeightChange"]

WEIGHT_NOTE_MAX = 2000


class WeightShares(Contract):
    """Each component's share of the score in percent, 0–100; at least one above 0. Only the proportions count
    (``weights.from_shares`` divides by the sum); ``function``, newer than the first weights, defaults to its share
    in the default weights."""

    competence: Weight
    function: Weight = Field(default=Weights().function)
    text: Weight
    level: Weight
    geography: Weight
    willingness: Weight
    cross_sector: Weight

    @model_validator(mode="after")
    def _some_positive(self):
        if sum(getattr(self, name) for name in COMPONENTS) <= 0:
            raise refused(DOMAIN_ERROR, problem=NoPositiveWeight())
        return self


class WeightChange(Contract):
    """New weights and why they change (the note the history and the audit log show)."""

    weights: WeightShares
    note: free_text(WEIGHT_NOTE_MAX, filled=True)
