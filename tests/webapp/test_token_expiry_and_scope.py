"""API tokens expire, may be read-only, and share one rate limit per user however many of them there are."""

import os
import re
from datetime import date, timedelta

import pytest
from alembic import command
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from models import ApiToken, Role, User, Vacancy, utcnow
from models.engine import make_engine, normalise_url
from models.migrations import alembic_config
from webapp import create_app
from webapp.services import tokens
from webapp.services.errors import ServiceError

NEW_VACANCY = {
    "title": "Kontorchef til økonomi",
    "municipality_code": 101,
    "level": 2,
    "competences": ["budgetlægning", "personaleledelse"],
    "nice_to_have": [],
    "description": "Vi søger en kontorchef.",
    "deadline": (date.today() + timedelta(days=30)).isoformat(),
}
SECRET = re.compile(r'id="new-token"[^>]*value="(sb_[^"]+)"')


@pytest.fixture
def employer(make_user, make_organisation):
    """An approved employer with an organisation, so the employer API's writes are open to them."""
    return make_user(Role.EMPLOYER, organisation=make_organisation("Skattestyrelsen"))


@pytest.fixture
def bearer(db):
    """Factory: the Authorization header of a new token made with ``tokens.create``'s keyword arguments."""

    def make(user, name: str = "Script", **options) -> dict[str, str]:
        _token, secret = tokens.create(db, user, name, **options)
        db.commit()
        return {"Authorization": f"Bearer {secret}"}

    return make


def submit(client, csrf, **fields):
    """Post the settings page's token form."""
    return client.post("/indstillinger/api-noegler", data=fields | {"csrf_token": csrf("/indstillinger/")})


# --- expiry ------------------------------------------------------------------------------------------------------


def test_a_token_works_until_it_expires_and_then_gets_401(client, db, make_user, bearer):
    user = make_user()
    headers = bearer(user, expires_in_days=30)
    me = client.get("/api/v1/me", headers=headers)
    assert me.status_code == 200 and me.get_json()["token_scope"] == "full"
    expires = me.get_json()["token_expires_at"]
    assert expires and abs(date.fromisoformat(expires[:10]) - (date.today() + timedelta(days=30))).days <= 1

    token = db.scalar(select(ApiToken))
    token.expires_at = utcnow() - timedelta(seconds=1)
    db.commit()
    answer = client.get("/api/v1/me", headers=headers)
    assert answer.status_code == 401 and answer.mimetype == "application/problem+json"
    assert "udløbet" in answer.get_json()["detail"]
    assert client.get("/api/v1/vacancies", headers=headers).status_code == 401  # even where no token is needed


def test_authenticate_refuses_an_expired_token(db, make_user):
    user = make_user()
    token, secret = tokens.create(db, user, "Script", expires_at=utcnow() + timedelta(hours=1))
    assert tokens.authenticate(db, secret) is token and token.active
    token.expires_at = utcnow() - timedelta(minutes=1)
    assert tokens.authenticate(db, secret) is None and not token.active


def test_expiry_and_scope_are_validated_by_the_service(db, make_user):
    user = make_user()
    for options, field in (
        ({"expires_in_days": 0}, "expires_in_days"),
        ({"expires_in_days": 366}, "expires_in_days"),
        ({"expires_at": utcnow() - timedelta(days=1)}, "expires_at"),
        ({"expires_at": utcnow() + timedelta(days=400)}, "expires_at"),
        ({"scope": "admin"}, "scope"),
    ):
        with pytest.raises(ServiceError) as caught:
            tokens.create(db, user, "Script", **options)
        assert caught.value.field == field, options
    token, _secret = tokens.create(db, user, "Script", expires_in_days=365, scope="read")
    assert token.scope == "read" and token.read_only and token.expires_at is not None
    assert db.scalar(select(ApiToken).where(ApiToken.scope == "full")) is None


def test_expired_tokens_do_not_count_against_the_maximum(db, make_user):
    user = make_user()
    for i in range(tokens.MAX_ACTIVE):
        token, _secret = tokens.create(db, user, f"Gammel {i}", expires_in_days=1)
        token.expires_at = utcnow() - timedelta(days=1)
    token, _secret = tokens.create(db, user, "Ny")
    assert token.active


