"""One request cycle: service refusals become the app's error pages, one message for an expired form, and one
helper for a button that changes something (CSRF, service, commit, message, back)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models import Role, User
from webapp.actions import form_action
from webapp.forms import BaseForm
from webapp.services.errors import AlreadyAnswered, Conflict, Forbidden, NotFound

REFUSALS = {"missing": NotFound(), "theirs": Forbidden(), "clash": Conflict()}


@pytest.fixture
def routes(app):
    """Two routes only these tests use: one that lets a refusal through, one form action that renames a user."""

    @app.get("/_test/refuse/<what>")
    def refuse(what: str):
        raise REFUSALS[what]

    @app.post("/_test/act/<what>")
    def act(what: str):
        def action(session):
            user = session.scalar(select(User).where(User.email == "a@example.dk"))
            user.email = "b@example.dk"  # a change that must be kept only when the action succeeds
            if what in REFUSALS:
                raise REFUSALS[what]
            if what == "words":
                raise AlreadyAnswered()

        return form_action(action, "Gjort.", "/")

    return app


@pytest.mark.parametrize(
    ("what", "status", "title"),
    [
        ("missing", 404, "Siden findes ikke"),
        ("theirs", 403, "Du har ikke adgang"),
        ("clash", 409, "Det kan ikke lade sig gøre nu"),
    ],
)
def test_a_refusal_no_view_words_is_the_error_page(routes, client, what, status, title):
    response = client.get(f"/_test/refuse/{what}")
    assert response.status_code == status and title in response.get_data(as_text=True)


def test_an_expired_form_says_the_same_thing_everywhere_in_both_languages(app):
    with app.test_request_context("/", method="POST", data={}):
        form = BaseForm.from_request()
        assert not form.validate() and form.errors["csrf_token"] == ["Formularen er udløbet. Prøv igen."]
    with app.test_request_context("/?lang=en", method="POST", data={}):
        form = BaseForm.from_request()
        assert not form.validate() and form.errors["csrf_token"] == ["The form has expired. Please try again."]


def test_a_form_action_checks_the_token_then_acts_commits_and_says_so(routes, client, csrf, db, make_user):
    make_user(Role.LEADER, email="a@example.dk")
    page = client.post("/_test/act/ok", data={}, follow_redirects=True).get_data(as_text=True)
    assert "Formularen er udløbet. Prøv igen." in page and db.scalar(select(User.email)) == "a@example.dk"
    token = csrf()
    page = client.post("/_test/act/words", data={"csrf_token": token}, follow_redirects=True).get_data(as_text=True)
    assert "Du har allerede svaret på denne kontaktanmodning." in page  # the refusal's words; nothing is kept
    db.expire_all()
    assert db.scalar(select(User.email)) == "a@example.dk"
    assert client.post("/_test/act/missing", data={"csrf_token": token}).status_code == 404
    db.expire_all()
    assert db.scalar(select(User.email)) == "a@example.dk"
    page = client.post("/_test/act/ok", data={"csrf_token": token}, follow_redirects=True).get_data(as_text=True)
    assert "Gjort." in page
    db.expire_all()
    assert db.scalar(select(User.email)) == "b@example.dk"
