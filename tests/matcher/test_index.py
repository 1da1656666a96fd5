"""The candidate index: eligibility, ranking, cross-sector fairness, edits without refit, and weights."""

import dataclasses
import json

import numpy as np
import pytest

from matcher.documents import VacancyDoc
from matcher.encoder import DocumentEncoder
from matcher.index import CandidateIndex
from matcher.weights import COMPONENTS, Weights

AARHUS, KOBENHAVN, AALBORG = 751, 101, 851
ONLY_COMPETENCE = Weights(competence=1, text=0, level=0, geography=0, willingness=0, cross_sector=0)
ONLY_GEOGRAPHY = Weights(competence=0, text=0, level=0, geography=1, willingness=0, cross_sector=0)


def keys(ranking) -> list[int]:
    return [item.key for item in ranking]


def test_index_holds_every_profile(index, pool):
    assert len(index) == len(pool)
    assert all(profile.key in index for profile in pool.values())
    assert 999 not in index


@pytest.mark.parametrize("weights", [None, ONLY_COMPETENCE, ONLY_GEOGRAPHY])
def test_a_candidate_closed_to_the_vacancys_sector_never_appears(index, pool, vacancy, weights):
    ranking = index.rank(vacancy, weights, limit=100)
    assert pool["closed_perfect"].key not in keys(ranking)
    assert len(ranking) == len(pool) - 1


def test_the_closed_candidate_is_otherwise_the_best_fit(build_index, pool, vacancy):
    index = build_index()
    index.upsert([dataclasses.replace(pool["closed_perfect"], open_to_sectors=("kommune",))])
    assert index.rank(vacancy, limit=1)[0].key == pool["closed_perfect"].key


def test_a_privat_vacancy_ranks_only_leaders_open_to_privat(index, pool, make_vacancy):
    privat = make_vacancy(200, sector="privat", title="Salgschef", competences=("salgsledelse",))
    expected = {profile.key for profile in pool.values() if "privat" in profile.open_to_sectors}
    assert set(keys(index.rank(privat, limit=100))) == expected == {4, 5}


@pytest.mark.parametrize("limit", [1, 3, 100])
def test_ranking_returns_at_most_limit_items_best_first(index, vacancy, limit):
    ranking = index.rank(vacancy, limit=limit)
    assert len(ranking) == min(limit, 7)
    scores = [item.score for item in ranking]
    assert scores == sorted(scores, reverse=True)
    assert len(set(keys(ranking))) == len(ranking)


def test_every_component_is_in_the_unit_interval_and_json_able(index, vacancy):
    for item in index.rank(vacancy, limit=100):
        assert list(item.components) == list(COMPONENTS)
        assert all(0.0 <= value <= 1.0 for value in item.components.values())
        assert 0.0 <= item.score <= 1.0
        assert json.loads(json.dumps(item.components)) == item.components
        assert item.crosses_sector == (item.components["cross_sector"] == 1.0)


@pytest.mark.parametrize("weights", [None, ONLY_COMPETENCE, Weights(competence=1, text=1, level=2)])
def test_score_is_the_weighted_sum_of_the_components(index, vacancy, weights):
    normalised = (weights or Weights()).normalised()
    for item in index.rank(vacancy, weights, limit=100):
        assert item.score == pytest.approx(sum(item.components[n] * normalised[n] for n in COMPONENTS), abs=1e-5)


def test_without_the_cross_sector_nudge_the_order_follows_what_candidates_can_do(index, pool, vacancy):
    ranking = index.rank(vacancy, Weights(cross_sector=0.0), limit=3)
    assert {item.key for item in ranking} == {pool[k].key for k in ("kommune_match", "stat_match", "region_match")}
    fit = [item.components["competence"] + item.components["function"] for item in ranking]
    assert fit == sorted(fit, reverse=True)


