"""Functions and professions: recognised from titles, unit names and concepts, and leading the ranking."""

from __future__ import annotations

import numpy as np
import pytest

from matcher.documents import ExperienceDoc
from matcher.functions import FunctionRecogniser
from matcher.index import RankFilters
from matcher.taxonomy_data import load_concepts, load_functions, load_professions


@pytest.fixture(scope="module")
def recogniser() -> FunctionRecogniser:
    return FunctionRecogniser.default()


def functions_of(recogniser, title: str) -> set[str]:
    evidence = recogniser.title_evidence(title)
    return {recogniser.function_ids[i] for i in np.flatnonzero(evidence)}


def professions(recogniser, indices) -> list[str]:
    return [recogniser.professions[i].id for i in indices]


# -- data ------------------------------------------------------------------------------------------------


def test_every_function_concept_is_a_taxonomy_concept():
    concept_ids = {c.id for c in load_concepts()}
    for function in load_functions():
        assert {concept for concept, _weight in function.concepts} <= concept_ids, function.id


def test_every_profession_points_to_a_known_function_or_none():
    function_ids = {f.id for f in load_functions()}
    for profession in load_professions():
        assert profession.function is None or profession.function in function_ids


def test_generic_leadership_concepts_point_to_no_function(recogniser):
    concept_ids = [c.id for c in load_concepts()]
    for generic in ("people_management", "change_management", "strategy", "process_leadership"):
        assert not recogniser.concept_map[concept_ids.index(generic)].any(), generic


# -- titles ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Økonomichef", {"finance"}),
        ("Kontorchef for politisk betjening og økonomi", {"finance", "secretariat"}),
        ("Forstander, Botilbuddet Granly", {"elderly_social"}),
        ("Afdelingssygeplejerske", {"health"}),
        ("HR-chef", {"hr"}),
        ("IT-chef", {"digital"}),
        ("Jobcenterchef", {"employment"}),
        ("Direktør for Børn og Unge", {"executive", "children_schools"}),
        ("Sekretariatschef", {"secretariat"}),
    ],
)
def test_titles_name_their_function(recogniser, title, expected):
    assert functions_of(recogniser, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Arbejdsmiljøkonsulent", {"hr"}),  # not "miljø" (teknik og miljø)
        ("Chef for informationssikkerhed", {"digital"}),  # not "sikkerhed" (beredskab)
        ("Ledende overlæge, Lungemedicinsk Afdeling", {"health"}),  # not "unge" (børn og unge)
        ("Planlægningschef", set()),  # planning a hospital's beds is not "plan" (teknik og miljø)
        ("Teamleder", set()),
    ],
)
def test_the_longest_cue_wins_and_short_cues_do_not_fire_inside_words(recogniser, title, expected):
    assert functions_of(recogniser, title) == expected


def test_short_cues_must_stand_alone(recogniser):
    assert functions_of(recogniser, "IT-arkitekt") == {"digital"}
    assert functions_of(recogniser, "Leder af Fritidshjemmet Solsikken") == {"children_schools"}
    assert "digital" not in functions_of(recogniser, "Kvalitetschef")


def test_vacancy_focus_keeps_the_strong_functions_as_shares(recogniser):
    evidence = np.array([0.8, 0.3, 0.6] + [0.0] * (len(recogniser.functions) - 3), dtype=np.float32)
    focus = recogniser.vacancy_focus(evidence)
    assert focus.sum() == pytest.approx(1.0)
    assert focus[0] == pytest.approx(0.8 / 1.4) and focus[1] == 0 and focus[2] == pytest.approx(0.6 / 1.4)
    assert not recogniser.vacancy_focus(np.zeros(len(recogniser.functions))).any()


def test_a_function_the_ad_only_touches_on_is_not_a_share_of_the_post(recogniser):
    """A school post whose ad asks for some law (legal evidence 0.7 beside the title's 1.0) is a school post."""
    evidence = np.array([1.0, 0.7] + [0.0] * (len(recogniser.functions) - 2), dtype=np.float32)
    focus = recogniser.vacancy_focus(evidence)
    assert focus[0] == pytest.approx(1.0) and focus[1] == 0


