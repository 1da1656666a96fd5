"""Employers write, publish and close their own organisation's vacancies, and only those."""

from datetime import date, timedelta

from sqlalchemy import select

from models import Role, Vacancy, VacancyStatus
from webapp.services import vacancies
from webapp.services.errors import NotApprovedToPublish


def vacancy_form(token: str, **overrides) -> dict:
    return {
        "csrf_token": token,
        "title": "Kontorchef til Center for Økonomi",
        "municipality_code": "101",
        "level": "2",
        "competences": "bevillingsstyring\npersonaleledelse",
        "nice_to_have": "digitalisering",
        "description": "Du får ansvar for 25 medarbejdere.",
        "deadline": (date.today() + timedelta(days=20)).isoformat(),
    } | overrides


def employer(make_user, make_organisation, approved=True, organisation=None):
    return make_user(
        Role.EMPLOYER, organisation=organisation or make_organisation("Skattestyrelsen"), approved=approved
    )


def test_only_employers_reach_employer_pages(client, login, make_user):
    assert client.get("/arbejdsgiver/stillinger").status_code == 302
    login(make_user(Role.LEADER))
    assert client.get("/arbejdsgiver/stillinger").status_code == 403
    assert client.get("/arbejdsgiver/stillinger/ny").status_code == 403


def test_employer_creates_a_draft_then_publishes_it(client, login, make_user, make_organisation, csrf, db):
    login(employer(make_user, make_organisation))
    response = client.post("/arbejdsgiver/stillinger/ny", data=vacancy_form(csrf()))
    assert response.status_code == 302
    vacancy = db.scalar(select(Vacancy))
    assert vacancy.status == VacancyStatus.DRAFT and vacancy.competences == ["bevillingsstyring", "personaleledelse"]
    assert "Kontorchef til Center for Økonomi" not in client.get("/stillinger").get_data(as_text=True)
    client.post(f"/arbejdsgiver/stillinger/{vacancy.id}/offentliggoer", data={"csrf_token": csrf()})
    assert "Kontorchef til Center for Økonomi" in client.get("/stillinger").get_data(as_text=True)
    assert "Kontorchef til Center for Økonomi" in client.get("/arbejdsgiver/stillinger").get_data(as_text=True)
    client.post(f"/arbejdsgiver/stillinger/{vacancy.id}/luk", data={"csrf_token": csrf()})
    assert "Kontorchef til Center for Økonomi" not in client.get("/stillinger").get_data(as_text=True)


def test_invalid_vacancy_keeps_input_and_saves_nothing(client, login, make_user, make_organisation, csrf, db):
    login(employer(make_user, make_organisation))
    html = client.post(
        "/arbejdsgiver/stillinger/ny",
        data=vacancy_form(csrf(), level="", competences="", deadline="31-12-2026", municipality_code="0"),
    ).get_data(as_text=True)
    assert "Vælg ledelsesniveau." in html and "Feltet skal udfyldes." in html
    assert "Skriv en dato som åååå-mm-dd." in html and "Vælg en kommune fra listen." in html
    assert "Du får ansvar for 25 medarbejdere." in html
    assert db.scalar(select(Vacancy)) is None


def test_unapproved_employer_cannot_publish(client, login, make_user, make_organisation, make_vacancy, csrf, db):
    user = login(employer(make_user, make_organisation, approved=False))
    vacancy = make_vacancy(organisation=user.organisation, status=VacancyStatus.DRAFT, created_by_id=user.id)
    response = client.post(f"/arbejdsgiver/stillinger/{vacancy.id}/offentliggoer", data={"csrf_token": csrf()})
    assert response.status_code == 302
    assert "skal godkendes" in client.get(response.location).get_data(as_text=True)
    db.expire_all()
    assert db.get(Vacancy, vacancy.id).status == VacancyStatus.DRAFT


def test_an_unapproved_employer_is_told_why_publishing_waits_instead_of_a_button(
    client, login, make_user, make_organisation, make_vacancy
):
    user = login(employer(make_user, make_organisation, approved=False))
    draft = make_vacancy(organisation=user.organisation, status=VacancyStatus.DRAFT, created_by_id=user.id)
    html = client.get(f"/arbejdsgiver/stillinger/{draft.id}").get_data(as_text=True)
    assert "Din konto venter på godkendelse" in html
    assert "når en administrator hos Sektorbro har godkendt din konto" in html
    assert "Du får besked, når kontoen er godkendt" in html  # what happens next
    assert "/offentliggoer" not in html and ">Offentliggør<" not in html
    assert "/kandidater" not in html  # no button into a page they may not open yet


