"""Registration, log-in, log-out and password reset through the web forms."""

import re

from sqlalchemy import select

from models import Organisation, Role, User
from tests.conftest import PASSWORD


def test_leader_registers_confirms_the_address_and_lands_on_the_profile_form(client, csrf, db, outbox):
    response = client.post(
        "/konto/opret/leder",
        data={
            "email": "ny@example.dk",
            "password": "et-langt-kodeord",
            "confirm": "et-langt-kodeord",
            "csrf_token": csrf(),
        },
    )
    assert response.status_code == 302 and response.location.endswith("/konto/log-ind")
    user = db.scalar(select(User).where(User.email == "ny@example.dk"))
    assert user.role == Role.LEADER and user.password_hash.startswith("$argon2id$")
    login_page = client.get("/konto/log-ind").get_data(as_text=True)
    assert "Følg linket i den for at bekræfte adressen" in login_page
    token = csrf("/konto/log-ind")
    refused = client.post(
        "/konto/log-ind", data={"email": "ny@example.dk", "password": "et-langt-kodeord", "csrf_token": token}
    )
    # Not before the link is followed, and the right password is told why (a wrong one never learns of the account)
    assert "Du skal først bekræfte din e-mailadresse" in refused.get_data(as_text=True)
    wrong = client.post(
        "/konto/log-ind", data={"email": "ny@example.dk", "password": "forkert-kode", "csrf_token": token}
    )
    assert "Forkert e-mail eller adgangskode." in wrong.get_data(as_text=True)
    assert "bekræfte din e-mailadresse" not in wrong.get_data(as_text=True)
    [mail] = outbox()
    link = re.search(r"http://localhost(/konto/bekraeft/\S+)", mail.get_content()).group(1)
    response = client.get(link)
    assert response.status_code == 302 and response.location.endswith("/leder/profil/rediger")


def test_registration_errors_are_danish_and_keep_the_input(client, csrf, make_user):
    make_user(email="taget@example.dk")
    html = client.post(
        "/konto/opret/leder",
        data={
            "email": "taget@example.dk",
            "password": "et-langt-kodeord",
            "confirm": "noget-andet",
            "csrf_token": csrf(),
        },
    ).get_data(as_text=True)
    assert "De to adgangskoder er ikke ens." in html
    assert 'value="taget@example.dk"' in html
    response = client.post(
        "/konto/opret/leder",
        data={
            "email": "taget@example.dk",
            "password": "et-langt-kodeord",
            "confirm": "et-langt-kodeord",
            "csrf_token": csrf(),
        },
    )
    # a taken address is answered like a new one (tests/webapp/test_registration_oracle.py)
    assert response.status_code == 302 and "Der findes allerede en konto" not in response.get_data(as_text=True)


def test_form_without_csrf_token_is_refused(client, db):
    html = client.post(
        "/konto/opret/leder",
        data={"email": "ny@example.dk", "password": "et-langt-kodeord", "confirm": "et-langt-kodeord"},
    ).get_data(as_text=True)
    assert "Formularen er udløbet" in html
    assert db.scalar(select(User)) is None


def test_employer_registers_with_a_new_organisation_under_a_parent(client, csrf, db, make_organisation):
    ministry = make_organisation("Finansministeriet")
    response = client.post(
        "/konto/opret/arbejdsgiver",
        data={
            "email": "hr@example.dk",
            "password": "et-langt-kodeord",
            "confirm": "et-langt-kodeord",
            "organisation_mode": "new",
            "organisation_name": "Ny Styrelse",
            "organisation_sector": "stat",
            "organisation_municipality": "101",
            "organisation_parent_id": str(ministry.id),
            "csrf_token": csrf(),
        },
    )
    assert response.status_code == 302
    user = db.scalar(select(User).where(User.email == "hr@example.dk"))
    organisation = db.scalar(select(Organisation).where(Organisation.name == "Ny Styrelse"))
    assert user.role == Role.EMPLOYER and user.organisation_id == organisation.id
    assert organisation.parent_id == ministry.id and user.approved_at is None


def test_employer_registration_requires_an_organisation(client, csrf, db, make_organisation):
    make_organisation("Eksisterende Styrelse")
    html = client.post(
        "/konto/opret/arbejdsgiver",
        data={
            "email": "hr@example.dk",
            "password": "et-langt-kodeord",
            "confirm": "et-langt-kodeord",
            "organisation_mode": "existing",
            "organisation_id": "",
            "csrf_token": csrf(),
        },
    ).get_data(as_text=True)
    assert "Vælg din organisation." in html
    html = client.post(
        "/konto/opret/arbejdsgiver",
        data={
            "email": "hr@example.dk",
            "password": "et-langt-kodeord",
            "confirm": "et-langt-kodeord",
            "organisation_mode": "new",
            "organisation_name": "eksisterende styrelse",
            "organisation_sector": "stat",
            "organisation_municipality": "101",
            "csrf_token": csrf(),
        },
    ).get_data(as_text=True)
    assert "findes allerede" in html
    assert db.scalar(select(User)) is None


def test_login_and_logout(client, csrf, make_user):
    make_user(email="leder@example.dk")
    bad = client.post("/konto/log-ind", data={"email": "leder@example.dk", "password": "forkert", "csrf_token": csrf()})
    assert "Forkert e-mail eller adgangskode." in bad.get_data(as_text=True)
    good = client.post("/konto/log-ind", data={"email": "leder@example.dk", "password": PASSWORD, "csrf_token": csrf()})
    assert good.status_code == 302 and good.location.endswith("/leder/")
    assert client.get("/leder/profil").status_code == 200
    assert client.post("/konto/log-ud", data={"csrf_token": csrf()}).status_code == 302
    assert client.get("/leder/profil").status_code == 302


def test_login_only_follows_local_next(client, csrf, make_user):
    make_user(email="leder@example.dk")
    response = client.post(
        "/konto/log-ind?next=https://evil.example/",
        data={"email": "leder@example.dk", "password": PASSWORD, "csrf_token": csrf()},
    )
    assert response.location.endswith("/leder/")


def test_deactivated_user_cannot_log_in(client, csrf, make_user):
    make_user(email="stop@example.dk", active=False)
    html = client.post(
        "/konto/log-ind", data={"email": "stop@example.dk", "password": PASSWORD, "csrf_token": csrf()}
    ).get_data(as_text=True)
    assert "Forkert e-mail eller adgangskode." in html


def test_password_reset_by_mail_link(client, csrf, make_user, outbox):
    make_user(email="glemsom@example.dk")
    response = client.post("/konto/glemt-adgangskode", data={"email": "glemsom@example.dk", "csrf_token": csrf()})
    assert response.status_code == 302
    [mail] = outbox()
    assert mail["To"] == "glemsom@example.dk"
    link = re.search(r"http://localhost(/konto/nulstil/\S+)", mail.get_content()).group(1)
    token = csrf()
    response = client.post(
        link, data={"password": "mit-nye-kodeord", "confirm": "mit-nye-kodeord", "csrf_token": token}
    )
    assert response.status_code == 302 and response.location.endswith("/konto/log-ind")
    assert client.get(link).status_code == 302  # used once, then dead
    login = client.post(
        "/konto/log-ind", data={"email": "glemsom@example.dk", "password": "mit-nye-kodeord", "csrf_token": csrf()}
    )
    assert login.status_code == 302


def test_password_reset_for_unknown_address_says_the_same(client, csrf, outbox):
    response = client.post("/konto/glemt-adgangskode", data={"email": "ukendt@example.dk", "csrf_token": csrf()})
    assert response.status_code == 302 and outbox() == []
