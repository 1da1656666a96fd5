"""API: an employer's own vacancies (create, update, publish, close) and their ranked, anonymous candidates."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from models import ContactRequest, ContactStatus, Role, Vacancy, VacancyStatus, Visibility

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py

NEW_VACANCY = {
    "title": "Kontorchef til økonomi",
    "municipality_code": 101,
    "level": 2,
    "competences": ["budgetlægning", "personaleledelse", "forandringsledelse"],
    "nice_to_have": ["digitalisering"],
    "description": "Vi søger en kontorchef, der kan lede økonomiarbejdet.",
    "deadline": (date.today() + timedelta(days=30)).isoformat(),
}


@pytest.fixture
def employer(make_user, make_organisation):
    """An approved employer at a state agency under a ministry."""
    ministry = make_organisation("Skatteministeriet", sector="stat")
    return make_user(Role.EMPLOYER, organisation=make_organisation("Skattestyrelsen", sector="stat", parent=ministry))


@pytest.fixture
def headers(employer, api_headers):
    return api_headers(employer)


@pytest.fixture
def vacancy(employer, make_vacancy):
    """A published vacancy of the employer's organisation."""
    return make_vacancy(
        organisation=employer.organisation,
        title="Kontorchef til økonomi",
        competences=["budgetlægning", "personaleledelse", "forandringsledelse"],
    )


def candidates_of(client, vacancy, headers, query: str = "") -> dict:
    response = client.get(f"/api/v1/employer/vacancies/{vacancy.id}/candidates{query}", headers=headers)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


# --- vacancies --------------------------------------------------------------------------------------------------


def test_create_makes_a_draft_and_points_to_it(client, headers, db, employer):
    response = client.post("/api/v1/employer/vacancies", json=NEW_VACANCY, headers=headers)
    assert response.status_code == 201
    body = response.get_json()
    assert (
        body["status"] == "draft"
        and body["title"] == NEW_VACANCY["title"]
        and body["deadline"] == NEW_VACANCY["deadline"]
    )
    assert response.headers["Location"] == f"http://localhost/api/v1/employer/vacancies/{body['id']}"
    stored = db.get(Vacancy, body["id"])
    assert stored.organisation_id == employer.organisation_id and stored.created_by_id == employer.id
    assert client.get(f"/api/v1/vacancies/{body['id']}").status_code == 404  # not public yet


def test_create_validates_every_field_with_pointers(client, headers):
    body = NEW_VACANCY | {"title": " ", "level": "2", "municipality_code": 1, "competences": [], "extra": True}
    response = client.post("/api/v1/employer/vacancies", json=body, headers=headers)
    assert response.status_code == 422 and response.mimetype == "application/problem+json"
    pointers = {error["pointer"]: error for error in response.get_json()["errors"]}
    assert set(pointers) == {"/title", "/level", "/municipality_code", "/competences", "/extra"}
    assert pointers["/level"]["detail"] == "skal være et helt tal"
    assert pointers["/extra"]["detail"] == "er ikke et kendt felt"
    assert pointers["/municipality_code"]["detail"] == "er ikke en kendt kommunekode"


def test_create_refuses_bad_json_and_other_media_types(client, headers):
    bad = client.post("/api/v1/employer/vacancies", data="{", content_type="application/json", headers=headers)
    assert bad.status_code == 400 and bad.mimetype == "application/problem+json"
    form = client.post("/api/v1/employer/vacancies", data={"title": "x"}, headers=headers)
    assert form.status_code == 415
    not_object = client.post("/api/v1/employer/vacancies", json=[1, 2], headers=headers)
    assert not_object.status_code == 422 and not_object.get_json()["errors"][0]["pointer"] == ""


def test_a_body_over_the_size_limit_is_413(client, headers, app):
    app.config["MAX_CONTENT_LENGTH"] = 1000
    big = NEW_VACANCY | {"description": "x" * 2000}
    response = client.post("/api/v1/employer/vacancies", json=big, headers=headers)
    assert response.status_code == 413 and response.mimetype == "application/problem+json"
    assert response.get_json()["title_en"] == "The request is too large"


def test_list_shows_only_the_organisations_vacancies_in_every_status(client, headers, employer, make_vacancy):
    make_vacancy(organisation=employer.organisation, title="Offentlig")
    make_vacancy(organisation=employer.organisation, title="Kladde", status=VacancyStatus.DRAFT)
    make_vacancy(title="En andens")
    body = client.get("/api/v1/employer/vacancies", headers=headers).get_json()
    assert sorted(item["title"] for item in body["items"]) == ["Kladde", "Offentlig"]
    drafts = client.get("/api/v1/employer/vacancies?status=draft", headers=headers).get_json()
    assert [item["title"] for item in drafts["items"]] == ["Kladde"]


