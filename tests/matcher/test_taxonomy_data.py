"""Data tests for the competence taxonomy and cross-sector glossary (matcher/data/*.json)."""

import re
from collections import defaultdict

import pytest

from matcher.taxonomy_data import (
    BOILERPLATE_SECTORS,
    SECTORS,
    Boilerplate,
    Concept,
    GlossaryRow,
    load_boilerplate,
    load_concepts,
    load_glossary,
    load_sector_value,
)

GROUPS = {
    "politisk-administrativ",
    "myndighed-og-jura",
    "drift-og-kvalitet",
    "økonomi-og-styring",
    "strategi-og-forandring",
    "digitalisering-og-data",
    "mennesker-og-organisation",
    "samarbejde-og-kommunikation",
    "fagområde",
}

# Phrases deliberately shared by two concepts (truly ambiguous wording). Keep this empty unless a recruiter
# would really use one phrase for both; then list it here as {phrase: {concept_id, concept_id}}.
ALLOWED_SHARED_PHRASES: dict[str, set[str]] = {}


def _key(phrase: str) -> str:
    """Compare phrases the way a tokeniser would: hyphens and runs of spaces are the same separator."""
    return " ".join(re.split(r"[\s\-]+", phrase))


def _contains(text: str, term: str) -> bool:
    """Whole-word (or whole multi-word) occurrence of ``term`` in ``text``."""
    return re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text) is not None


@pytest.fixture(scope="module")
def concepts() -> tuple[Concept, ...]:
    return load_concepts()


@pytest.fixture(scope="module")
def glossary() -> tuple[GlossaryRow, ...]:
    return load_glossary()


@pytest.fixture(scope="module")
def boilerplate() -> tuple[Boilerplate, ...]:
    return load_boilerplate()


def _concept_of(concepts, phrase: str) -> str:
    hits = {c.id for c in concepts for p, _ in c.phrases() if p == phrase}
    assert len(hits) == 1, f"{phrase!r} found in {hits or 'no concept'}"
    return hits.pop()


def _glossary_terms(glossary) -> list[tuple[str, str]]:
    return [(term, row.id) for row in glossary for term, _ in row.all_terms()]


# --- taxonomy -----------------------------------------------------------------------------------


def test_taxonomy_has_at_least_70_concepts_with_unique_snake_case_ids(concepts):
    ids = [c.id for c in concepts]
    assert len(ids) >= 70
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", i) for i in ids)


def test_every_concept_is_named_and_grouped(concepts):
    for c in concepts:
        assert c.group in GROUPS, c.id
        assert c.name_da.strip() and c.name_en.strip(), c.id


def test_every_concept_has_a_synonym_and_at_least_three_phrases(concepts):
    for c in concepts:
        assert c.synonyms, c.id
        assert len(c.phrases()) >= 3, c.id


def test_labels_use_only_the_four_sectors(concepts):
    for c in concepts:
        assert tuple(c.labels) == SECTORS, c.id


def test_all_phrases_are_lower_case_and_stripped(concepts):
    for c in concepts:
        for phrase, _ in c.phrases():
            assert phrase == phrase.strip().lower(), (c.id, phrase)
            assert phrase and "  " not in phrase, (c.id, phrase)


def test_no_phrase_is_repeated_inside_a_concept_except_across_sectors(concepts):
    # The same label under two sectors is allowed (e.g. "lokalløn" in region and kommune); a label that is also
    # a neutral synonym, or listed twice in one list, is not.
    for c in concepts:
        for sector in SECTORS:
            assert len(set(map(_key, c.labels[sector]))) == len(c.labels[sector]), (c.id, sector)
        labelled = {_key(p) for s in SECTORS for p in c.labels[s]}
        neutral = [_key(p) for p in c.synonyms + c.english]
        assert len(set(neutral)) == len(neutral), c.id
        assert not labelled & set(neutral), (c.id, labelled & set(neutral))


def test_no_phrase_is_shared_by_two_concepts(concepts):
    owners: dict[str, set[str]] = defaultdict(set)
    for c in concepts:
        for phrase, _ in c.phrases():
            owners[_key(phrase)].add(c.id)
    shared = {p: ids for p, ids in owners.items() if len(ids) > 1}
    assert shared == {_key(p): ids for p, ids in ALLOWED_SHARED_PHRASES.items()}


def test_political_servicing_is_one_concept_across_sectors(concepts):
    phrases = ("ministerbetjening", "betjening af regionsrådet", "udvalgsbetjening")
    assert {_concept_of(concepts, p) for p in phrases} == {"political_servicing"}


@pytest.mark.parametrize("phrase", ["bevillingsstyring", "budgetlægning", "budgetopfølgning", "økonomistyring"])
def test_budget_phrases_are_in_concepts(concepts, phrase):
    assert _concept_of(concepts, phrase)


def test_sector_variants_of_policy_domains(concepts):
    by_id = {c.id: c for c in concepts}
    assert "ældrepleje" in by_id["elderly_care"].labels["kommune"]
    assert "ældrepolitik" in by_id["elderly_care"].labels["stat"]
    assert "somatik" in by_id["hospital_operations"].labels["region"]


