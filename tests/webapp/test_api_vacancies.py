"""API: the public vacancy list and vacancy, the caller's account, and what every API answer has in common."""

from datetime import date, timedelta

from models import Role, VacancyStatus


def test_list_returns_published_open_vacancies_newest_first(client, make_vacancy):
    make_vacancy(title="Ældst")
    make_vacancy(title="Nyest")
    make_vacancy(title="Kladde", status=VacancyStatus.DRAFT)
    make_vacancy(title="Lukket", status=VacancyStatus.CLOSED)
    make_vacancy(title="Udløbet", deadline=date.today() - timedelta(days=1))
    response = client.get("/api/v1/vacancies")
    assert response.status_code == 200 and response.mimetype == "application/json"
    body = response.get_json()
    assert [item["title"] for item in body["items"]] == ["Nyest", "Ældst"]
    assert body["total"] == 2 and body["page"] == 1 and body["pages"] == 1
    first = body["items"][0]
    assert first["organisation"]["name"] and first["sector"] == "stat" and first["municipality"] == "København"
    assert first["url"] == f"http://localhost/stillinger/{first['id']}"


def test_list_filters_like_the_public_list(client, make_vacancy, make_organisation):
    region = make_organisation("Region Nordjylland", sector="region", municipality_code=851)
    make_vacancy(title="Cheflæge i Aalborg", organisation=region, municipality_code=851, level=2)
    make_vacancy(title="Kontorchef i København", municipality_code=101, level=3, description="Bevillingsstyring")

    def titles(query: str) -> list[str]:
        return [item["title"] for item in client.get(f"/api/v1/vacancies?{query}").get_json()["items"]]

    assert titles("sector=region") == ["Cheflæge i Aalborg"]
    assert titles("region=1084") == ["Kontorchef i København"]
    assert titles("level=2") == ["Cheflæge i Aalborg"]
    assert titles("q=bevillingsstyring+kontorchef") == ["Kontorchef i København"]
    assert titles("q=cheflæge&sector=stat") == []


def test_list_pages_with_links_that_keep_the_filters(client, make_vacancy):
    for number in range(5):
        make_vacancy(title=f"Stilling {number}")
    body = client.get("/api/v1/vacancies?per_page=2&page=2&level=2").get_json()
    assert body["total"] == 5 and body["pages"] == 3 and len(body["items"]) == 2
    links = body["links"]
    assert "page=2" in links["self"] and "level=2" in links["self"] and "per_page=2" in links["self"]
    assert "page=1" in links["prev"] and "page=3" in links["next"]
    assert "page=1" in links["first"] and "page=3" in links["last"]
    last = client.get(links["last"]).get_json()
    assert last["links"]["next"] is None and len(last["items"]) == 1


def test_invalid_query_parameters_are_422_with_the_parameter_named(client):
    for query, parameter in (
        ("page=0", "page"),
        ("per_page=101", "per_page"),
        ("sector=privat", "sector"),
        ("region=99", "region"),
        ("level=nul", "level"),
        ("unknown=1", "unknown"),
        ("q=" + "x" * 201, "q"),
    ):
        response = client.get(f"/api/v1/vacancies?{query}")
        assert response.status_code == 422, query
        assert response.mimetype == "application/problem+json"
        problem = response.get_json()
        assert problem["title"] == "Ugyldige data" and problem["title_en"] == "Invalid data"
        assert problem["type"].endswith("/api/v1/docs#problem-validation")
        assert [error["parameter"] for error in problem["errors"]] == [parameter], query
        assert all(error["detail"] and error["detail_en"] for error in problem["errors"])


def test_a_parameter_given_twice_is_422(client):
    problem = client.get("/api/v1/vacancies?page=1&page=2").get_json()
    assert problem["status"] == 422 and problem["errors"][0]["parameter"] == "page"


def test_blank_parameters_count_as_absent_like_the_search_form(client, make_vacancy):
    make_vacancy()
    assert client.get("/api/v1/vacancies?q=&sector=&region=&level=").get_json()["total"] == 1


def test_get_one_published_vacancy(client, make_vacancy):
    vacancy = make_vacancy(title="Kontorchef", competences=["budgetlægning"])
    body = client.get(f"/api/v1/vacancies/{vacancy.id}").get_json()
    assert body["id"] == vacancy.id and body["title"] == "Kontorchef" and body["competences"] == ["budgetlægning"]
    assert body["published_at"].endswith("Z") or body["published_at"].endswith("+00:00")


def test_drafts_closed_and_unknown_vacancies_are_404(client, make_vacancy):
    draft = make_vacancy(status=VacancyStatus.DRAFT)
    closed = make_vacancy(status=VacancyStatus.CLOSED)
    for vacancy_id in (draft.id, closed.id, 999999, 2**31, 10**30):
        response = client.get(f"/api/v1/vacancies/{vacancy_id}")
        assert response.status_code == 404, vacancy_id
        assert response.mimetype == "application/problem+json"
        assert response.get_json()["title_en"] == "Not found"


def test_unknown_paths_and_methods_answer_as_problems(client):
    missing = client.get("/api/v1/nothing-here")
    assert missing.status_code == 404 and missing.mimetype == "application/problem+json"
    wrong = client.delete("/api/v1/vacancies")
    assert wrong.status_code == 405 and wrong.mimetype == "application/problem+json"
    assert "GET" in wrong.headers["Allow"]
    assert client.get("/ingen-side").mimetype == "text/html"  # the web keeps its HTML error page


def test_public_operations_need_no_token_but_refuse_a_wrong_one(client, make_vacancy):
    make_vacancy()
    assert client.get("/api/v1/vacancies").status_code == 200
    response = client.get("/api/v1/vacancies", headers={"Authorization": "Bearer sb_forkert"})
    assert response.status_code == 401 and response.headers["WWW-Authenticate"].startswith("Bearer")
    assert client.get("/api/v1/vacancies", headers={"Authorization": "Basic dXNlcjpwdw=="}).status_code == 401


def test_me_tells_who_the_token_belongs_to(client, make_user, make_organisation, api_headers):
    employer = make_user(Role.EMPLOYER, email="chef@styrelse.dk", organisation=make_organisation("Styrelsen"))
    body = client.get("/api/v1/me", headers=api_headers(employer)).get_json()
    assert body == {
        "id": employer.id,
        "email": "chef@styrelse.dk",
        "role": "employer",
        "organisation": "Styrelsen",
        "has_profile": False,
        "token_name": "Testnøgle",
        "token_scope": "full",
        "token_expires_at": None,
    }
    assert client.get("/api/v1/me").status_code == 401


def test_api_answers_never_set_cookies(client, make_user, api_headers):
    headers = api_headers(make_user())
    for path in ("/api/v1/vacancies?lang=en", "/api/v1/me?lang=en", "/api/v1/docs?lang=en", "/api/v1/nope"):
        assert "Set-Cookie" not in client.get(path, headers=headers).headers, path
