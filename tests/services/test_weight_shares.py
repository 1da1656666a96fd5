"""One scale for people: each component's share of the score in percent, the seven adding up to 100."""

import pytest

from matcher.weights import COMPONENTS, Weights
from webapp.services import weights
from webapp.services.errors import ServiceError

TYPED = {"competence": 40, "function": 30, "text": 5, "level": 10, "geography": 10, "willingness": 5, "cross_sector": 0}


def test_shares_that_add_up_to_100_are_kept_exactly():
    typed = weights.from_shares(TYPED)
    assert weights.shares(typed) == {name: float(value) for name, value in TYPED.items()}
    assert weights.whole_shares(typed) == TYPED
    assert typed == Weights(**{name: value / 100 for name, value in TYPED.items()})  # stored as shares / 100


def test_the_default_weights_are_their_own_percentages():
    assert weights.from_shares(weights.whole_shares(Weights())) == Weights()


def test_other_sums_keep_their_proportions():
    assert weights.shares(
        weights.from_shares(dict.fromkeys(COMPONENTS, 0) | {"competence": 2, "text": 1, "level": 1})
    ) == (dict.fromkeys(COMPONENTS, 0.0) | {"competence": 50.0, "text": 25.0, "level": 25.0})
    with pytest.raises(ServiceError):
        weights.from_shares(dict.fromkeys(COMPONENTS, 0))


@pytest.mark.parametrize(
    "raw",
    [
        Weights().as_dict() | {"competence": 40.0},  # a version saved by the old form, 40 among fractions
        dict.fromkeys(COMPONENTS, 1.0),  # sevenths
        dict.fromkeys(COMPONENTS, 0.0) | {"text": 0.001},
    ],
)
def test_whole_shares_add_up_to_100_and_stay_within_a_point(raw):
    stored = Weights.from_dict(raw)
    whole = weights.whole_shares(stored)
    total = sum(raw.values())
    assert sum(whole.values()) == 100
    for name in COMPONENTS:
        assert abs(whole[name] - raw[name] / total * 100) < 1
        assert weights.shares(stored)[name] == round(raw[name] / total * 100, 1)


@pytest.mark.parametrize(
    "competence, function, dominant",
    [(50, 22, None), (51, 21, 51.0), (49, 23, None), (100, 0, 100.0)],
)
def test_more_than_half_of_the_score_is_dominance_and_exactly_half_is_not(competence, function, dominant):
    rest = {"text": 8, "level": 10, "geography": 6, "willingness": 4, "cross_sector": 0}
    values = {"competence": competence, "function": function} | rest
    if competence == 100:
        values = dict.fromkeys(COMPONENTS, 0) | {"competence": 100}
    assert sum(values.values()) == 100
    found = weights.dominance(weights.from_shares(values))
    assert (found and found.share) == dominant
    assert found is None or found.component == "competence"


def test_weights_that_rank_alike_are_the_same_whatever_their_total():
    assert weights.same_ranking(Weights(), Weights(**{k: v * 40 for k, v in Weights().as_dict().items()}))
    assert not weights.same_ranking(Weights(), weights.from_shares(TYPED))


def test_the_history_diff_is_in_shares():
    before = Weights().as_dict()
    after = before | {"competence": 40.0}  # one raw number changes every share
    changes = {c.component: (c.before, c.after) for c in weights.diff(before, after)}
    assert set(changes) == set(COMPONENTS)
    assert changes["competence"] == (34.0, 98.4) and changes["function"] == (22.0, 0.5)
    assert weights.diff(before, dict(before)) == []
