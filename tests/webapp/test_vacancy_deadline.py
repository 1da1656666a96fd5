"""A deadline before today is refused at its field when a vacancy is saved, in the form and in the API, and
the rest of what the employer wrote is kept; today and later days are accepted."""

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from models import Role, Vacancy, VacancyStatus, utcnow


def today():
    """The service's "today" (UTC, as on the public list), read when a test runs: a run may pass midnight."""
    return utcnow().date()


YESTERDAY = today() - timedelta(days=1)
PAST_MESSAGE = "Fristen kan ikke ligge før i dag. Vælg i dag eller en senere dato."
OLD_DRAFT_MESSAGE = "Fristen er passeret, siden kladden blev gemt. Vælg en ny frist: i dag eller en senere dato."


def form(token: str, **overrides) -> dict:
    return {
        "csrf_token": token,
        "title": "Kontorchef til Center for Økonomi",
        "municipality_code": "101",
        "level": "2",
        "competences": "bevillingsstyring\npersonaleledelse",
        "nice_to_have": "digitalisering",
        "description": "Du får ansvar for 25 medarbejdere.",
        "deadline": (today() + timedelta(days=20)).isoformat(),
    } | overrides


def api_body(**overrides) -> dict:
    return {
        "title": "Kontorchef til økonomi",
        "municipality_code": 101,
        "level": 2,
        "competences": ["budgetlægning", "personaleledelse"],
        "description": "Vi søger en kontorchef, der kan lede økonomiarbejdet.",
        "deadline": (today() + timedelta(days=30)).isoformat(),
    } | overrides


@pytest.fixture
def employer(make_user, make_organisation):
    return make_user(Role.EMPLOYER, organisation=make_organisation("Skattestyrelsen"))


def deadline_error(html: str) -> str | None:
    """The error message shown at the deadline field, if any."""
    found = re.search(r'id="deadline-error"><span class="sr-only">[^<]*</span>([^<]*)</span>', html)
    return found.group(1) if found else None


# --- the web form ----------------------------------------------------------------------------------------------


def test_a_new_vacancy_with_a_past_deadline_is_refused_at_the_field_and_keeps_the_input(
    client, login, employer, csrf, db
):
    login(employer)
    response = client.post("/arbejdsgiver/stillinger/ny", data=form(csrf(), deadline=YESTERDAY.isoformat()))
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert deadline_error(html) == PAST_MESSAGE
    assert 'aria-invalid="true"' in html and 'href="#deadline"' in html  # the field is marked, the summary links it
    assert "Du får ansvar for 25 medarbejdere." in html and 'value="Kontorchef til Center for Økonomi"' in html
    assert f'value="{YESTERDAY.isoformat()}"' in html  # what they typed stays, to be corrected
    assert db.scalar(select(Vacancy)) is None


@pytest.mark.parametrize("days", [0, 1, 365])
def test_today_and_later_days_are_accepted(client, login, employer, csrf, db, days):
    login(employer)
    deadline = today() + timedelta(days=days)
    response = client.post("/arbejdsgiver/stillinger/ny", data=form(csrf(), deadline=deadline.isoformat()))
    assert response.status_code == 302
    assert db.scalar(select(Vacancy.deadline)) == deadline


def test_no_deadline_is_accepted(client, login, employer, csrf, db):
    login(employer)
    assert client.post("/arbejdsgiver/stillinger/ny", data=form(csrf(), deadline="")).status_code == 302
    assert db.scalar(select(Vacancy.deadline)) is None


def test_the_date_picker_starts_at_today(client, login, employer):
    login(employer)
    html = client.get("/arbejdsgiver/stillinger/ny").get_data(as_text=True)
    assert f'min="{today().isoformat()}"' in html


