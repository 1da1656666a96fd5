"""Tests for the demo-data generator: determinism, the import-format contract and realistic mixes."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date

import pytest

from matcher.geography import MUNICIPALITIES, distance_km, find_municipality
from webapp.demo import DemoData, generate
from webapp.demo import vocabulary as V
from webapp.demo import vocabulary_people as P
from webapp.demo import vocabulary_texts as T

SECTORS = {"stat", "region", "kommune", "privat"}
PUBLIC = {"stat", "region", "kommune"}
MUNICIPALITY_NAMES = {m.name for m in MUNICIPALITIES}
PROFILE_KEYS = {
    "external_id", "name", "email", "sector", "organisation", "title", "level", "years_as_leader",
    "municipality", "max_commute_km", "open_to_sectors", "seeking", "competences", "summary", "experience",
    "education",
}  # fmt: skip
EXPERIENCE_KEYS = {"sector", "organisation", "title", "level", "start_year", "end_year", "description"}
VACANCY_KEYS = {
    "external_id", "title", "sector", "organisation", "municipality", "level", "competences", "nice_to_have",
    "description", "deadline", "status",
}  # fmt: skip
BASE_DATE = date(2026, 12, 1)


def _sentences(text: str) -> list[str]:
    text = text.replace("Nykøbing F.", "Nykøbing F")  # the one abbreviation in our organisation names
    return re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])", text.strip())


def _orgs(data: DemoData) -> dict[str, dict]:
    return {org["name"]: org for org in data.organisations}


def _has_cross_move(profile: dict) -> bool:
    return len({entry["sector"] for entry in profile["experience"]}) > 1


def test_same_seed_and_counts_give_identical_data():
    assert generate(seed=3, profiles=150, vacancies=20) == generate(seed=3, profiles=150, vacancies=20)


def test_functions_careers_and_professions_cover_every_record(data):
    ids = [p["external_id"] for p in [*data.profiles, data.demo_leader]]
    assert set(data.functions) == {*ids, *(v["external_id"] for v in data.vacancies)}
    assert set(data.careers) == set(data.professions) == set(ids)
    for p in [*data.profiles, data.demo_leader]:
        assert len(data.careers[p["external_id"]]) == len(p["experience"])
        assert data.careers[p["external_id"]][0] == data.functions[p["external_id"]]


def test_top_management_posts_name_the_functions_they_are_filled_from(data):
    """Only executive posts have feeders, and the careers of the generated executives climb along them."""
    executive = {v["external_id"] for v in data.vacancies if data.functions[v["external_id"]] == "executive"}
    assert executive and set(data.feeders) == executive
    assert all(data.feeders[key] and "executive" not in data.feeders[key] for key in executive)
    known = set(data.functions.values())
    assert {f for feeders in data.feeders.values() for f in feeders} <= known


def test_another_seed_gives_other_data_but_vacancy_count_does_not_move_profiles():
    assert generate(seed=3, profiles=50).profiles != generate(seed=4, profiles=50).profiles
    few, many = generate(seed=3, profiles=50, vacancies=5), generate(seed=3, profiles=50, vacancies=30)
    assert few.profiles == many.profiles


def test_counts_and_ids(data):
    assert len(data.profiles) == 800 and len(data.vacancies) == 120
    assert [p["external_id"] for p in data.profiles[:2]] == ["demo-p-000001", "demo-p-000002"]
    assert [v["external_id"] for v in data.vacancies[:2]] == ["demo-v-0001", "demo-v-0002"]
    assert generate(profiles=0, vacancies=0).profiles == []


def test_profiles_have_every_field_with_the_right_type(data):
    for p in data.profiles:
        assert set(p) == PROFILE_KEYS
        assert re.fullmatch(r"demo-p-\d{6}", p["external_id"])
        assert 2 <= len(p["name"].split()) <= 3 and p["name"].istitle()
        assert re.fullmatch(r"[a-z0-9.-]+@example\.dk", p["email"])
        assert p["sector"] in SECTORS
        assert isinstance(p["level"], int) and 1 <= p["level"] <= 4
        assert isinstance(p["years_as_leader"], int) and 0 <= p["years_as_leader"] <= 35
        assert isinstance(p["max_commute_km"], int) and 10 <= p["max_commute_km"] <= 150
        assert p["open_to_sectors"] and set(p["open_to_sectors"]) <= SECTORS
        assert len(set(p["open_to_sectors"])) == len(p["open_to_sectors"])
        assert p["seeking"] in {"active", "open", "not_looking"}
        assert 5 <= len(p["competences"]) <= 9 and len(set(p["competences"])) == len(p["competences"])
        assert 2 <= len(_sentences(p["summary"])) <= 4
        assert 2 <= len(p["experience"]) <= 4
        assert all(isinstance(p[key], str) and p[key] for key in ("name", "title", "education", "summary"))
        assert "{" not in p["summary"] + p["title"]


def test_profiles_usually_include_their_own_sector_and_often_others(data):
    own = sum(p["sector"] in p["open_to_sectors"] for p in data.profiles) / len(data.profiles)
    other = sum(bool(set(p["open_to_sectors"]) - {p["sector"]}) for p in data.profiles) / len(data.profiles)
    assert own > 0.85 and 0.3 < other < 0.9


def test_competences_are_worded_in_the_holders_own_sector(data):
    for p in data.profiles + [data.demo_leader]:
        for phrase in p["competences"]:
            assert phrase in V.CONCEPT_BY_KEY[V.CONCEPT_OF_PHRASE[phrase]].phrases[p["sector"]]
    for v in data.vacancies:
        for phrase in v["competences"] + v["nice_to_have"]:
            assert phrase in V.CONCEPT_BY_KEY[V.CONCEPT_OF_PHRASE[phrase]].phrases[v["sector"]]


def test_every_concept_has_a_wording_per_sector_and_each_phrase_one_concept():
    owner: dict[str, str] = {}
    for concept in V.CONCEPTS:
        assert set(concept.phrases) == SECTORS and all(concept.phrases[s] for s in SECTORS)
        for phrase in {p for wordings in concept.phrases.values() for p in wordings}:
            assert owner.setdefault(phrase, concept.key) == concept.key, phrase
            assert len(phrase) <= 120


def test_organisations_are_unique_with_parents_listed_first(data):
    seen: set[str] = set()
    for org in data.organisations:
        assert set(org) == {"name", "sector", "municipality", "parent"}
        assert org["name"] not in seen and org["sector"] in SECTORS
        assert org["municipality"] in MUNICIPALITY_NAMES
        assert org["parent"] is None or org["parent"] in seen
        seen.add(org["name"])
    assert len({o["name"].lower() for o in data.organisations}) == len(data.organisations)
    by_sector = Counter(o["sector"] for o in data.organisations if o["parent"] is None)
    assert by_sector["region"] == 5 and 20 <= by_sector["kommune"] <= 30 and 10 <= by_sector["privat"] <= 20


def test_every_referenced_organisation_exists_in_the_right_sector(data):
    orgs = _orgs(data)
    for p in data.profiles + [data.demo_leader]:
        assert orgs[p["organisation"]]["sector"] == p["sector"]
        for entry in p["experience"]:
            assert orgs[entry["organisation"]]["sector"] == entry["sector"]
    for v in data.vacancies:
        assert orgs[v["organisation"]]["sector"] == v["sector"]
        assert orgs[v["organisation"]]["municipality"] == v["municipality"]


def test_municipalities_are_short_kommune_names(data):
    used = {p["municipality"] for p in data.profiles} | {v["municipality"] for v in data.vacancies}
    assert used <= MUNICIPALITY_NAMES
    assert {"København", "Aarhus", "Odense", "Aalborg"} <= used


def test_leaders_live_near_their_workplace(data):
    orgs = _orgs(data)
    same_region = 0
    for p in data.profiles:
        home = find_municipality(p["municipality"])
        seat = find_municipality(orgs[p["organisation"]]["municipality"])
        same_region += home.region_code == seat.region_code
        assert p["max_commute_km"] >= distance_km(home.code, seat.code)  # they commute there today
    assert same_region / len(data.profiles) > 0.8


def test_experience_is_newest_first_consistent_and_without_overlap(data):
    for p in data.profiles + [data.demo_leader]:
        current, *earlier = p["experience"]
        assert all(set(e) == EXPERIENCE_KEYS for e in p["experience"])
        assert (current["sector"], current["organisation"], current["title"], current["level"]) == (
            p["sector"], p["organisation"], p["title"], p["level"],
        )  # fmt: skip
        assert current["end_year"] is None and all(e["end_year"] is not None for e in earlier)
        for newer, older in zip(p["experience"], earlier, strict=False):
            assert older["start_year"] < older["end_year"] <= newer["start_year"]
            assert older["level"] <= newer["level"]  # careers rise (or stay level), never step down
        assert current["start_year"] <= 2026
        assert p["years_as_leader"] == 2026 - p["experience"][-1]["start_year"]
        for entry in p["experience"]:
            assert entry["sector"] in SECTORS and 1 <= entry["level"] <= 4 and entry["description"]


def test_cross_sector_moves_are_plausible(data):
    share = sum(map(_has_cross_move, data.profiles)) / len(data.profiles)
    assert 0.03 < share < 0.40


def test_vacancies_have_every_field_in_range(data):
    for v in data.vacancies:
        assert set(v) == VACANCY_KEYS
        assert re.fullmatch(r"demo-v-\d{4}", v["external_id"])
        assert v["sector"] in PUBLIC and 1 <= v["level"] <= 4 and v["title"]
        assert 3 <= len(v["competences"]) <= 6 and 0 <= len(v["nice_to_have"]) <= 4
        assert not set(v["competences"]) & set(v["nice_to_have"])
        assert 4 <= len(_sentences(v["description"])) <= 8 and "{" not in v["description"]
        assert 14 <= (date.fromisoformat(v["deadline"]) - BASE_DATE).days <= 60
        assert v["status"] in {"draft", "published", "closed"}
    assert {v["sector"] for v in data.vacancies} == PUBLIC
    statuses = Counter(v["status"] for v in data.vacancies)
    assert statuses["published"] > 0.7 * len(data.vacancies) and statuses["draft"] and statuses["closed"]


def test_about_a_third_of_vacancies_demand_own_sector_experience():
    vacancies = generate(seed=2, profiles=0, vacancies=600).vacancies
    locking = [sentence for sentences in T.VACANCY_LOCKING.values() for sentence in sentences]
    share = sum(any(s in v["description"] for s in locking) for v in vacancies) / len(vacancies)
    assert 0.2 < share < 0.5


@pytest.mark.parametrize("count", [3, 5, 120])
def test_demo_employer_is_a_styrelse_with_three_published_vacancies(count):
    data = generate(seed=9, profiles=5, vacancies=count)
    employer = _orgs(data)[data.demo_employer_organisation]
    assert employer["sector"] == "stat" and employer["parent"] and "styrelse" in employer["name"].lower()
    own = [v for v in data.vacancies if v["organisation"] == employer["name"]]
    published = [v for v in own if v["status"] == "published"]
    assert len(published) >= 3
    if count >= 5:
        assert {v["sector"] for v in data.vacancies} == PUBLIC


def test_demo_leader_is_complete_and_the_demo_vacancy_asks_for_the_same_concepts_in_other_words(data):
    leader = data.demo_leader
    assert set(leader) == PROFILE_KEYS and all(leader[key] not in ("", [], None) for key in PROFILE_KEYS)
    assert (leader["external_id"], leader["email"]) == ("demo-leder", "leder@example.dk")
    assert len(leader["experience"]) >= 2 and _has_cross_move(leader)
    assert leader["municipality"] in MUNICIPALITY_NAMES
    offered = {V.CONCEPT_OF_PHRASE[p] for p in leader["competences"]}

    def same_needs_other_words(v: dict) -> bool:
        wanted = {V.CONCEPT_OF_PHRASE[p] for p in v["competences"]}
        return wanted <= offered and not set(v["competences"]) & set(leader["competences"])

    employer = data.demo_employer_organisation
    assert any(same_needs_other_words(v) for v in data.vacancies if v["organisation"] == employer)


def test_emails_are_unique_and_names_invented(data):
    emails = [p["email"] for p in data.profiles] + [data.demo_leader["email"]]
    assert len(set(emails)) == len(emails)
    for p in data.profiles:
        parts = p["name"].split()
        assert (parts[0], parts[-1]) not in P.BLOCKED_NAMES


def test_records_pass_the_import_validation(data):
    pytest.importorskip("email_validator")
    from webapp.services.records import ProfileRecord, VacancyRecord

    for p in data.profiles[:300] + [data.demo_leader]:
        ProfileRecord.model_validate_json(json.dumps(p))
    for v in data.vacancies:
        VacancyRecord.model_validate_json(json.dumps(v))


def test_large_run_has_realistic_mixes():
    profiles = generate(seed=1, profiles=20_000, vacancies=0).profiles
    sectors = Counter(p["sector"] for p in profiles)
    levels = Counter(p["level"] for p in profiles)
    assert sectors["kommune"] > sectors["stat"] > sectors["region"]
    assert 0.12 < sectors["privat"] / 20_000 < 0.18
    assert levels[1] > levels[2] > levels[3] > levels[4] and 0.5 < levels[1] / 20_000 < 0.6
    # Hires into each public sector from the other public sectors: region much more often (VIVE 2022).
    moves, hires = Counter(), Counter()
    for p in profiles:
        for newer, older in zip(p["experience"], p["experience"][1:], strict=False):
            hires[newer["sector"]] += 1
            moves[newer["sector"]] += older["sector"] in PUBLIC - {newer["sector"]}
    into = {s: moves[s] / hires[s] for s in PUBLIC}
    assert 0.04 < into["stat"] < 0.11 and 0.02 < into["kommune"] < 0.08 and 0.15 < into["region"] < 0.28
