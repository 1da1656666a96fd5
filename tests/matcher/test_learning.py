"""Proposing weights from employers' feedback: a logistic regression on the component values."""

import numpy as np
import pytest

from matcher import learning
from matcher.learning import MIN_DECISIONS, MIN_PER_CLASS, propose_weights
from matcher.weights import COMPONENTS, Weights

COMPETENCE = COMPONENTS.index("competence")
TEXT = COMPONENTS.index("text")


def decisions(n: int = 300, seed: int = 7, noise: float = 0.1):
    """Synthetic feedback in which shortlisting depends on competence (and a little on level)."""
    rng = np.random.default_rng(seed)
    X = rng.random((n, len(COMPONENTS)))
    signal = 4.0 * X[:, COMPETENCE] + 0.8 * X[:, COMPONENTS.index("level")] - 2.4
    y = (signal + rng.normal(0, noise * 4, n) > 0).astype(int)
    return X, y


def test_shortlisting_on_competence_makes_competence_the_largest_weight():
    X, y = decisions()
    proposal = propose_weights(X, y, Weights())
    assert proposal.enough and proposal.weights is not None
    proposed = proposal.weights.as_dict()
    assert max(proposed, key=proposed.get) == "competence"
    assert proposal.proposed.auc > 0.7
    assert 0.5 < proposal.proposed.accuracy <= 1.0
    assert proposal.n == 300 and proposal.n_train + proposal.n_test == 300
    assert proposal.n_test == pytest.approx(75, abs=1)


def test_proposal_keeps_the_current_total_and_clips_negative_coefficients():
    X, y = decisions()
    X[:, TEXT] = 1.0 - X[:, COMPETENCE]  # text now goes against shortlisting
    current = Weights(competence=45, function=0, text=10, level=17, geography=12, willingness=10, cross_sector=6)
    proposal = propose_weights(X, y, current)
    assert "text" in proposal.clipped and proposal.coefficients["text"] < 0
    assert proposal.weights.text == 0
    assert sum(proposal.weights.as_dict().values()) == pytest.approx(100, abs=0.01)
    assert all(value >= 0 for value in proposal.weights.as_dict().values())


def test_no_weight_exceeds_the_form_maximum():
    X, y = decisions()
    current = Weights(**{name: 100 for name in COMPONENTS})  # total 700
    proposal = propose_weights(X, y, current)
    assert max(proposal.weights.as_dict().values()) == pytest.approx(100)


def test_the_current_weights_are_judged_on_the_same_held_out_decisions():
    X, y = decisions()
    only_text = Weights(competence=0, function=0, text=1, level=0, geography=0, willingness=0, cross_sector=0)
    proposal = propose_weights(X, y, only_text)
    assert proposal.current.auc < 0.65 < proposal.proposed.auc
    assert propose_weights(X, y, only_text) == proposal  # seeded: same data, same split, same answer


@pytest.mark.parametrize(
    "n, shortlisted",
    [(0, 0), (MIN_DECISIONS - 1, 15), (MIN_DECISIONS + 20, MIN_PER_CLASS - 1), (MIN_DECISIONS + 20, 50 - 9 + 1)],
)
def test_too_little_feedback_fits_nothing(n, shortlisted, monkeypatch):
    def no_fit(*args, **kwargs):
        raise AssertionError("fitted with too little feedback")

    monkeypatch.setattr(learning.LogisticRegression, "fit", no_fit)
    X = np.random.default_rng(0).random((n, len(COMPONENTS)))
    y = np.array([1] * shortlisted + [0] * (n - shortlisted))
    proposal = propose_weights(X, y, Weights())
    assert not proposal.enough and proposal.weights is None and proposal.proposed is None
    assert (proposal.n, proposal.shortlisted, proposal.rejected) == (n, shortlisted, n - shortlisted)


def test_feedback_that_favours_nothing_proposes_nothing():
    X, y = decisions()
    X = np.repeat(1.0 - X[:, [COMPETENCE]], len(COMPONENTS), axis=1)  # every component goes against it
    proposal = propose_weights(X, y, Weights())
    assert proposal.enough and proposal.weights is None
    assert proposal.current is not None and set(proposal.clipped) >= {"competence"}


@pytest.mark.parametrize(
    "X, y",
    [
        (np.zeros((40, 5)), np.zeros(40)),
        (np.zeros((40, 6)), np.zeros(39)),
        (np.full((40, 6), np.nan), np.zeros(40)),
        (np.zeros((40, 6)), np.full(40, 2)),
    ],
)
def test_bad_input_is_refused(X, y):
    with pytest.raises(ValueError):
        propose_weights(X, y, Weights())


def test_decisions_that_count_more_pull_the_proposal_their_way():
    # Two signals of equal strength: shortlisting follows competence in one half of the decisions, text in the
    # other. Counting the text half three times (as hires count) must give text the larger weight.
    rng = np.random.default_rng(5)
    X = rng.random((400, len(COMPONENTS)))
    by_text = np.arange(400) % 2 == 1
    y = np.where(by_text, X[:, TEXT] > 0.5, X[:, COMPETENCE] > 0.5).astype(int)
    even = propose_weights(X, y, Weights()).weights.as_dict()
    counted = propose_weights(X, y, Weights(), sample_weight=np.where(by_text, 3.0, 1.0)).weights.as_dict()
    assert counted["text"] / counted["competence"] > even["text"] / even["competence"]
    assert counted["text"] > counted["competence"]


@pytest.mark.parametrize("weight", [[1.0] * 299, [0.0] + [1.0] * 299, [np.nan] + [1.0] * 299])
def test_bad_sample_weights_are_refused(weight):
    X, y = decisions()
    with pytest.raises(ValueError, match="sample_weight"):
        propose_weights(X, y, Weights(), sample_weight=weight)
