"""Services raise typed errors without words; the web and the API word them (``webapp/error_messages.py``) and
choose the status."""

from __future__ import annotations

import ast
import pkgutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

import pytest
from sqlalchemy import select

from models import Role, User, VacancyStatus
from tests.services.test_alerts import wanted_search
from webapp.actions import form_action
from webapp.api.problems import error_code
from webapp.error_messages import MESSAGES, message_for, show_at_field
from webapp.leader.forms import SavedSearchForm
from webapp.services import alerts, errors
from webapp.services.errors import ServiceError, all_errors

WEBAPP = Path(__file__).parents[2] / "webapp"
SERVICES = WEBAPP / "services"
# Every value a message reads, so each class can be worded in the test below.
SAMPLE = {"limit": 80, "version": 3, "name": "Skattestyrelsen", "suggestion": None, "waiting": 5, "months": 17}
SAMPLE |= {"low": 1, "high": 365, "reason": "mangler", "user": None}
SAMPLE |= {"key": "x-1", "path": "/tmp/b", "backend": "mysql", "verdict": "bad page", "program": "pg_dump", "code": 1}
SAMPLE |= {"output": "fejl", "rows": {"profile": 3}, "failed": 2, "outbox": "/spool/outbox"}


def sample(kind: type[ServiceError]) -> ServiceError:
    """An instance of ``kind`` carrying every value any message reads."""
    return kind(**SAMPLE)


@pytest.mark.parametrize("url", ["/", "/?lang=en"])
def test_every_service_error_class_has_its_own_message_worded_without_a_missing_key(app, url):
    """Every class is worded from its data (a placeholder its data lacks would be a KeyError), in both languages
    (a translation's placeholders must be the msgid's)."""
    missing = [kind.__name__ for kind in all_errors() if kind not in MESSAGES]
    assert missing == []
    with app.test_request_context(url):
        for kind in [ServiceError, *all_errors()]:
            said = message_for(sample(kind))
            assert said.strip() and "%(" not in said, kind.__name__


def test_every_error_is_exported_by_its_area_and_by_the_package():
    """Each module of the errors package lists in ``__all__`` exactly the classes it defines, so
    ``services.errors.X`` reaches every one, and the package holds no error of its own."""
    modules = {info.name for info in pkgutil.iter_modules(errors.__path__)}
    assert {area.__name__.rsplit(".", 1)[-1] for area in errors.AREAS} == modules
    for area in errors.AREAS:
        defined = {
            name for name, value in vars(area).items() if isinstance(value, type) and value.__module__ == area.__name__
        }
        assert defined == set(area.__all__) - {"all_errors"}, area.__name__
    assert {kind.__name__ for kind in all_errors()} <= set(errors.__all__)
    assert all(getattr(errors, kind.__name__) is kind for kind in all_errors())


def test_every_error_the_app_builds_carries_the_data_its_message_reads(app):
    """The one formatter fills a message's placeholders from the error's data: wherever ``webapp`` builds an error
    (a service, a command, a contract; raised, raised as one of two, or returned for a caller to raise), it gives
    the keywords its class's message names (a missing one would be a KeyError on the page or in the terminal)."""
    checked, places = 0, set()
    with app.test_request_context("/"):
        for path in _modules():
            for site in _error_sites(ast.parse(path.read_text(encoding="utf-8"))):
                if None in site.keywords:  # data spread from a mapping
                    continue
                try:
                    message_for(site.kind(**{key: SAMPLE.get(key, 1) for key in site.keywords}))
                except KeyError as missing:
                    pytest.fail(f"{path.relative_to(WEBAPP)}:{site.line} builds {site.kind.__name__} without {missing}")
                checked += 1
                places.add(path.relative_to(WEBAPP).parts[0])
    assert checked > 140 and {"services", "cli"} <= places


def test_the_scan_finds_every_form_of_building_an_error():
    """The checker itself: a call, a call through the package, either class of a conditional raise (both forms),
    a class raised bare, and an error returned for a caller to raise."""
    tree = ast.parse(
        "raise NameTooLong(limit=1)\n"
        "raise errors.NotListed(name=n, suggestion=s)\n"
        "raise (ProfileKeyUnknown if profile else VacancyKeyUnknown)(key=key)\n"
        "raise DigestsNotSent(failed=1) if failed else MailsWaiting(waiting=2)\n"
        "raise NoSuggestion\n"
        "raise TooLong if long else SearchNameMissing\n"
        "problem = refused(DOMAIN_ERROR, problem=SearchTextTooLong(limit=2))\n"
        "raise ValueError('not ours')\n"
        "raise SomeError(**data)\n"
    )
    found = sorted((site.line, site.kind.__name__, site.keywords) for site in _error_sites(tree))
    assert found == [
        (1, "NameTooLong", ["limit"]),
        (2, "NotListed", ["name", "suggestion"]),
        (3, "ProfileKeyUnknown", ["key"]),
        (3, "VacancyKeyUnknown", ["key"]),
        (4, "DigestsNotSent", ["failed"]),
        (4, "MailsWaiting", ["waiting"]),
        (5, "NoSuggestion", []),
        (6, "SearchNameMissing", []),
        (6, "TooLong", []),
        (7, "SearchTextTooLong", ["limit"]),
    ]


