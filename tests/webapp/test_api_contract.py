"""The API and its OpenAPI document agree: what the document allows is accepted, what it forbids is refused.

Each test is one disagreement schemathesis found (``--checks all``). Where a body is involved, the document's
own schema judges it too (``documented``), so a rule added to one side only fails here.
"""

import io
import json
from datetime import date, timedelta

import pytest
from jsonschema import Draft202012Validator

from models import Role, VacancyStatus
from webapp.api import openapi

VACANCY = {
    "title": "Kontorchef",
    "municipality_code": 101,
    "level": 2,
    "competences": ["budgetlægning"],
    "description": "Vi søger en kontorchef.",
}
PROFILE = {
    "name": "Mette Holm",
    "email": "mette@example.dk",
    "sector": "kommune",
    "title": "Centerchef",
    "level": 2,
    "years_as_leader": 8,
    "municipality_code": 751,
    "max_commute_km": 60,
    "open_to_sectors": ["kommune"],
    "competences": ["budgetlægning"],
}
EXPERIENCE = {"sector": "kommune", "organisation": "Aarhus Kommune", "title": "Chef", "level": 2, "start_year": 2015}
WEIGHTS = {
    "competence": 1,
    "function": 1,
    "text": 1,
    "level": 1,
    "geography": 1,
    "willingness": 1,
    "cross_sector": 1,
}


def documented(name: str, body) -> bool:
    """Whether the document's schema ``name`` (e.g. ``VacancyIn``) admits ``body``."""
    document = openapi.document()
    root = {"$ref": f"#/components/schemas/{name}", "components": document["components"]}
    return Draft202012Validator(root).is_valid(body)


@pytest.fixture
def employer(make_user, make_organisation):
    return make_user(Role.EMPLOYER, organisation=make_organisation("Skattestyrelsen", sector="stat"))


@pytest.fixture
def employer_headers(employer, api_headers):
    return api_headers(employer)


@pytest.fixture
def leader_headers(make_user, api_headers):
    return api_headers(make_user(Role.LEADER))


@pytest.fixture
def admin_headers(make_user, api_headers):
    return api_headers(make_user(Role.ADMIN))


def create_vacancy(client, headers, body):
    return client.post("/api/v1/employer/vacancies", json=body, headers=headers)


# --- whole numbers ----------------------------------------------------------------------------------------------


def test_an_integral_float_is_the_whole_number_json_schema_says_it_is(client, employer_headers):
    body = VACANCY | {"level": 2.0, "municipality_code": 101.0}
    assert documented("VacancyIn", body)
    response = create_vacancy(client, employer_headers, body)
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["level"] == 2 and response.get_json()["municipality_code"] == 101


@pytest.mark.parametrize("level", [2.5, "2", True])
def test_fractions_text_and_booleans_are_still_not_levels(client, employer_headers, level):
    assert not documented("VacancyIn", VACANCY | {"level": level})
    response = create_vacancy(client, employer_headers, VACANCY | {"level": level})
    assert response.status_code == 422 and response.get_json()["errors"][0]["pointer"] == "/level"


def test_profile_numbers_and_years_may_be_integral_floats(client, leader_headers):
    body = PROFILE | {
        "years_as_leader": 8.0,
        "max_commute_km": 60.0,
        "experience": [EXPERIENCE | {"start_year": 2015.0, "end_year": 2018.0}],
    }
    assert documented("ProfileIn", body)
    response = client.put("/api/v1/me/profile", json=body, headers=leader_headers)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["experience"][0]["start_year"] == 2015
    patched = client.patch("/api/v1/me/profile", json={"max_commute_km": 167.0}, headers=leader_headers)
    assert patched.status_code == 200 and patched.get_json()["max_commute_km"] == 167


# --- e-mail -----------------------------------------------------------------------------------------------------


def test_the_profile_email_rule_is_in_the_document(client, leader_headers):
    email = openapi.document()["components"]["schemas"]["ProfileIn"]["properties"]["email"]
    assert "pattern" in email
    for address in ("", "teamleder, manager", "a@b", "mette @example.dk", "mette\x00@example.dk"):
        assert not documented("ProfileIn", PROFILE | {"email": address}), address
        response = client.put("/api/v1/me/profile", json=PROFILE | {"email": address}, headers=leader_headers)
        assert response.status_code == 422, address
        error = response.get_json()["errors"][0]
        assert error["pointer"] == "/email" and error["detail"] == "er ikke en gyldig e-mailadresse"
    assert documented("ProfileIn", PROFILE | {"email": "Mette@Example.dk"})
    response = client.put("/api/v1/me/profile", json=PROFILE | {"email": "Mette@Example.dk"}, headers=leader_headers)
    assert response.status_code == 200 and response.get_json()["email"] == "mette@example.dk"