def test_moving_a_drafts_deadline_into_the_past_is_refused_and_nothing_changes(
    client, login, employer, make_vacancy, csrf, db
):
    login(employer)
    draft = make_vacancy(organisation=employer.organisation, status=VacancyStatus.DRAFT, title="Gammel titel")
    before = draft.deadline
    response = client.post(
        f"/arbejdsgiver/stillinger/{draft.id}/rediger",
        data=form(csrf(), title="Ny titel", deadline=YESTERDAY.isoformat()),
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and deadline_error(html) == PAST_MESSAGE
    assert 'value="Ny titel"' in html
    db.expire_all()
    assert (db.get(Vacancy, draft.id).title, db.get(Vacancy, draft.id).deadline) == ("Gammel titel", before)


def test_an_old_draft_whose_deadline_has_passed_asks_for_a_new_date_and_keeps_the_edits(
    client, login, employer, make_vacancy, csrf, db
):
    login(employer)
    old = today() - timedelta(days=10)
    draft = make_vacancy(organisation=employer.organisation, status=VacancyStatus.DRAFT, deadline=old)
    url = f"/arbejdsgiver/stillinger/{draft.id}/rediger"
    opened = client.get(url).get_data(as_text=True)
    assert "Ansøgningsfristen er overskredet" in opened and "Vælg en ny frist, før du gemmer." in opened
    assert deadline_error(opened) is None  # told before they write, but not marked as their error yet

    response = client.post(url, data=form(csrf(), description="Ny tekst om stillingen.", deadline=old.isoformat()))
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and deadline_error(html) == OLD_DRAFT_MESSAGE
    assert "Ny tekst om stillingen." in html
    db.expire_all()
    assert db.get(Vacancy, draft.id).description == "Vi søger en kontorchef."

    saved = client.post(url, data=form(csrf(), description="Ny tekst om stillingen.", deadline=today().isoformat()))
    assert saved.status_code == 302
    db.expire_all()
    assert (db.get(Vacancy, draft.id).description, db.get(Vacancy, draft.id).deadline) == (
        "Ny tekst om stillingen.",
        today(),
    )


@pytest.mark.parametrize("status", [VacancyStatus.PUBLISHED, VacancyStatus.CLOSED])
def test_a_vacancy_that_ran_until_its_deadline_keeps_it_when_edited(
    client, login, employer, make_vacancy, csrf, db, status
):
    login(employer)
    old = today() - timedelta(days=10)
    vacancy = make_vacancy(organisation=employer.organisation, status=status, deadline=old)
    url = f"/arbejdsgiver/stillinger/{vacancy.id}/rediger"
    assert "Ansøgningsfristen er overskredet" not in client.get(url).get_data(as_text=True)
    response = client.post(url, data=form(csrf(), title="Rettet titel", deadline=old.isoformat()))
    assert response.status_code == 302
    db.expire_all()
    assert db.get(Vacancy, vacancy.id).title == "Rettet titel"


def test_a_published_vacancys_deadline_cannot_move_into_the_past(client, login, employer, make_vacancy, csrf, db):
    login(employer)
    vacancy = make_vacancy(organisation=employer.organisation)
    response = client.post(
        f"/arbejdsgiver/stillinger/{vacancy.id}/rediger", data=form(csrf(), deadline=YESTERDAY.isoformat())
    )
    assert deadline_error(response.get_data(as_text=True)).startswith(
        "En offentliggjort stilling kan ikke få en frist, der er overskredet."
    )


# --- the API ---------------------------------------------------------------------------------------------------


def assert_deadline_problem(response, message: str) -> None:
    """A 409 (the day, not the body, decides), naming the field as a 422 would."""
    assert response.status_code == 409
    assert response.mimetype == "application/problem+json"
    problem = response.get_json()
    assert problem["detail"] == message
    assert [(e["pointer"], e["detail"], e["code"]) for e in problem["errors"]] == [("/deadline", message, "conflict")]


def test_the_api_refuses_a_new_vacancy_with_a_past_deadline(client, employer, api_headers, db):
    response = client.post(
        "/api/v1/employer/vacancies", json=api_body(deadline=YESTERDAY.isoformat()), headers=api_headers(employer)
    )
    assert_deadline_problem(response, PAST_MESSAGE)
    assert db.scalar(select(Vacancy)) is None


@pytest.mark.parametrize("days", [0, 1])
def test_the_api_accepts_today_and_later(client, employer, api_headers, days):
    deadline = (today() + timedelta(days=days)).isoformat()
    response = client.post(
        "/api/v1/employer/vacancies", json=api_body(deadline=deadline), headers=api_headers(employer)
    )
    assert response.status_code == 201 and response.get_json()["deadline"] == deadline


def test_the_api_refuses_moving_a_deadline_into_the_past(client, employer, api_headers, make_vacancy, db):
    draft = make_vacancy(organisation=employer.organisation, status=VacancyStatus.DRAFT)
    before = draft.deadline
    response = client.patch(
        f"/api/v1/employer/vacancies/{draft.id}",
        json={"title": "Ny titel", "deadline": YESTERDAY.isoformat()},
        headers=api_headers(employer),
    )
    assert_deadline_problem(response, PAST_MESSAGE)
    db.expire_all()
    assert (db.get(Vacancy, draft.id).title, db.get(Vacancy, draft.id).deadline) == ("Kontorchef til økonomi", before)


def test_the_api_asks_for_a_new_deadline_on_an_old_draft(client, employer, api_headers, make_vacancy, db):
    draft = make_vacancy(
        organisation=employer.organisation, status=VacancyStatus.DRAFT, deadline=today() - timedelta(days=3)
    )
    url, headers = f"/api/v1/employer/vacancies/{draft.id}", api_headers(employer)
    assert_deadline_problem(client.patch(url, json={"title": "Ny titel"}, headers=headers), OLD_DRAFT_MESSAGE)
    response = client.patch(url, json={"title": "Ny titel", "deadline": today().isoformat()}, headers=headers)
    assert response.status_code == 200 and response.get_json()["title"] == "Ny titel"
