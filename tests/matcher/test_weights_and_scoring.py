"""Weights as a validated value object, and the final score as a scikit-learn transformer."""

import dataclasses
import math

import numpy as np
import pytest
from sklearn.pipeline import make_pipeline
from sklearn.utils.estimator_checks import parametrize_with_checks

from matcher.scoring import ComponentScorer
from matcher.weights import COMPONENTS, Weights


def test_default_weights_let_competence_lead_and_keep_text_small():
    normalised = Weights().normalised()
    assert max(normalised, key=normalised.get) == "competence"
    assert normalised["text"] < normalised["competence"] / 2
    assert normalised["cross_sector"] > 0


@pytest.mark.parametrize(
    "weights",
    [
        Weights(),
        Weights(competence=3, function=1, text=1, level=1, geography=1, willingness=1, cross_sector=1),
        Weights(level=100),
    ],
)
def test_normalised_weights_sum_to_one_in_component_order(weights):
    normalised = weights.normalised()
    assert list(normalised) == list(COMPONENTS)
    assert math.isclose(sum(normalised.values()), 1.0)
    assert all(value >= 0 for value in normalised.values())


def test_normalising_keeps_the_ratios():
    normalised = Weights(
        competence=2, function=0, text=1, level=1, geography=0, willingness=0, cross_sector=0
    ).normalised()
    assert normalised["competence"] == pytest.approx(0.5)
    assert normalised["text"] == normalised["level"] == pytest.approx(0.25)


@pytest.mark.parametrize(
    "field_value",
    [
        ("competence", -0.1),
        ("text", float("nan")),
        ("level", float("inf")),
        ("geography", 100.5),
        ("willingness", "0.1"),
        ("cross_sector", None),
    ],
)
def test_invalid_weights_are_rejected(field_value):
    name, value = field_value
    with pytest.raises(ValueError, match=name):
        Weights(**{name: value})


def test_all_zero_weights_are_rejected():
    with pytest.raises(ValueError, match="positive"):
        Weights(**dict.fromkeys(COMPONENTS, 0.0))


def test_a_single_positive_weight_is_enough():
    weights = Weights(**(dict.fromkeys(COMPONENTS, 0.0) | {"geography": 1.0}))
    assert weights.normalised()["geography"] == 1.0


def test_weights_are_immutable():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Weights().competence = 1.0  # type: ignore[misc]


def test_as_dict_round_trips_through_from_dict():
    weights = Weights(
        competence=0.5, function=0, text=0.2, level=0.1, geography=0.1, willingness=0.05, cross_sector=0.05
    )
    assert Weights.from_dict(weights.as_dict()) == weights


def test_from_dict_ignores_unknown_keys_and_defaults_missing_ones():
    weights = Weights.from_dict({"competence": "0.9", "salary": 5, "text": 0})
    assert weights == Weights(competence=0.9, text=0.0)
    assert weights.level == Weights().level


def test_from_dict_still_validates():
    with pytest.raises(ValueError):
        Weights.from_dict({"competence": -1})


# -- ComponentScorer ----------------------------------------------------------------------------------------


@parametrize_with_checks([ComponentScorer()])
def test_component_scorer_follows_the_scikit_learn_contract(estimator, check):
    check(estimator)


@pytest.fixture(scope="module")
def values() -> np.ndarray:
    """Component values in [0, 1] for 50 candidates (seeded)."""
    return np.random.default_rng(7).random((50, len(COMPONENTS)))


@pytest.mark.parametrize(
    "weights",
    [Weights(), Weights(competence=1, function=0, text=0, level=0, geography=2, willingness=0, cross_sector=0)],
)
def test_score_is_the_weighted_sum_with_normalised_weights(values, weights):
    expected = values @ np.array(list(weights.normalised().values()))
    scorer = ComponentScorer(weights=weights).fit(values)
    np.testing.assert_allclose(scorer.score_samples(values), expected, rtol=1e-12)


def test_without_weights_every_column_weighs_alike(values):
    np.testing.assert_allclose(ComponentScorer().fit(values).score_samples(values), values.mean(axis=1))


def test_an_array_of_weights_weighs_any_columns_one_each():
    X = np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
    assert ComponentScorer(weights=[3.0, 0.0, 1.0]).fit(X).score_samples(X).tolist() == [0.75, 0.25]
    with pytest.raises(ValueError, match="2 weights for 3 columns"):
        ComponentScorer(weights=[1.0, 1.0]).fit(X)


def test_contributions_are_value_times_weight_and_sum_to_the_score(values):
    scorer = ComponentScorer().fit(values)
    contributions = scorer.transform(values)
    np.testing.assert_allclose(contributions, values * scorer.coef_)
    np.testing.assert_allclose(contributions.sum(axis=1), scorer.score_samples(values))


def test_scores_of_unit_interval_values_stay_in_the_unit_interval(values):
    scores = ComponentScorer().fit(values).score_samples(values)
    assert ((scores >= 0) & (scores <= 1)).all()


def test_dict_weights_default_missing_components_to_zero(values):
    scorer = ComponentScorer(weights={"competence": 3.0, "geography": 1.0}).fit(values)
    assert scorer.coef_.tolist() == [0.75, 0.0, 0.0, 0.0, 0.25, 0.0, 0.0]


@pytest.mark.parametrize("columns", [2, len(COMPONENTS) + 2])
def test_weights_by_component_name_need_the_component_matrix(values, columns):
    X = np.ones((3, columns))
    with pytest.raises(ValueError, match="components"):
        ComponentScorer(weights=Weights()).fit(X)


def test_an_unknown_component_name_is_refused(values):
    with pytest.raises(ValueError, match="speed"):
        ComponentScorer(weights={"competence": 1.0, "speed": 1.0}).fit(values)


def test_all_zero_dict_weights_fall_back_to_equal_weights(values):
    scorer = ComponentScorer(weights={"competence": 0.0}).fit(values)
    np.testing.assert_allclose(scorer.coef_, [1 / len(COMPONENTS)] * len(COMPONENTS))


@pytest.mark.parametrize("bad", [-1.0, float("nan"), float("inf")])
def test_negative_or_non_finite_dict_weights_are_rejected_at_fit(values, bad):
    with pytest.raises(ValueError, match="finite and non-negative"):
        ComponentScorer(weights={"competence": bad}).fit(values)


def test_transform_checks_the_number_of_columns(values):
    scorer = ComponentScorer().fit(values)
    with pytest.raises(ValueError):
        scorer.transform(values[:, :3])


def test_float32_input_keeps_float32(values):
    X = values.astype(np.float32)
    assert ComponentScorer().fit(X).transform(X).dtype == np.float32


def test_scorer_works_inside_a_pipeline(values):
    pipeline = make_pipeline(ComponentScorer(weights=Weights())).fit(values)
    np.testing.assert_allclose(
        pipeline.transform(values).sum(axis=1), values @ np.array(list(Weights().normalised().values()))
    )


def test_component_scorer_declares_and_validates_its_parameters():
    from sklearn.utils.estimator_checks import check_param_validation

    check_param_validation("ComponentScorer", ComponentScorer())
