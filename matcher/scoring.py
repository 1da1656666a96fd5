"""The final score as a scikit-learn transformer: component values in, weighted contributions out.

Keeping the weighted sum behind scikit-learn's contract lets it be checked with ``parametrize_with_checks``
and sit in a Pipeline after a learned model proposes weights. Weights by component name (``Weights`` or a
dict) weigh the component matrix, whose columns are ``COMPONENTS``; an array weighs any columns, one weight
each; no weights weigh every column alike.

>>> import numpy as np
>>> scorer = ComponentScorer(weights=[1.0, 1.0]).fit(np.zeros((1, 2)))
>>> scorer.score_samples(np.array([[1.0, 0.0], [0.5, 0.5]])).tolist()
[0.5, 0.5]
"""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin, _fit_context
from sklearn.utils.validation import check_is_fitted, validate_data

from .weights import COMPONENTS, Weights


class ComponentScorer(TransformerMixin, BaseEstimator):
    """Weight columns and let their sum be the score.

    Parameters
    ----------
    weights : Weights, dict, array-like or None
        ``Weights`` or a dict by component name (missing ones weigh 0) for the component matrix, whose
        columns are ``COMPONENTS`` in order; an array with one weight per column; None weighs every column
        alike. Normalised to sum to one, so scores of values in [0, 1] stay in [0, 1]; when all are 0, every
        column weighs alike.
    """

    _parameter_constraints: dict = {"weights": [Weights, dict, "array-like", None]}

    def __init__(self, weights=None):
        self.weights = weights

    @_fit_context(prefer_skip_nested_validation=True)
    def fit(self, X, y=None):
        """Validate the shape and fix the weight vector; returns self."""
        X = validate_data(self, X, dtype=[np.float64, np.float32])
        raw = self._raw_weights(X.shape[1])
        if (raw < 0).any() or not np.isfinite(raw).all():
            raise ValueError("weights must be finite and non-negative")
        total = raw.sum()
        self.coef_ = raw / total if total > 0 else np.full(X.shape[1], 1.0 / X.shape[1])
        return self

    def _raw_weights(self, columns: int) -> np.ndarray:
        if self.weights is None:
            return np.ones(columns)
        if isinstance(self.weights, Weights | dict):
            given = self.weights.as_dict() if isinstance(self.weights, Weights) else self.weights
            unknown = set(given) - set(COMPONENTS)
            if unknown or columns != len(COMPONENTS):
                raise ValueError(
                    f"weights by component name weigh the {len(COMPONENTS)} components {COMPONENTS}; "
                    f"got {columns} columns and names {sorted(unknown) or 'all known'}"
                )
            return np.array([float(given.get(name, 0.0)) for name in COMPONENTS], dtype=np.float64)
        raw = np.asarray(self.weights, dtype=np.float64)
        if raw.shape != (columns,):
            raise ValueError(f"{raw.size} weights for {columns} columns")
        return raw

    def transform(self, X):
        """Each component's contribution (value × normalised weight)."""
        check_is_fitted(self, "coef_")
        X = validate_data(self, X, dtype=[np.float64, np.float32], reset=False)
        return X * self.coef_.astype(X.dtype)

    def score_samples(self, X):
        """The score of each row: the sum of its contributions."""
        return self.transform(X).sum(axis=1)
