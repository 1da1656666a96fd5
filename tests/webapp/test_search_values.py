"""Free-text search looks at what a vacancy says, never at how its competence list is stored.

The competences are a JSON list; searching its JSON text made ``"`` match every vacancy and ``u00f8`` match
every ``ø`` (JSON writes it as ``\\u00f8``). The web list, the API and the Atom feed share the one search, so
every test asks all three and checks that they agree.
"""

import re
from urllib.parse import quote
from xml.etree import ElementTree as ET

import pytest

from models import Role
from webapp.widgets import search_text

ATOM = "{http://www.w3.org/2005/Atom}"


def found(client, q: str) -> set[int]:
    """Ids of the vacancies a search for ``q`` finds, the same on /stillinger, the API and the feed."""
    arg = quote(q, safe="")
    html = client.get(f"/stillinger?q={arg}").get_data(as_text=True)
    web = {int(i) for i in re.findall(r'href="/stillinger/(\d+)"', html)}
    api = client.get(f"/api/v1/vacancies?per_page=100&q={arg}")
    assert api.status_code == 200, api.get_json()
    by_api = {item["id"] for item in api.get_json()["items"]}
    root = ET.fromstring(client.get(f"/stillinger/feed.atom?q={arg}").data)
    by_feed = {int(e.findtext(f"{ATOM}id").rsplit("/", 1)[1]) for e in root.iter(f"{ATOM}entry")}
    assert web == by_api == by_feed, q
    return web


@pytest.fixture
def vacancies(make_vacancy, make_organisation):
    """Two vacancies whose Danish letters are only in their competences (and ``nice_to_have`` is empty)."""
    organisation = make_organisation("Styrelsen for Test")
    return {
        "plain": make_vacancy(
            organisation=organisation,
            title="Kontorchef",
            description="Vi leder efter en chef.",
            competences=["budgetlægning", "personaleledelse"],
            nice_to_have=[],
        ),
        "danish": make_vacancy(
            organisation=organisation,
            title="Afdelingschef",
            description="En god chef til afdelingen.",
            competences=["Økonomistyring", "strategi for søerne"],
            nice_to_have=[],
        ),
    }


@pytest.fixture
def marks(vacancies, make_vacancy):
    """A third vacancy whose competences really hold quotes, brackets and a backslash."""
    return make_vacancy(
        organisation=vacancies["plain"].organisation,
        title="Chef for it",
        description="Vi har agile teams.",
        competences=['C# og "agil" [scrum]', "back\\slash"],
        nice_to_have=[],
    )


@pytest.mark.parametrize("q", ['"', "u00f8", "u00e6", "\\u00f8", "[", "]", '","', '"budget', "\\"])
def test_the_json_encoding_of_the_competences_is_not_searched(client, vacancies, q):
    assert found(client, q) == set()


@pytest.mark.parametrize("q", ['"', '"agil"', "[scrum]", "[", "\\", "back\\slash"])
def test_quotes_brackets_and_backslashes_match_where_a_competence_holds_them(client, marks, q):
    assert found(client, q) == {marks.id}


@pytest.mark.parametrize("q", ["ø", "Ø", "økonomistyring", "ØKONOMISTYRING", "Økonomi"])
def test_danish_letters_in_a_competence_match_in_any_case(client, vacancies, q):
    assert found(client, q) == {vacancies["danish"].id}


def test_ae_in_a_competence_matches_only_that_vacancy(client, vacancies):
    assert found(client, "Æ") == {vacancies["plain"].id}
    assert found(client, "budgetlægning") == {vacancies["plain"].id}


def test_title_description_and_organisation_are_still_searched_word_by_word(client, vacancies, marks):
    everyone = {v.id for v in vacancies.values()} | {marks.id}
    assert found(client, "afdelingschef") == {vacancies["danish"].id}
    assert found(client, "GOD afdelingen") == {vacancies["danish"].id}
    assert found(client, "styrelsen") == everyone
    assert found(client, "chef") == everyone
    assert found(client, "afdelingschef strategi") == {vacancies["danish"].id}  # title and competence
    assert found(client, "afdelingschef scrum") == set()  # every word must occur in the same vacancy


def test_like_wildcards_are_literal(client, vacancies):
    assert found(client, "%") == set()
    assert found(client, "_") == set()
    assert found(client, "o%s") == set()


def test_every_search_box_searches_its_first_200_characters_with_control_characters_as_spaces():
    assert search_text(None) == "" and search_text("skat\x00te\tstyrelse") == "skat te styrelse"
    assert search_text("ø" * 300) == "ø" * 200


@pytest.mark.parametrize("url", ["/admin/brugere", "/admin/organisationer"])
def test_the_admin_searches_take_any_text(client, login, make_user, url):
    """A NUL in the box once reached the database, which PostgreSQL refuses; now no text is an error."""
    login(make_user(Role.ADMIN))
    for q in ("nul\x00tegn", "x" * 5000):
        assert client.get(url, query_string={"q": q}).status_code == 200