def test_a_message_is_worded_with_the_errors_data_in_the_requests_language(app):
    with app.test_request_context("/"):
        assert message_for(errors.NameTooLong(limit=80)) == "Navnet må højst have 80 tegn."
        assert message_for(errors.NotListed(name="Skat", suggestion="Skattestyrelsen")).startswith(
            "Mente du »Skattestyrelsen«?"
        )
    with app.test_request_context("/?lang=en"):
        assert message_for(errors.NameTooLong(limit=80)) == "The name can have at most 80 characters."


def test_every_error_is_built_from_keywords_and_keeps_its_data_once():
    """Each class takes ``field`` and its data by keyword only (a positional value would silently become the field),
    keeps the data once, in ``data``, and reads it as attributes too."""
    for kind in [ServiceError, *all_errors()]:
        with pytest.raises(TypeError):
            kind("mangler")
    error = errors.IndexUnavailable(reason="mangler")
    assert (vars(error), error.reason, error.field) == ({"data": {"reason": "mangler"}}, "mangler", None)
    with pytest.raises(AttributeError):
        error.limit  # noqa: B018
    at_field = errors.TooLong(field="comment", limit=80)
    assert (vars(at_field), at_field.limit) == ({"field": "comment", "data": {"limit": 80}}, 80)
    assert errors.NameTooLong().field == "name" and repr(at_field) == "TooLong(field='comment', limit=80)"


def test_every_error_code_is_stable_and_unique():
    codes = [error_code(kind) for kind in all_errors()]
    assert error_code(errors.DeadlinePassed) == "deadline-passed" and len(set(codes)) == len(codes)


# Every catalogue error by its class name, as code names it (``NameTooLong``, ``errors.NameTooLong``).
OURS = {kind.__name__: kind for kind in [ServiceError, *all_errors()]}


def _modules() -> list[Path]:
    """Every module of the app: services, commands, views, contracts, wherever an error may be built."""
    return sorted(WEBAPP.rglob("*.py"))


def _classes(node: ast.AST) -> list[type[ServiceError]]:
    """The catalogue errors an expression names: ``X``, ``errors.X``, or either of ``X if c else Y``."""
    if isinstance(node, ast.IfExp):
        return _classes(node.body) + _classes(node.orelse)
    name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None
    return [OURS[name]] if name in OURS else []


class Site(NamedTuple):
    """One place the code builds a catalogue error."""

    line: int
    kind: type[ServiceError]
    call: ast.Call | None  # None: the class raised bare, without data

    @property
    def keywords(self) -> list[str | None]:
        """The keywords it is built with (None for ``**data``)."""
        return [keyword.arg for keyword in self.call.keywords] if self.call else []

    @property
    def values(self) -> list[ast.expr]:
        """Every value it is built with, positional or keyword."""
        return [*self.call.args, *(keyword.value for keyword in self.call.keywords)] if self.call else []


