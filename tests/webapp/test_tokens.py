"""Personal API tokens: created and revoked on the settings page, shown once, stored hashed, never a cookie."""

import hashlib
import re

from sqlalchemy import select

from models import ApiToken, Role
from webapp.services import tokens

SECRET = re.compile(r'id="new-token"[^>]*value="(sb_[^"]+)"')


def create(client, csrf, name: str = "Lønsystem"):
    return client.post("/indstillinger/api-noegler", data={"name": name, "csrf_token": csrf("/indstillinger/")})


def test_settings_page_needs_a_login(client):
    response = client.get("/indstillinger/")
    assert response.status_code == 302 and "/konto/log-ind" in response.headers["Location"]


def test_every_role_can_open_the_settings_page(client, login, make_user, make_organisation):
    for user in (
        make_user(Role.LEADER),
        make_user(Role.EMPLOYER, organisation=make_organisation()),
        make_user(Role.ADMIN),
    ):
        login(user)
        page = client.get("/indstillinger/")
        assert page.status_code == 200 and "API-nøgler" in page.get_data(as_text=True)


def test_a_new_token_is_shown_once_and_stored_only_as_a_hash(client, login, csrf, make_user, db):
    user = login(make_user())
    response = create(client, csrf)
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
    secret = SECRET.search(response.get_data(as_text=True)).group(1)
    stored = db.scalar(select(ApiToken))
    assert stored.user_id == user.id and stored.name == "Lønsystem"
    assert stored.token_hash == hashlib.sha256(secret.encode()).hexdigest() and secret not in stored.token_hash
    assert stored.prefix == secret[:10] and len(secret) > 40
    listing = client.get("/indstillinger/").get_data(as_text=True)
    assert "Lønsystem" in listing and stored.prefix in listing and secret not in listing
    with client.session_transaction() as session:
        assert secret not in str(dict(session))  # never flashed through the cookie


def test_the_token_works_on_the_api_and_notes_its_use(client, login, csrf, make_user, db):
    user = login(make_user())
    secret = SECRET.search(create(client, csrf).get_data(as_text=True)).group(1)
    fresh = client.application.test_client()  # no cookies at all
    response = fresh.get("/api/v1/me", headers={"Authorization": f"Bearer {secret}"})
    assert response.status_code == 200 and response.get_json()["id"] == user.id
    db.expire_all()
    assert db.scalar(select(ApiToken)).last_used_at is not None


def test_a_token_needs_a_name(client, login, csrf, make_user, db):
    login(make_user())
    page = create(client, csrf, name="   ").get_data(as_text=True)
    assert "Giv nøglen et navn." in page and db.scalar(select(ApiToken)) is None


def test_revoking_stops_the_token_at_once(client, login, csrf, make_user, db):
    login(make_user())
    secret = SECRET.search(create(client, csrf).get_data(as_text=True)).group(1)
    token = db.scalar(select(ApiToken))
    response = client.post(
        f"/indstillinger/api-noegler/{token.id}/tilbagekald", data={"csrf_token": csrf("/indstillinger/")}
    )
    assert response.status_code == 302
    assert "tilbagekaldt" in client.get("/indstillinger/").get_data(as_text=True)
    db.expire_all()
    assert db.get(ApiToken, token.id).revoked_at is not None
    answer = client.get("/api/v1/me", headers={"Authorization": f"Bearer {secret}"})
    assert answer.status_code == 401 and answer.mimetype == "application/problem+json"


def test_revoking_needs_csrf_and_ones_own_token(client, login, csrf, make_user, make_token, db):
    other_secret = make_token(make_user(), name="Andens")
    other = db.scalar(select(ApiToken))
    login(make_user())
    page = client.post(
        f"/indstillinger/api-noegler/{other.id}/tilbagekald",
        data={"csrf_token": csrf("/indstillinger/")},
        follow_redirects=True,
    )
    assert "Nøglen findes ikke." in page.get_data(as_text=True)  # as for a made-up id: TokenNotFound's words
    client.post(f"/indstillinger/api-noegler/{other.id}/tilbagekald", data={})
    db.expire_all()
    assert db.get(ApiToken, other.id).revoked_at is None
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {other_secret}"}).status_code == 200


def test_creating_needs_csrf(client, login, make_user, db):
    login(make_user())
    client.post("/indstillinger/api-noegler", data={"name": "Uden CSRF"})
    assert db.scalar(select(ApiToken)) is None


def test_a_logged_in_browser_session_alone_is_not_an_api_login(client, login, make_user):
    login(make_user(Role.ADMIN))
    assert client.get("/indstillinger/").status_code == 200  # the session works on the web …
    response = client.get("/api/v1/me")
    assert response.status_code == 401  # … but not on the API
    assert client.get("/api/v1/admin/weight-sets").status_code == 401


def test_a_deactivated_users_token_stops_working(client, make_user, make_token, db):
    user = make_user()
    secret = make_token(user)
    user.active = False
    db.commit()
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {secret}"}).status_code == 401


def test_authenticate_only_knows_live_tokens(db, make_user):
    user = make_user()
    token, secret = tokens.create(db, user, "Script")
    assert tokens.authenticate(db, secret) is token
    assert tokens.authenticate(db, secret + "x") is None
    tokens.revoke(db, user, token.id)
    assert tokens.authenticate(db, secret) is None
    assert [t.name for t in tokens.for_user(db, user)] == []
