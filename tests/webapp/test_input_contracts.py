"""The three doors of a profile and a vacancy (web form, API, import) keep one contract (issue 13): a value at a
limit goes in by every door, one past it by none (``services.contracts``)."""

import pytest

from models import Role
from tests.services.test_importing import profile_line, vacancy_line
from tests.webapp.test_api_employer import NEW_VACANCY
from tests.webapp.test_api_leader import PROFILE
from tests.webapp.test_employer import vacancy_form
from tests.webapp.test_leader import profile_form
from webapp.services import contracts, importing
from webapp.services.records import ProfileRecord, VacancyRecord

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py


def phrases(count: int) -> list[str]:
    return [f"kompetence nummer {n}" for n in range(count)]


# (field, value at the limit, value one past it), in the contract's terms: text, numbers and lists of phrases.
PROFILE_EDGES = [
    ("summary", "x" * 8000, "x" * 8001),
    ("education", "x" * 2000, "x" * 2001),
    ("name", "x" * 200, "x" * 201),
    ("competences", phrases(contracts.MAX_PHRASES), phrases(contracts.MAX_PHRASES + 1)),
    ("competences", ["x" * 120], ["x" * 121]),
    ("years_as_leader", 60, 61),
    ("max_commute_km", 500, 501),
    ("email", "a@b.dk", "a@b.d"),
]
VACANCY_EDGES = [
    ("description", "x" * 20000, "x" * 20001),
    ("title", "x" * 200, "x" * 201),
    ("competences", phrases(contracts.MAX_PHRASES), phrases(contracts.MAX_PHRASES + 1)),
    ("nice_to_have", ["x" * 120], ["x" * 121]),
]


def _form_value(value):
    """How a form posts a value: lists of phrases one per line, numbers as text."""
    if isinstance(value, list):
        return "\n".join(value)
    return str(value)


def _imports(line: str, record) -> bool:
    try:
        importing.parse_lines([line], record)
    except importing.ImportRejected:
        return False
    return True


@pytest.fixture
def employer(make_user, make_organisation):
    return make_user(Role.EMPLOYER, organisation=make_organisation("Skattestyrelsen"), approved=True)


@pytest.fixture
def doors(client, login, make_user, employer, csrf, api_headers):
    """``doors(entity, field, value)``: whether the form, the API and the import take ``field`` set to ``value``."""

    def profile(field, value):
        login(make_user())
        data = profile_form(csrf(), organisation_name="", **{field: _form_value(value)})  # no organisation to find
        form = client.post("/leder/profil/rediger", data=data)
        body = PROFILE | {field: value}
        api = client.put("/api/v1/me/profile", json=body, headers=api_headers(make_user(Role.LEADER)))
        return form.status_code == 302, api.status_code == 200, _imports(profile_line(**{field: value}), ProfileRecord)

    def vacancy(field, value):
        login(employer)
        form = client.post("/arbejdsgiver/stillinger/ny", data=vacancy_form(csrf(), **{field: _form_value(value)}))
        body = NEW_VACANCY | {field: value}
        api = client.post("/api/v1/employer/vacancies", json=body, headers=api_headers(employer))
        return form.status_code == 302, api.status_code == 201, _imports(vacancy_line(**{field: value}), VacancyRecord)

    def taken(entity, field, value) -> dict[str, bool]:
        verdicts = (profile if entity == "profile" else vacancy)(field, value)
        return dict(zip(("form", "api", "import"), verdicts, strict=True))

    return taken


@pytest.mark.parametrize(
    ("entity", "field", "at_limit", "past_limit"),
    [("profile", *edge) for edge in PROFILE_EDGES] + [("vacancy", *edge) for edge in VACANCY_EDGES],
)
def test_a_value_at_the_limit_goes_in_by_every_door_and_one_past_by_none(doors, entity, field, at_limit, past_limit):
    assert doors(entity, field, at_limit) == {"form": True, "api": True, "import": True}
    assert doors(entity, field, past_limit) == {"form": False, "api": False, "import": False}


def test_the_forms_refuse_what_only_the_contract_says_and_name_the_field(client, login, employer, csrf):
    """A rule the form does not spell out itself (a description of blanks) is still the contract's, at its field."""
    login(employer)
    response = client.post("/arbejdsgiver/stillinger/ny", data=vacancy_form(csrf(), description="   \n  "))
    assert response.status_code == 200 and "må ikke være tom" in response.get_data(as_text=True)
