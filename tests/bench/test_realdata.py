"""The real-language sets: what is kept is ours to keep, labels are valid, and the split never moves."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from bench.realdata import ADS, NEW_PREFIX, PROBES, load_ads, load_probes, split_of
from matcher.taxonomy_data import load_concepts, load_functions, load_professions

MAX_WORDS = 14  # "at most about 12 words": short quotes, never whole sentences of an ad


@pytest.fixture(scope="module")
def ads():
    return load_ads()


def test_the_set_is_as_large_as_promised(ads):
    sectors = Counter(ad.sector for ad in ads)
    assert len(ads) >= 60 and sum(len(ad.phrases) for ad in ads) >= 600
    assert min(sectors["stat"], sectors["region"], sectors["kommune"]) >= 15 and sectors["privat"] >= 3


def test_every_page_has_an_address_and_valid_labels(ads):
    functions = {f.id for f in load_functions()}
    professions = {p.id for p in load_professions()}
    assert len({ad.id for ad in ads}) == len(ads) and len({ad.url for ad in ads}) == len(ads)
    for ad in ads:
        assert ad.url.startswith(("https://", "http://")), ad.id
        assert ad.kind in {"ad", "profile", "description"}
        assert ad.sector in {"stat", "region", "kommune", "privat"}
        assert ad.function in functions, ad.id
        assert ad.level in {1, 2, 3, 4}
        assert ad.profession is None or ad.profession in professions
        assert 8 <= len(ad.phrases) <= 15, ad.id


def test_phrases_are_short_quotes_with_known_or_new_concepts(ads):
    known = {c.id for c in load_concepts()}
    for ad in ads:
        for phrase in ad.phrases:
            assert len(phrase.text.split()) <= MAX_WORDS, phrase.text
            for concept in phrase.concepts:
                assert concept in known or concept.startswith(NEW_PREFIX), (ad.id, concept)


def test_files_hold_only_the_documented_fields():
    keys = {"id", "url", "kind", "sector", "organisation", "title", "function", "level", "profession", "phrases"}
    for path in ADS.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            raw = json.loads(line)
            assert set(raw) == keys and raw["sector"] == path.stem
            assert all(set(p) == {"text", "concepts"} for p in raw["phrases"])


def test_the_split_is_a_fixed_hash_of_the_address(ads):
    assert split_of("https://example.dk/a") == split_of("https://example.dk/a")
    assert {ad.part for ad in ads} == {"dev", "test"}
    assert load_ads("dev") + load_ads("test") != [] and not {a.id for a in load_ads("dev")} & {
        a.id for a in load_ads("test")
    }
    assert 0.45 <= len(load_ads("dev")) / len(ads) <= 0.75
    with pytest.raises(ValueError):
        load_ads("train")


def test_the_probe_set_has_enough_locking_phrases_and_lookalikes():
    probes = load_probes()
    assert len({p.text for p in probes}) == len(probes)
    assert sum(p.locks for p in probes) >= 60 and sum(not p.locks for p in probes) >= 60
    for probe in probes:
        assert (probe.sector in {"stat", "region", "kommune", "privat", "public"}) == probe.locks
    assert {p.part for p in load_probes("test")} == {"test"}
    assert PROBES.exists()
