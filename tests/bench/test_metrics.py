"""Tests for the benchmark metrics (bench.metrics) on hand-made rankings."""

from __future__ import annotations

import doctest
import math

import pytest

from bench import metrics
from bench.metrics import (
    cross_sector_exposure,
    exposure_components,
    ndcg_at_k,
    recall_at_k,
    summarise,
    vacancy_metrics,
)

GRADES = {"a": 3, "b": 2, "c": 1, "d": 1}
SECTOR = {"a": "stat", "b": "kommune", "c": "region", "d": "kommune", "x": "kommune", "y": "privat"}


def test_doctests():
    result = doctest.testmod(metrics)
    assert result.attempted > 0 and result.failed == 0


def test_ndcg_perfect_ranking_is_one():
    assert ndcg_at_k(["a", "b", "c", "d", "x"], GRADES) == pytest.approx(1.0)
    assert ndcg_at_k(["a", "b", "d", "c"], GRADES) == pytest.approx(1.0)  # ties in any order


def test_ndcg_reversed_is_lower_and_value_is_right():
    reversed_ = ndcg_at_k(["d", "c", "b", "a"], GRADES)
    assert 0 < reversed_ < ndcg_at_k(["a", "c", "b", "d"], GRADES) < 1
    ideal = 7 + 3 / math.log2(3) + 1 / 2 + 1 / math.log2(5)
    assert reversed_ == pytest.approx((1 + 1 / math.log2(3) + 3 / 2 + 7 / math.log2(5)) / ideal)


def test_ndcg_cut_off_and_ideal_from_all_grades():
    assert ndcg_at_k(["x", "y"], GRADES) == 0.0
    # the ideal counts relevant candidates the ranking never returned
    assert ndcg_at_k(["c"], GRADES, k=1) == pytest.approx(1 / 7)
    assert ndcg_at_k(["x", "a"], GRADES, k=1) == 0.0
    assert math.isnan(ndcg_at_k(["a"], {}))
    assert math.isnan(ndcg_at_k(["a"], {"a": 0}))


def test_recall():
    assert recall_at_k(["a", "x", "b", "c", "d"], GRADES, k=50) == 1.0
    assert recall_at_k(["a", "x", "b"], GRADES, k=2) == 0.25
    assert recall_at_k(["a", "x", "b"], GRADES, k=3, min_grade=2) == 1.0
    assert recall_at_k([], GRADES) == 0.0
    assert math.isnan(recall_at_k(["a"], {"a": 1}, min_grade=2))


def test_exposure_is_one_when_proportional():
    # good fits: a (stat), b (kommune), c (region), d (kommune) -> other-sector share for kommune = 1/2
    grades = {"a": 2, "b": 3, "c": 2, "d": 2}
    assert cross_sector_exposure(["a", "b"], SECTOR, "kommune", grades, k=2) == pytest.approx(1.0)
    assert cross_sector_exposure(["b", "d"], SECTOR, "kommune", grades, k=2) == 0.0
    assert cross_sector_exposure(["a", "c"], SECTOR, "kommune", grades, k=2) == pytest.approx(2.0)
    # min_grade 3 leaves only b (kommune): no other-sector fit, so the ratio is undefined
    assert math.isnan(cross_sector_exposure(["a", "c"], SECTOR, "kommune", grades, k=2, min_grade=3))
    assert math.isnan(cross_sector_exposure([], SECTOR, "kommune", grades))
    assert math.isnan(cross_sector_exposure(["a"], SECTOR, "kommune", {}))


def test_exposure_counts_private_as_other_sector_and_uses_the_top_k_only():
    grades = {"y": 2, "x": 2}
    assert exposure_components(["y", "x", "a"], SECTOR, "kommune", grades, k=2) == (1, 2, 1, 2)
    assert cross_sector_exposure(["x", "b", "y"], SECTOR, "kommune", grades, k=2) == 0.0


def test_vacancy_metrics_row():
    row = vacancy_metrics(["a", "b", "c", "d"], GRADES, SECTOR, "kommune")
    assert row["ndcg@10"] == pytest.approx(1.0) and row["recall@50"] == 1.0
    # top: a, b, c, d -> 2 of 4 other-sector; good fits a, b -> 1 of 2 other-sector
    assert row["exposure@10"] == pytest.approx(1.0)
    assert [row[k] for k in metrics.EXPOSURE_PARTS] == [2, 4, 1, 2]


def test_summarise_is_nan_aware_and_pools_exposure():
    rows = [
        vacancy_metrics(["a", "b"], {"a": 2, "b": 2}, SECTOR, "kommune"),  # exposure (1/2)/(1/2) = 1
        vacancy_metrics(["b", "x"], {"a": 2, "c": 2, "b": 2, "d": 2}, SECTOR, "kommune"),  # 0 / (2/4) = 0
        vacancy_metrics(["b"], {}, SECTOR, "kommune"),  # all undefined
    ]
    summary = summarise(rows)
    assert summary["n"] == 3
    assert summary["ndcg@10"] == pytest.approx((1.0 + rows[1]["ndcg@10"]) / 2)
    assert summary["exposure@10"] == pytest.approx(0.5)  # mean of the ratios 1 and 0
    # pooled: top 1 other of 5 shown; fits 3 other of 6
    assert summary["exposure_pooled"] == pytest.approx((1 / 5) / (3 / 6))
    assert not any(k in summary for k in metrics.EXPOSURE_PARTS)


def test_summarise_edge_cases():
    assert summarise([]) == {"n": 0}
    summary = summarise([{"ndcg@10": math.nan}, {"ndcg@10": math.nan}])
    assert math.isnan(summary["ndcg@10"]) and "exposure_pooled" not in summary
