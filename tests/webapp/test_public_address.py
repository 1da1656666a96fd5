"""Absolute URLs come from PUBLIC_URL, never from the request's Host; requests for unknown hosts get a 400."""

from __future__ import annotations

import json
import re
from xml.etree import ElementTree as ET

import pytest

from models import Role
from webapp import create_app
from webapp.urls import absolute_url

PUBLIC = "https://sektorbro.example"
ATOM = "{http://www.w3.org/2005/Atom}"
RESET_LINK = re.compile(r"https?://\S+/konto/nulstil/\S+")


@pytest.fixture
def app(database_url, tmp_path, request):
    """The app at a public address the test client never uses (extra config via indirect parametrisation)."""
    config = {"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "test-secret", "PUBLIC_URL": PUBLIC}
    app = create_app(config | getattr(request, "param", {}))
    app.instance_path = str(tmp_path)
    yield app
    app.extensions["sqlalchemy_engine"].dispose()


def forgot_password(client, csrf, email: str, host: str = "localhost", **headers):
    """POST the forgot-password form with ``Host: host``, carrying a valid session cookie and CSRF token."""
    token = csrf()
    if host != "localhost":  # the test client sends cookies by host, as a browser would
        client.set_cookie("session", client.get_cookie("session").value, domain=host)
    return client.post(
        "/konto/glemt-adgangskode",
        data={"email": email, "csrf_token": token},
        headers={"Host": host, **headers},
    )


def mailed_links(outbox) -> list[str]:
    return [link for mail in outbox() for link in RESET_LINK.findall(mail.get_content())]


def test_a_reset_request_for_an_untrusted_host_is_refused_and_mails_nothing(client, csrf, make_user, outbox):
    make_user(email="glemsom@example.dk")
    response = forgot_password(client, csrf, "glemsom@example.dk", host="evil.example")
    assert response.status_code == 400
    assert outbox() == []


@pytest.mark.parametrize(
    ("host", "headers"),
    [
        ("127.0.0.1", {}),  # a trusted host that is not the public address
        ("localhost", {"X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "http"}),  # no proxy is trusted
    ],
)
def test_the_reset_link_is_at_the_public_address_whatever_host_the_request_names(
    client, csrf, make_user, outbox, host, headers
):
    make_user(email="glemsom@example.dk")
    response = forgot_password(client, csrf, "glemsom@example.dk", host=host, **headers)
    assert response.status_code == 302
    [link] = mailed_links(outbox)
    [mail] = outbox()
    assert link.startswith(f"{PUBLIC}/konto/nulstil/") and "evil.example" not in mail.as_string()


@pytest.mark.parametrize("app", [{"TRUSTED_PROXIES": 1}], indirect=True)
def test_a_forwarded_host_from_a_trusted_proxy_must_be_trusted_too(client, csrf, make_user, outbox):
    make_user(email="glemsom@example.dk")
    response = forgot_password(client, csrf, "glemsom@example.dk", **{"X-Forwarded-Host": "evil.example"})
    assert response.status_code == 400
    assert outbox() == []


def test_the_feed_links_to_the_public_address(client, make_vacancy):
    vacancy = make_vacancy()
    root = ET.fromstring(client.get("/stillinger/feed.atom?sektor=stat", headers={"Host": "127.0.0.1"}).data)
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == f"{PUBLIC}/stillinger/feed.atom?sektor=stat"
    assert root.find(f"{ATOM}link[@rel='alternate']").get("href") == f"{PUBLIC}/stillinger?sektor=stat"
    entry = root.find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}id") == entry.find(f"{ATOM}link").get("href") == f"{PUBLIC}/stillinger/{vacancy.id}"


def test_the_vacancy_page_names_the_public_address_in_its_structured_data(client, make_vacancy):
    vacancy = make_vacancy()
    html = client.get(f"/stillinger/{vacancy.id}", headers={"Host": "127.0.0.1"}).get_data(as_text=True)
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["url"] == f"{PUBLIC}/stillinger/{vacancy.id}"


def test_api_urls_page_links_and_locations_are_at_the_public_address(
    client, make_vacancy, make_user, make_organisation, api_headers
):
    first, second = make_vacancy(), make_vacancy()
    body = client.get("/api/v1/vacancies?per_page=1&sector=stat", headers={"Host": "127.0.0.1"}).get_json()
    assert body["items"][0]["url"] in {f"{PUBLIC}/stillinger/{first.id}", f"{PUBLIC}/stillinger/{second.id}"}
    assert body["links"]["self"] == f"{PUBLIC}/api/v1/vacancies?per_page=1&sector=stat&page=1"
    assert body["links"]["next"] == f"{PUBLIC}/api/v1/vacancies?per_page=1&sector=stat&page=2"

    employer = make_user(Role.EMPLOYER, organisation=make_organisation("Skattestyrelsen"))
    created = client.post(
        "/api/v1/employer/vacancies",
        json={
            "title": "Kontorchef til økonomi",
            "municipality_code": 101,
            "level": 2,
            "competences": ["budgetlægning"],
            "description": "Vi søger en kontorchef.",
        },
        headers={"Host": "127.0.0.1", **api_headers(employer)},
    )
    assert created.status_code == 201, created.get_json()
    assert created.headers["Location"] == f"{PUBLIC}/api/v1/employer/vacancies/{created.get_json()['id']}"


def test_an_untrusted_host_gets_the_400_page_before_any_gate(client):
    for path in ("/stillinger", "/leder/profil"):  # a role gate would otherwise redirect to the log-in page
        response = client.get(path, headers={"Host": "evil.example"})
        assert response.status_code == 400 and response.mimetype == "text/html"
        html = response.get_data(as_text=True)
        assert "Ukendt adresse" in html and "evil.example" not in html


def test_an_untrusted_host_gets_a_problem_from_the_api(client):
    for path in ("/api/v1/vacancies", "/api/v1/findes-ikke"):
        response = client.get(path, headers={"Host": "evil.example"})
        assert response.status_code == 400 and response.mimetype == "application/problem+json"
        problem = response.get_json()
        assert problem["type"] == f"{PUBLIC}/api/v1/docs#problem-bad-request" and "Host" in problem["detail"]


@pytest.mark.parametrize(
    "value",
    ["sektorbro.dk", "ftp://sektorbro.dk", "https://", "https://sektorbro.dk/app", "https://sektorbro.dk/?a=1"],
)
def test_a_bad_public_url_stops_the_app_at_start_up(database_url, value):
    with pytest.raises(ValueError, match=re.escape(f"PUBLIC_URL {value!r} is not a usable public address")):
        create_app({"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "x", "PUBLIC_URL": value})


def test_the_settings_come_from_the_environment(database_url, tmp_path, monkeypatch):
    monkeypatch.setenv("SEKTORBRO_INSTANCE", str(tmp_path))
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("SEKTORBRO_PUBLIC_URL", "https://Sektorbro.example:443/")
    monkeypatch.setenv("SEKTORBRO_TRUSTED_HOSTS", "intern.example, sektorbro.example")
    app = create_app()
    assert app.config["PUBLIC_URL"] == PUBLIC
    assert app.config["TRUSTED_HOSTS"] == ["sektorbro.example", "intern.example"]
    client = app.test_client()
    assert client.get("/stillinger", headers={"Host": "intern.example:8080"}).status_code == 200
    assert client.get("/stillinger", headers={"Host": "localhost"}).status_code == 400  # not listed
    with app.app_context():  # a command has no request: links still go to the public address
        assert absolute_url("public.vacancy_detail", vacancy_id=7) == f"{PUBLIC}/stillinger/7"
    app.extensions["sqlalchemy_engine"].dispose()


def test_the_default_public_address_is_where_make_run_serves(database_url, monkeypatch):
    monkeypatch.setenv("PORT", "8123")
    app = create_app({"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "x"})
    assert app.config["PUBLIC_URL"] == "http://127.0.0.1:8123"
    assert app.config["TRUSTED_HOSTS"] == ["127.0.0.1", "localhost"]
    app.extensions["sqlalchemy_engine"].dispose()
