"""``count`` says how many candidates a ranking holds without scoring them: always what ``rank`` would return."""

import dataclasses

import pytest

from matcher.index import RankFilters

EVERYONE = 1000  # a limit above the pool, so rank returns every eligible candidate


@pytest.mark.parametrize(
    "filters",
    [
        None,
        RankFilters(sectors=frozenset({"stat"})),
        RankFilters(other_sectors_only=True),
        RankFilters(keys=frozenset({1, 4, 6})),
        RankFilters(include_unqualified=True),
    ],
)
def test_count_is_the_length_of_an_unlimited_ranking(index, vacancy, filters):
    assert index.count(vacancy, filters) == len(index.rank(vacancy, limit=EVERYONE, filters=filters))


def test_count_leaves_out_who_the_ranking_leaves_out(index, pool, vacancy):
    everyone = len(pool)
    closed = pool["closed_perfect"].key  # not open to kommuner
    assert index.count(vacancy) < everyone
    assert index.count(vacancy, RankFilters(keys=frozenset({closed}))) == 0


def test_count_follows_the_overlay_and_discreet_leaders(build_index, pool, vacancy):
    index = build_index()
    employer = 77
    own = dataclasses.replace(vacancy, organisation_id=employer)
    before = index.count(own)
    index.apply(
        upserts=[dataclasses.replace(pool["kommune_match"], hidden_from=(employer,))],
        removals=[pool["region_match"].key],
    )
    assert index.count(own) == before - 2 == len(index.rank(own, limit=EVERYONE))
    assert index.count(vacancy) == before - 1  # another organisation still sees the discreet leader