def _error_sites(tree: ast.AST) -> Iterator[Site]:
    """Each place the code builds a catalogue error: a call of the class (raised or not, and ``(X if c else Y)(...)``
    as both), or a class raised bare (``raise X``, ``raise X if c else Y``)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for kind in _classes(node.func):
                yield Site(node.lineno, kind, node)
        elif isinstance(node, ast.Raise) and node.exc is not None:
            branches = [node.exc.body, node.exc.orelse] if isinstance(node.exc, ast.IfExp) else [node.exc]
            for branch in branches:
                for kind in [] if isinstance(branch, ast.Call) else _classes(branch):
                    yield Site(node.lineno, kind, None)


def test_errors_are_built_without_words():
    """No error is built with text anywhere in the app (a gettext call, or a literal that is no attribute name);
    the errors package imports no Babel."""
    worded, built = [], set()
    for path in _modules():
        for site in _error_sites(ast.parse(path.read_text(encoding="utf-8"))):
            built.add(site.kind)
            for argument in site.values:
                gettext = isinstance(argument, ast.Call) and getattr(argument.func, "id", "") in {"_", "_l", "gettext"}
                text = isinstance(argument, ast.Constant) and isinstance(argument.value, str)
                if gettext or isinstance(argument, ast.JoinedStr) or (text and not argument.value.isidentifier()):
                    worded.append(f"{path.relative_to(WEBAPP)}:{site.line}")
    assert worded == [] and len(built) > 100
    assert not [path.name for path in (SERVICES / "errors").glob("*.py") if "flask_babel" in path.read_text("utf-8")]


@pytest.mark.parametrize(
    "module",
    [
        "accounts_data",
        "candidates",
        "contacts",
        "index_store",
        "interest",
        "mentor_matching",
        "organisations",
        "outcomes",
        "tokens",
        "vacancies",
        "weights",
        "where_else",
    ],
)
def test_services_that_word_nothing_but_errors_do_not_import_babel(module):
    assert "flask_babel" not in (SERVICES / f"{module}.py").read_text(encoding="utf-8")


def test_an_error_is_shown_at_the_form_field_that_holds_its_attribute(app):
    with app.test_request_context("/", method="POST", data={}):
        form = SavedSearchForm.from_request()
        assert show_at_field(form, errors.SearchTextTooLong(limit=200), {"text": "q"})
        assert form.q.errors == ["Søgeteksten må højst have 200 tegn."]
        assert not show_at_field(form, errors.TooManySearches(limit=20))  # about no field: the view flashes it
        assert show_at_field(form, errors.TooManySearches(limit=20), default="name") and form.name.errors


@pytest.fixture
def refusing(app):
    """A form action whose service refuses with a typed error."""

    @app.post("/_test/refuse-typed")
    def refuse_typed():
        def action(session):
            session.scalar(select(User)).email = "b@example.dk"  # must not be kept
            raise errors.TooManyOpenRequests(waiting=5)

        return form_action(action, "Gjort.", "/")

    @app.post("/_test/missing/<int:flashed>")
    def missing(flashed: int):
        def action(session):
            session.scalar(select(User)).email = "b@example.dk"  # must not be kept
            raise errors.CandidateNotFound()

        return form_action(action, "Gjort.", "/", flash_missing=bool(flashed))

    return app


def test_a_form_action_flashes_the_typed_errors_message_and_keeps_nothing(refusing, client, csrf, db, make_user):
    make_user(Role.LEADER, email="a@example.dk")
    page = client.post("/_test/refuse-typed", data={"csrf_token": csrf()}, follow_redirects=True)
    assert "Du har allerede 5 anmodninger, der venter på svar." in page.get_data(as_text=True)
    db.expire_all()
    assert db.scalar(select(User.email)) == "a@example.dk"


def test_a_form_action_on_a_list_flashes_a_missing_thing_in_the_catalogues_words(refusing, client, csrf, db, make_user):
    """``flash_missing``: the catalogue words what went away (no view words it again), the browser goes back and
    nothing is kept; without it a ``NotFound`` is the 404 page."""
    make_user(Role.LEADER, email="a@example.dk")
    response = client.post("/_test/missing/1", data={"csrf_token": csrf()})
    assert response.status_code == 302 and response.location.endswith("/")
    with client.session_transaction() as session:
        assert session["_flashes"] == [("error", "Kandidaten findes ikke.")]
    assert client.post("/_test/missing/0", data={"csrf_token": csrf()}).status_code == 404
    db.expire_all()
    assert db.scalar(select(User.email)) == "a@example.dk"


def test_a_refusal_about_a_field_is_said_on_the_page(client, login, make_user, csrf, db):
    leader = login(make_user(Role.LEADER))
    alerts.create(db, leader, wanted_search("Alt"))
    db.commit()
    page = client.post("/leder/soegninger", data={"name": "alt", "csrf_token": csrf()})
    assert page.status_code == 200 and "Du har allerede en søgning med det navn." in page.get_data(as_text=True)


class TestApi:
    """The API answers a typed error with its status, its code and the web's words."""

    pytestmark = pytest.mark.usefixtures("build_index_on_first_use")

    def test_an_unapproved_employer_publishing_gets_the_rules_code(
        self, client, make_user, make_organisation, make_vacancy, api_headers
    ):
        waiting = make_user(Role.EMPLOYER, organisation=make_organisation(), approved=False)
        draft = make_vacancy(organisation=waiting.organisation, status=VacancyStatus.DRAFT, created_by_id=waiting.id)
        body = client.post(f"/api/v1/employer/vacancies/{draft.id}/publish", headers=api_headers(waiting)).get_json()
        assert (body["status"], body["code"]) == (403, "not-approved-to-publish")
        assert body["detail"] == "Din konto skal godkendes af en administrator, før du kan offentliggøre stillinger."

    def test_a_passed_deadline_is_a_409_naming_the_field_in_the_requests_language(
        self, client, make_user, make_organisation, make_vacancy, api_headers
    ):
        employer = make_user(Role.EMPLOYER, organisation=make_organisation())
        late = make_vacancy(
            organisation=employer.organisation,
            status=VacancyStatus.DRAFT,
            deadline=date.today() - timedelta(days=1),
        )
        url = f"/api/v1/employer/vacancies/{late.id}/publish?lang=en"
        response = client.post(url, headers=api_headers(employer))
        body = response.get_json()
        assert (response.status_code, body["code"], body["errors"][0]["pointer"]) == (
            409,
            "deadline-passed",
            "/deadline",
        )
        assert "deadline" in body["detail"].lower() and "frist" not in body["detail"]

    def test_an_employer_without_an_organisation_is_told_by_the_service(self, client, make_user, api_headers):
        loose = make_user(Role.EMPLOYER, organisation=None)
        response = client.get("/api/v1/employer/vacancies", headers=api_headers(loose))
        assert (response.status_code, response.get_json()["code"]) == (403, "no-organisation")