# -- professions ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "texts", "lines", "expected"),
    [
        ("Cheflæge", [], [], ["doctor"]),
        ("Chefsygeplejerske", [], [], ["nurse"]),
        ("Teamleder", ["Du er uddannet sygeplejerske og har ledelseserfaring."], [], ["nurse"]),
        ("Afdelingsleder", ["Du har en sygeplejefaglig baggrund."], [], ["nurse"]),
        ("Skoleleder", ["Du har en læreruddannelse."], [], ["teacher"]),
        ("Leder", [], ["Speciallæge i psykiatri", "personaleledelse"], ["doctor"]),
        ("Juridisk chef", ["Du er cand.jur. med erfaring i forvaltningsret."], [], ["lawyer"]),
        ("Leder", ["Stillingen kræver autorisation som psykolog."], [], ["psychologist"]),
        ("Lægelig direktør", [], [], ["doctor"]),  # a hospital's medical director is a physician
        ("Afdelingssygeplejerske/afsnitsleder", [], [], ["nurse"]),  # one post, two names
        ("Cheflæge", ["Du er uddannet læge. Vi tilbyder ca. 40 medarbejdere."], [], ["doctor"]),
    ],
)
def test_a_stated_requirement_or_a_title_requires_a_profession(recogniser, title, texts, lines, expected):
    assert professions(recogniser, recogniser.required_professions(title, texts, lines)) == expected


@pytest.mark.parametrize(
    "title", ["Chefsygeplejerske eller chefoptometrist", "Overlæge eller ledende psykolog", "Cheflæge eller chefjurist"]
)
def test_a_title_offering_alternatives_requires_no_one_of_them(recogniser, title):
    assert recogniser.required_professions(title, []) == []


def test_a_title_whose_alternatives_all_require_a_profession_requires_it(recogniser):
    assert professions(recogniser, recogniser.required_professions("Overlæge eller afdelingslæge", [])) == ["doctor"]


@pytest.mark.parametrize(
    "text",
    [
        "Du er gerne uddannet sygeplejerske.",
        "Det er en fordel, hvis du er uddannet sygeplejerske.",
        "Du har en læreruddannelse eller anden relevant uddannelse.",
        "Du er leder for 40 sygeplejersker og læger.",  # leading nurses is not being one
        "Du har kendskab til læreruddannelsen.",
        "Vi samarbejder tæt med de praktiserende læger.",
        "Lægemiddelområdet er en del af opgaven.",
    ],
)
def test_wishes_examples_and_mentions_are_not_requirements(recogniser, text):
    assert recogniser.required_professions("Kontorchef", [text]) == []


def test_leaders_show_professions_in_titles_and_education(recogniser):
    assert professions(recogniser, recogniser.professions_in(["Cand.med., speciallæge i almen medicin"])) == ["doctor"]
    assert professions(recogniser, recogniser.professions_in(["Afdelingssygeplejerske"])) == ["nurse"]
    assert professions(recogniser, recogniser.professions_in(["Folkeskolelærer", "Cand.pæd."])) == ["teacher"]
    assert recogniser.professions_in(["Cand.scient.pol.", "Kontorchef"]) == []
    assert professions(recogniser, recogniser.professions_stated(["Jeg er uddannet sygeplejerske i 2004."])) == [
        "nurse"
    ]


# -- in the ranking -------------------------------------------------------------------------------------


def test_a_nurse_team_leader_does_not_outrank_an_economist_for_an_economy_post(build_index, make_profile, make_vacancy):
    generic = ("personaleledelse", "forandringsledelse", "strategisk ledelse", "kvalitetsudvikling")
    nurse = make_profile(
        1,
        sector="region",
        level=2,
        title="Afdelingssygeplejerske",
        competences=(*generic, "patientsikkerhed", "budgetansvar"),
        education="Sygeplejerske",
    )
    economist = make_profile(
        2,
        sector="stat",
        level=2,
        title="Kontorchef for økonomi og styring",
        competences=("budgetlægning", "økonomistyring", "ledelsesinformation", "personaleledelse"),
        education="Cand.polit.",
    )
    post = make_vacancy(
        title="Økonomichef",
        competences=("budgetlægning og budgetopfølgning", "økonomistyring", "personaleledelse", "forandringsledelse"),
        description="Du leder økonomiafdelingen og sikrer en økonomi i balance.",
    )
    ranking = build_index([nurse, economist], [post]).rank(post, limit=2)
    assert [item.key for item in ranking] == [2, 1]
    assert ranking[0].components["function"] > 0.5 > ranking[1].components["function"]


