"""Vacancies for a leader (the reverse ranking) and explanations in words both sectors recognise."""

import dataclasses

import pytest

from matcher.explain import explain
from matcher.geography import distance_km
from matcher.recommend import VacancySet
from matcher.weights import COMPONENTS, Weights

KOBENHAVN, AARHUS, ODENSE = 101, 751, 461
ONLY_COMPETENCE = Weights(competence=1, text=0, level=0, geography=0, willingness=0, cross_sector=0)
ONLY_GEOGRAPHY = Weights(competence=0, text=0, level=0, geography=1, willingness=0, cross_sector=0)


@pytest.fixture(scope="module")
def vacancies(make_vacancy):
    """One vacancy per sector, each asking for political servicing in its own sector's words."""
    return [
        make_vacancy(100),  # kommune, Aarhus
        make_vacancy(
            101,
            sector="stat",
            municipality_code=KOBENHAVN,
            title="Kontorchef til Finansieringskontoret",
            competences=("ministerbetjening", "bevillingsstyring"),
            nice_to_have=(),
            description="Kontoret ligger i København.",
        ),
        make_vacancy(
            102,
            sector="region",
            title="Chef for Regionssekretariatet",
            competences=("betjening af regionsrådet", "økonomistyring"),
            nice_to_have=(),
            description="Regionssekretariatet betjener regionsrådet og forretningsudvalget.",
        ),
        make_vacancy(
            103,
            sector="privat",
            municipality_code=KOBENHAVN,
            title="Head of Board Office",
            competences=("bestyrelsesbetjening",),
            nice_to_have=(),
            description="Du sikrer betjening af bestyrelsen.",
        ),
    ]


@pytest.fixture(scope="module")
def vacancy_set(index, vacancies) -> VacancySet:
    return VacancySet.build(index.encoder, vacancies)


def test_vacancies_in_sectors_the_leader_is_not_open_to_are_left_out(index, vacancy_set, pool):
    leader = pool["kommune_match"]  # open to stat, region and kommune
    ranking = vacancy_set.rank(index.encoder, leader, limit=10)
    assert {item.key for item in ranking} == {100, 101, 102}


def test_a_leader_open_only_to_privat_sees_only_privat_vacancies(index, vacancy_set, pool):
    leader = dataclasses.replace(pool["closed_perfect"], open_to_sectors=("privat",))
    ranking = vacancy_set.rank(index.encoder, leader)
    assert [item.key for item in ranking] == [103]


def test_recommendations_are_sorted_bounded_and_in_the_unit_interval(index, vacancy_set, pool):
    for leader in pool.values():
        ranking = vacancy_set.rank(index.encoder, leader, limit=2)
        assert len(ranking) <= 2
        scores = [item.score for item in ranking]
        assert scores == sorted(scores, reverse=True)
        for item in ranking:
            assert list(item.components) == list(COMPONENTS)
            assert all(0.0 <= value <= 1.0 for value in item.components.values())


def test_own_sectors_vacancy_ranks_first_for_a_matching_leader(index, vacancy_set, pool):
    assert vacancy_set.rank(index.encoder, pool["kommune_match"])[0].key == 100


def test_both_directions_give_the_same_components_for_a_pair(index, vacancy_set, vacancies, pool):
    for leader in (pool["kommune_match"], pool["stat_match"], pool["region_match"]):
        recommended = {item.key: item for item in vacancy_set.rank(index.encoder, leader, limit=10)}
        for vacancy in vacancies:
            if vacancy.key not in recommended:
                continue
            ranked = next(item for item in index.rank(vacancy, limit=100) if item.key == leader.key)
            for name in COMPONENTS:
                assert recommended[vacancy.key].components[name] == pytest.approx(ranked.components[name], abs=1e-5)
            assert recommended[vacancy.key].score == pytest.approx(ranked.score, abs=1e-5)


def test_recommendation_weights_change_the_order(index, vacancy_set, pool):
    # A state leader living in Aarhus who does exactly what the København vacancy asks for.
    leader = dataclasses.replace(
        pool["stat_match"], municipality_code=AARHUS, competences=("ministerbetjening", "bevillingsstyring")
    )
    by_geography = vacancy_set.rank(index.encoder, leader, ONLY_GEOGRAPHY)
    by_competence = vacancy_set.rank(index.encoder, leader, ONLY_COMPETENCE)
    assert by_geography[-1].key == 101
    assert by_competence[0].key == 101
    for ranking, component in ((by_geography, "geography"), (by_competence, "competence")):
        values = [item.components[component] for item in ranking]
        assert values == sorted(values, reverse=True)


def test_an_empty_vacancy_set_recommends_nothing(index, pool):
    assert VacancySet.build(index.encoder, []).rank(index.encoder, pool["kommune_match"]) == []


def test_a_vacancy_without_concepts_scores_zero_competence_not_nan(index, pool, make_vacancy):
    bare = make_vacancy(300, title="Chef", competences=(), nice_to_have=(), description="")
    (item,) = VacancySet.build(index.encoder, [bare]).rank(index.encoder, pool["kommune_match"])
    assert item.components["competence"] == 0.0


# -- explanations ------------------------------------------------------------------------------------------


def explained(index, vacancy, leader, weights=None):
    ranked = next(item for item in index.rank(vacancy, weights, limit=100) if item.key == leader.key)
    return ranked, explain(index.encoder, vacancy, leader, ranked, weights)


