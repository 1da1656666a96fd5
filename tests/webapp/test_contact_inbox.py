"""The leader's contact requests: read them, accept or decline, only one's own and only once."""

import pytest
from sqlalchemy import select

from models import ContactRequest, ContactStatus, Role


@pytest.fixture
def request_for(db, make_user, make_organisation, make_vacancy):
    """Factory: a contact request from an employer at Skattestyrelsen to ``profile``."""

    def make(profile, message="Vi vil gerne høre om din erfaring med budgetter."):
        organisation = make_organisation("Skattestyrelsen")
        employer = make_user(Role.EMPLOYER, email="hr@skat.example.dk", organisation=organisation)
        vacancy = make_vacancy(organisation=organisation, title="Kontorchef for opkrævning")
        request = ContactRequest(vacancy=vacancy, profile=profile, sender=employer, message=message)
        db.add(request)
        db.commit()
        return request

    return make


def test_only_leaders_reach_the_inbox(client, login, make_user, make_organisation):
    assert client.get("/leder/kontakt").status_code == 302
    login(make_user(Role.EMPLOYER, organisation=make_organisation()))
    assert client.get("/leder/kontakt").status_code == 403
    assert client.post("/leder/kontakt/1", data={"answer": "accept"}).status_code == 403


def test_leader_without_profile_is_asked_to_make_one(client, login, make_user):
    login(make_user())
    assert "Udfyld din profil" in client.get("/leder/kontakt").get_data(as_text=True)


def test_inbox_shows_vacancy_organisation_employer_and_message(client, login, make_user, make_profile, request_for):
    user = login(make_user())
    request_for(make_profile(user=user))
    html = client.get("/leder/kontakt").get_data(as_text=True)
    assert "Kontorchef for opkrævning" in html and "Skattestyrelsen" in html
    assert "hr@skat.example.dk" in html and "Vi vil gerne høre om din erfaring med budgetter." in html
    assert "Afventer svar" in html and 'value="accept"' in html and 'value="decline"' in html
    assert "1 kontaktanmodning venter på svar" in client.get("/leder/").get_data(as_text=True)


@pytest.mark.parametrize(
    ("answer", "status", "message"),
    [("accept", "accepted", "Du har accepteret"), ("decline", "declined", "Du har afslået")],
)
def test_leader_answers_once(client, login, make_user, make_profile, request_for, csrf, db, answer, status, message):
    user = login(make_user())
    request = request_for(make_profile(user=user))
    token = csrf("/leder/kontakt")
    page = client.post(
        f"/leder/kontakt/{request.id}", data={"csrf_token": token, "answer": answer}, follow_redirects=True
    )
    assert message in page.get_data(as_text=True)
    db.expire_all()
    answered = db.get(ContactRequest, request.id)
    assert answered.status == status and answered.answered_at is not None
    again = client.post(
        f"/leder/kontakt/{request.id}", data={"csrf_token": token, "answer": "accept"}, follow_redirects=True
    )
    assert "Du har allerede svaret" in again.get_data(as_text=True)
    db.expire_all()
    assert db.get(ContactRequest, request.id).status == status


def test_bad_answers_change_nothing(client, login, make_user, make_profile, request_for, csrf, db):
    user = login(make_user())
    request = request_for(make_profile(user=user))
    token = csrf("/leder/kontakt")
    page = client.post(
        f"/leder/kontakt/{request.id}", data={"csrf_token": token, "answer": "måske"}, follow_redirects=True
    )
    assert "Vælg, om du vil acceptere eller afslå." in page.get_data(as_text=True)
    page = client.post(f"/leder/kontakt/{request.id}", data={"answer": "accept"}, follow_redirects=True)
    assert "Formularen er udløbet" in page.get_data(as_text=True)
    assert client.post("/leder/kontakt/99999", data={"csrf_token": token, "answer": "accept"}).status_code == 404
    assert db.scalar(select(ContactRequest.status)) == ContactStatus.PENDING


def test_nobody_answers_another_leaders_request(client, login, make_user, make_profile, request_for, csrf, db):
    request = request_for(make_profile(user=make_user()))
    me = login(make_user())
    make_profile(user=me)
    assert "Kontorchef for opkrævning" not in client.get("/leder/kontakt").get_data(as_text=True)
    token = csrf("/leder/kontakt")
    assert (
        client.post(f"/leder/kontakt/{request.id}", data={"csrf_token": token, "answer": "accept"}).status_code == 404
    )
    assert db.scalar(select(ContactRequest.status)) == ContactStatus.PENDING