def test_a_candidate_without_the_required_profession_never_reaches_the_ranking(build_index, make_profile, make_vacancy):
    doctor = make_profile(1, sector="region", title="Overlæge", education="Cand.med.", competences=("klinisk ledelse",))
    politician_servant = make_profile(
        2,
        sector="stat",
        title="Sekretariatschef",
        education="Cand.scient.pol.",
        competences=("ministerbetjening", "personaleledelse", "budgetopfølgning"),
    )
    post = make_vacancy(sector="region", title="Cheflæge til Børne- og Ungeafdelingen", competences=("ledelse",))
    index = build_index([doctor, politician_servant], [post])
    assert [item.key for item in index.rank(post, limit=10)] == [1]
    everyone = index.rank(post, limit=10, filters=RankFilters(include_unqualified=True))
    assert {item.key: item.qualified for item in everyone} == {1: True, 2: False}


def test_recommendations_leave_out_vacancies_that_require_a_profession_the_leader_lacks(
    build_index, make_profile, make_vacancy
):
    from matcher.recommend import VacancySet

    leader = make_profile(
        1,
        sector="stat",
        title="Sekretariatschef",
        education="Cand.scient.pol.",
        competences=("ministerbetjening", "personaleledelse"),
        experience=(ExperienceDoc("stat", "Fuldmægtig", "Finansministeriet", "Budgetarbejde."),),
    )
    doctor_post = make_vacancy(101, sector="region", title="Cheflæge", competences=("personaleledelse",))
    secretariat = make_vacancy(102, sector="region", title="Sekretariatschef", competences=("politisk betjening",))
    index = build_index([leader], [doctor_post, secretariat])
    vacancies = VacancySet.build(index.encoder, [doctor_post, secretariat])
    assert [item.key for item in vacancies.rank(index.encoder, leader, limit=5)] == [102]


def test_the_explanation_names_functions_and_the_missing_profession(build_index, make_profile, make_vacancy):
    from matcher.explain import explain

    economist = make_profile(1, sector="stat", title="Økonomichef", education="Cand.polit.")
    post = make_vacancy(sector="region", title="Cheflæge", competences=("økonomistyring",))
    index = build_index([economist], [post])
    (ranked,) = index.rank(post, limit=1, filters=RankFilters(include_unqualified=True))
    explanation = explain(index.encoder, post, economist, ranked)
    assert explanation.vacancy_functions[0] == "health"
    assert explanation.candidate_functions == ("finance",)
    assert explanation.required_professions == explanation.missing_professions == ("doctor",)


def test_no_title_cue_belongs_to_two_functions():
    cues = [cue for function in load_functions() for cue, _weight in function.title_cues]
    assert len(cues) == len(set(cues))


@pytest.mark.parametrize(
    ("title", "expected"),
    [("Politikommissær", {"security"}), ("Leder af Efterforskning", {"security"}), ("Rektor", {"education_research"})],
)
def test_police_titles_are_not_politics_or_research(recogniser, title, expected):
    assert functions_of(recogniser, title) == expected


def test_a_competence_about_personnel_law_requires_no_lawyer(recogniser):
    assert recogniser.required_professions("HR-chef", [], ["personalejura og overenskomster"]) == []


def test_title_evidence_is_remembered_read_only_bounded_and_never_saved(monkeypatch):
    import pickle

    from matcher import functions

    monkeypatch.setattr(functions, "TITLE_CACHE_SIZE", 2)
    recogniser = FunctionRecogniser(load_functions(), load_professions(), [c.id for c in load_concepts()])
    first = recogniser.title_evidence("Økonomichef")

    assert recogniser.title_evidence("Økonomichef") is first
    with pytest.raises(ValueError):
        first[0] = 1.0  # shared between callers, so nobody may change it
    recogniser.title_evidence("Skoleleder")
    recogniser.title_evidence("Cheflæge")
    assert len(recogniser._titles) <= 2
    restored = pickle.loads(pickle.dumps(recogniser))
    assert restored._titles == {} and restored._titles.limit == 2
    assert np.array_equal(restored.title_evidence("Økonomichef"), first)


def test_a_sentence_without_the_professions_words_is_not_a_requirement_and_one_with_them_is(recogniser):
    assert professions(recogniser, recogniser.professions_stated(["Jeg har ledet store forandringer."])) == []
    assert professions(recogniser, recogniser.professions_stated(["Jeg er uddannet sygeplejerske."])) == ["nurse"]
