"""Concept matching: one competence is found whichever sector's words a text uses, and only inside a sentence."""

import pytest

from matcher.concepts import NEUTRAL_PREFIX, ConceptMatcher
from matcher.encoder import DocumentEncoder


def found(concept_matcher, concept_at, text) -> set[str]:
    """Ids of the concepts found in ``text``."""
    ids = {index: concept_id for concept_id, index in concept_at.items()}
    return {ids[index] for index in concept_matcher.find(text)}


@pytest.mark.parametrize(
    "text",
    [
        "udvalgsbetjening",  # kommune
        "byrådsbetjening",  # kommune
        "ministerbetjening",  # stat
        "betjening af ministeren",  # stat
        "betjening af regionsrådet",  # region
        "regionsrådsbetjening",  # region
        "bestyrelsesbetjening",  # privat
        "Jeg har stået for betjening af kommunalbestyrelsen i seks år",
    ],
)
def test_political_servicing_is_found_in_every_sectors_words(concept_matcher, concept_at, text):
    assert "political_servicing" in found(concept_matcher, concept_at, text)


def test_kommune_stat_and_region_wording_find_the_same_concept(concept_matcher, concept_at):
    kommune = found(concept_matcher, concept_at, "udvalgsbetjening")
    stat = found(concept_matcher, concept_at, "ministerbetjening")
    region = found(concept_matcher, concept_at, "betjening af regionsrådet")
    assert kommune & stat & region == {"political_servicing"}


def test_appropriations_and_budgeting_find_budget_concepts(concept_matcher, concept_at, lexicon):
    assert found(concept_matcher, concept_at, "bevillingsstyring") == {"appropriation_management"}
    assert found(concept_matcher, concept_at, "budgetlægning") == {"budgeting"}
    groups = {lexicon.concepts[concept_at[c]].group for c in ("appropriation_management", "budgeting")}
    assert groups == {"økonomi-og-styring"}


@pytest.mark.parametrize(
    "text",
    [
        "opfølgning på budgettet",
        "opfølgningen på budgetterne",  # the compound's head first, other inflections
        "opfølgning på indsatser og projekter og budgettet",  # other words in between
        "budgetopfølgning",
    ],
)
def test_budget_follow_up_is_found_in_any_word_order(concept_matcher, concept_at, text):
    assert "financial_followup" in found(concept_matcher, concept_at, text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("lede og udvikle hospitalet", "leading_leaders"),  # not "ledelsesudvikling"
        ("Arbejdspladsens vurdering af ansøgerne", "work_environment"),  # not "arbejdspladsvurdering" (APV)
        ("skabe og vedligeholde et godt arbejdsmiljø", "environment_planning"),  # "miljø" is the compound's head
        ("et godt læringsmiljø for børnene", "environment_planning"),
        ("Det politiske arbejdsklima er godt", "climate_transition"),
        ("er inddragende ledelse naturligt for dig?", "environment_planning"),  # "naturligt" is no "natur"
        ("en ledig stilling som afdelingsleder", "leading_leaders"),
        ("som led i en større omlægning", "people_management"),
        ("patientsikkerhed og medarbejdertrivsel", "school"),  # patients are no pupils
        ("110.000 operationer og 700.000 ambulante besøg årligt", "operations_management"),  # surgeries counted
    ],
)
def test_homographs_compound_heads_and_loose_word_order_find_nothing(concept_matcher, concept_at, text, concept):
    assert concept not in found(concept_matcher, concept_at, text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Du betjener direktionen og udvalgene", "political_servicing"),  # verb form of "betjening"
        ("implementere politiske beslutninger", "policy_implementation"),  # verb form of "implementering"
        ("erfaring fra sundhedsvæsnet", "health_system"),  # the other spelling of "sundhedsvæsenet"
        ("klimatilpasning i kommunen", "climate_transition"),  # a one-word phrase as the compound's first part
        ("personale- og økonomiansvar", "people_management"),  # "personale-" is "personaleansvar" cut short
    ],
)
def test_verb_forms_spelling_variants_and_compound_modifiers_find_the_concept(
    concept_matcher, concept_at, text, concept
):
    assert concept in found(concept_matcher, concept_at, text)


def test_words_far_apart_in_one_sentence_do_not_match(concept_matcher, concept_at):
    text = (
        "Opfølgning af mange forskellige indsatser projekter aftaler handleplaner strategier målsætninger "
        "initiativer budgettet"
    )
    assert "financial_followup" not in found(concept_matcher, concept_at, text)


def test_an_abbreviation_inside_a_sentence_does_not_end_it(concept_matcher, concept_at):
    assert "people_management" in found(concept_matcher, concept_at, "Du bliver leder for ca. 32 medarbejdere")


@pytest.mark.parametrize("text", ["Opfølgning. Budgettet", "opfølgning\nbudgettet", "Opfølgning; budgettet er lagt"])
def test_phrases_do_not_match_across_sentences_or_lines(concept_matcher, concept_at, text):
    assert "financial_followup" not in found(concept_matcher, concept_at, text)


