"""Tests for the benchmark population generator (bench.population)."""

from __future__ import annotations

import json
import re
import statistics
from collections import Counter
from itertools import combinations
from pathlib import Path

import numpy as np
import pytest

from bench import population as bp
from bench.population import Population, generate_population
from bench.population_vocab import CONCEPT_PHRASES, CONCEPTS, DOMAIN_PHRASES, DOMAINS
from matcher.geography import MUNICIPALITIES
from webapp.services.records import ProfileRecord, VacancyRecord

MUNICIPALITY_NAMES = {m.name for m in MUNICIPALITIES}
SECTORS = {"stat", "region", "kommune", "privat"}


@pytest.fixture(scope="module")
def main() -> Population:
    return generate_population(0)


@pytest.fixture(scope="module")
def heldout() -> Population:
    return generate_population(0, style="heldout")


@pytest.fixture(scope="module")
def independent() -> Population:
    return generate_population(0, style="independent")


@pytest.fixture(scope="module")
def by_style(main, heldout, independent) -> dict[str, Population]:
    return {"main": main, "heldout": heldout, "independent": independent}


def _well_fitting(pop: Population, min_grade: int = 2) -> list[tuple[str, str]]:
    """(vacancy sector, candidate sector) for every candidate with grade >= min_grade."""
    sector = {p["external_id"]: p["sector"] for p in pop.profiles}
    vacancy_sector = {v["external_id"]: v["sector"] for v in pop.vacancies}
    return [
        (vacancy_sector[v], sector[p])
        for v, grades in pop.relevance.items()
        for p, g in grades.items()
        if g >= min_grade
    ]


def _competence_phrases(pop: Population) -> set[str]:
    phrases = {c for p in pop.profiles for c in p["competences"]}
    return phrases | {c for v in pop.vacancies for c in v["competences"] + v["nice_to_have"]}


def test_deterministic_per_seed_counts_and_style():
    a = generate_population(7, profiles=300, vacancies=12)
    b = generate_population(7, profiles=300, vacancies=12)
    assert a == b
    assert generate_population(8, profiles=300, vacancies=12).profiles != a.profiles
    assert generate_population(7, profiles=300, vacancies=12, style="heldout").profiles != a.profiles


def test_counts(main):
    assert len(main.profiles) == 4000
    assert len(main.vacancies) == 120
    assert set(main.relevance) == {v["external_id"] for v in main.vacancies}
    assert len({p["external_id"] for p in main.profiles}) == 4000
    assert len({p["email"] for p in main.profiles}) == 4000
    small = generate_population(1, profiles=50, vacancies=3)
    assert (len(small.profiles), len(small.vacancies)) == (50, 3)


def test_unknown_style_is_rejected():
    with pytest.raises(ValueError, match="style"):
        generate_population(0, profiles=10, vacancies=1, style="other")


@pytest.mark.parametrize("style", bp.STYLES)
def test_records_pass_the_import_validation(style, by_style):
    pop = by_style[style]
    for profile in pop.profiles:
        ProfileRecord.model_validate_json(json.dumps(profile))
    for vacancy in pop.vacancies:
        VacancyRecord.model_validate_json(json.dumps(vacancy))


@pytest.mark.parametrize("style", bp.STYLES)
def test_field_validity(style, by_style):
    pop = by_style[style]
    for p in pop.profiles:
        assert p["sector"] in SECTORS and p["level"] in (1, 2, 3, 4)
        assert p["municipality"] in MUNICIPALITY_NAMES
        assert p["open_to_sectors"] and set(p["open_to_sectors"]) <= SECTORS
        assert p["seeking"] in ("active", "open", "not_looking")
        assert 0 < len(p["competences"]) <= 50 and all(0 < len(c) <= 120 for c in p["competences"])
        assert len(p["title"]) <= 200 and len(p["organisation"]) <= 200 and p["summary"]
        jobs = p["experience"]
        assert jobs[0]["end_year"] is None and jobs[0]["organisation"] == p["organisation"]
        assert all(newer["start_year"] == older["end_year"] for newer, older in zip(jobs, jobs[1:], strict=False))
        assert p["years_as_leader"] == 2026 - jobs[-1]["start_year"]
    for v in pop.vacancies:
        assert v["sector"] in {"stat", "region", "kommune"} and v["level"] in (1, 2, 3, 4)
        assert v["municipality"] in MUNICIPALITY_NAMES
        assert v["status"] == "published" and v["deadline"] == "2027-02-01"
        assert 3 <= len(v["competences"]) <= 50 and len(v["nice_to_have"]) <= 50
        assert all(0 < len(c) <= 120 for c in v["competences"] + v["nice_to_have"])
        assert len(v["title"]) <= 200 and len(v["organisation"]) <= 200 and v["description"]


