"""Filters narrow a ranking inside the index, so the candidates left keep their order and fill the limit."""

import numpy as np
import pytest

from matcher.index import RankFilters

AARHUS, KOBENHAVN = 751, 101


def keys(ranking) -> list[int]:
    return [item.key for item in ranking]


@pytest.mark.parametrize(
    "filters, keep",
    [
        (RankFilters(sectors=frozenset({"region"})), lambda p: p.sector == "region"),
        (RankFilters(sectors=frozenset({"stat", "region"})), lambda p: p.sector in ("stat", "region")),
        (RankFilters(levels=frozenset({1})), lambda p: p.level == 1),
        (RankFilters(seeking=frozenset({"open"})), lambda p: p.seeking == "open"),
        (RankFilters(regions=frozenset({1084})), lambda p: p.municipality_code == KOBENHAVN),
        (RankFilters(regions=frozenset({1082})), lambda p: p.municipality_code in (AARHUS, 746)),
        (RankFilters(other_sectors_only=True), lambda p: p.sector != "kommune"),
        (RankFilters(keys=frozenset({2, 3})), lambda p: p.key in (2, 3)),
        (
            RankFilters(sectors=frozenset({"stat"}), levels=frozenset({2})),
            lambda p: p.sector == "stat" and p.level == 2,
        ),
    ],
)
def test_filters_keep_the_ranking_order(index, pool, vacancy, filters, keep):
    full = keys(index.rank(vacancy, limit=100))
    by_key = {p.key: p for p in pool.values()}
    assert keys(index.rank(vacancy, limit=100, filters=filters)) == [k for k in full if keep(by_key[k])]


def test_the_limit_is_filled_from_the_filtered_candidates(index, pool, vacancy):
    full = keys(index.rank(vacancy, limit=100))
    sector_of = {p.key: p.sector for p in pool.values()}
    last_sector = sector_of[full[-1]]  # the sector of the lowest-ranked candidate
    assert sector_of[full[0]] != last_sector
    top = index.rank(vacancy, limit=1, filters=RankFilters(sectors=frozenset({last_sector})))
    assert keys(top) == [next(k for k in full if sector_of[k] == last_sector)]


def test_scores_and_components_do_not_change_with_filters(index, vacancy):
    full = {item.key: item for item in index.rank(vacancy, limit=100)}
    for item in index.rank(vacancy, limit=100, filters=RankFilters(other_sectors_only=True)):
        assert item == full[item.key]


def test_filters_never_bring_back_an_excluded_candidate(index, pool, vacancy):
    closed = pool["closed_perfect"].key  # not open to kommuner
    assert keys(index.rank(vacancy, limit=100, filters=RankFilters(keys=frozenset({closed})))) == []


def test_an_empty_filter_narrows_nothing(index, vacancy):
    assert index.rank(vacancy, limit=100, filters=RankFilters()) == index.rank(vacancy, limit=100)


def test_the_mask_is_a_boolean_array_over_the_segment(index):
    mask = RankFilters(levels=frozenset({1})).mask(index.base, "kommune")
    assert mask.dtype == np.bool_ and mask.shape == (len(index.base),)


@pytest.mark.parametrize(
    "fields", [{"sectors": frozenset({"mars"})}, {"seeking": frozenset({"maybe"})}, {"regions": frozenset({9999})}]
)
def test_unknown_codes_are_refused(fields):
    with pytest.raises((ValueError, KeyError)):
        RankFilters(**fields)
