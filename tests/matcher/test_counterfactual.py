"""Where else a leader fits: the top-10 test against the index's own ranking, and the counterfactual re-rank.

The pool is built so the numbers are known. Ten state leaders show the vacancy's three competences, two of
them only in their summary; the kommune leader shows two of them in their competence list and not the
political servicing. Fifteen kommune leaders (closed to the state) make "digitalisering" common, so it weighs
little. Scored on competences alone: today the leader is 11th; with "udvalgsbetjening" (their own sector's word
for ministerbetjening) they pass all ten; with digitalisation they gain a little and stay outside.
"""

import pytest

from matcher import counterfactual as cf
from matcher.index import CandidateIndex
from matcher.weights import Weights

ONLY_COMPETENCE = Weights(competence=1, function=0, text=0, level=0, geography=0, willingness=0, cross_sector=0)
STAT_COMPETENCES = ("ministerbetjening", "budgetopfølgning", "personaleledelse")


@pytest.fixture(scope="module")
def leader(make_profile):
    return make_profile(1, competences=("personaleledelse", "budgetopfølgning"), title="Kontorchef", education="")


@pytest.fixture(scope="module")
def vacancies(make_vacancy):
    def stat(key, **fields):
        values = {
            "sector": "stat",
            "title": "Kontorchef",
            "competences": STAT_COMPETENCES,
            "nice_to_have": ("digitalisering af arbejdsgange",),
            "description": "",
            "organisation": "Finansstyrelsen",
        }
        return make_vacancy(key, **(values | fields))

    return [
        stat(200),
        stat(201, title="Økonomichef"),  # the same kind: finance in the state
        stat(202, sector="region", organisation="Region Midtjylland"),  # finance in a region: another kind
        make_vacancy(203),  # the leader's own sector: never shown
    ]


@pytest.fixture(scope="module")
def built(make_profile, leader, vacancies) -> CandidateIndex:
    others = [
        make_profile(
            10 + i,
            sector="stat",
            competences=("personaleledelse",),
            title="Kontorchef",
            education="",
            summary="Jeg har arbejdet med ministerbetjening, budgetopfølgning og digitalisering af arbejdsgange.",
        )
        for i in range(10)
    ]
    filler = [
        make_profile(
            30 + i,
            open_to_sectors=("kommune",),
            competences=("digitalisering af arbejdsgange",),
            title="Kontorchef",
            education="",
        )
        for i in range(15)
    ]
    return CandidateIndex.build([leader, *others, *filler], vacancies, version="test")


@pytest.fixture(scope="module")
def kinds(built, leader, vacancies):
    return cf.where_else(built, leader, vacancies, cf.bars(built, vacancies, ONLY_COMPETENCE), ONLY_COMPETENCE)


def test_the_bar_is_the_tenth_best_other_candidate_in_the_index_ranking(built, leader, vacancies):
    bar = cf.bars(built, vacancies[:1], ONLY_COMPETENCE)[200]
    ranking = built.rank(vacancies[0], ONLY_COMPETENCE, limit=11)
    assert [key for key, _score in bar.top] == [item.key for item in ranking]
    assert ranking[-1].key == leader.key  # 11th today
    tenth = ranking[9].score
    assert bar.place(leader.key, ranking[-1].score) is None
    assert bar.place(leader.key, tenth + 0.01) == 1
    # A tie goes to the smaller key, as the index orders (-score, key): key 1 before the ten, key 99 after.
    assert bar.place(leader.key, tenth) == 1
    assert bar.place(99, tenth) is None


def test_one_competence_lifts_the_leader_into_the_top_10_and_another_does_not(kinds):
    finance_stat = next(k for k in kinds if k.sector == "stat")
    assert finance_stat.in_top == ()  # 11th today
    lifts = {lift.match.concept_id: lift for lift in finance_stat.lifts}
    assert finance_stat.lifts[0].match.concept_id == "political_servicing"
    assert lifts["political_servicing"].entries == 2  # both state vacancies of the kind
    digital = lifts["digital_transformation"]
    assert digital.entries == 0 and digital.gain > 0  # a little higher, still outside
    assert lifts["political_servicing"].gain > digital.gain


def test_the_lifted_score_is_the_score_the_index_would_give_the_changed_profile(
    built, leader, vacancies, make_profile, kinds
):
    from dataclasses import replace

    lift = next(k for k in kinds if k.sector == "stat").lifts[0]
    changed = replace(leader, competences=(*leader.competences, lift.match.candidate_phrase))
    built.upsert([changed])
    try:
        ranking = built.rank(vacancies[0], ONLY_COMPETENCE, limit=10)
        assert ranking[0].key == leader.key
    finally:
        built.upsert([leader])


def test_kinds_are_function_by_sector_and_only_other_sectors(kinds, vacancies):
    assert {(k.function, k.sector) for k in kinds} == {("finance", "stat"), ("finance", "region")}
    by_sector = {k.sector: k for k in kinds}
    assert set(by_sector["stat"].vacancies) == {200, 201}
    assert by_sector["region"].vacancies == (202,)
    assert all(203 not in k.vacancies for k in kinds)  # a kommune vacancy, the leader's own sector


def test_lifts_are_worded_in_both_sectors_language(kinds):
    match = next(k for k in kinds if k.sector == "stat").lifts[0].match
    assert match.candidate_phrase == "udvalgsbetjening"  # the leader's own sector's word
    assert match.candidate_sector_term == "udvalgsbetjening"
    assert match.vacancy_sector_term == "ministerbetjening"  # how the state says it
    assert "ministerbetjening" in match.vacancy_phrase  # and the vacancy's own words


def test_a_discreet_leaders_hidden_organisations_and_missing_professions_never_count(built, leader, vacancies):
    from dataclasses import replace

    hidden = replace(vacancies[0], organisation_id=77)
    discreet = replace(leader, hidden_from=(77,))
    found = cf.where_else(built, discreet, [hidden], cf.bars(built, [hidden], ONLY_COMPETENCE), ONLY_COMPETENCE)
    assert found == []
    nurse = replace(vacancies[0], key=300, title="Oversygeplejerske", description="Du er uddannet sygeplejerske.")
    found = cf.where_else(built, leader, [nurse], cf.bars(built, [nurse], ONLY_COMPETENCE), ONLY_COMPETENCE)
    assert found == []
    plain = replace(nurse, title="Kontorchef", description="")  # the same vacancy without the profession
    assert cf.where_else(built, leader, [plain], cf.bars(built, [plain], ONLY_COMPETENCE), ONLY_COMPETENCE)


def test_a_leader_already_in_the_top_10_is_shown_with_the_place(built, leader, vacancies):
    from dataclasses import replace

    strong = replace(leader, competences=(*leader.competences, "udvalgsbetjening"))
    found = cf.where_else(built, strong, vacancies, cf.bars(built, vacancies, ONLY_COMPETENCE), ONLY_COMPETENCE)
    stat = next(k for k in found if k.sector == "stat")
    assert set(stat.in_top) == {200, 201} and stat.best_place == 1
    assert "political_servicing" not in {lift.match.concept_id for lift in stat.lifts}  # has it already