def test_realistic_mix(main):
    sectors = Counter(p["sector"] for p in main.profiles)
    assert sectors["kommune"] > sectors["stat"] > sectors["region"] > 0 and sectors["privat"] > 0
    levels = Counter(p["level"] for p in main.profiles)
    assert (levels[1] + levels[2]) / 4000 > 0.7 and 0 < levels[4] < levels[3] < levels[2] < levels[1]
    assert len({p["municipality"] for p in main.profiles}) > 80
    assert Counter(p["municipality"] for p in main.profiles).most_common(1)[0][0] == "København"
    public = [p for p in main.profiles if p["sector"] != "privat"]
    assert sum(p["sector"] in p["open_to_sectors"] for p in public) / len(public) > 0.9
    assert statistics.mean(len(p["open_to_sectors"]) for p in main.profiles) > 1.5


def test_relevance_only_for_eligible_candidates(main):
    profile = {p["external_id"]: p for p in main.profiles}
    for vacancy in main.vacancies:
        for pid, grade in main.relevance[vacancy["external_id"]].items():
            assert grade in (1, 2, 3)
            assert vacancy["sector"] in profile[pid]["open_to_sectors"]


def test_every_vacancy_has_relevant_candidates(main):
    counts = [len(grades) for grades in main.relevance.values()]
    assert min(counts) >= 5
    assert 10 <= statistics.median(counts) <= 60
    top = [sum(g == 3 for g in grades.values()) for grades in main.relevance.values()]
    assert 1 <= statistics.mean(top) <= 10  # a handful of excellent fits


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_many_good_fits_come_from_another_sector(seed, main):
    pop = main if seed == 0 else generate_population(seed)
    fits = _well_fitting(pop)
    cross = sum(vacancy_sector != sector for vacancy_sector, sector in fits) / len(fits)
    assert cross >= 0.3


def test_truth_ignores_the_leaders_sector():
    rng = np.random.default_rng(3)
    leaders = bp._draw_leaders(rng, 2000)
    shuffled = bp._Leaders(**{**vars(leaders), "sector": rng.permutation(leaders.sector)})
    for _ in range(10):
        vacancy = bp._draw_vacancy(rng, leaders)
        assert np.array_equal(bp.fit_scores(leaders, vacancy), bp.fit_scores(shuffled, vacancy))


@pytest.mark.parametrize("style", ["heldout", "independent"])
def test_styles_share_the_truth(style, main, by_style):
    other = by_style[style]
    assert main.relevance == other.relevance
    latent = ("external_id", "sector", "level", "municipality", "max_commute_km", "open_to_sectors", "seeking")
    assert [[p[k] for k in latent] for p in main.profiles] == [[p[k] for k in latent] for p in other.profiles]
    latent = ("external_id", "sector", "level", "municipality")
    assert [[v[k] for k in latent] for v in main.vacancies] == [[v[k] for k in latent] for v in other.vacancies]


@pytest.mark.parametrize("styles", list(combinations(bp.STYLES, 2)))
def test_styles_use_different_words_and_organisations(styles, by_style):
    first, second = (by_style[style] for style in styles)
    a, b = _competence_phrases(first), _competence_phrases(second)
    assert len(a & b) / len(a | b) < 0.3
    orgs_a = {p["organisation"] for p in first.profiles} | {v["organisation"] for v in first.vacancies}
    orgs_b = {p["organisation"] for p in second.profiles} | {v["organisation"] for v in second.vacancies}
    assert len(orgs_a & orgs_b) / len(orgs_a | orgs_b) < 0.05
    opening_words = [{re.sub(r"\d+", "N", p["summary"].split()[0]) for p in pop.profiles} for pop in (first, second)]
    assert not opening_words[0] & opening_words[1]  # other summary templates


def test_sectors_write_in_their_own_vocabulary(main):
    by_sector = {s: {c for p in main.profiles if p["sector"] == s for c in p["competences"]} for s in SECTORS}
    assert "ministerbetjening" in by_sector["stat"] and "ministerbetjening" not in by_sector["kommune"]
    assert "udvalgsbetjening" in by_sector["kommune"] and "udvalgsbetjening" not in by_sector["stat"]
    assert len(by_sector["stat"] & by_sector["kommune"]) / len(by_sector["stat"] | by_sector["kommune"]) < 0.3


@pytest.mark.parametrize("pools", [CONCEPT_PHRASES, DOMAIN_PHRASES])
def test_phrase_pools_cover_every_sector_in_every_style(pools):
    keys = CONCEPTS if pools is CONCEPT_PHRASES else DOMAINS
    assert 35 <= len(CONCEPTS) <= 45 and len(DOMAINS) == 12
    for style in bp.STYLES:
        assert tuple(pools[style]) == keys
        for by_sector in pools[style].values():
            assert set(by_sector) == SECTORS and all(len(phrases) >= 2 for phrases in by_sector.values())
    flat = {style: {p for s in pools[style].values() for ps in s.values() for p in ps} for style in pools}
    for a, b in combinations(bp.STYLES, 2):
        assert not flat[a] & flat[b], (a, b)


def test_generator_uses_nothing_from_the_matcher_but_geography():
    names = ("population.py", "population_vocab.py", "population_vocab_independent.py")
    source = "".join(Path(bp.__file__).with_name(name).read_text() for name in names)
    imports = re.findall(r"^\s*(?:from|import)\s+(matcher\S*)", source, flags=re.MULTILINE)
    assert imports and set(imports) == {"matcher.geography"}
    assert "matcher/data" not in source and ".json" not in source