def test_equal_fit_in_another_sectors_words_ties_and_the_nudge_breaks_it(build_index, make_profile, vacancy):
    same = make_profile(1, competences=("udvalgsbetjening", "budgetopfølgning"), title="Kontorchef for økonomi")
    other = make_profile(
        2,
        sector="region",
        competences=("betjening af regionsrådet", "budgetopfølgning"),
        title="Kontorchef for økonomi",
    )
    index = build_index([same, other])
    without = {item.key: item for item in index.rank(vacancy, Weights(cross_sector=0.0), limit=2)}
    assert without[1].components["competence"] == pytest.approx(without[2].components["competence"])
    assert without[1].components["function"] == pytest.approx(without[2].components["function"])
    ranking = index.rank(vacancy, limit=2)
    assert ranking[0].key == 2 and ranking[0].crosses_sector


@pytest.mark.parametrize("role", ["stat_match", "region_match"])
def test_cross_sector_leader_with_the_same_competences_in_own_words_ranks_near_the_top(index, pool, vacancy, role):
    ranking = index.rank(vacancy, limit=3)
    assert pool[role].key in keys(ranking)
    found = next(item for item in ranking if item.key == pool[role].key)
    assert found.crosses_sector
    assert found.components["competence"] > 0.5


@pytest.mark.parametrize("role", ["stat_match", "region_match"])
def test_own_sector_words_beat_unrelated_competences_on_competence(index, pool, vacancy, role):
    by_key = {item.key: item.components["competence"] for item in index.rank(vacancy, limit=100)}
    unrelated = [pool[r].key for r in ("privat_sales", "region_clinical", "stat_it", "kommune_school")]
    assert by_key[pool[role].key] > max(by_key[key] for key in unrelated)


def test_stat_wording_scores_as_high_as_kommune_wording_on_competence(build_index, make_profile, make_vacancy):
    # Two leaders who differ only in which sector's words they use for the same competences.
    kommune_words = make_profile(1, competences=("udvalgsbetjening", "budgetopfølgning", "personaleledelse"))
    stat_words = make_profile(
        2, sector="stat", competences=("ministerbetjening", "opfølgning på budgettet", "personaleledelse")
    )
    vacancy = make_vacancy(title="Kontorchef", nice_to_have=(), description="")
    ranking = build_index([kommune_words, stat_words], [vacancy]).rank(vacancy, ONLY_COMPETENCE)
    competence = {item.key: item.components["competence"] for item in ranking}
    assert competence[1] > 0.5
    assert competence[2] == pytest.approx(competence[1], abs=0.05)


def test_ties_are_broken_by_key(build_index, make_profile, vacancy):
    twins = [make_profile(key, competences=("udvalgsbetjening",)) for key in (30, 10, 20)]
    ranking = build_index(twins).rank(vacancy, limit=3)
    assert len({item.score for item in ranking}) == 1
    assert keys(ranking) == [10, 20, 30]


def test_empty_index_ranks_nobody(vacancy):
    index = CandidateIndex.build([], [vacancy])
    assert len(index) == 0
    assert index.rank(vacancy) == []


def test_index_without_profiles_or_vacancies_still_has_a_vocabulary(vacancy):
    index = CandidateIndex.build([], [])
    assert len(index.encoder.vectorizer_.vocabulary_) > 100
    assert index.rank(vacancy) == []


# -- edits without refit -------------------------------------------------------------------------------------


def test_upsert_reflects_an_edit_at_once_without_refitting(build_index, pool, vacancy):
    index = build_index()
    encoder, vocabulary = index.encoder, dict(index.encoder.vectorizer_.vocabulary_)
    concept_idf = index.encoder.concept_idf_.copy()
    it_leader = pool["stat_it"]
    before = next(item for item in index.rank(vacancy, limit=100) if item.key == it_leader.key)

    edited = dataclasses.replace(it_leader, competences=("udvalgsbetjening", "budgetopfølgning"), level=2)
    index.upsert([edited])

    after = next(item for item in index.rank(vacancy, limit=100) if item.key == it_leader.key)
    assert after.components["competence"] > before.components["competence"]
    assert after.components["level"] == 1.0
    assert index.encoder is encoder
    assert index.encoder.vectorizer_.vocabulary_ == vocabulary
    np.testing.assert_array_equal(index.encoder.concept_idf_, concept_idf)
    assert len(index) == len(pool)


