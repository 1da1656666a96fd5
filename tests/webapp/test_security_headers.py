"""Finding 11: personal pages stay out of caches, frames and foreign forms; https deployments get Secure
cookies and HSTS."""

import pytest

from models import Role
from webapp import create_app


def test_candidate_pages_and_authenticated_api_answers_are_not_stored(client, login, make_user, api_headers):
    employer = login(make_user(Role.EMPLOYER))
    assert client.get("/arbejdsgiver/stillinger").headers["Cache-Control"] == "no-store"
    assert client.get("/api/v1/me", headers=api_headers(employer)).headers["Cache-Control"] == "no-store"


def test_public_pages_may_be_cached(client):
    assert client.get("/stillinger").headers.get("Cache-Control") != "no-store"


@pytest.mark.parametrize("directive", ["frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'"])
def test_the_content_security_policy_forbids_frames_base_tags_and_foreign_forms(client, directive):
    assert directive in client.get("/").headers["Content-Security-Policy"]


def test_https_deployments_get_secure_cookies_and_hsts(app):
    config = dict(app.config) | {"PUBLIC_URL": "https://sektorbro.example.dk"}
    secure = create_app({k: v for k, v in config.items() if k.isupper()})
    try:
        assert secure.config["SESSION_COOKIE_SECURE"] is True
        response = secure.test_client().get("/", headers={"Host": "sektorbro.example.dk"})
        assert "max-age=" in response.headers["Strict-Transport-Security"]
        assert "Strict-Transport-Security" not in app.test_client().get("/").headers
    finally:
        secure.extensions["sqlalchemy_engine"].dispose()
