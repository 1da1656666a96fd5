"""The edges word a contract's refusals (issue 13): services raise a typed rule, the form, the API and the import
each say it in the words and language of whoever reads it (``webapp/contract_messages.py``)."""

from types import SimpleNamespace

import pytest
from flask_babel import force_locale

from models import Role
from tests.services.test_importing import vacancy_line
from tests.webapp.test_employer import vacancy_form
from tests.webapp.test_rotations import NEW_OFFER, api_employer  # noqa: F401 (a fixture)
from webapp.contract_messages import error_message, line_message
from webapp.error_messages import message_for
from webapp.forms import through_contract
from webapp.services import contracts, errors, importing
from webapp.services.fields import DOMAIN_ERROR
from webapp.services.records import VacancyRecord

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py

DURATION_MISSING_DA = "Vælg, hvor mange måneder forløbet varer (1–6)."


def _english(app, error: errors.ServiceError) -> str:
    with app.app_context(), force_locale("en"):
        return message_for(error)


@pytest.fixture
def employer(make_user, make_organisation):
    return make_user(Role.EMPLOYER, organisation=make_organisation("Skattestyrelsen"), approved=True)


def test_a_contract_rule_on_a_form_in_the_english_ui_is_worded_in_english(client, login, employer, csrf):
    """A rule only the contract states (a description of blanks) reads in the visitor's language."""
    login(employer)
    client.get("/?lang=en")
    html = client.post("/arbejdsgiver/stillinger/ny", data=vacancy_form(csrf(), description="   \n  ")).get_data(
        as_text=True
    )
    assert "must not be blank" in html and "må ikke være tom" not in html
    client.get("/?lang=da")
    html = client.post("/arbejdsgiver/stillinger/ny", data=vacancy_form(csrf(), description="   \n  ")).get_data(
        as_text=True
    )
    assert "må ikke være tom" in html


def test_a_contract_raises_a_typed_domain_error_and_no_words(app):
    """The vacancy contract puts the service's typed refusal at its field; pydantic's own text is only its kind."""
    with pytest.raises(Exception) as raised:
        contracts.Vacancy.model_validate(NEW_OFFER | {"duration_months": None})
    (item,) = raised.value.errors()
    assert item["type"] == DOMAIN_ERROR and item["loc"] == ("duration_months",)
    assert isinstance(item["ctx"]["problem"], errors.DurationMissing) and item["msg"] == DOMAIN_ERROR


def test_a_domain_error_reaches_the_form_field_in_the_visitors_language(app):
    """``through_contract`` words the typed error at the form field its location names."""
    for language, expected in (("da", DURATION_MISSING_DA), ("en", _english(app, errors.DurationMissing()))):
        field, form = SimpleNamespace(errors=[]), SimpleNamespace()
        with app.test_request_context(f"/?lang={language}"):
            data = NEW_OFFER | {"duration_months": None}
            taken = through_contract(form, contracts.Vacancy, data, lambda _, found=field: found)
        assert taken is False and field.errors == [expected]
    assert _english(app, errors.DurationMissing()) != DURATION_MISSING_DA  # the English catalogue words it


def test_a_domain_error_reaches_the_api_with_its_code_in_danish_and_english(app, client, api_employer):  # noqa: F811
    _user, headers = api_employer
    response = client.post("/api/v1/employer/vacancies", json=NEW_OFFER | {"duration_months": None}, headers=headers)
    assert response.status_code == 422 and response.mimetype == "application/problem+json"
    (error,) = response.json["errors"]
    assert error["pointer"] == "/duration_months" and error["code"] == "duration-missing"
    assert error["detail"] == DURATION_MISSING_DA and error["detail_en"] == _english(app, errors.DurationMissing())


def test_a_contract_rule_of_our_own_reaches_the_api_in_danish_and_english(client, api_employer):  # noqa: F811
    _user, headers = api_employer
    response = client.post("/api/v1/employer/vacancies", json=NEW_OFFER | {"municipality_code": 99}, headers=headers)
    (error,) = response.json["errors"]
    assert error["code"] == "unknown_municipality_code" and error["pointer"] == "/municipality_code"
    assert error["detail"] == "er ikke en kendt kommunekode"
    assert error["detail_en"] == "is not a known municipality code"


def test_a_domain_error_reaches_the_import_line_typed_and_is_worded_where_it_is_shown(app):
    with pytest.raises(importing.ImportRejected) as raised:
        importing.parse_lines([vacancy_line(kind="rotation")], VacancyRecord)
    (error,) = raised.value.errors
    assert (error.line, error.field, error.refusal["type"]) == (1, "duration_months", DOMAIN_ERROR)
    assert isinstance(error.refusal["ctx"]["problem"], errors.DurationMissing)
    with app.app_context():  # the CLI: Danish
        assert line_message(error) == f"linje 1, felt duration_months: {DURATION_MISSING_DA}"
    with app.test_request_context("/?lang=en"):
        assert line_message(error) == f"line 1, field duration_months: {_english(app, errors.DurationMissing())}"


def test_the_import_refusals_of_a_line_are_worded_at_the_edge(app):
    lines = ["{not json", "[1]", vacancy_line(), vacancy_line()]
    with pytest.raises(importing.ImportRejected) as raised:
        importing.parse_lines(lines, VacancyRecord)
    found = {(error.line, error.field, error.refusal["type"]) for error in raised.value.errors}
    assert found == {(1, "", "line_not_json"), (2, "", "line_not_object"), (4, "external_id", "external_id_repeated")}
    with app.app_context():
        said = [line_message(error) for error in raised.value.errors]
    assert said[0].startswith("linje 1, felt (linje): ugyldig JSON (") and said[1].endswith("skal være et JSON-objekt")
    assert said[2] == "linje 4, felt external_id: findes også på linje 3"
    with app.test_request_context("/?lang=en"):
        assert line_message(raised.value.errors[2]) == "line 4, field external_id: also appears on line 3"


def test_a_refusal_no_contract_of_ours_makes_falls_back_to_pydantics_words(app):
    with app.app_context():
        assert error_message({"type": "url_parsing", "msg": "Input should be a valid URL"}) == (
            "Input should be a valid URL"
        )
