"""The lexicon: boilerplate rewriting, neutral terms (glossary, places, organisations) and concept phrasing."""

import pickle

import pytest

from matcher.lexicon import NEUTRAL_PREFIX, ORGANISATION_TOKEN, PLACE_TOKEN, Lexicon

POLITICALLY_GOVERNED = "erfaring fra en politisk styret organisation"
POLITICALLY_GOVERNED_SUGGESTION = (
    "erfaring med at omsætte politiske beslutninger til praksis og rådgive et politisk niveau"
)


def test_default_lexicon_is_loaded_once(lexicon):
    assert Lexicon.default() is lexicon
    assert lexicon.concepts and lexicon.glossary and lexicon.boilerplate


def test_boilerplate_is_replaced_by_its_suggestion(lexicon):
    assert lexicon.rewrite_boilerplate(POLITICALLY_GOVERNED) == POLITICALLY_GOVERNED_SUGGESTION


@pytest.mark.parametrize(
    "text",
    [
        "Du har Erfaring fra en Politisk Styret Organisation.",
        "Du har ERFARING  FRA EN\npolitisk\tstyret   organisation.",
    ],
)
def test_boilerplate_rewrite_ignores_case_and_whitespace(lexicon, text):
    assert lexicon.rewrite_boilerplate(text) == f"Du har {POLITICALLY_GOVERNED_SUGGESTION}."


def test_longer_boilerplate_phrase_wins_over_its_shorter_relative(lexicon):
    rewritten = lexicon.rewrite_boilerplate("erfaring fra en politisk styret kommunal organisation")
    assert rewritten == (
        "erfaring med at rådgive politikere og omsætte politiske beslutninger til drift tæt på brugerne"
    )


def test_boilerplate_inside_a_longer_word_is_left_alone(lexicon):
    text = f"{POLITICALLY_GOVERNED}er og mere"
    assert lexicon.rewrite_boilerplate(text) == text


def test_text_without_boilerplate_is_unchanged(lexicon):
    text = "Du har ansvar for budgetopfølgning og personaleledelse."
    assert lexicon.rewrite_boilerplate(text) == text


def test_every_boilerplate_entry_is_rewritten_to_its_own_suggestion(lexicon):
    for entry in lexicon.boilerplate:
        assert lexicon.rewrite_boilerplate(entry.phrase.upper()) == entry.suggestion


def test_neutral_terms_map_glossary_terms_to_their_row_token(lexicon):
    terms = lexicon.neutral_terms()
    assert terms["borgere"] == terms["kunder"] == NEUTRAL_PREFIX + "users"
    assert terms["minister"] == terms["byråd"] == terms["regionsråd"] == NEUTRAL_PREFIX + "political_top"
    assert terms["danske regioner"] == NEUTRAL_PREFIX + "interest_org"


def test_exact_terms_include_municipalities_and_regions_with_and_without_prefix(lexicon):
    terms = lexicon.exact_terms()
    for place in ("københavn", "aarhus", "odense", "aalborg", "region midtjylland", "midtjylland", "østdanmark"):
        assert terms[place] == PLACE_TOKEN, place


def test_exact_terms_include_given_organisation_names_normalised(lexicon):
    terms = lexicon.exact_terms(["Novo Nordisk", "Styrelsen for Dataforsyning og Infrastruktur"])
    assert terms["novo nordisk"] == ORGANISATION_TOKEN
    assert terms["styrelsen for dataforsyning og infrastruktur"] == ORGANISATION_TOKEN
    assert "novo nordisk" not in lexicon.exact_terms()
    assert "novo nordisk" not in lexicon.neutral_terms()


def test_glossary_terms_are_matched_with_inflections_and_names_exactly(lexicon):
    assert lexicon.neutral_terms()["rigsrevisionen"] == NEUTRAL_PREFIX + "supervision_audit"
    assert "vejen" in lexicon.exact_terms() and "vejen" not in lexicon.neutral_terms()


def test_phrases_carry_concept_index_and_sector(lexicon, concept_at):
    phrases = set(lexicon.phrases())
    servicing = concept_at["political_servicing"]
    assert (servicing, "ministerbetjening", "stat") in phrases
    assert (servicing, "udvalgsbetjening", "kommune") in phrases
    assert (servicing, "betjening af regionsrådet", "region") in phrases
    assert (servicing, "politisk betjening", None) in phrases


def test_vocabulary_holds_phrases_and_glossary_terms(lexicon):
    vocabulary = set(lexicon.vocabulary())
    assert {"ministerbetjening", "udvalgsbetjening", "borgere", "danske regioner"} <= vocabulary


def test_sector_phrasing_is_the_sectors_first_label(lexicon, concept_at):
    servicing = concept_at["political_servicing"]
    assert lexicon.sector_phrasing(servicing, "stat") == "ministerbetjening"
    assert lexicon.sector_phrasing(servicing, "kommune") == "udvalgsbetjening"
    assert lexicon.sector_phrasing(servicing, "region") == "betjening af regionsrådet"
    assert lexicon.sector_phrasing(concept_at["people_management"], "kommune") is None


def test_concept_ids_follow_concept_order(lexicon):
    assert lexicon.concept_ids() == [concept.id for concept in lexicon.concepts]


def test_lexicon_survives_pickling_with_rewriting_intact(lexicon):
    lexicon.rewrite_boilerplate("")  # build the cached pattern so it travels too
    restored = pickle.loads(pickle.dumps(lexicon))
    assert restored == lexicon
    assert restored.rewrite_boilerplate(POLITICALLY_GOVERNED) == POLITICALLY_GOVERNED_SUGGESTION


def test_lexicon_without_boilerplate_rewrites_nothing(lexicon):
    bare = Lexicon(lexicon.concepts, lexicon.glossary, ())
    assert bare.rewrite_boilerplate(POLITICALLY_GOVERNED) == POLITICALLY_GOVERNED


def test_every_boilerplate_rewording_still_says_what_the_phrase_stood_for(lexicon, concept_matcher, concept_at):
    # Concepts are found after the rewrite, so a suggestion that misses one of its entry's concepts would make
    # "erfaring med politisk betjening" in an ad ask for nothing at all.
    names = {index: concept_id for concept_id, index in concept_at.items()}
    for entry in lexicon.boilerplate:
        found = {names[index] for index in concept_matcher.find(lexicon.rewrite_boilerplate(entry.phrase))}
        assert set(entry.concepts) <= found, entry.phrase
