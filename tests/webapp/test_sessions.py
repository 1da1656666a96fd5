"""Login sessions: bound to the account's session secret, revoked together, renewed at log-in, and limited in
time; ids are never reused, so an old cookie, link or token never names a new account."""

import time

import pytest
from sqlalchemy import select

from models import ApiToken, Role, User
from tests.conftest import PASSWORD
from webapp.services import passwords, tokens

SETTINGS = "/indstillinger/"


def logged_in(client) -> bool:
    """True when the client's session is a logged-in one (the settings page needs log-in)."""
    return client.get(SETTINGS).status_code == 200


@pytest.fixture
def second_client(app):
    """Another browser of the same person."""
    return app.test_client()


def copy_session(source, target) -> None:
    with source.session_transaction() as session:
        values = dict(session)
    with target.session_transaction() as session:
        session.update(values)


def test_a_deleted_accounts_cookie_does_not_log_in_the_next_account(client, app, login, make_user, db):
    leader = login(make_user(Role.LEADER, email="forsvundet@example.dk"))
    with client.session_transaction() as session:
        stolen = dict(session)
    leader_id = leader.id
    db.delete(leader)
    db.commit()
    newcomer = make_user(Role.EMPLOYER, email="ny@example.dk")
    assert newcomer.id != leader_id  # ids are never reused
    replay = app.test_client()
    with replay.session_transaction() as session:
        session.update(stolen)
    assert not logged_in(replay)


def test_ids_of_deleted_rows_are_never_handed_out_again(make_user, db):
    users = [make_user(Role.LEADER) for _ in range(3)]
    highest = users[-1].id
    db.delete(users[-1])
    db.commit()
    assert make_user(Role.LEADER).id > highest


def test_a_session_of_the_old_kind_holding_only_the_id_is_refused(client, app, make_user):
    user = make_user(Role.LEADER)
    with client.session_transaction() as session:
        session["_user_id"] = str(user.id)
        session["login_at"] = session["seen_at"] = int(time.time())
    assert not logged_in(client)


def test_logout_ends_every_session_of_the_account(client, second_client, login, make_user, csrf):
    login(make_user(Role.LEADER))
    copy_session(client, second_client)
    assert logged_in(client) and logged_in(second_client)
    client.post("/konto/log-ud", data={"csrf_token": csrf(SETTINGS)})
    assert not logged_in(client) and not logged_in(second_client)


@pytest.mark.parametrize("token", ["", "forfalsket"])
def test_log_out_without_a_live_token_logs_no_one_out(client, second_client, login, make_user, token):
    login(make_user(Role.LEADER))
    copy_session(client, second_client)
    response = client.post("/konto/log-ud", data={"csrf_token": token}, follow_redirects=True)
    assert "Formularen er udløbet. Prøv igen." in response.get_data(as_text=True)
    assert "Du er logget ud." not in response.get_data(as_text=True)
    assert logged_in(client) and logged_in(second_client)


def test_log_out_with_a_live_token_logs_out_and_says_so(client, login, make_user, csrf, db):
    user = login(make_user(Role.LEADER))
    secret = user.session_secret
    response = client.post("/konto/log-ud", data={"csrf_token": csrf(SETTINGS)})
    assert response.status_code == 302 and response.location.endswith("/")
    with client.session_transaction() as session:
        assert ("info", "Du er logget ud.") in session.get("_flashes", [])
    assert not logged_in(client)
    db.expire_all()
    assert db.get(User, user.id).session_secret != secret  # revoked, and the revocation committed


def test_a_password_reset_ends_every_session_and_can_revoke_the_api_keys(client, app, login, make_user, db):
    user = login(make_user(Role.EMPLOYER))
    _token, _secret = tokens.create(db, user, "Integration")
    db.commit()
    assert logged_in(client)
    other = app.test_client()
    token = passwords.make_reset_token(app.secret_key, user.id, user.password_hash)
    page = other.get(f"/konto/nulstil/{token}").get_data(as_text=True)
    assert "Tilbagekald også alle mine API-nøgler" in page
    form = {"csrf_token": _csrf_from(page), "password": "et-nyt-langt-kodeord", "confirm": "et-nyt-langt-kodeord"}
    response = other.post(f"/konto/nulstil/{token}", data=form | {"revoke_tokens": "y"})
    assert response.status_code == 302
    assert not logged_in(client)
    db.expire_all()
    assert all(t.revoked_at is not None for t in db.scalars(select(ApiToken).where(ApiToken.user_id == user.id)))


def test_a_reset_without_the_box_keeps_the_api_keys(app, make_user, db):
    user = make_user(Role.EMPLOYER)
    tokens.create(db, user, "Integration")
    db.commit()
    client = app.test_client()
    token = passwords.make_reset_token(app.secret_key, user.id, user.password_hash)
    page = client.get(f"/konto/nulstil/{token}").get_data(as_text=True)
    form = {"csrf_token": _csrf_from(page), "password": "et-nyt-langt-kodeord", "confirm": "et-nyt-langt-kodeord"}
    client.post(f"/konto/nulstil/{token}", data=form)
    db.expire_all()
    assert db.scalar(select(ApiToken).where(ApiToken.user_id == user.id)).revoked_at is None


def test_a_role_change_or_deactivation_ends_the_sessions(client, login, make_user, db):
    from webapp.services import accounts

    admin = make_user(Role.ADMIN)
    user = login(make_user(Role.LEADER))
    assert logged_in(client)
    accounts.change_role(db, admin, user, Role.EMPLOYER)
    db.commit()
    assert not logged_in(client)
    login(user)
    assert logged_in(client)
    accounts.set_active(db, admin, user, False)
    db.commit()
    assert not logged_in(client)


@pytest.mark.parametrize(("seen_ago", "login_ago", "still_in"), [(60, 3600, True), (3 * 3600, 3 * 3600, False)])
def test_an_idle_session_ends(client, login, make_user, seen_ago, login_ago, still_in):
    login(make_user(Role.LEADER))
    with client.session_transaction() as session:
        session["seen_at"] = int(time.time()) - seen_ago
        session["login_at"] = int(time.time()) - login_ago
    assert logged_in(client) is still_in


def test_a_session_ends_after_twelve_hours_however_busy(client, login, make_user):
    login(make_user(Role.LEADER))
    with client.session_transaction() as session:
        session["seen_at"] = int(time.time())
        session["login_at"] = int(time.time()) - 13 * 3600
    response = client.get(SETTINGS, follow_redirects=True)
    assert "/konto/log-ind" in response.request.path
    assert "Du er blevet logget ud" in response.get_data(as_text=True)


def test_log_in_starts_a_new_session(client, make_user, db):
    make_user(Role.LEADER, email="fiksering@example.dk")
    with client.session_transaction() as session:
        session["planted"] = "fra angriberen"
    page = client.get("/konto/log-ind").get_data(as_text=True)
    response = client.post(
        "/konto/log-ind",
        data={"csrf_token": _csrf_from(page), "email": "fiksering@example.dk", "password": PASSWORD},
    )
    assert response.status_code == 302
    with client.session_transaction() as session:
        assert "planted" not in session and session["login_at"] == session["seen_at"]
    user = db.scalar(select(User).where(User.email == "fiksering@example.dk"))
    assert user.get_id().endswith("." + user.session_secret)


def _csrf_from(page: str) -> str:
    import re

    found = re.search(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"', page)
    return found.group(1) or found.group(2)