def test_explanation_pairs_the_candidates_words_with_the_vacancys_words(index, vacancy, pool):
    _ranked, explanation = explained(index, vacancy, pool["stat_match"])
    servicing = next(match for match in explanation.matches if match.concept_id == "political_servicing")
    assert servicing.required
    assert servicing.candidate_phrase == "ministerbetjening"
    assert servicing.vacancy_phrase == "udvalgsbetjening"
    assert servicing.name_da and servicing.name_en == "Political servicing and advice"


def test_explanation_gives_each_sectors_usual_term_when_sectors_differ(index, vacancy, pool):
    _ranked, explanation = explained(index, vacancy, pool["stat_match"])
    servicing = next(match for match in explanation.matches if match.concept_id == "political_servicing")
    assert servicing.candidate_sector_term == "ministerbetjening"
    assert servicing.vacancy_sector_term == "udvalgsbetjening"
    assert explanation.crosses_sector


def test_explanation_in_one_sector_gives_that_sectors_term_on_both_sides(index, vacancy, pool):
    _ranked, explanation = explained(index, vacancy, pool["kommune_match"])
    servicing = next(match for match in explanation.matches if match.concept_id == "political_servicing")
    assert servicing.candidate_sector_term == servicing.vacancy_sector_term == "udvalgsbetjening"
    assert not explanation.crosses_sector


def test_explanation_quotes_the_vacancy_description_when_the_match_is_there(index, make_vacancy, pool):
    vacancy = make_vacancy(competences=(), nice_to_have=(), description="Du står for betjening af økonomiudvalget.")
    _ranked, explanation = explained(index, vacancy, pool["region_match"])
    servicing = next(match for match in explanation.matches if match.concept_id == "political_servicing")
    assert servicing.vacancy_phrase == "Du står for betjening af økonomiudvalget"


def test_explanation_marks_nice_to_have_matches_as_not_required(index, make_vacancy, pool):
    vacancy = make_vacancy(
        title="Kontorchef", competences=("personaleledelse",), nice_to_have=("udvalgsbetjening",), description=""
    )
    _ranked, explanation = explained(index, vacancy, pool["kommune_match"])
    servicing = next(match for match in explanation.matches if match.concept_id == "political_servicing")
    assert not servicing.required


def test_explanation_lists_required_concepts_the_candidate_lacks(index, make_vacancy, pool, lexicon, concept_at):
    vacancy = make_vacancy(competences=("udvalgsbetjening", "bevillingsstyring"), nice_to_have=("cybersikkerhed",))
    _ranked, explanation = explained(index, vacancy, pool["kommune_match"])
    missing = {concept.concept_id: concept for concept in explanation.missing}
    assert "appropriation_management" in missing and "political_servicing" not in missing
    assert "cybersecurity" not in missing  # nice to have only
    found = missing["appropriation_management"]
    assert (found.name_da, found.name_en) == (
        lexicon.concepts[concept_at["appropriation_management"]].name_da,
        lexicon.concepts[concept_at["appropriation_management"]].name_en,
    )


def test_every_match_is_evidenced_on_both_sides(index, vacancy, pool):
    for leader in pool.values():
        if "kommune" not in leader.open_to_sectors:
            continue
        _ranked, explanation = explained(index, vacancy, leader)
        assert all(match.candidate_phrase and match.vacancy_phrase for match in explanation.matches)
        shared = {match.concept_id for match in explanation.matches if match.required}
        assert not shared & {concept.concept_id for concept in explanation.missing}


@pytest.mark.parametrize("weights", [None, Weights(competence=1, text=1, level=1, geography=1), Weights(level=5)])
def test_contributions_are_value_times_normalised_weight_and_sum_to_the_score(index, vacancy, pool, weights):
    ranked, explanation = explained(index, vacancy, pool["stat_match"], weights)
    normalised = (weights or Weights()).normalised()
    assert [part.name for part in explanation.parts] == list(COMPONENTS)
    for part in explanation.parts:
        assert part.value == ranked.components[part.name]
        assert part.weight == pytest.approx(normalised[part.name])
        assert part.contribution == pytest.approx(part.value * part.weight, abs=1e-6)
    assert sum(part.weight for part in explanation.parts) == pytest.approx(1.0)
    assert sum(part.contribution for part in explanation.parts) == pytest.approx(explanation.score, abs=1e-5)
    assert explanation.score == ranked.score


def test_explanation_reports_level_step_and_distance(index, make_vacancy, pool):
    vacancy = make_vacancy(level=3, municipality_code=ODENSE)
    _ranked, explanation = explained(index, vacancy, pool["kommune_match"])  # level 2, Aarhus
    assert explanation.level_step == 1
    assert explanation.distance_km == round(distance_km(AARHUS, ODENSE), 1) > 50


def test_explanation_of_rewritten_boilerplate_shows_the_competence_wording(index, make_vacancy, pool):
    vacancy = make_vacancy(
        competences=("erfaring fra en politisk styret organisation",), nice_to_have=(), description=""
    )
    leader = dataclasses.replace(pool["kommune_match"], competences=("omsætte politiske beslutninger til praksis",))
    _ranked, explanation = explain_with_index(index, vacancy, leader)
    (match,) = [m for m in explanation.matches if m.concept_id == "policy_implementation"]
    assert "omsætte politiske beslutninger til praksis" in match.vacancy_phrase


def explain_with_index(index, vacancy, leader):
    """Explain a pair for a leader who is not in the index (components from the reverse ranking)."""
    (ranked,) = VacancySet.build(index.encoder, [vacancy]).rank(index.encoder, leader)
    return ranked, explain(index.encoder, vacancy, leader, ranked)
