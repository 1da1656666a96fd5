"""Mentoring pages: only leaders reach them; who may offer and why not; errors at the field with the input kept;
the request flow with names and e-mails only after acceptance; other leaders' objects answer 404."""

import re

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from models import Experience, MentorOffer, MentorRequest, Role, Visibility
from webapp.services import mentor_matching, mentoring

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py


@pytest.fixture(autouse=True)
def _fresh():
    mentor_matching.forget()


@pytest.fixture
def make_leader(db, make_user, make_profile):
    """Factory: a leader account with a profile; ``history`` is [(sector, start, end)] oldest first."""

    def make(sector="stat", history=(), **fields):
        user = make_user(Role.LEADER)
        profile = make_profile(user=user, sector=sector, experiences=0, email=user.email, **fields)
        profile.experiences = [
            Experience(sector=s, organisation="Et sted", title="Chef", level=2, start_year=start, end_year=end)
            for s, start, end in history
        ]
        db.commit()
        return profile

    return make


@pytest.fixture
def mentor(make_leader):
    return make_leader(
        sector="stat",
        history=[("kommune", 2009, 2019), ("stat", 2019, None)],
        name="Mona Mentorsen",
        title="Kontorchef",
    )


@pytest.fixture
def mentee(make_leader):
    return make_leader(sector="kommune", history=[("kommune", 2012, None)], name="Mikkel Menteesen")


def post(client, csrf, url, data, page):
    return client.post(url, data={"csrf_token": csrf(page)} | data)


def opt_in(client, csrf, login, mentor, **data):
    login(mentor.user)
    form = {"text": "Jeg fortæller om at gå fra kommune til stat.", "max_mentees": "2", "show_title": "y"} | data
    return post(client, csrf, "/mentorer/tilbyd", form, "/mentorer/tilbyd")


@pytest.mark.parametrize("role", [Role.EMPLOYER, Role.ADMIN])
def test_only_leaders_reach_mentors(client, login, make_user, make_organisation, role):
    assert client.get("/mentorer/").status_code == 302  # anonymous: to the log-in page
    organisation = make_organisation() if role == Role.EMPLOYER else None
    login(make_user(role, organisation=organisation))
    for url in ("/mentorer/", "/mentorer/tilbyd", "/mentorer/anmodninger"):
        assert client.get(url).status_code == 403


def test_a_leader_who_never_crossed_is_told_why(client, csrf, login, mentee, db):
    login(mentee.user)
    page = client.get("/mentorer/tilbyd").get_data(as_text=True)
    assert "viser ikke, at du har skiftet sektor" in page and 'name="text"' not in page
    response = post(client, csrf, "/mentorer/tilbyd", {"text": "Hej", "max_mentees": "2"}, "/mentorer/")
    assert response.status_code == 200 and "viser ikke, at du har skiftet sektor" in response.get_data(as_text=True)
    assert db.scalar(select(MentorOffer)) is None


def test_the_offer_page_lists_the_moves_and_keeps_input_on_errors(client, csrf, login, mentor, db):
    login(mentor.user)
    page = client.get("/mentorer/tilbyd").get_data(as_text=True)
    assert "Fra kommune til stat (2019)" in page
    response = opt_in(client, csrf, login, mentor, text="", max_mentees="4")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Mentortilbuddet er ikke gemt" in page
    assert re.search(r'<option selected value="4">|<option value="4" selected', page)
    assert db.scalar(select(MentorOffer)) is None
    assert opt_in(client, csrf, login, mentor).status_code == 302
    assert db.scalar(select(MentorOffer)).max_mentees == 2


def test_a_hidden_leader_is_asked_before_being_shown(client, csrf, login, make_leader, db):
    hidden = make_leader(sector="stat", history=[("region", 2010, 2020)], visibility=Visibility.HIDDEN)
    response = opt_in(client, csrf, login, hidden)
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Din profil er skjult" in page and 'name="shown_while_hidden"' in page
    assert opt_in(client, csrf, login, hidden, shown_while_hidden="y").status_code == 302


def test_finding_asking_and_accepting(client, csrf, login, mentor, mentee, db, outbox):
    opt_in(client, csrf, login, mentor)
    login(mentee.user)
    page = client.get("/mentorer/?sektor=stat").get_data(as_text=True)
    assert "Jeg fortæller om at gå fra kommune til stat." in page and "Har skiftet til stat" in page
    assert "Mona Mentorsen" not in page and mentor.email not in page  # no name before acceptance
    offer_id = db.scalar(select(MentorOffer.id))
    ask_url = f"/mentorer/{offer_id}?sektor=stat"
    empty = post(client, csrf, ask_url, {"target_sector": "stat", "message": ""}, ask_url)
    assert empty.status_code == 200 and "Anmodningen er ikke sendt" in empty.get_data(as_text=True)
    sent = post(client, csrf, ask_url, {"target_sector": "stat", "message": "Må jeg høre om staten?"}, ask_url)
    assert sent.status_code == 302
    request_id = db.scalar(select(MentorRequest.id))
    login(mentor.user)
    page = client.get("/mentorer/anmodninger").get_data(as_text=True)
    assert "Må jeg høre om staten?" in page and "Mikkel Menteesen" not in page
    answer = f"/mentorer/anmodninger/{request_id}/svar"
    assert post(client, csrf, answer, {"answer": "accept"}, "/mentorer/anmodninger").status_code == 302
    page = client.get("/mentorer/anmodninger").get_data(as_text=True)
    assert "Mikkel Menteesen" in page and mentee.email in page
    login(mentee.user)
    page = client.get("/mentorer/anmodninger").get_data(as_text=True)
    assert "Mona Mentorsen" in page and mentor.email in page
    assert "har sagt ja til at tale med dig" in client.get("/beskeder/").get_data(as_text=True)


