"""A new organisation keeps one input contract (issue 13), ``services.contracts.Organisation``, by each door that
names one: an employer's registration ("Opret en ny organisation"), a leader's profile ("Min organisation er ikke
på listen") and the import's vacancy lines. The admin's placement form chooses only a parent, so it is no door
for a name, a sector or a kommune."""

import pytest
from sqlalchemy import select

from models import Organisation
from tests.services.test_importing import run, vacancy_line
from tests.webapp.test_leader import profile_form
from webapp.services import importing
from webapp.services.fields import LINE_MAX

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py

AT_LIMIT = "x" * LINE_MAX


@pytest.fixture
def doors(app, client, login, make_user, csrf, db):
    """``doors[door](name)``: the organisation that door created for ``name`` (its stored name), "" when it
    saved without one, None when it refused."""

    def created(before: set[str]) -> str:
        return "".join(set(db.scalars(select(Organisation.name))) - before)

    def registration(name: str):
        before = set(db.scalars(select(Organisation.name)))
        data = {
            "email": "hr@example.dk",
            "password": "et-langt-kodeord",
            "confirm": "et-langt-kodeord",
            "organisation_mode": "new",
            "organisation_name": name,
            "organisation_sector": "stat",
            "organisation_municipality": "101",
            "csrf_token": csrf(),
        }
        response = client.post("/konto/opret/arbejdsgiver", data=data)
        return created(before) if response.status_code == 302 else None

    def profile(name: str):
        login(make_user())
        before = set(db.scalars(select(Organisation.name)))
        response = client.post(
            "/leder/profil/rediger", data=profile_form(csrf(), organisation_name=name, organisation_new="y")
        )
        return created(before) if response.status_code == 302 else None

    def imported(name: str):
        before = set(db.scalars(select(Organisation.name)))
        try:
            run(db, [vacancy_line(organisation=name)], kind="vacancies")
        except importing.ImportRejected:
            return None
        return created(before)

    return {"registration": registration, "profile": profile, "import": imported}


# (the name typed, what each door keeps: registration, profile, import)
EDGES = {
    "at-limit": (AT_LIMIT, AT_LIMIT, AT_LIMIT, AT_LIMIT),
    "past-limit": (AT_LIMIT + "x", None, None, None),
    "runs-of-space": ("  Region   Nord  Øst ", "Region Nord Øst", "Region Nord Øst", "Region Nord Øst"),
    # A leader's organisation is optional: a blank name is no organisation, not a blank one.
    "blank": ("   ", None, "", None),
    # The forms drop control characters from everything posted; a file's line keeps them, and is refused.
    "control-character": ("Nul\x00tegn", "Nultegn", "Nultegn", None),
}


@pytest.mark.parametrize("door", ["registration", "profile", "import"])
@pytest.mark.parametrize(("name", "registration", "profile", "imported"), EDGES.values(), ids=EDGES.keys())
def test_a_new_organisation_is_taken_and_stored_alike_by_every_door(doors, door, name, registration, profile, imported):
    expected = {"registration": registration, "profile": profile, "import": imported}[door]
    assert doors[door](name) == expected


def test_the_registration_refuses_a_new_organisation_by_the_contracts_words(client, csrf, db):
    """A rule only the contract states (no tab in a name, as the import and the profile refuse it) stands at the
    field it is about, in the visitor's language, and nothing is created."""
    data = {
        "email": "hr@example.dk",
        "password": "et-langt-kodeord",
        "confirm": "et-langt-kodeord",
        "organisation_mode": "new",
        "organisation_name": "Ny\tStyrelse",
        "organisation_sector": "stat",
        "organisation_municipality": "101",
    }
    for lang, words in (("da", "indeholder tegn, der ikke er tilladt"), ("en", "contains characters that are not")):
        page = client.post(f"/konto/opret/arbejdsgiver?lang={lang}", data=data | {"csrf_token": csrf()})
        assert page.status_code == 200 and words in page.get_data(as_text=True)
    assert db.scalar(select(Organisation)) is None
