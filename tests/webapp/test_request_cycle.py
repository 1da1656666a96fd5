"""One request cycle (webapp/cycle.py): CSRF checked before any view, one commit after it, a rollback (and no
message of success) on any error, service refusals as the app's error pages, and one helper for buttons."""

from __future__ import annotations

import re
from copy import deepcopy as real_deepcopy
from types import SimpleNamespace

import pytest
from flask import flash, session
from flask_login import current_user
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError
from wtforms import StringField

from models import ApiToken, Organisation, Role, SavedSearch, User, WeightSet
from webapp import cycle
from webapp.actions import DoubleClick, form_action, form_submit
from webapp.db import get_session
from webapp.forms import BaseForm
from webapp.services import accounts
from webapp.services.errors import AlreadyAnswered, Conflict, EmailNotConfirmed, Forbidden, NotFound

REFUSALS = {"missing": NotFound(), "theirs": Forbidden(), "clash": Conflict()}
EXPIRED = "Formularen er udløbet. Prøv igen."


@pytest.fixture
def routes(app):
    """Routes only these tests use: one that lets a refusal through, a form action that renames a user, and a
    bare POST view that renames a user and says so (it never checks a token itself)."""
    reached = []

    @app.get("/_test/refuse/<what>")
    def refuse(what: str):
        raise REFUSALS[what]

    @app.post("/_test/act/<what>")
    def act(what: str):
        def action(session):
            _rename(session)  # a change that must be kept only when the action succeeds
            if what in REFUSALS:
                raise REFUSALS[what]
            if what == "words":
                raise AlreadyAnswered()

        return form_action(action, "Gjort.", "/")

    @app.post("/_test/forgetful")
    def forgetful():
        reached.append(True)
        _rename(get_session())
        return "renamed"

    app.reached = reached
    return app


def _rename(session) -> None:
    user = session.scalar(select(User).where(User.email == "a@example.dk"))
    user.email = "b@example.dk"
    session.flush()


def _email(db) -> str:
    db.expire_all()
    return db.scalar(select(User.email))


def _flashes(client) -> list:
    with client.session_transaction() as session:
        return list(session.get("_flashes", []))


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


def test_a_post_without_a_live_token_reaches_no_view_even_one_that_checks_nothing(routes, client, csrf, db, make_user):
    make_user(Role.LEADER, email="a@example.dk")
    other = routes.test_client()  # another browser: its token is real, but not this session's
    with other.session_transaction():
        pass
    foreign = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', other.get("/konto/glemt-adgangskode").get_data(True))
    csrf()  # this session has a token of its own, so only the token sent is wrong
    for data in ({}, {"csrf_token": ""}, {"csrf_token": "20990101000000##bad"}, {"csrf_token": foreign.group(1)}):
        response = client.post("/_test/forgetful", data=data, headers={"Referer": "https://evil.example/"})
        assert response.status_code == 303 and response.location == "/"  # never to the sender's site
        assert ("error", EXPIRED) in _flashes(client)
    assert routes.reached == [] and _email(db) == "a@example.dk"
    assert client.post("/_test/forgetful", data={"csrf_token": csrf()}).status_code == 200
    assert routes.reached == [True] and _email(db) == "b@example.dk"  # committed by the cycle, not the view


def test_a_token_for_a_session_that_never_had_one_is_refused_not_a_crash(routes, client, db, make_user):
    make_user(Role.LEADER, email="a@example.dk")
    response = client.post("/_test/forgetful", data={"csrf_token": "20990101000000##" + "0" * 40})
    assert response.status_code == 303 and routes.reached == []


@pytest.mark.parametrize(
    ("referrer", "back"),
    [
        ("http://localhost/leder/soegninger?side=2", "http://localhost/leder/soegninger?side=2"),
        ("http://localhost.evil.example/leder/", "/"),
        ("http://localhost@evil.example/", "/"),
        ("//evil.example/", "/"),
        (None, "/"),
    ],
)
def test_a_refused_button_goes_back_only_to_a_page_of_our_own(routes, client, referrer, back):
    headers = {"Referer": referrer} if referrer else {}
    response = client.post("/_test/forgetful", data={}, headers=headers)
    assert response.status_code == 303 and response.location == back