# --- years ------------------------------------------------------------------------------------------------------


def test_a_future_year_is_refused_and_the_document_says_so(client, leader_headers):
    this_year = date.today().year
    schema = openapi.document()["components"]["schemas"]["Experience"]["properties"]["start_year"]
    assert schema["maximum"] == this_year
    for year, status in ((this_year, 200), (this_year + 1, 422)):
        body = PROFILE | {"experience": [EXPERIENCE | {"start_year": year}]}
        assert documented("ProfileIn", body) == (status == 200)
        assert client.put("/api/v1/me/profile", json=body, headers=leader_headers).status_code == status


def test_an_end_before_the_start_is_refused_and_the_document_says_so(client, leader_headers):
    for start, end, status in ((2015, 2014, 422), (2015, 2015, 200), (2015, 2020, 200), (1961, 1960, 422)):
        body = PROFILE | {"experience": [EXPERIENCE | {"start_year": start, "end_year": end}]}
        assert documented("ProfileIn", body) == (status == 200), (start, end)
        assert client.put("/api/v1/me/profile", json=body, headers=leader_headers).status_code == status


# --- weights ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "weights, status",
    [
        (dict.fromkeys(WEIGHTS, 0), 422),
        (dict.fromkeys(WEIGHTS, 0.0) | {"geography": 0.5}, 201),
        ({k: 0 for k in WEIGHTS if k != "function"}, 201),  # the function weight keeps its default, above 0
    ],
)
def test_all_zero_weights_are_refused_and_the_document_says_so(client, admin_headers, weights, status):
    body = {"weights": weights, "note": "Prøve"}
    assert documented("WeightSetIn", body) == (status == 201)
    response = client.post("/api/v1/admin/weight-sets", json=body, headers=admin_headers)
    assert response.status_code == status, response.get_json()


# --- blank text -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "field, value",
    [("title", "   "), ("title", "\u00a0\u3000"), ("description", " \n\t "), ("competences", ["budget", "  "])],
)
def test_blank_text_is_refused_and_the_document_says_so(client, employer_headers, field, value):
    body = VACANCY | {field: value}
    assert not documented("VacancyIn", body)
    response = create_vacancy(client, employer_headers, body)
    assert response.status_code == 422
    assert response.get_json()["errors"][0]["detail"] == "må ikke være tom"


def test_blank_notes_and_names_are_refused_too(client, admin_headers, leader_headers):
    body = {"weights": WEIGHTS, "note": "  "}
    assert not documented("WeightSetIn", body)
    assert client.post("/api/v1/admin/weight-sets", json=body, headers=admin_headers).status_code == 422
    assert not documented("ProfileIn", PROFILE | {"name": " "})
    assert client.put("/api/v1/me/profile", json=PROFILE | {"name": " "}, headers=leader_headers).status_code == 422


def test_surrounding_whitespace_is_allowed_and_trimmed(client, employer_headers):
    body = VACANCY | {"title": "  Kontorchef  ", "competences": [" budgetlægning "]}
    assert documented("VacancyIn", body)
    response = create_vacancy(client, employer_headers, body)
    assert response.status_code == 201
    assert response.get_json()["title"] == "Kontorchef" and response.get_json()["competences"] == ["budgetlægning"]


def test_lengths_count_the_text_as_sent(client, employer_headers):
    body = VACANCY | {"title": " " + "x" * 200}
    assert not documented("VacancyIn", body)
    assert create_vacancy(client, employer_headers, body).status_code == 422


# --- PATCH bodies -----------------------------------------------------------------------------------------------


def test_an_empty_patch_is_refused_as_the_document_says(
    client, employer, employer_headers, leader_headers, make_vacancy
):
    schemas = openapi.document()["components"]["schemas"]
    assert schemas["VacancyPatch"]["minProperties"] == 1 and schemas["ProfilePatch"]["minProperties"] == 1
    vacancy = make_vacancy(organisation=employer.organisation)
    client.put("/api/v1/me/profile", json=PROFILE, headers=leader_headers)
    for path, headers in (
        (f"/api/v1/employer/vacancies/{vacancy.id}", employer_headers),
        ("/api/v1/me/profile", leader_headers),
    ):
        response = client.patch(path, json={}, headers=headers)
        assert response.status_code == 422, path
        problem = response.get_json()
        assert problem["title"] == "Ugyldige data" and problem["title_en"] == "Invalid data"
        assert problem["errors"] == [
            {
                "pointer": "",
                "detail": "skal have mindst ét felt",
                "detail_en": "must have at least one field",
                "code": "min_properties",
            }
        ]