def test_upsert_hides_the_old_row(build_index, pool, vacancy):
    index = build_index()
    match = pool["kommune_match"]
    index.upsert([dataclasses.replace(match, open_to_sectors=("stat",))])
    assert match.key not in keys(index.rank(vacancy, limit=100))
    assert match.key in index


def test_upserting_twice_keeps_one_row_per_leader(build_index, pool, vacancy):
    index = build_index()
    match = pool["kommune_match"]
    index.upsert([dataclasses.replace(match, seeking="active")])
    index.upsert([dataclasses.replace(match, seeking="not_looking")])
    ranking = index.rank(vacancy, limit=100)
    assert keys(ranking).count(match.key) == 1
    assert next(item for item in ranking if item.key == match.key).components["willingness"] == pytest.approx(0.3)


def test_upsert_adds_a_new_leader(build_index, pool, make_profile, vacancy):
    index = build_index()
    newcomer = make_profile(
        50,
        competences=("udvalgsbetjening", "budgetopfølgning", "personaleledelse"),
        title="Kontorchef for politik og økonomi",
        seeking="active",
    )
    index.upsert([newcomer])
    assert len(index) == len(pool) + 1
    assert newcomer.key in keys(index.rank(vacancy, limit=3))


def test_upsert_of_nothing_changes_nothing(build_index, vacancy):
    index = build_index()
    before = index.rank(vacancy, limit=100)
    index.upsert([])
    assert index.rank(vacancy, limit=100) == before


def test_remove_drops_a_candidate(build_index, pool, vacancy):
    index = build_index()
    match = pool["kommune_match"]
    index.remove([match.key, 12345])  # an unknown key is ignored
    assert match.key not in index
    assert len(index) == len(pool) - 1
    assert match.key not in keys(index.rank(vacancy, limit=100))


def test_remove_drops_an_upserted_candidate_from_the_delta(build_index, make_profile, vacancy):
    index = build_index()
    index.upsert([make_profile(50, competences=("udvalgsbetjening",))])
    index.remove([50])
    assert 50 not in keys(index.rank(vacancy, limit=100))


def test_compact_keeps_rankings_identical(build_index, pool, make_profile, make_vacancy):
    index = build_index()
    index.upsert(
        [
            dataclasses.replace(pool["stat_it"], competences=("ministerbetjening",)),
            make_profile(50, sector="region", competences=("betjening af regionsrådet",)),
        ]
    )
    index.remove([pool["region_match"].key])
    vacancies = [make_vacancy(), make_vacancy(101, sector="stat", municipality_code=KOBENHAVN)]
    before = [index.rank(v, limit=100) for v in vacancies]
    index.compact()
    assert len(index.delta) == 0
    assert len(index.base) == len(pool)  # 8 - 1 removed + 1 new; dead rows are gone
    assert [index.rank(v, limit=100) for v in vacancies] == before


def test_two_versions_of_one_leader_in_one_upsert_leave_one_row(build_index, pool, vacancy):
    index = build_index()
    it_leader = pool["stat_it"]
    index.upsert(
        [
            dataclasses.replace(it_leader, competences=("udvalgsbetjening",)),
            dataclasses.replace(it_leader, competences=("budgetopfølgning",)),
        ]
    )
    assert keys(index.rank(vacancy, limit=100)).count(it_leader.key) == 1


# -- discreet leaders ----------------------------------------------------------------------------------------

EMPLOYER, OTHER_EMPLOYER = 42, 43


