"""Sentences about the workplace name no competence anyone is asked for (``matcher.describing``)."""

import pytest

from matcher.concepts import ConceptMatcher
from matcher.describing import SITUATIONS, describable, describes_workplace
from matcher.text import words


@pytest.mark.parametrize(
    "sentence",
    [
        "Sygehuset har en sund økonomi og har opnået gode resultater",
        "Hospitalet har en driftsramme på ca. 1,2 milliarder, 1700 ansatte, 12 afdelinger",
        "I Saksild børnehus er der i alt 81 børn og 16 ansatte",
        "SDU er internationalt orienteret",
        "Vi er et dagtilbudsområde med bred politisk opbakning",
    ],
)
def test_a_sentence_stating_what_the_workplace_is_or_has_describes_it(sentence):
    assert describes_workplace(words(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Du har ansvar for økonomien",  # speaks to the reader
        "Vi har brug for en leder med overblik",  # says what is needed
        "Institutlederen har den daglige ledelse af instituttet",  # names the post
        "Stillingen har fokus på økonomistyring",
        "Ledelsen har ansvaret for den daglige drift",
        "de strategier, som bestyrelsen har udstukket",  # the verb belongs to a clause inside the phrase
        "indsigt i, hvordan sundhedsvæsenet er organiseret",
        "Budget og økonomi (drift, anlæg og medicoteknik)",  # no verb: a list of tasks
        "Erfaring med politisk betjening",
        "Økonomi",  # one word has no subject
        "",
    ],
)
def test_a_sentence_that_asks_names_the_post_or_lists_tasks_does_not(sentence):
    assert not describes_workplace(words(sentence))


def found(matcher, concept_at, text, describing=True) -> set[str]:
    ids = {index: concept_id for concept_id, index in concept_at.items()}
    return {ids[index] for index in matcher.find(text, describing)}


@pytest.fixture(scope="module")
def workplace_matcher(lexicon, analyzer):
    """The concept matcher as the encoder builds it: sentences about the workplace name only what it is about."""
    return ConceptMatcher(lexicon.phrases(), analyzer, describable=describable(lexicon.concepts))


def test_a_sentence_about_the_workplace_names_no_competence(lexicon, analyzer, workplace_matcher, concept_at):
    text = "Hospitalet har en stærk økonomistyring"
    every_sentence = ConceptMatcher(lexicon.phrases(), analyzer, describable=range(len(lexicon.concepts)))
    assert "financial_management" in found(every_sentence, concept_at, text)  # read as a requirement before
    assert "financial_management" not in found(workplace_matcher, concept_at, text)
    assert "financial_management" in found(workplace_matcher, concept_at, "Du har en stærk økonomistyring")


def test_it_still_names_the_policy_area_and_what_the_workplace_goes_through(workplace_matcher, concept_at):
    assert "disability" in found(workplace_matcher, concept_at, "Børnene har varige funktionsnedsættelser")
    assert "merger" in found(workplace_matcher, concept_at, "Sygehuset fusionerer med Nykøbing Falster Sygehus")


def test_situations_are_concepts_of_the_taxonomy(lexicon):
    assert SITUATIONS <= set(lexicon.concept_ids())
    assert len(describable(lexicon.concepts)) > len(SITUATIONS)


@pytest.mark.parametrize(
    "text",
    [
        "Er uddannet cand.polit. og har arbejdet med økonomistyring",  # a profile, the leader's own words
        "Økonomistyring er et must",  # a vacancy's competence list
    ],
)
def test_only_a_text_that_may_describe_the_workplace_is_read_so(workplace_matcher, concept_at, text):
    assert "financial_management" in found(workplace_matcher, concept_at, text, describing=False)


def test_the_encoder_reads_only_a_vacancys_description_as_possibly_describing_the_workplace(
    build_index, make_profile, make_vacancy, pool
):
    encoder = build_index().encoder
    column = encoder.concept_ids_.index("financial_management")
    said = "Hospitalet har en stærk økonomistyring"
    profile = make_profile(900, competences=("ledelse",), summary=said)
    in_list = make_vacancy(901, title="Kontorchef", competences=(said,), description="Du leder 14 medarbejdere.")
    in_description = make_vacancy(902, title="Kontorchef", competences=("personaleledelse",), description=said)
    concepts = encoder.blocks(encoder.transform([profile, in_list, in_description])).concepts.toarray()
    assert [bool(row[column]) for row in concepts] == [True, True, False]