def test_patch_changes_only_the_fields_sent(client, headers, vacancy, db):
    response = client.patch(
        f"/api/v1/employer/vacancies/{vacancy.id}", json={"title": "Økonomichef", "deadline": None}, headers=headers
    )
    assert response.status_code == 200
    body = response.get_json()
    assert body["title"] == "Økonomichef" and body["deadline"] is None
    assert body["competences"] == vacancy.competences and body["status"] == "published"
    db.expire_all()
    assert db.get(Vacancy, vacancy.id).title == "Økonomichef"


def test_patch_is_validated_as_a_whole_and_refuses_unknown_fields(client, headers, vacancy):
    url = f"/api/v1/employer/vacancies/{vacancy.id}"
    response = client.patch(url, json={"level": 9, "status": "published"}, headers=headers)
    assert response.status_code == 422
    assert [error["pointer"] for error in response.get_json()["errors"]] == ["/status"]
    response = client.patch(url, json={"level": 9}, headers=headers)
    assert response.status_code == 422 and response.get_json()["errors"][0]["pointer"] == "/level"
    assert client.patch(url, json={"title": None}, headers=headers).status_code == 422


def test_publish_and_close(client, headers, employer, make_vacancy, db):
    draft = make_vacancy(organisation=employer.organisation, status=VacancyStatus.DRAFT)
    published = client.post(f"/api/v1/employer/vacancies/{draft.id}/publish", headers=headers)
    assert published.status_code == 200 and published.get_json()["status"] == "published"
    assert client.get(f"/api/v1/vacancies/{draft.id}").status_code == 200
    again = client.post(f"/api/v1/employer/vacancies/{draft.id}/publish", headers=headers)
    assert again.status_code == 200  # publishing twice changes nothing
    closed = client.post(f"/api/v1/employer/vacancies/{draft.id}/close", headers=headers)
    assert closed.status_code == 200 and closed.get_json()["status"] == "closed"
    assert client.get(f"/api/v1/vacancies/{draft.id}").status_code == 404


def test_publishing_after_the_deadline_is_a_conflict(client, headers, employer, make_vacancy):
    late = make_vacancy(
        organisation=employer.organisation, status=VacancyStatus.DRAFT, deadline=date.today() - timedelta(days=1)
    )
    response = client.post(f"/api/v1/employer/vacancies/{late.id}/publish", headers=headers)
    assert response.status_code == 409 and "frist" in response.get_json()["detail"]


def test_an_employer_not_yet_approved_cannot_publish(
    client, make_user, make_organisation, make_vacancy, api_headers, db
):
    waiting = make_user(Role.EMPLOYER, organisation=make_organisation(), approved=False)
    draft = make_vacancy(organisation=waiting.organisation, status=VacancyStatus.DRAFT, created_by_id=waiting.id)
    response = client.post(f"/api/v1/employer/vacancies/{draft.id}/publish", headers=api_headers(waiting))
    assert response.status_code == 403 and response.mimetype == "application/problem+json"
    assert "godkendes af en administrator" in response.get_json()["detail"]
    db.expire_all()
    assert db.get(Vacancy, draft.id).status == VacancyStatus.DRAFT


def test_another_organisations_vacancy_is_forbidden_as_on_the_web(client, headers, make_vacancy):
    other = make_vacancy(title="En andens")
    for method, path in (
        ("get", ""),
        ("patch", ""),
        ("post", "/publish"),
        ("post", "/close"),
        ("get", "/candidates"),
    ):
        response = getattr(client, method)(
            f"/api/v1/employer/vacancies/{other.id}{path}",
            headers=headers,
            json={"title": "Ny titel"} if method == "patch" else None,
        )
        assert response.status_code == 403, (method, path)
        assert response.mimetype == "application/problem+json"
    assert client.get("/api/v1/employer/vacancies/999999", headers=headers).status_code == 404


@pytest.mark.parametrize("role", [Role.LEADER, Role.ADMIN])
def test_other_roles_may_not_use_the_employer_operations(client, make_user, api_headers, vacancy, role):
    headers = api_headers(make_user(role))
    assert client.get("/api/v1/employer/vacancies", headers=headers).status_code == 403
    assert client.post("/api/v1/employer/vacancies", json=NEW_VACANCY, headers=headers).status_code == 403
    assert client.get(f"/api/v1/employer/vacancies/{vacancy.id}/candidates", headers=headers).status_code == 403