def test_an_approved_employer_sees_the_publish_button(client, login, make_user, make_organisation, make_vacancy):
    user = login(employer(make_user, make_organisation))
    draft = make_vacancy(organisation=user.organisation, status=VacancyStatus.DRAFT)
    html = client.get(f"/arbejdsgiver/stillinger/{draft.id}").get_data(as_text=True)
    assert f"/arbejdsgiver/stillinger/{draft.id}/offentliggoer" in html and "venter på godkendelse" not in html


def test_a_draft_past_its_deadline_offers_to_fix_the_date_instead_of_publishing(
    client, login, make_user, make_organisation, make_vacancy
):
    user = login(employer(make_user, make_organisation))
    late = make_vacancy(
        organisation=user.organisation, status=VacancyStatus.DRAFT, deadline=date.today() - timedelta(days=3)
    )
    html = client.get(f"/arbejdsgiver/stillinger/{late.id}").get_data(as_text=True)
    assert "Ansøgningsfristen er overskredet" in html and f"/stillinger/{late.id}/rediger#deadline" in html
    assert "/offentliggoer" not in html


def test_publishing_after_the_deadline_is_refused(client, login, make_user, make_organisation, make_vacancy, csrf, db):
    user = login(employer(make_user, make_organisation))
    vacancy = make_vacancy(
        organisation=user.organisation, status=VacancyStatus.DRAFT, deadline=date.today() - timedelta(days=1)
    )
    client.post(f"/arbejdsgiver/stillinger/{vacancy.id}/offentliggoer", data={"csrf_token": csrf()})
    db.expire_all()
    assert db.get(Vacancy, vacancy.id).status == VacancyStatus.DRAFT


def test_employer_edits_own_vacancy(client, login, make_user, make_organisation, make_vacancy, csrf, db):
    user = login(employer(make_user, make_organisation))
    vacancy = make_vacancy(organisation=user.organisation)
    assert 'value="Kontorchef til økonomi"' in client.get(f"/arbejdsgiver/stillinger/{vacancy.id}/rediger").get_data(
        as_text=True
    )
    client.post(f"/arbejdsgiver/stillinger/{vacancy.id}/rediger", data=vacancy_form(csrf(), title="Ny titel"))
    db.expire_all()
    assert db.get(Vacancy, vacancy.id).title == "Ny titel"
    assert db.get(Vacancy, vacancy.id).status == VacancyStatus.PUBLISHED


def test_a_published_vacancys_deadline_cannot_be_moved_into_the_past(
    client, login, make_user, make_organisation, make_vacancy, csrf, db
):
    user = login(employer(make_user, make_organisation))
    vacancy = make_vacancy(organisation=user.organisation)
    deadline = vacancy.deadline
    past = (date.today() - timedelta(days=1)).isoformat()
    response = client.post(f"/arbejdsgiver/stillinger/{vacancy.id}/rediger", data=vacancy_form(csrf(), deadline=past))
    assert response.status_code == 200
    assert "En offentliggjort stilling kan ikke få en frist, der er overskredet." in response.get_data(as_text=True)
    db.expire_all()
    assert db.get(Vacancy, vacancy.id).deadline == deadline


def test_other_organisations_vacancies_are_forbidden(
    client, login, make_user, make_organisation, make_vacancy, csrf, db
):
    login(employer(make_user, make_organisation))
    foreign = make_vacancy(organisation=make_organisation("Anden Styrelse"), status=VacancyStatus.DRAFT)
    assert client.get(f"/arbejdsgiver/stillinger/{foreign.id}").status_code == 403
    assert client.get(f"/arbejdsgiver/stillinger/{foreign.id}/rediger").status_code == 403
    token = csrf()
    assert client.post(f"/arbejdsgiver/stillinger/{foreign.id}/rediger", data=vacancy_form(token)).status_code == 403
    assert (
        client.post(f"/arbejdsgiver/stillinger/{foreign.id}/offentliggoer", data={"csrf_token": token}).status_code
        == 403
    )
    assert client.get("/arbejdsgiver/stillinger/424242").status_code == 404
    db.expire_all()
    assert db.get(Vacancy, foreign.id).status == VacancyStatus.DRAFT
    assert "Du har ikke adgang" in client.get(f"/arbejdsgiver/stillinger/{foreign.id}").get_data(as_text=True)