# --- published deadlines ----------------------------------------------------------------------------------------


def test_a_published_vacancys_deadline_cannot_move_into_the_past(client, db, employer, employer_headers, make_vacancy):
    vacancy = make_vacancy(organisation=employer.organisation)
    deadline = vacancy.deadline
    past = (date.today() - timedelta(days=1)).isoformat()
    response = client.patch(
        f"/api/v1/employer/vacancies/{vacancy.id}", json={"deadline": past}, headers=employer_headers
    )
    # Whether a day has passed depends on the day, not on the body (the same body was fine yesterday), so 409
    # like publishing with a passed deadline; a 422 would call a request the document allows invalid. The
    # problem still names the field, as a 422 does.
    assert response.status_code == 409 and response.mimetype == "application/problem+json"
    problem = response.get_json()
    assert (
        problem["title"] == "Kan ikke lade sig gøre lige nu"
        and problem["title_en"] == "Conflicts with the current state"
    )
    assert problem["detail"].startswith("En offentliggjort stilling kan ikke få en frist, der er overskredet.")
    assert [error["pointer"] for error in problem["errors"]] == ["/deadline"]
    assert "409" in openapi.document()["paths"]["/api/v1/employer/vacancies/{vacancy_id}"]["patch"]["responses"]
    db.refresh(vacancy)
    assert vacancy.deadline == deadline and vacancy.status == VacancyStatus.PUBLISHED
    today = date.today().isoformat()
    response = client.patch(
        f"/api/v1/employer/vacancies/{vacancy.id}", json={"deadline": today}, headers=employer_headers
    )
    assert response.status_code == 200 and response.get_json()["deadline"] == today


def test_a_draft_cannot_get_a_past_deadline_either(client, employer, employer_headers, make_vacancy):
    draft = make_vacancy(organisation=employer.organisation, status=VacancyStatus.DRAFT)
    past = (date.today() - timedelta(days=10)).isoformat()
    response = client.patch(f"/api/v1/employer/vacancies/{draft.id}", json={"deadline": past}, headers=employer_headers)
    assert response.status_code == 409 and response.get_json()["errors"][0]["pointer"] == "/deadline"
    assert "409" in openapi.document()["paths"]["/api/v1/employer/vacancies"]["post"]["responses"]


# --- bodies over the limit --------------------------------------------------------------------------------------


def _chunked(client, headers, payload: bytes):
    """POST ``payload`` as a server that handles chunked encoding passes it on: no Content-Length."""
    return client.post(
        "/api/v1/employer/vacancies",
        input_stream=io.BytesIO(payload),
        headers=headers | {"Transfer-Encoding": "chunked", "Content-Type": "application/json"},
        environ_overrides={"wsgi.input_terminated": True},
    )


def test_a_chunked_body_over_the_limit_is_413_not_400(app, client, employer_headers):
    limit = app.config["MAX_CONTENT_LENGTH"]
    big = b'{"title": "' + b"x" * limit + b'"}'
    response = _chunked(client, employer_headers, big)
    assert response.status_code == 413 and response.mimetype == "application/problem+json"
    assert response.get_json()["title_en"] == "The request is too large"


def test_a_chunked_body_within_the_limit_is_read(client, employer_headers):
    response = _chunked(client, employer_headers, json.dumps(VACANCY).encode())
    assert response.status_code == 201, response.get_json()


# --- query parameters -------------------------------------------------------------------------------------------


def test_an_empty_query_parameter_counts_as_absent_as_the_document_says(client, leader_headers):
    parameters = openapi.document()["paths"]["/api/v1/vacancies"]["get"]["parameters"]
    assert all(p["allowEmptyValue"] for p in parameters if not p["required"])
    assert client.get("/api/v1/vacancies?level=&per_page=", headers=leader_headers).status_code == 200
    for query in ("level=%20", "sector=%20stat", "per_page=%20"):
        assert client.get(f"/api/v1/vacancies?{query}").status_code == 422, query