def test_other_leaders_objects_answer_404(app, client, csrf, login, mentor, mentee, make_leader, db):
    opt_in(client, csrf, login, mentor)
    offer_id = db.scalar(select(MentorOffer.id))
    with app.test_request_context():  # the mentor is mailed at once
        mentoring.send_request(db, mentee.user, offer_id, "stat", "Hej")
        db.commit()
    request_id = db.scalar(select(MentorRequest.id))
    stranger = make_leader(sector="region", history=[("region", 2010, None)])
    login(stranger.user)
    for url in (f"/mentorer/anmodninger/{request_id}/svar", f"/mentorer/anmodninger/{request_id}/traek-tilbage"):
        assert post(client, csrf, url, {"answer": "accept"}, "/mentorer/anmodninger").status_code == 404
    assert db.get(MentorRequest, request_id).status == "pending"
    # A withdrawn offer is gone for everyone at once.
    login(mentor.user)
    assert post(client, csrf, "/mentorer/tilbyd/traek-tilbage", {}, "/mentorer/tilbyd").status_code == 302
    login(stranger.user)
    assert client.get(f"/mentorer/{offer_id}").status_code == 404
    assert "Mona" not in client.get("/mentorer/?sektor=stat").get_data(as_text=True)


def test_the_find_page_refuses_the_own_sector_at_the_field(client, login, mentee):
    login(mentee.user)
    response = client.get("/mentorer/?sektor=kommune")
    assert response.status_code == 200 and "Vælg en anden sektor" in response.get_data(as_text=True)


def test_an_answer_that_is_neither_yes_nor_no_changes_nothing_and_says_why(
    app, client, csrf, login, mentor, mentee, db
):
    opt_in(client, csrf, login, mentor)
    with app.test_request_context():  # the mentor is mailed at once
        mentoring.send_request(db, mentee.user, db.scalar(select(MentorOffer.id)), "stat", "Hej")
        db.commit()
    request_id = db.scalar(select(MentorRequest.id))
    url = f"/mentorer/anmodninger/{request_id}/svar"
    for data in ({"answer": "måske"}, {}):
        response = post(client, csrf, url, data, "/mentorer/anmodninger")
        assert response.status_code == 302 and response.location.endswith(
            f"/mentorer/anmodninger#modtaget-{request_id}"
        )
        assert "Vælg, om du vil acceptere eller afslå." in client.get(response.location).get_data(as_text=True)
    db.expire_all()
    assert db.get(MentorRequest, request_id).status == "pending"
    assert post(client, csrf, url, {"answer": "decline"}, "/mentorer/anmodninger").status_code == 302
    db.expire_all()
    assert db.get(MentorRequest, request_id).status == "declined"


def test_the_second_request_of_a_double_click_says_the_request_is_sent(
    app, client, csrf, login, mentor, mentee, db, monkeypatch
):
    opt_in(client, csrf, login, mentor)
    login(mentee.user)
    offer_id = db.scalar(select(MentorOffer.id))
    ask_url = f"/mentorer/{offer_id}?sektor=stat"
    with app.app_context():  # the first request's row (its mail is spooled in the app's folder)
        mentoring.send_request(db, mentee.user, offer_id, "stat", "Må jeg høre om staten?")
        db.commit()

    def raced(session, *args):  # the second request, which did not see that row yet, meets its unique key
        raise IntegrityError("INSERT INTO mentor_request", {}, Exception("UNIQUE constraint failed"))

    monkeypatch.setattr(mentoring, "send_request", raced)
    response = post(client, csrf, ask_url, {"target_sector": "stat", "message": "Må jeg høre om staten?"}, ask_url)
    assert response.status_code == 302 and response.location.endswith("/mentorer/anmodninger")
    with client.session_transaction() as session:
        assert ("success", "Din anmodning er sendt. Du får besked, når mentoren har svaret.") in session["_flashes"]


def test_an_integrity_error_without_the_saved_request_is_a_fault_not_a_double_click(
    client, csrf, login, mentor, mentee, db, monkeypatch
):
    opt_in(client, csrf, login, mentor)
    login(mentee.user)
    ask_url = f"/mentorer/{db.scalar(select(MentorOffer.id))}?sektor=stat"

    def broken(session, *args):  # a foreign key, another row's key: nothing the first click saved
        raise IntegrityError("INSERT INTO notification_setting", {}, Exception("UNIQUE constraint failed"))

    monkeypatch.setattr(mentoring, "send_request", broken)
    response = post(client, csrf, ask_url, {"target_sector": "stat", "message": "Må jeg høre om staten?"}, ask_url)
    assert response.status_code == 500