@pytest.mark.parametrize(
    "text", ["kommunalbestyrelsen", "ministeren og folketinget", "Borgere og kunder", "Aarhus Kommune"]
)
def test_a_text_of_only_sector_words_finds_no_concept(concept_matcher, concept_at, text):
    assert found(concept_matcher, concept_at, text) == set()


def test_no_compiled_pattern_is_made_of_neutral_words_only(concept_matcher):
    assert all(any(not t.startswith(NEUTRAL_PREFIX) for t in pattern.tokens) for pattern in concept_matcher.patterns)


def test_a_phrase_of_only_neutral_words_is_never_compiled(analyzer):
    matcher = ConceptMatcher([(0, "byrådet", "kommune"), (0, "borgere og kunder", None)], analyzer)
    assert matcher.patterns == []
    assert matcher.find("byrådet og borgerne") == {}


def test_leading_leaders_needs_the_repeated_word_twice(concept_matcher, concept_at):
    assert "leading_leaders" in found(concept_matcher, concept_at, "ledelse af ledere")
    assert "leading_leaders" not in found(concept_matcher, concept_at, "ledelse")
    assert "leading_leaders" not in found(concept_matcher, concept_at, "Ledelse af et stort team. Ledere i huset")


def test_repeated_token_pattern_records_how_often_the_token_must_occur(analyzer):
    (pattern,) = ConceptMatcher([(0, "budget for budgetter", None)], analyzer).patterns
    assert pattern.tokens == frozenset({"budg"})
    assert pattern.counts == (("budg", 2),)
    assert ConceptMatcher([(0, "budget for budgetter", None)], analyzer).find("budgettet") == {}


def test_phrases_with_the_same_tokens_compile_to_one_pattern(analyzer):
    phrases = [(0, "ministerbetjening", "stat"), (0, "byrådsbetjening", "kommune"), (1, "byrådsbetjening", None)]
    matcher = ConceptMatcher(phrases, analyzer)
    assert [(p.concept, p.phrase) for p in matcher.patterns] == [(0, "ministerbetjening"), (1, "byrådsbetjening")]


def test_phrase_whose_every_token_is_common_is_dropped(analyzer):
    phrases = [(0, "ledelse af ledere", None)]
    assert ConceptMatcher(phrases, analyzer, token_share={"led": 0.9, "leder": 0.9}).patterns == []
    assert len(ConceptMatcher(phrases, analyzer, token_share={"led": 0.9, "leder": 0.1}).patterns) == 1


def test_pattern_is_anchored_on_its_rarest_token(analyzer):
    matcher = ConceptMatcher(
        [(0, "opfølgning på budgettet", None)], analyzer, token_share={"opfølg": 0.3, "budg": 0.01}
    )
    assert matcher.patterns[0].anchor == "budg"
    assert matcher.find("budgettet og opfølgningen") == {0: matcher.patterns[0]}


def test_hits_report_the_matched_sentence_in_the_texts_own_words(concept_matcher, concept_at):
    hits = concept_matcher.hits("Jeg har stået for udvalgsbetjening.\nOg  budgetlægning i forvaltningen")
    by_concept = {hit.concept: hit for hit in hits}
    servicing = by_concept[concept_at["political_servicing"]]
    assert servicing.matched_text == "Jeg har stået for udvalgsbetjening"
    assert servicing.sector == "kommune"
    assert by_concept[concept_at["budgeting"]].matched_text == "Og budgetlægning i forvaltningen"


def test_find_in_segments_agrees_with_find(concept_matcher, analyzer):
    text = "Ministerbetjening og bevillingsstyring. Personaleledelse af 30 medarbejdere"
    assert concept_matcher.find_in_segments(analyzer.analyse_segments(text)) == concept_matcher.find(text)


# -- known bugs -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Vedligeholdelse af skolerne i Aarhus", "Ansvar for en park i Odense"])
def test_a_town_name_does_not_stand_in_for_roads(concept_matcher, concept_at, text):
    assert "infrastructure" not in found(concept_matcher, concept_at, text)


@pytest.mark.parametrize("text", ["forældresamarbejde", "samarbejde med lægerne"])
def test_plain_cooperation_is_not_works_council_cooperation(concept_matcher, concept_at, text):
    assert "works_council" not in found(concept_matcher, concept_at, text)


def test_people_management_alone_shows_no_employment_or_hr_law_evidence(make_profile, pool, concept_at):
    encoder = DocumentEncoder().fit(list(pool.values()))
    profile = make_profile(99, competences=("personaleledelse",), title="Kontorchef")
    concepts = encoder.blocks(encoder.transform([profile])).concept_strengths(0)
    ids = {index: concept_id for concept_id, index in concept_at.items()}
    assert {ids[index] for index in concepts} == {"people_management"}
