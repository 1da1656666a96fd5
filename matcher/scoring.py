"""The final score as a scikit-learn transformer: component values in, weighted contributions out.

Keeping the weighted sum behind scikit-learn's contract lets it be checked with ``parametrize_with_checks``
and sit in a Pipeline after a learned model proposes weights.

>>> import numpy as np
>>> scorer = ComponentScorer(weights={"competence": 1.0, "function": 1.0}).fit(np.zeros((1, 2)))
>>> scorer.score_samples(np.array([[1.0, 0.0], [0.5, 0.5]])).tolist()
[0.5, 0.5]
"""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted, validate_data

from .weights import COMPONENTS, Weights


class ComponentScorer(TransformerMixin, BaseEstimator):
    """Weight component values (columns in ``COMPONENTS`` order, or the first n of them).

    Parameters
    ----------
    weights : Weights, dict or None
        Component weights; normalised to sum to one so scores stay in [0, 1]. None means the defaults.
    """

    def __init__(self, weights=None):
        self.weights = weights

    def fit(self, X, y=None):
        """Validate the shape and fix the weight vector; returns self."""
        X = validate_data(self, X, dtype=[np.float64, np.float32])
        given = self.weights.as_dict() if isinstance(self.weights, Weights) else dict(self.weights or {})
        if self.weights is None:
            given = Weights().as_dict()
        names = list(COMPONENTS) + [f"extra_{i}" for i in range(max(0, X.shape[1] - len(COMPONENTS)))]
        raw = np.array([float(given.get(name, 0.0)) for name in names[: X.shape[1]]], dtype=np.float64)
        if (raw < 0).any() or not np.isfinite(raw).all():
            raise ValueError("weights must be finite and non-negative")
        total = raw.sum()
        self.coef_ = raw / total if total > 0 else np.full(X.shape[1], 1.0 / X.shape[1])
        return self

    def transform(self, X):
        """Each component's contribution (value × normalised weight)."""
        check_is_fitted(self, "coef_")
        X = validate_data(self, X, dtype=[np.float64, np.float32], reset=False)
        return X * self.coef_.astype(X.dtype)

    def score_samples(self, X):
        """The score of each row: the sum of its contributions."""
        return self.transform(X).sum(axis=1)