# --- scope -------------------------------------------------------------------------------------------------------


def test_a_read_only_token_can_read(client, employer, make_vacancy, bearer):
    make_vacancy(organisation=employer.organisation)
    headers = bearer(employer, scope="read")
    me = client.get("/api/v1/me", headers=headers)
    assert me.status_code == 200 and me.get_json()["token_scope"] == "read"
    assert me.get_json()["token_expires_at"] is None
    assert client.head("/api/v1/me", headers=headers).status_code == 200
    assert client.get("/api/v1/employer/vacancies", headers=headers).get_json()["total"] == 1


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/api/v1/employer/vacancies", NEW_VACANCY),
        ("PATCH", "/api/v1/employer/vacancies/{id}", {"title": "Ændret af en læsenøgle"}),
        ("POST", "/api/v1/employer/vacancies/{id}/close", None),
        ("DELETE", "/api/v1/employer/vacancies/{id}", None),  # no route serves DELETE: still 403, not 405
        ("PUT", "/api/v1/me/profile", {}),
    ],
)
def test_a_read_only_token_is_refused_every_write_before_the_view(
    client, db, employer, make_vacancy, bearer, method, path, body
):
    vacancy = make_vacancy(organisation=employer.organisation)
    headers = bearer(employer, scope="read")
    answer = client.open(path.format(id=vacancy.id), method=method, json=body, headers=headers)
    assert answer.status_code == 403 and answer.mimetype == "application/problem+json"
    problem = answer.get_json()
    assert problem["title"] == "Du har ikke adgang" and "kun læseadgang" in problem["detail"]
    db.expire_all()
    assert db.scalars(select(Vacancy)).all() == [vacancy]
    assert vacancy.title == "Kontorchef til økonomi" and vacancy.status == "published"


def test_a_full_token_of_the_same_user_may_write(client, employer, bearer):
    response = client.post("/api/v1/employer/vacancies", json=NEW_VACANCY, headers=bearer(employer, scope="full"))
    assert response.status_code == 201


def test_the_openapi_document_names_scope_expiry_and_the_403_of_writes(client):
    document = client.get("/api/v1/openapi.json").get_json()
    assert {"token_scope", "token_expires_at"} <= set(document["components"]["schemas"]["Me"]["properties"])
    for ops in document["paths"].values():
        for method, op in ops.items():
            if method != "get":
                assert "403" in op["responses"], (method, op["operationId"])
    assert "per user" in document["info"]["description"] and "read-only" in document["info"]["description"]


# --- rate limit per user -----------------------------------------------------------------------------------------


def test_the_per_user_limit_holds_across_all_of_a_users_tokens(app, client, make_user, bearer):
    app.config.update(API_RATE_LIMIT="3/minute", API_USER_RATE_LIMIT="4/minute")
    user, other = make_user(), make_user()
    mine = [bearer(user, name=f"Nøgle {i}") for i in range(3)]
    for _ in range(3):
        assert client.get("/api/v1/me", headers=mine[0]).status_code == 200
    assert client.get("/api/v1/me", headers=mine[0]).status_code == 429  # the token's own limit
    assert client.get("/api/v1/me", headers=mine[1]).status_code == 200  # the user's fourth call
    for headers in mine[1:]:
        blocked = client.get("/api/v1/vacancies", headers=headers)  # fresh tokens, but the user is spent
        assert blocked.status_code == 429 and blocked.mimetype == "application/problem+json"
        assert 1 <= int(blocked.headers["Retry-After"]) <= 60
        assert "pr. bruger" in blocked.get_json()["detail"]
    theirs = bearer(other)
    assert client.get("/api/v1/me", headers=theirs).status_code == 200  # another user has their own count
    assert client.get("/api/v1/vacancies").status_code == 200  # and so do calls without a token


# --- the settings page -------------------------------------------------------------------------------------------


def test_the_settings_page_creates_a_token_with_the_chosen_expiry_and_scope(client, login, csrf, make_user, db):
    login(make_user())
    page = submit(client, csrf, name="Rapportering", expires_in_days="30", scope="read")
    assert page.status_code == 200 and SECRET.search(page.get_data(as_text=True))
    token = db.scalar(select(ApiToken))
    assert token.scope == "read" and token.name == "Rapportering"
    assert not token.expired(utcnow() + timedelta(days=29)) and token.expired(utcnow() + timedelta(days=30, minutes=1))
    submit(client, csrf, name="Integration", expires_in_days="never", scope="full")
    forever = db.scalar(select(ApiToken).where(ApiToken.name == "Integration"))
    assert forever.scope == "full" and forever.expires_at is None