def test_a_leader_hidden_from_an_organisation_never_appears_for_its_vacancies(build_index, pool, vacancy):
    match = pool["kommune_match"]
    index = build_index([*pool.values()][1:] + [dataclasses.replace(match, hidden_from=(EMPLOYER,))])
    assert match.key not in keys(index.rank(dataclasses.replace(vacancy, organisation_id=EMPLOYER), limit=100))
    assert match.key in keys(index.rank(dataclasses.replace(vacancy, organisation_id=OTHER_EMPLOYER), limit=100))
    assert match.key in keys(index.rank(vacancy, limit=100))  # a vacancy of no known organisation


def test_hiding_follows_upserts_and_compaction(build_index, pool, vacancy):
    index = build_index()
    match, own_vacancy = pool["kommune_match"], dataclasses.replace(vacancy, organisation_id=EMPLOYER)
    index.upsert([dataclasses.replace(match, hidden_from=(OTHER_EMPLOYER, EMPLOYER))])
    assert match.key not in keys(index.rank(own_vacancy, limit=100))
    index.compact()
    assert match.key not in keys(index.rank(own_vacancy, limit=100))
    index.upsert([match])  # no longer discreet
    assert match.key in keys(index.rank(own_vacancy, limit=100))


def test_compaction_keeps_hiding_attached_to_the_right_leader(build_index, pool, vacancy):
    index = build_index()
    hidden = dataclasses.replace(pool["stat_match"], hidden_from=(EMPLOYER,))
    index.upsert([dataclasses.replace(pool["kommune_match"], seeking="active"), hidden])
    index.remove([pool["kommune_match"].key])  # a dead row before the hidden one shifts its row number
    index.compact()
    ranked = keys(index.rank(dataclasses.replace(vacancy, organisation_id=EMPLOYER), limit=100))
    assert hidden.key not in ranked
    assert pool["region_match"].key in ranked


# -- weights -------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def expert_far_and_neighbour_near(build_index, make_profile):
    """An index with a distant expert and an unrelated leader next door."""
    expert = make_profile(
        1,
        municipality_code=AALBORG,
        max_commute_km=30,
        competences=("udvalgsbetjening", "budgetopfølgning", "personaleledelse"),
    )
    neighbour = make_profile(2, municipality_code=AARHUS, competences=("it-drift", "cybersikkerhed"))
    return build_index([expert, neighbour])


def test_geography_only_weights_put_the_neighbour_above_the_distant_expert(expert_far_and_neighbour_near, vacancy):
    assert keys(expert_far_and_neighbour_near.rank(vacancy, ONLY_GEOGRAPHY)) == [2, 1]


def test_competence_only_weights_put_the_distant_expert_above_the_neighbour(expert_far_and_neighbour_near, vacancy):
    assert keys(expert_far_and_neighbour_near.rank(vacancy, ONLY_COMPETENCE)) == [1, 2]


@pytest.mark.parametrize(("weights", "component"), [(ONLY_COMPETENCE, "competence"), (ONLY_GEOGRAPHY, "geography")])
def test_a_single_weight_orders_by_that_component(index, vacancy, weights, component):
    values = [item.components[component] for item in index.rank(vacancy, weights, limit=100)]
    assert values == sorted(values, reverse=True)


def test_more_weight_on_crossing_sectors_lifts_cross_sector_candidates(index, pool, vacancy):
    neutral = index.rank(vacancy, Weights(cross_sector=0.0), limit=3)
    crossing = index.rank(vacancy, Weights(cross_sector=5.0), limit=3)
    assert any(not item.crosses_sector for item in neutral)
    assert all(item.crosses_sector for item in crossing)


# -- a generated population ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_index(demo_population) -> CandidateIndex:
    profiles, vacancies = demo_population
    return CandidateIndex.build(profiles, vacancies, version="demo")