def test_a_refused_form_is_drawn_again_with_what_was_typed_but_the_password(client, db, outbox):
    typed = {"email": "ny@example.dk", "password": "hemmelig-adgangskode", "confirm": "hemmelig-adgangskode"}
    response = client.post("/konto/opret/leder", data=typed | {"csrf_token": "gammel-nøgle"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and EXPIRED in page
    assert 'value="ny@example.dk"' in page and "hemmelig-adgangskode" not in page and "gammel-nøgle" not in page
    assert db.scalar(select(func.count()).select_from(User)) == 0 and outbox() == []


def test_what_a_refused_form_puts_back_is_escaped(client, login, make_user):
    login(make_user(Role.LEADER))
    typed = {"name": '"><script>alert(1)</script>', "q": "økonomi"}
    page = client.post("/leder/soegninger", data=typed).get_data(as_text=True)
    assert EXPIRED in page and "<script>alert(1)</script>" not in page
    assert "&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page or "&quot;&gt;&lt;script&gt;" in page


def test_a_refused_form_is_still_a_get_for_the_role_gates(client, make_user):
    response = client.post("/leder/profil/rediger", data={"summary": "Skrevet"})
    assert response.status_code == 302 and "/konto/log-ind" in response.location


def test_a_form_action_acts_and_says_so_and_a_refusal_keeps_nothing(routes, client, csrf, db, make_user):
    make_user(Role.LEADER, email="a@example.dk")
    token = csrf()
    page = client.post("/_test/act/words", data={"csrf_token": token}, follow_redirects=True).get_data(as_text=True)
    assert "Du har allerede svaret på denne kontaktanmodning." in page  # the refusal's words
    assert _email(db) == "a@example.dk"  # flushed, then rolled back
    assert client.post("/_test/act/missing", data={"csrf_token": token}).status_code == 404
    assert _email(db) == "a@example.dk"
    page = client.post("/_test/act/ok", data={"csrf_token": token}, follow_redirects=True).get_data(as_text=True)
    assert "Gjort." in page and _email(db) == "b@example.dk"


def test_a_request_commits_once(app, client, csrf, login, make_user, engine):
    login(make_user(Role.LEADER))
    token = csrf("/leder/soegninger")
    commits = []

    def count(_connection) -> None:
        commits.append(True)

    app_engine = app.extensions["sqlalchemy_engine"]
    event.listen(app_engine, "commit", count)
    try:
        response = client.post("/leder/soegninger", data={"csrf_token": token, "name": "Økonomi", "q": "økonomi"})
    finally:
        event.remove(app_engine, "commit", count)
    assert response.status_code == 302 and len(commits) == 1
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(SavedSearch)) == 1


def test_a_failed_commit_keeps_nothing_and_says_no_success(routes, app, client, csrf, db, make_user):
    make_user(Role.LEADER, email="a@example.dk")
    token = csrf()

    def unreachable(session):
        raise OperationalError("COMMIT", {}, Exception("the database went away"))

    maker = app.extensions["sqlalchemy_sessionmaker"]
    event.listen(maker, "before_commit", unreachable)
    try:
        response = client.post("/_test/act/ok", data={"csrf_token": token})
    finally:
        event.remove(maker, "before_commit", unreachable)
    assert response.status_code == 503
    assert "Gjort." not in response.get_data(as_text=True) and ("success", "Gjort.") not in _flashes(client)
    assert _email(db) == "a@example.dk"


def test_a_view_that_catches_a_refusal_after_a_flush_keeps_nothing(client, csrf, db, monkeypatch):
    """The new organisation is flushed before the account is refused: the page says why, and keeps neither."""

    def refuse(*_args, **_kwargs):
        raise EmailNotConfirmed()  # any refusal at the e-mail field

    monkeypatch.setattr(accounts, "create_user", refuse)
    token = csrf("/konto/opret/arbejdsgiver")
    response = client.post(
        "/konto/opret/arbejdsgiver",
        data={
            "csrf_token": token,
            "email": "chef@example.dk",
            "password": "korrekt-hest-batteri",
            "confirm": "korrekt-hest-batteri",
            "organisation_mode": "new",
            "organisation_name": "Ny Styrelse",
            "organisation_sector": "stat",
            "organisation_municipality": "101",
        },
    )
    assert "Skriv den e-mailadresse, du logger ind med." in response.get_data(as_text=True)
    assert db.scalar(select(func.count()).select_from(Organisation)) == 0


def test_the_weight_pages_read_the_defaults_without_storing_them(client, login, make_user, api_headers, db):
    """The admin page and the API list once stored version 1 on a GET; the defaults are now read, and stored
    by the first write (or by the migrations, which seed them)."""
    admin = make_user(Role.ADMIN)
    headers = api_headers(admin)
    login(admin)
    assert "version 1" in client.get("/admin/vaegte").get_data(as_text=True)
    assert client.get("/api/v1/admin/weight-sets", headers=headers).status_code == 200
    assert db.scalar(select(func.count()).select_from(WeightSet)) == 0


def test_a_refused_api_call_still_notes_that_its_token_was_used(client, make_user, make_token, db):
    """The one commit before a view (webapp/api/auth.py): a token's last use outlives the call's refusal."""
    leader = make_user(Role.LEADER)
    secret = make_token(leader)
    response = client.get("/api/v1/admin/weight-sets", headers={"Authorization": f"Bearer {secret}"})
    assert response.status_code == 403
    db.expire_all()
    assert db.scalar(select(ApiToken.last_used_at)) is not None


@pytest.fixture
def failing(app, monkeypatch):
    """A view (GET and POST) that writes the cookie session, then fails; and a count of the cycle's copies."""
    copies = []

    def counted(value):
        copies.append(value)
        return real_deepcopy(value)

    @app.route("/_test/fail", methods=["GET", "POST"])
    def fail():
        session["written"] = "by the view"
        flash("Gjort.", "success")
        raise NotFound()

    monkeypatch.setattr(cycle, "copy", SimpleNamespace(deepcopy=counted))
    return copies


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_failing_request_leaves_the_cookie_session_as_it_came(failing, client, csrf, method):
    token = csrf()
    with client.session_transaction() as before:
        before["kept"] = "from before"
    response = client.open("/_test/fail", method=method, data={"csrf_token": token} if method == "POST" else None)
    assert response.status_code == 404
    with client.session_transaction() as after:
        assert after.get("kept") == "from before" and "written" not in after
        assert ("success", "Gjort.") not in after.get("_flashes", [])


def test_only_an_unsafe_request_copies_the_cookie_session(failing, client, csrf):
    token = csrf()
    failing.clear()
    client.get("/_test/fail")
    client.get("/")
    assert failing == []  # a GET, failing or not, takes no copy
    client.post("/_test/fail", data={"csrf_token": token})
    assert len(failing) == 1


@pytest.fixture
def submit(app):
    """A page whose own form renames a user through ``form_submit``; the page shows its field's errors."""

    class EmailForm(BaseForm):
        email = StringField("E-mail")

    @app.route("/_test/submit/<what>", methods=["GET", "POST"])
    def page(what: str):
        form = EmailForm.from_request()

        def action(session):
            _rename(session)
            if what == "at-field":
                raise EmailNotConfirmed()
            if what == "no-field":
                raise AlreadyAnswered()
            if what == "missing":
                raise NotFound()
            if what == "theirs" and current_user.is_authenticated:  # the user is loaded before the rollback
                raise Forbidden()
            return "b@example.dk"

        def page_errors(error):
            if isinstance(error, Forbidden):
                raise error  # the app's error page, after form_submit rolled the rename back

        answer = form_submit(form, action, lambda email: f"Omdøbt til {email}.", "/", default=None, refused=page_errors)
        return answer if answer is not None else f"drawn again: {' '.join(form.email.errors)}"

    return app


def test_a_page_form_acts_or_draws_the_page_again_with_the_refusal_at_its_field(submit, client, csrf, db, make_user):
    make_user(Role.LEADER, email="a@example.dk")
    token = csrf()
    assert client.get("/_test/submit/ok").get_data(as_text=True) == "drawn again: "
    assert _email(db) == "a@example.dk"  # a GET runs nothing
    page = client.post("/_test/submit/at-field", data={"csrf_token": token}).get_data(as_text=True)
    assert page == "drawn again: Skriv den e-mailadresse, du logger ind med." and _email(db) == "a@example.dk"
    page = client.post("/_test/submit/no-field", data={"csrf_token": token}).get_data(as_text=True)
    assert page == "drawn again: " and _email(db) == "a@example.dk"
    assert ("error", "Du har allerede svaret på denne kontaktanmodning.") in _flashes(client)
    page = client.post("/_test/submit/missing", data={"csrf_token": token}).get_data(as_text=True)
    assert page == "drawn again: " and _email(db) == "a@example.dk"  # a refusal like any other
    response = client.post("/_test/submit/ok", data={"csrf_token": token})
    assert response.status_code == 302 and ("success", "Omdøbt til b@example.dk.") in _flashes(client)
    assert _email(db) == "b@example.dk"


def test_a_refusal_raised_again_after_the_rollback_is_the_error_page_of_whoever_is_logged_in(
    submit, client, csrf, db, login, make_user
):
    login(make_user(Role.LEADER, email="a@example.dk"))
    response = client.post("/_test/submit/theirs", data={"csrf_token": csrf()})
    page = response.get_data(as_text=True)
    assert response.status_code == 403 and "Du har ikke adgang" in page
    assert "Log ud" in page  # the page still knows who is logged in, though the rollback expired the user
    assert _email(db) == "a@example.dk"


def test_a_page_form_may_answer_its_success_with_a_page_instead_of_a_flash(app, client, csrf, db, make_user):
    """For a result shown once and kept nowhere (a new API key's secret): no flash, so not in the cookie."""

    @app.post("/_test/shown")
    def shown():
        def action(session):
            _rename(session)
            return "b@example.dk"

        return form_submit(BaseForm.from_request(), action, page=lambda email: f"shown once: {email}")

    make_user(Role.LEADER, email="a@example.dk")
    response = client.post("/_test/shown", data={"csrf_token": csrf()})
    assert response.status_code == 200 and response.get_data(as_text=True) == "shown once: b@example.dk"
    assert _flashes(client) == [] and _email(db) == "b@example.dk"


@pytest.mark.parametrize("helper", ["form_action", "form_submit"])
def test_the_second_request_of_a_double_click_answers_as_the_first_and_keeps_nothing(
    app, client, csrf, db, make_user, helper
):
    """Only where the view says a double click may save the same row twice, and only when that row is then there
    (the first request saved it): anywhere else the clash is a fault."""

    @app.post("/_test/twice/<int:expected>")
    def twice(expected: int):
        def clash(session):  # what the second request of a double click meets at its flush
            session.scalar(select(User).where(User.email == "a@example.dk")).email = "taken@example.dk"

        saved = expected == 1  # 2: a clash on another row's key, the row this action saves not there
        double_click = DoubleClick("/done", lambda _session: saved) if expected else None
        if helper == "form_action":
            return form_action(clash, "Gjort.", "/", double_click=double_click)
        return form_submit(BaseForm.from_request(), clash, "Gjort.", lambda _r: "/", double_click=double_click)

    make_user(Role.LEADER, email="a@example.dk")
    make_user(Role.LEADER, email="taken@example.dk")
    response = client.post("/_test/twice/1", data={"csrf_token": csrf()})
    assert response.status_code == 302 and response.location == "/done"
    assert _flashes(client) == [("success", "Gjort.")]
    assert client.post("/_test/twice/2", data={"csrf_token": csrf()}).status_code == 500
    assert client.post("/_test/twice/0", data={"csrf_token": csrf()}).status_code == 500
    assert db.scalar(select(func.count()).select_from(User).where(User.email == "a@example.dk")) == 1