def test_phrases_returns_sector_or_none(concepts):
    c = next(c for c in concepts if c.id == "political_servicing")
    pairs = c.phrases()
    assert ("ministerbetjening", "stat") in pairs
    assert ("udvalgsbetjening", "kommune") in pairs
    assert ("politisk betjening", None) in pairs
    assert ("political advice", None) in pairs
    assert ("political advice", None) not in c.phrases(include_english=False)


# --- glossary -----------------------------------------------------------------------------------


REQUIRED_ROWS = set(
    """political_top top_civil_servant top_team committees budget fiscal_frame financing steering_contract
    org_unit org_named agency_head unit_chief frontline_leader users interest_org joint_forum
    works_council employer_side pay_deal rule_output legal_base supervision_audit core_case_work demand_signal
    sector_adjective sector_noun""".split()
)


def test_glossary_has_the_required_rows_with_unique_ids(glossary):
    ids = [r.id for r in glossary]
    assert len(ids) == len(set(ids))
    assert REQUIRED_ROWS <= set(ids)


def test_glossary_rows_translate_between_at_least_two_sectors(glossary):
    for row in glossary:
        assert tuple(row.terms) == SECTORS, row.id
        assert sum(bool(row.terms[s]) for s in SECTORS) >= 2, row.id


def test_glossary_terms_are_lower_case_stripped_and_in_one_row_only(glossary):
    rows_of: dict[str, set[str]] = defaultdict(set)
    for row in glossary:
        for sector in SECTORS:
            assert len(set(row.terms[sector])) == len(row.terms[sector]), (row.id, sector)
        for term, _ in row.all_terms():
            assert term and term == term.strip().lower() and "  " not in term, (row.id, term)
            rows_of[term].add(row.id)
    assert {t: ids for t, ids in rows_of.items() if len(ids) > 1} == {}


def test_key_glossary_pairs(glossary):
    rows_of = dict(_glossary_terms(glossary))
    assert rows_of["borgere"] == rows_of["kunder"]
    assert "patienter" not in rows_of and "elever" not in rows_of  # domain words, not sector identity
    assert rows_of["minister"] == rows_of["regionsrådet"] == rows_of["byrådet"]
    assert rows_of["departementschef"] == rows_of["regionsdirektør"] == rows_of["kommunaldirektør"]
    assert rows_of["finansloven"] == rows_of["regionsbudget"] == rows_of["kommunebudget"]
    assert rows_of["udgiftsloft"] == rows_of["økonomiaftale"] == rows_of["serviceramme"]
    assert rows_of["hsu"] == rows_of["hoved-med"]
    for adjective in "statslig statslige regional regionale kommunal kommunale offentlig privat privatejet".split():
        assert rows_of[adjective] == "sector_adjective"
    for noun in ("staten", "regionen", "kommunen", "kommuner", "regioner"):
        assert rows_of[noun] == "sector_noun"
    for named in ("ministeriet", "styrelsen", "rådhus"):
        assert named in rows_of
    for domain in ("universitetshospital", "sygehus", "skolen", "jobcentret", "cheflæge", "skoleleder"):
        assert domain not in rows_of  # a hospital or a school says which policy area, not only which sector


def test_neutral_phrases_are_inert(glossary, concepts):
    # Neutralising twice must change nothing, and a neutral phrase must not itself count as a competence.
    terms = [t for t, _ in _glossary_terms(glossary)]
    phrases = {_key(p) for c in concepts for p, _ in c.phrases()}
    for row in glossary:
        assert not [t for t in terms if _contains(row.neutral, t)], row.id
        assert _key(row.neutral) not in phrases, row.id


def test_no_concept_phrase_is_a_whole_glossary_term(glossary, concepts):
    # Otherwise neutralisation would erase the competence along with the sector word.
    terms = {_key(t) for t, _ in _glossary_terms(glossary)}
    clashes = {(c.id, p) for c in concepts for p, _ in c.phrases() if _key(p) in terms}
    assert clashes == set()


# --- boilerplate and sector value ---------------------------------------------------------------


def test_at_least_25_boilerplate_phrases_pointing_at_real_concepts(boilerplate, concepts):
    ids = {c.id for c in concepts}
    assert len(boilerplate) >= 25
    assert len({b.phrase for b in boilerplate}) == len(boilerplate)
    for b in boilerplate:
        assert b.phrase == b.phrase.strip().lower(), b.phrase
        assert b.sector in BOILERPLATE_SECTORS, b.phrase
        assert b.suggestion.strip(), b.phrase
        assert b.concepts and set(b.concepts) <= ids, (b.phrase, set(b.concepts) - ids)


def test_boilerplate_suggestions_use_no_sector_identity_words(boilerplate, glossary):
    terms = [t for t, _ in _glossary_terms(glossary)]
    for b in boilerplate:
        assert [t for t in terms if _contains(b.suggestion.lower(), t)] == [], b.phrase


def test_sector_value_covers_the_four_sectors():
    value = load_sector_value()
    assert set(value) == set(SECTORS)
    assert all(v.strip().endswith(".") for v in value.values())


def test_loaders_are_cached():
    assert load_concepts() is load_concepts()
    assert load_glossary() is load_glossary()
    assert load_boilerplate() is load_boilerplate()
