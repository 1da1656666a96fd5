"""Rate limits: log-in attempts per IP address and API calls per token, answered 429 with Retry-After."""

import pytest

from webapp import create_app


@pytest.fixture
def app(app):
    """The app with small limits, so a test reaches them quickly."""
    app.config.update(LOGIN_RATE_LIMIT="3/minute", API_RATE_LIMIT="3/minute")
    return app


def test_login_attempts_are_limited_per_address(client, csrf):
    token = csrf("/konto/log-ind")
    data = {"email": "ingen@example.dk", "password": "forkert", "csrf_token": token}
    for _ in range(3):
        assert client.post("/konto/log-ind", data=data).status_code == 200
    blocked = client.post("/konto/log-ind", data=data)
    assert blocked.status_code == 429 and blocked.mimetype == "text/html"
    assert 1 <= int(blocked.headers["Retry-After"]) <= 60
    assert "For mange forsøg" in blocked.get_data(as_text=True)
    assert client.get("/konto/log-ind").status_code == 200  # only the POST counts
    other = client.post("/konto/log-ind", data=data, environ_base={"REMOTE_ADDR": "10.1.2.3"})
    assert other.status_code == 200  # another address has its own count


def test_api_calls_are_limited_per_token(client, make_user, api_headers):
    mine, theirs = api_headers(make_user()), api_headers(make_user())
    for _ in range(3):
        assert client.get("/api/v1/me", headers=mine).status_code == 200
    blocked = client.get("/api/v1/vacancies", headers=mine)  # one count for the whole API
    assert blocked.status_code == 429 and blocked.mimetype == "application/problem+json"
    assert 1 <= int(blocked.headers["Retry-After"]) <= 60
    problem = blocked.get_json()
    assert problem["title"] == "For mange forespørgsler" and problem["title_en"] == "Too many requests"
    assert client.get("/api/v1/me", headers=theirs).status_code == 200  # another token has its own count


def test_api_calls_without_a_valid_token_are_limited_per_address(client, make_user, api_headers):
    for _ in range(3):
        client.get("/api/v1/me", headers={"Authorization": "Bearer sb_gaet"})
    assert client.get("/api/v1/vacancies").status_code == 429
    assert client.get("/api/v1/me", headers=api_headers(make_user())).status_code == 200


def test_limits_can_be_switched_off(database_url, tmp_path):
    config = {"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "x", "SERVER_NAME": "localhost"}
    app = create_app(config | {"RATELIMIT_ENABLED": False, "API_RATE_LIMIT": "1/minute"})
    app.instance_path = str(tmp_path)
    client = app.test_client()
    for _ in range(3):
        assert client.get("/api/v1/vacancies").status_code == 200
    app.extensions["sqlalchemy_engine"].dispose()


def test_behind_a_trusted_proxy_the_forwarded_address_is_counted(database_url, tmp_path):
    config = {"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "x", "SERVER_NAME": "localhost"}
    app = create_app(config | {"TRUSTED_PROXIES": 1, "API_RATE_LIMIT": "2/minute"})
    app.instance_path = str(tmp_path)
    client = app.test_client()
    for _ in range(2):
        assert client.get("/api/v1/vacancies", headers={"X-Forwarded-For": "198.51.100.7"}).status_code == 200
    assert client.get("/api/v1/vacancies", headers={"X-Forwarded-For": "198.51.100.7"}).status_code == 429
    assert client.get("/api/v1/vacancies", headers={"X-Forwarded-For": "203.0.113.9"}).status_code == 200
    app.extensions["sqlalchemy_engine"].dispose()


def test_reset_mails_are_limited_per_ip_address_and_per_address_asked_for(app, client, csrf):
    app.config.update(FORGOT_PASSWORD_RATE_LIMIT="4/hour", FORGOT_PASSWORD_PER_ADDRESS_LIMIT="2/hour")
    token = csrf()
    url = "/konto/glemt-adgangskode"

    def ask(email: str, ip: str = "127.0.0.1") -> int:
        return client.post(
            url, data={"email": email, "csrf_token": token}, environ_base={"REMOTE_ADDR": ip}
        ).status_code

    assert [ask("offer@example.dk") for _ in range(3)] == [302, 302, 429]
    assert ask("offer@example.dk", ip="10.9.9.9") == 429  # the address is protected from every IP address
    answers = [ask(f"nr{i}@example.dk") for i in range(4)]
    assert answers.count(302) <= 2 and answers[-1] == 429  # and one IP address cannot go on and on


def test_registration_and_new_passwords_are_limited_per_ip_address(app, client, csrf):
    app.config.update(REGISTER_RATE_LIMIT="2/hour", RESET_PASSWORD_RATE_LIMIT="2/hour")
    token = csrf("/konto/opret/leder")
    for _ in range(2):
        assert client.post("/konto/opret/leder", data={"csrf_token": token}).status_code == 200  # invalid form
    assert client.post("/konto/opret/arbejdsgiver", data={"csrf_token": token}).status_code == 429  # shared
    for _ in range(2):
        client.post("/konto/nulstil/ugyldig", data={"csrf_token": token})
    assert client.post("/konto/nulstil/ugyldig", data={"csrf_token": token}).status_code == 429
