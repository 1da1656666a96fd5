"""Tests for the "independent" wording style (bench.population_vocab_independent).

The independent pools were written by another hand, without reading the ranker's vocabulary. These tests
check that they still drive the same latent model and truth as ``main``, and that they share few phrases
with the ranker's taxonomy and with the other styles. Only this test module reads the taxonomy: the
generator must never do so.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.population import STYLES, generate_population
from bench.population_vocab import CONCEPT_PHRASES

TAXONOMY = Path(__file__).resolve().parents[2] / "matcher" / "data" / "taxonomy.json"
MAX_SHARED = 0.10


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _strings(value: object) -> list[str]:
    """Every string in a label or synonym field, whether a string, a list or a language -> text mapping."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def _taxonomy_phrases() -> set[str]:
    concepts = json.loads(TAXONOMY.read_text(encoding="utf-8"))["concepts"]
    phrases = {_norm(s) for c in concepts for field in ("labels", "synonyms") for s in _strings(c.get(field))}
    return phrases - {""}


def _concept_phrases(style: str) -> set[str]:
    return {_norm(p) for by_sector in CONCEPT_PHRASES[style].values() for ps in by_sector.values() for p in ps}


def _shared(style: str, others: set[str]) -> float:
    """Share of the style's distinct concept phrases found verbatim in ``others``."""
    phrases = _concept_phrases(style)
    return len(phrases & others) / len(phrases)


@pytest.fixture(scope="module")
def taxonomy() -> set[str]:
    phrases = _taxonomy_phrases()
    assert len(phrases) > 100  # the file was found and read
    return phrases


def test_independent_is_a_style():
    assert "independent" in STYLES
    a = generate_population(7, profiles=300, vacancies=12)
    b = generate_population(7, profiles=300, vacancies=12, style="independent")
    assert b == generate_population(7, profiles=300, vacancies=12, style="independent")
    assert b.profiles != a.profiles and b.vacancies != a.vacancies


@pytest.mark.parametrize("seed", [3, 11])
def test_independent_shares_the_latent_truth_with_main(seed):
    main = generate_population(seed, profiles=600, vacancies=20)
    independent = generate_population(seed, profiles=600, vacancies=20, style="independent")
    assert independent.relevance == main.relevance
    latent = ("external_id", "sector", "level", "municipality", "max_commute_km", "open_to_sectors", "seeking")
    assert [[p[k] for k in latent] for p in independent.profiles] == [[p[k] for k in latent] for p in main.profiles]
    assert [[len(p["experience"]), *(j["sector"] for j in p["experience"])] for p in independent.profiles] == [
        [len(p["experience"]), *(j["sector"] for j in p["experience"])] for p in main.profiles
    ]
    latent = ("external_id", "sector", "level", "municipality", "deadline", "status")
    assert [[v[k] for k in latent] for v in independent.vacancies] == [[v[k] for k in latent] for v in main.vacancies]


def test_independent_shares_few_phrases_with_the_taxonomy(taxonomy):
    shared = _shared("independent", taxonomy)
    assert shared <= MAX_SHARED, f"{shared:.1%} of the independent concept phrases are taxonomy phrases"


def test_the_taxonomy_check_can_fail_main_shares_much_more(taxonomy):
    """The bound above is meaningful: the main pools, written by the taxonomy's hand, break it."""
    main, independent = _shared("main", taxonomy), _shared("independent", taxonomy)
    assert main > MAX_SHARED, f"main shares only {main:.1%}"
    assert main >= 3 * independent + 0.05, f"main {main:.1%} vs independent {independent:.1%}"


def test_independent_shares_few_phrases_with_the_other_styles():
    others = _concept_phrases("main") | _concept_phrases("heldout")
    shared = _shared("independent", others)
    assert shared <= MAX_SHARED, f"{shared:.1%} of the independent concept phrases are main or heldout phrases"
