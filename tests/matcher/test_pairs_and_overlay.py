"""One component function for both directions, and an overlay that applies edits at once without a refit."""

import dataclasses

import numpy as np
import pytest

from matcher import pairs
from matcher.encoder import DocumentEncoder
from matcher.recommend import VacancySet
from matcher.segment import Segment
from matcher.weights import COMPONENTS


@pytest.fixture(scope="module")
def vacancies(make_vacancy):
    return [
        make_vacancy(),
        make_vacancy(101, sector="stat", municipality_code=101, competences=("ministerbetjening",)),
        make_vacancy(102, sector="region", level=3, competences=("betjening af regionsrådet", "økonomistyring")),
        make_vacancy(103, sector="privat", level=1, municipality_code=851, nice_to_have=("digitalisering",)),
    ]


def test_a_pair_gets_identical_components_in_both_directions(index, pool, vacancies):
    encoder = index.encoder
    every_vacancy = VacancySet.build(encoder, vacancies)
    for profile in pool.values():
        leader = Segment.build(encoder, [profile])
        reverse = pairs.component_matrix(leader, every_vacancy)
        for row, vacancy in enumerate(vacancies):
            forward = pairs.component_matrix(index.base, pairs.VacancyRows.encode(encoder, [vacancy]))
            position = int(np.flatnonzero(index.base.keys == profile.key)[0])
            assert forward[position].tobytes() == reverse[row].tobytes(), (profile.key, vacancy.key)
    assert reverse.shape == (len(vacancies), len(COMPONENTS))


def test_both_directions_agree_on_the_ranked_components(index, pool, vacancies):
    every_vacancy = VacancySet.build(index.encoder, vacancies)
    for profile in pool.values():
        for item in every_vacancy.rank(index.encoder, profile, limit=10):
            vacancy = next(v for v in vacancies if v.key == item.key)
            mirrored = {c.key: c for c in index.rank(vacancy, limit=100)}
            assert mirrored[profile.key].components == item.components
            assert mirrored[profile.key].score == item.score


def test_the_component_matrix_needs_one_side_to_be_a_single_row(index, vacancies):
    with pytest.raises(ValueError, match="single row"):
        pairs.component_matrix(index.base, VacancySet.build(index.encoder, vacancies))


def test_the_overlay_applies_edits_deletions_and_discreet_at_once_without_a_refit(
    build_index, pool, vacancy, monkeypatch
):
    index = build_index()
    held = index.view  # a reader's view, taken before the changes
    before = held.rank(index.encoder, vacancy, limit=100)
    monkeypatch.setattr(DocumentEncoder, "fit_transform", lambda *a, **k: pytest.fail("refitted"))
    best = pool["kommune_match"]
    employer = 77
    index.apply(
        upserts=[
            dataclasses.replace(pool["stat_it"], competences=("udvalgsbetjening", "budgetopfølgning")),
            dataclasses.replace(best, hidden_from=(employer,)),
        ],
        removals=[pool["region_match"].key],
        change_seq=12,
    )
    own = dataclasses.replace(vacancy, organisation_id=employer)
    assert best.key not in [c.key for c in index.rank(own, limit=100)]
    assert pool["region_match"].key not in index and pool["region_match"].key not in {
        c.key for c in index.rank(vacancy, limit=100)
    }
    assert index.change_seq == 12 and len(index) == len(pool) - 1
    assert len(index.base) == len(pool) and len(index.view.dead) == 3  # tombstones, not rewritten arrays
    assert held.rank(index.encoder, vacancy, limit=100) == before  # the held view did not change
    assert index.view is not held and index.view.generation == held.generation + 1


def test_tombstones_are_found_by_binary_search_on_sorted_keys(build_index, pool, make_profile):
    shuffled = list(pool.values())[::-1]
    index = build_index(shuffled)
    assert list(index.base.keys) == sorted(p.key for p in pool.values())
    index.remove([3, 999])
    assert 3 not in index and 999 not in index and 4 in index
    index.upsert([make_profile(999)])
    assert 999 in index and len(index) == len(pool)