def test_the_settings_page_lists_scope_and_expiry_and_shows_expired_tokens(client, login, make_user, db):
    user = login(make_user())
    tokens.create(db, user, "Læser", expires_in_days=90, scope="read")
    old, _secret = tokens.create(db, user, "Gammel", expires_in_days=1)
    old.expires_at = utcnow() - timedelta(days=2)
    tokens.create(db, user, "Evig")
    db.commit()
    html = client.get("/indstillinger/").get_data(as_text=True)
    rows = {name: row for row in html.split("<tr>")[2:] for name in ("Læser", "Gammel", "Evig") if name in row}
    assert "Læseadgang" in rows["Læser"] and "Udløbet" not in rows["Læser"]
    assert "Udløbet" in rows["Gammel"] and "Fuld adgang" in rows["Gammel"]
    assert "Aldrig" in rows["Evig"] and "Udløbet" not in rows["Evig"]


def test_the_form_explains_bad_choices_in_danish_and_keeps_what_was_typed(client, login, csrf, make_user, db):
    login(make_user())
    page = submit(client, csrf, name="Lønsystem", expires_in_days="7", scope="admin").get_data(as_text=True)
    for field in ("expires_in_days", "scope"):
        assert re.search(rf'id="{field}-error">.*Vælg en af mulighederne\.', page), field
    assert 'value="Lønsystem"' in page
    page = submit(client, csrf, name="", expires_in_days="365", scope="read").get_data(as_text=True)
    assert "Feltet skal udfyldes." in page
    assert re.search(r'<option[^>]*selected[^>]*value="365"|<option[^>]*value="365"[^>]*selected', page)
    assert re.search(r'<input[^>]*checked[^>]*value="read"|<input[^>]*value="read"[^>]*checked', page)
    assert db.scalar(select(ApiToken)) is None


# --- migration ---------------------------------------------------------------------------------------------------


@pytest.fixture
def scratch_url(tmp_path):
    """An empty database of its own on the backend under test (SQLite, or PostgreSQL with TEST_DATABASE_URL)."""
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        yield f"sqlite:///{tmp_path / 'tokens.sqlite3'}"
        return
    url = make_url(normalise_url(base))
    name = f"{url.database}_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}_tokens"
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield url.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_the_migration_keeps_existing_tokens_working_with_full_scope_and_no_expiry(scratch_url, tmp_path):
    config = alembic_config(scratch_url)
    command.upgrade(config, "head")
    engine = make_engine(scratch_url)
    with Session(engine) as session:
        user = User(email="gammel@example.dk", password_hash="x", role=Role.LEADER)
        session.add(user)
        session.commit()
        user_id = user.id
    command.downgrade(config, "0006")  # a token made before this revision: no expiry, no scope
    secret = "sb_" + "a" * 43
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO api_token (user_id, name, token_hash, prefix, created_at)"
                " VALUES (:user_id, 'Gammel nøgle', :hash, :prefix, :now)"
            ),
            {"user_id": user_id, "hash": tokens.hash_secret(secret), "prefix": secret[:10], "now": utcnow()},
        )
    command.upgrade(config, "head")
    with Session(engine) as session:
        token = session.scalar(select(ApiToken))
        assert token.scope == "full" and token.expires_at is None and token.active and not token.read_only
    engine.dispose()

    app = create_app({"TESTING": True, "DATABASE_URL": scratch_url, "SECRET_KEY": "x", "SERVER_NAME": "localhost"})
    app.instance_path = str(tmp_path)
    client = app.test_client()
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {secret}"})
    assert me.status_code == 200 and me.get_json()["token_scope"] == "full"
    assert me.get_json()["token_expires_at"] is None
    writes = client.put("/api/v1/me/profile", json={}, headers={"Authorization": f"Bearer {secret}"})
    assert writes.status_code == 422  # past the scope check: the empty body is what is wrong
    app.extensions["sqlalchemy_engine"].dispose()