def test_population_rankings_respect_sectors_order_and_bounds(demo_index, demo_population):
    profiles, vacancies = demo_population
    open_to = {profile.key: profile.open_to_sectors for profile in profiles}
    for vacancy in vacancies:
        ranking = demo_index.rank(vacancy, limit=20)
        assert ranking, vacancy.title
        assert all(vacancy.sector in open_to[item.key] for item in ranking)
        scores = [item.score for item in ranking]
        assert scores == sorted(scores, reverse=True)
        assert all(0.0 <= v <= 1.0 for item in ranking for v in item.components.values())


def test_population_ranking_puts_cross_sector_leaders_in_the_top_twenty(demo_index, demo_population):
    _profiles, vacancies = demo_population
    crossing = sum(item.crosses_sector for vacancy in vacancies for item in demo_index.rank(vacancy, limit=20))
    assert crossing > 0


def test_fitting_on_a_sample_still_encodes_every_profile(demo_population):
    profiles, vacancies = demo_population
    index = CandidateIndex.build(profiles, vacancies, encoder=DocumentEncoder(fit_sample=60))
    assert len(index) == len(profiles)
    assert index.base.text.shape[0] == index.base.concepts.shape[0] == len(profiles)
    assert index.rank(vacancies[0], limit=5)


def test_a_vacancy_is_analysed_once_per_index_and_an_edited_one_anew(build_index, vacancy, monkeypatch):
    from dataclasses import replace

    index = build_index(vacancies=[])  # the build analyses the vacancies it is given; this one was not
    analysed = []
    original = index.encoder.transform

    def transform(documents):
        analysed.extend(d for d in documents if isinstance(d, VacancyDoc))
        return original(documents)

    monkeypatch.setattr(index.encoder, "transform", transform)

    first = index.rank(vacancy)
    assert index.rank(vacancy) == first
    assert index.pin().rank(vacancy) == first  # a pinned view shares what its index remembers
    edited = replace(vacancy, competences=("rengøring", "kantinedrift"))
    index.rank(edited)

    assert analysed == [vacancy, edited]


def test_the_build_analyses_the_vacancies_it_is_given(build_index, vacancy, monkeypatch):
    index = build_index(vacancies=[vacancy])
    monkeypatch.setattr(index.encoder, "vacancy_vectors", lambda rows: pytest.fail("analysed again"))
    assert index.rank(vacancy)


@pytest.mark.parametrize("count", [1, 3, 10, 200])
def test_top_rows_are_the_highest_scores_whatever_the_spread(count):
    from matcher.index import top_rows

    rng = np.random.default_rng(count)
    for scores in (
        rng.random(50_000).astype(np.float32),
        np.round(rng.random(50_000), 2).astype(np.float32),  # many ties
        np.where(rng.random(50_000) < 0.99, -np.inf, rng.random(50_000)).astype(np.float32),  # few eligible
        np.sort(rng.random(50_000)).astype(np.float32),  # the best at the end, missed by a sparse sample
        rng.random(5).astype(np.float32),
    ):
        rows = top_rows(scores, count)
        assert len(rows) == min(count, len(scores)) and len(set(rows.tolist())) == len(rows)
        assert np.array_equal(np.sort(scores[rows]), np.sort(scores)[len(scores) - len(rows) :])


def test_the_index_remembers_a_bounded_number_of_analysed_vacancies(pool, vacancy, monkeypatch):
    from dataclasses import replace

    from matcher import index as index_module

    monkeypatch.setattr(index_module, "VACANCY_CACHE_SIZE", 2)
    index = CandidateIndex.build(list(pool.values()), [])
    analysed = []
    original = index.encoder.vacancy_vectors
    monkeypatch.setattr(index.encoder, "vacancy_vectors", lambda rows: analysed.append(1) or original(rows))
    first, second, third = (replace(vacancy, key=key) for key in (1, 2, 3))
    for query in (first, second, first, third, first):
        index.rank(query)
    assert len(analysed) == 4  # the third made room by forgetting; the first was analysed again
