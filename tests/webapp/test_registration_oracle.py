"""Registering with an address that has an account answers exactly like a new registration, creates nothing,
logs no one in, and mails the address's owner instead; a new registration logs no one in either, but mails the
link that confirms the address."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from models import Organisation, Role, User

TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')


def register(app, url: str, email: str, **fields):
    """POST a registration form from a fresh browser; return the response and what the session then holds."""
    browser = app.test_client()
    match = TOKEN.search(browser.get(url).get_data(as_text=True))
    form = {
        "email": email,
        "password": "et-langt-kodeord",
        "confirm": "et-langt-kodeord",
        "csrf_token": match.group(1) or match.group(2),
    }
    response = browser.post(url, data=form | fields)
    with browser.session_transaction() as session:
        return response, session.get("_flashes"), session.get("_user_id")


def answer(response, flashes) -> tuple:
    """Everything a registration answer shows the person who sent the form."""
    return response.status_code, response.location, response.get_data(as_text=True), flashes


@pytest.fixture
def owner(make_user):
    return make_user(Role.LEADER, email="taget@example.dk")


def test_a_taken_address_gets_the_leader_registrations_answer_and_its_owner_a_mail(app, db, owner, outbox):
    hash_before = owner.password_hash
    new, new_flashes, new_login = register(app, "/konto/opret/leder", "ny@example.dk")
    assert new_login is None and [mail["To"] for mail in outbox()] == ["ny@example.dk"]  # the confirmation link
    taken, taken_flashes, taken_login = register(app, "/konto/opret/leder", "Taget@Example.DK")
    assert answer(taken, taken_flashes) == answer(new, new_flashes)
    assert taken_login is None
    db.expire_all()
    assert db.scalar(select(func.count()).select_from(User).where(User.email == "taget@example.dk")) == 1
    assert db.get(User, owner.id).password_hash == hash_before
    [mail] = [mail for mail in outbox() if mail["To"] == "taget@example.dk"]
    body = mail.get_content()
    assert mail["To"] == "taget@example.dk" and "oprette" in mail["Subject"]
    assert "http://localhost/konto/glemt-adgangskode" in body and "/konto/nulstil/" not in body


def test_a_taken_address_gets_the_employer_registrations_answer(app, db, make_organisation, make_user, outbox):
    organisation = make_organisation("Styrelsen for Test")
    make_user(Role.EMPLOYER, email="hr@example.dk", organisation=organisation)
    fields = {"organisation_mode": "existing", "organisation_id": str(organisation.id)}
    new, new_flashes, new_login = register(app, "/konto/opret/arbejdsgiver", "ny-hr@example.dk", **fields)
    taken, taken_flashes, taken_login = register(app, "/konto/opret/arbejdsgiver", "hr@example.dk", **fields)
    assert answer(taken, taken_flashes) == answer(new, new_flashes)
    assert new_login is None and taken_login is None
    assert sorted(mail["To"] for mail in outbox()) == ["hr@example.dk", "ny-hr@example.dk"]
    assert db.scalar(select(func.count()).select_from(User)) == 2


def test_a_new_organisation_is_kept_whether_or_not_the_address_is_taken(app, db, owner):
    fields = {
        "organisation_mode": "new",
        "organisation_sector": "stat",
        "organisation_municipality": "101",
    }
    register(app, "/konto/opret/arbejdsgiver", "ny@example.dk", organisation_name="Ny Styrelse", **fields)
    register(app, "/konto/opret/arbejdsgiver", "taget@example.dk", organisation_name="Anden Styrelse", **fields)
    names = set(db.scalars(select(Organisation.name)))
    assert names == {"Ny Styrelse", "Anden Styrelse"}  # a missing one would tell that the address had an account


def test_a_deactivated_account_gets_the_same_answer_and_no_mail(app, make_user, outbox):
    make_user(Role.LEADER, email="stop@example.dk", active=False)
    new, new_flashes, _login = register(app, "/konto/opret/leder", "ny@example.dk")
    taken, taken_flashes, taken_login = register(app, "/konto/opret/leder", "stop@example.dk")
    assert answer(taken, taken_flashes) == answer(new, new_flashes) and taken_login is None
    assert [mail["To"] for mail in outbox()] == ["ny@example.dk"]  # only the new address's confirmation


def test_a_new_account_opens_from_the_mailed_link_once(app, db, outbox):
    register(app, "/konto/opret/leder", "ny@example.dk")
    user = db.scalar(select(User).where(User.email == "ny@example.dk"))
    assert user.email_confirmed_at is None  # no log-in before the address is confirmed
    [mail] = outbox()
    link = re.search(r"http://localhost(/konto/bekraeft/\S+)", mail.get_content()).group(1)
    browser = app.test_client()
    response = browser.get(link)
    assert response.status_code == 302 and response.location.endswith("/leder/profil/rediger")
    with browser.session_transaction() as session:
        assert session.get("_user_id")
    db.expire_all()
    assert db.get(User, user.id).email_confirmed_at is not None
    again = app.test_client().get(link, follow_redirects=True)
    assert "Linket er udløbet eller allerede brugt" in again.get_data(as_text=True)


def test_registering_again_before_confirming_sends_the_link_again(app, db, outbox):
    register(app, "/konto/opret/leder", "glemsom@example.dk")
    register(app, "/konto/opret/leder", "glemsom@example.dk")
    assert [mail["To"] for mail in outbox()] == ["glemsom@example.dk"] * 2
    assert db.scalar(select(func.count()).select_from(User)) == 1
