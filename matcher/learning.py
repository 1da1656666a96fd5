"""Propose weights from employers' feedback: a logistic regression on the score components.

Every shortlist or reject decision keeps the component values the candidate had when it was made. A logistic
regression on those values says how much each component moves the odds of being shortlisted. Its coefficients
become the proposed weights:

* negative coefficients are clipped to 0, because the score is a weighted sum of components that each mean
  "more is better" and ``Weights`` are non-negative; the clipped components are reported, so the admin knows;
* the rest are scaled to the same total as the current weights (the score normalises the total away, so only
  the proportions change the ranking), capped so no weight exceeds 100.

The regression is fitted on a stratified, seeded part of the decisions and judged on the rest, and so are the
current weights, on the same held-out decisions: AUC says how well the weighted score orders shortlisted above
rejected candidates, accuracy how often a threshold on it (fitted on the training part) gets the decision
right. The proposal shown is the one that was judged, not a refit on all decisions.

With too little feedback nothing is fitted: a handful of decisions would only propose noise. A decision whose
candidate was later hired may count more in the fit (``sample_weight``): a hire is the strongest sign that the
components pointed the right way.

>>> import numpy as np
>>> rng = np.random.default_rng(0)
>>> X = rng.random((200, 7))
>>> y = (X[:, 0] > 0.5).astype(int)
>>> proposal = propose_weights(X, y, Weights())
>>> proposal.enough and max(proposal.weights.as_dict(), key=proposal.weights.as_dict().get)
'competence'
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, roc_auc_score
from sklearn.model_selection import train_test_split

from .scoring import ComponentScorer
from .weights import COMPONENTS, Weights

MIN_DECISIONS = 30  # fewer decisions than this: no fit
MIN_PER_CLASS = 10  # and at least this many shortlisted and this many rejected
HELD_OUT_SHARE = 0.25
SEED = 0
MAX_WEIGHT = 100.0  # Weights refuses anything above


@dataclass(frozen=True)
class Evaluation:
    """How well a weighted score predicts held-out decisions."""

    auc: float
    accuracy: float


@dataclass(frozen=True)
class Proposal:
    """Weights learned from feedback, or why there are none.

    ``enough`` is False when there was too little feedback to fit; ``weights`` is None also when every
    coefficient came out negative or zero (nothing in the components predicts shortlisting).
    """

    n: int
    shortlisted: int
    rejected: int
    enough: bool
    weights: Weights | None = None
    coefficients: dict[str, float] | None = None
    clipped: tuple[str, ...] = ()
    proposed: Evaluation | None = None
    current: Evaluation | None = None
    majority_accuracy: float | None = None
    n_train: int = 0
    n_test: int = 0


def _check(X, y) -> tuple[np.ndarray, np.ndarray]:
    """Validate the component matrix and the 0/1 labels."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    if X.ndim != 2 or X.shape[1] != len(COMPONENTS):
        raise ValueError(f"X must have one column per component ({len(COMPONENTS)}), not shape {X.shape}")
    if y.ndim != 1 or len(y) != len(X):
        raise ValueError("y must be one label per row of X")
    if not np.isfinite(X).all():
        raise ValueError("X must be finite")
    if len(y) and not np.isin(y, (0, 1)).all():
        raise ValueError("y must be 1 (shortlisted) or 0 (rejected)")
    return X, y.astype(np.int64)


def _evaluate_weights(weights: Weights, X_train, y_train, X_test, y_test):
    """Score both splits with the app's own weighted sum (ComponentScorer) and evaluate the held-out part."""
    scorer = ComponentScorer(weights).fit(X_train)
    return _evaluate(scorer.score_samples(X_train), y_train, scorer.score_samples(X_test), y_test)


def _evaluate(train_scores, y_train, test_scores, y_test) -> Evaluation:
    """AUC of a score on held-out decisions, and accuracy of a threshold on it fitted on the training part."""
    threshold = LogisticRegression().fit(train_scores.reshape(-1, 1), y_train)
    return Evaluation(
        auc=float(roc_auc_score(y_test, test_scores)),
        accuracy=float(accuracy_score(y_test, threshold.predict(test_scores.reshape(-1, 1)))),
    )


def _scaled(coefficients: np.ndarray, total: float) -> Weights:
    """Non-negative coefficients scaled to ``total``, capped at MAX_WEIGHT, as Weights."""
    values = coefficients / coefficients.sum() * total
    if values.max() > MAX_WEIGHT:
        values *= MAX_WEIGHT / values.max()
    return Weights(**{name: round(float(v), 4) for name, v in zip(COMPONENTS, values, strict=True)})


def propose_weights(X, y, current: Weights, sample_weight=None) -> Proposal:
    """Fit a logistic regression on component values ``X`` and decisions ``y`` (1 shortlisted, 0 rejected).

    Parameters
    ----------
    X : array of shape (n_decisions, 6)
        Component values in ``COMPONENTS`` order.
    y : array of shape (n_decisions,)
        1 for shortlisted, 0 for rejected.
    current : Weights
        The active weights: the proposal is scaled to their total and judged beside them.
    sample_weight : array of shape (n_decisions,), optional
        How much each decision counts in the fit (a candidate who was then hired counts more than one who was
        only shortlisted); the held-out judgement counts every decision once.

    Returns
    -------
    Proposal
        With ``enough=False`` and nothing fitted when there are fewer than MIN_DECISIONS decisions or fewer
        than MIN_PER_CLASS of either kind.
    """
    X, y = _check(X, y)
    sample_weight = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    if sample_weight.shape != y.shape or not np.isfinite(sample_weight).all() or (sample_weight <= 0).any():
        raise ValueError("sample_weight must be one positive number per decision")
    shortlisted = int(y.sum())
    counts = {"n": len(y), "shortlisted": shortlisted, "rejected": len(y) - shortlisted}
    if len(y) < MIN_DECISIONS or min(shortlisted, len(y) - shortlisted) < MIN_PER_CLASS:
        return Proposal(enough=False, **counts)

    X_train, X_test, y_train, y_test, w_train, _w_test = train_test_split(
        X, y, sample_weight, test_size=HELD_OUT_SHARE, stratify=y, random_state=SEED
    )
    model = LogisticRegression(max_iter=1000).fit(X_train, y_train, sample_weight=w_train)
    coefficients = model.coef_[0]
    clipped = tuple(name for name, c in zip(COMPONENTS, coefficients, strict=True) if c < 0)
    positive = np.clip(coefficients, 0.0, None)
    common = {
        "enough": True,
        "coefficients": {name: float(c) for name, c in zip(COMPONENTS, coefficients, strict=True)},
        "clipped": clipped,
        "n_train": len(y_train),
        "n_test": len(y_test),
        "majority_accuracy": float(max(y_test.mean(), 1 - y_test.mean())),
        **counts,
    }
    current_eval = _evaluate_weights(current, X_train, y_train, X_test, y_test)
    if positive.sum() <= 0:
        return Proposal(current=current_eval, **common)

    weights = _scaled(positive, sum(current.as_dict().values()))
    return Proposal(
        weights=weights,
        proposed=_evaluate_weights(weights, X_train, y_train, X_test, y_test),
        current=current_eval,
        **common,
    )
