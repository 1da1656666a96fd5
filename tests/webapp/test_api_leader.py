"""API: a leader's own profile (get, create or replace, change) and recommended vacancies."""

import pytest
from sqlalchemy import select

from models import IndexChange, Profile, Role

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py

PROFILE = {
    "name": "Mette Holm",
    "email": "Mette@Example.dk",
    "sector": "kommune",
    "organisation": "Aarhus Kommune",
    "title": "Centerchef for Sundhed og Omsorg",
    "level": 2,
    "years_as_leader": 8,
    "municipality_code": 751,
    "max_commute_km": 60,
    "open_to_sectors": ["stat", "region", "kommune"],
    "seeking": "open",
    "competences": ["budgetlægning", "personaleledelse", "forandringsledelse"],
    "summary": "Erfaren chef med ansvar for ældreområdet.",
    "education": "Master of Public Governance",
    "experience": [
        {"sector": "kommune", "organisation": "Aarhus Kommune", "title": "Centerchef", "level": 2, "start_year": 2015}
    ],
}


def test_without_a_profile_get_and_recommendations_are_404(client, make_user, api_headers):
    headers = api_headers(make_user(Role.LEADER))
    for path in ("/api/v1/me/profile", "/api/v1/me/recommendations"):
        response = client.get(path, headers=headers)
        assert response.status_code == 404 and "PUT /api/v1/me/profile" in response.get_json()["detail"]
    assert client.patch("/api/v1/me/profile", json={"title": "Chef"}, headers=headers).status_code == 404


def test_put_creates_the_profile_like_the_form_and_the_ranking_hears_of_it(client, make_user, api_headers, db):
    leader = make_user(Role.LEADER)
    response = client.put("/api/v1/me/profile", json=PROFILE, headers=api_headers(leader))
    assert response.status_code == 200
    body = response.get_json()
    assert body["email"] == "mette@example.dk" and body["organisation"] == "Aarhus Kommune"
    # left out on a new profile: discreet, the same default as the profile form and imports
    assert body["visibility"] == "discreet" and body["experience"][0]["end_year"] is None
    stored = db.scalar(select(Profile).where(Profile.user_id == leader.id))
    assert stored.competences == PROFILE["competences"] and stored.organisation.name == "Aarhus Kommune"
    assert db.scalar(select(IndexChange.profile_id)) == stored.id
    assert client.get("/api/v1/me/profile", headers=api_headers(leader)).get_json() == body


def test_put_replaces_and_keeps_visibility_unless_given(client, make_user, api_headers):
    headers = api_headers(make_user(Role.LEADER))
    client.put("/api/v1/me/profile", json=PROFILE | {"visibility": "visible"}, headers=headers)
    body = client.put("/api/v1/me/profile", json=PROFILE | {"experience": []}, headers=headers).get_json()
    assert body["visibility"] == "visible" and body["experience"] == []
    assert (
        client.put("/api/v1/me/profile", json=PROFILE | {"visibility": "hidden"}, headers=headers).get_json()[
            "visibility"
        ]
        == "hidden"
    )


def test_put_validates_like_the_form(client, make_user, api_headers):
    headers = api_headers(make_user(Role.LEADER))
    wrong = PROFILE | {
        "email": "ikke-en-adresse",
        "open_to_sectors": [],
        "max_commute_km": 501,
        "experience": [PROFILE["experience"][0] | {"start_year": 2020, "end_year": 2010}],
    }
    del wrong["name"]
    response = client.put("/api/v1/me/profile", json=wrong, headers=headers)
    assert response.status_code == 422
    pointers = {error["pointer"] for error in response.get_json()["errors"]}
    assert pointers == {"/name", "/email", "/open_to_sectors", "/max_commute_km", "/experience/0"}


def test_text_with_control_characters_is_refused(client, make_user, api_headers):
    headers = api_headers(make_user(Role.LEADER))
    response = client.put("/api/v1/me/profile", json=PROFILE | {"summary": "nul\x00tegn"}, headers=headers)
    assert response.status_code == 422 and response.get_json()["errors"][0]["pointer"] == "/summary"


def test_patch_changes_some_fields(client, make_user, api_headers):
    headers = api_headers(make_user(Role.LEADER))
    client.put("/api/v1/me/profile", json=PROFILE, headers=headers)
    response = client.patch("/api/v1/me/profile", json={"seeking": "active", "visibility": "discreet"}, headers=headers)
    assert response.status_code == 200
    body = response.get_json()
    assert body["seeking"] == "active" and body["visibility"] == "discreet" and body["name"] == "Mette Holm"
    assert body["experience"][0]["title"] == "Centerchef"
    bad = client.patch("/api/v1/me/profile", json={"level": 0, "nickname": "M"}, headers=headers)
    assert bad.status_code == 422 and bad.get_json()["errors"][0]["pointer"] == "/nickname"


def test_what_the_api_shows_it_takes_back_unchanged(client, make_user, api_headers):
    """The profile's values are one mapping: what GET shows, PUT takes back and PATCH merges into, unchanged."""
    headers = api_headers(make_user(Role.LEADER))
    shown = client.put("/api/v1/me/profile", json=PROFILE, headers=headers).get_json()
    body = {name: value for name, value in shown.items() if name not in ("id", "updated_at")}
    again = client.put("/api/v1/me/profile", json=body, headers=headers).get_json()
    patched = client.patch("/api/v1/me/profile", json={"seeking": "open"}, headers=headers).get_json()
    assert again | {"updated_at": None} == shown | {"updated_at": None} == patched | {"updated_at": None}


def test_recommendations_are_explained_and_only_published(client, make_user, api_headers, make_vacancy):
    headers = api_headers(make_user(Role.LEADER))
    client.put("/api/v1/me/profile", json=PROFILE, headers=headers)
    vacancy = make_vacancy(competences=["budgetlægning", "personaleledelse"])
    make_vacancy(title="Kladde", status="draft")
    body = client.get("/api/v1/me/recommendations?limit=5", headers=headers).get_json()
    assert [item["vacancy"]["id"] for item in body["items"]] == [vacancy.id]
    item = body["items"][0]
    assert 0 <= item["score"] <= 1 and set(item["components"]) >= {"competence", "level"}
    assert item["explanation"]["parts"]
    assert client.get("/api/v1/me/recommendations?limit=51", headers=headers).status_code == 422


def test_other_roles_have_no_leader_profile(client, make_user, make_organisation, api_headers):
    employer = make_user(Role.EMPLOYER, organisation=make_organisation())
    for user in (employer, make_user(Role.ADMIN)):
        headers = api_headers(user)
        assert client.get("/api/v1/me/profile", headers=headers).status_code == 403
        assert client.put("/api/v1/me/profile", json=PROFILE, headers=headers).status_code == 403
    assert client.get("/api/v1/me/profile").status_code == 401