def test_without_a_token_the_employer_operations_are_401(client, vacancy):
    assert client.get("/api/v1/employer/vacancies").status_code == 401
    assert client.post("/api/v1/employer/vacancies", json=NEW_VACANCY).status_code == 401


# --- candidates -------------------------------------------------------------------------------------------------


def test_candidates_are_ranked_with_components_and_anonymous(client, headers, vacancy, make_profile):
    good = make_profile(name="Mette Holm", competences=["budgetlægning", "personaleledelse", "forandringsledelse"])
    make_profile(name="Ole Berg", competences=["borgerinddragelse"])
    body = candidates_of(client, vacancy, headers)
    assert body["total"] >= 1 and body["items"][0]["profile_id"] == good.id
    first = body["items"][0]
    assert first["position"] == 1 and 0 <= first["score"] <= 1
    assert set(first["components"]) >= {"competence", "text", "level", "geography", "willingness", "cross_sector"}
    assert first["explanation"]["parts"] and first["identity"] is None
    assert all(job["title"] is None and job["organisation"] is None for job in first["experience"])
    assert "Mette Holm" not in str(body) and good.email not in str(body) and "Aarhus Kommune" not in str(body)


def test_accepted_contact_reveals_who_the_candidate_is(client, headers, vacancy, make_profile, db, employer):
    profile = make_profile(name="Mette Holm", competences=["budgetlægning", "personaleledelse"])
    db.add(ContactRequest(vacancy_id=vacancy.id, profile_id=profile.id, sender_id=employer.id, message="Hej"))
    db.commit()
    pending = candidates_of(client, vacancy, headers)["items"][0]
    assert pending["contact_status"] == "pending" and pending["identity"] is None

    request = db.scalar(select(ContactRequest))
    request.status = ContactStatus.ACCEPTED
    db.commit()
    revealed = candidates_of(client, vacancy, headers)["items"][0]
    assert revealed["identity"]["name"] == "Mette Holm" and revealed["identity"]["email"] == profile.email
    assert revealed["experience"][0]["organisation"] == "Aarhus Kommune"


def test_hidden_and_discreet_leaders_never_appear(client, headers, vacancy, make_profile, make_organisation, employer):
    competences = ["budgetlægning", "personaleledelse", "forandringsledelse"]
    visible = make_profile(name="Synlig", competences=competences)
    make_profile(name="Skjult", competences=competences, visibility=Visibility.HIDDEN)
    # Discreet towards their own organisation's family: the ministry above the employer's agency.
    make_profile(
        name="Diskret",
        competences=competences,
        visibility=Visibility.DISCREET,
        organisation=employer.organisation.parent,
    )
    # Discreet towards another family: visible to this employer.
    elsewhere = make_profile(
        name="Diskret andetsteds",
        competences=competences,
        visibility=Visibility.DISCREET,
        organisation=make_organisation("Region Midtjylland", sector="region"),
    )
    body = candidates_of(client, vacancy, headers, "?per_page=100")
    assert {item["profile_id"] for item in body["items"]} == {visible.id, elsewhere.id}
    assert body["total"] == 2


def test_candidate_filters_and_pages(client, headers, vacancy, make_profile):
    for sector in ("kommune", "region", "stat"):
        make_profile(sector=sector, competences=["budgetlægning", "personaleledelse"])
    assert candidates_of(client, vacancy, headers, "?sector=region")["total"] == 1
    assert candidates_of(client, vacancy, headers, "?other_sectors_only=true")["total"] == 2
    page = candidates_of(client, vacancy, headers, "?per_page=2&page=2")
    assert page["page"] == 2 and len(page["items"]) == 1 and page["items"][0]["position"] == 3
    bad = client.get(f"/api/v1/employer/vacancies/{vacancy.id}/candidates?seeking=maybe", headers=headers)
    assert bad.status_code == 422 and bad.get_json()["errors"][0]["parameter"] == "seeking"


@pytest.mark.parametrize("vacancy_id", [2**31, 9280388205, 10**30])
def test_an_id_beyond_the_database_range_is_a_404_for_every_method(client, headers, vacancy_id):
    url = f"/api/v1/employer/vacancies/{vacancy_id}"
    assert client.get(url, headers=headers).status_code == 404
    assert client.patch(url, json={"title": "Ny titel"}, headers=headers).status_code == 404