def test_list_shows_only_own_vacancies(client, login, make_user, make_organisation, make_vacancy):
    user = login(employer(make_user, make_organisation))
    make_vacancy(organisation=user.organisation, title="Vores stilling")
    make_vacancy(organisation=make_organisation("Andre"), title="Deres stilling")
    html = client.get("/arbejdsgiver/stillinger").get_data(as_text=True)
    assert "Vores stilling" in html and "Deres stilling" not in html


def test_unapproved_employer_sees_only_own_vacancies_and_no_candidates(
    client, login, make_user, make_organisation, make_vacancy, make_profile, db
):
    organisation = make_organisation("Skattestyrelsen")
    colleague = make_user(Role.EMPLOYER, organisation=organisation)
    theirs = make_vacancy(organisation=organisation, title="Kollegaens stilling", created_by_id=colleague.id)
    make_profile(open_to_sectors=["stat"], competences=["bevillingsstyring"])
    newcomer = login(make_user(Role.EMPLOYER, organisation=organisation, approved=False))
    mine = make_vacancy(organisation=organisation, title="Min egen kladde", created_by_id=newcomer.id)
    html = client.get("/arbejdsgiver/stillinger").get_data(as_text=True)
    assert "Min egen kladde" in html and "Kollegaens stilling" not in html
    assert client.get(f"/arbejdsgiver/stillinger/{theirs.id}").status_code == 403
    assert client.get(f"/arbejdsgiver/stillinger/{theirs.id}/kandidater").status_code == 403
    assert client.get(f"/arbejdsgiver/stillinger/{mine.id}").status_code == 200
    assert client.get(f"/arbejdsgiver/stillinger/{mine.id}/kandidater").status_code == 403


def test_ids_beyond_the_database_are_not_found(client, login, make_user, make_organisation):
    assert client.get("/stillinger/99999999999999999999").status_code == 404
    assert client.get("/stillinger/2147483648").status_code == 404
    login(employer(make_user, make_organisation))
    assert client.get("/arbejdsgiver/stillinger/99999999999999999999/kandidater").status_code == 404


def test_control_characters_are_dropped_from_form_input(client, login, make_user, make_organisation, csrf, db):
    login(employer(make_user, make_organisation))
    response = client.post("/arbejdsgiver/stillinger/ny", data=vacancy_form(csrf(), title="Kontor\x00chef"))
    assert response.status_code == 302
    assert db.scalar(select(Vacancy.title)) == "Kontorchef"


def test_an_employer_without_an_organisation_gets_no_vacancy_form(client, login, make_user, csrf, db):
    login(make_user(Role.EMPLOYER))  # the service's NoOrganisation decides: the 403 page
    assert client.get("/arbejdsgiver/stillinger/ny").status_code == 403
    response = client.post("/arbejdsgiver/stillinger/ny", data=vacancy_form(csrf()))
    assert response.status_code == 403 and "Du har ikke adgang" in response.get_data(as_text=True)
    assert db.scalar(select(Vacancy)) is None


def test_a_save_refused_at_no_field_of_the_form_is_the_error_page_and_keeps_nothing(
    client, login, make_user, make_organisation, csrf, db, monkeypatch
):
    login(employer(make_user, make_organisation))
    real_create = vacancies.create

    def refused_after_a_flush(session, who, columns):
        real_create(session, who, columns)
        raise NotApprovedToPublish()

    monkeypatch.setattr(vacancies, "create", refused_after_a_flush)
    response = client.post("/arbejdsgiver/stillinger/ny", data=vacancy_form(csrf()))
    assert response.status_code == 403 and "Du har ikke adgang" in response.get_data(as_text=True)
    assert db.scalar(select(Vacancy)) is None  # flushed, then rolled back
    with client.session_transaction() as session:
        assert not session.get("_flashes")  # the error page says it, no message waits for the next page


def test_a_saved_vacancy_points_to_the_text_checks_advice_after_the_success(
    client, login, make_user, make_organisation, csrf
):
    login(employer(make_user, make_organisation))
    locked = "kendskab til statslig budgetlægning\npersonaleledelse"
    client.post("/arbejdsgiver/stillinger/ny", data=vacancy_form(csrf(), competences=locked))
    with client.session_transaction() as session:
        categories = [category for category, _message in session.get("_flashes", [])]
    assert categories == ["success", "info"]
