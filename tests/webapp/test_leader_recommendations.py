"""The leader's recommended vacancies: a compact list, each explained in plain sentences addressed to the leader
("du"), never as "the candidate" and never as the employers' weights table."""

import re

import pytest

from models import Visibility

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py


@pytest.fixture
def leader_page(client, login, make_user, make_profile, make_vacancy, make_organisation):
    """A kommune leader's overview recommending a state vacancy that words the same work the state's way."""
    user = login(make_user())
    make_profile(
        user=user,
        sector="kommune",
        visibility=Visibility.VISIBLE,
        competences=["udvalgsbetjening", "budgetlægning", "personaleledelse"],
    )
    make_vacancy(
        organisation=make_organisation("Finansstyrelsen", sector="stat"),
        title="Kontorchef til økonomi",
        competences=["ministerbetjening", "budgetlægning", "personaleledelse", "bevillingsstyring"],
        nice_to_have=[],
    )
    return client.get("/leder/").get_data(as_text=True)


def recommendations(html: str) -> str:
    return html.split("Anbefalede stillinger", 1)[1]


def test_a_leader_reads_about_themselves_in_plain_sentences(leader_page):
    part = recommendations(leader_page)
    assert "Hvorfor den passer" in part
    assert "du skriver »udvalgsbetjening«, stillingen skriver »ministerbetjening«." in part
    assert re.search(r"Du har 3 af de \d kompetencer, stillingen beder om\.", part)
    assert "du og stillingen skriver begge »personaleledelse«." in part
    assert re.search(r"Stillingen nævner også [^.]*bevillingsstyring", part) and "skriv den i din profil" in part
    assert "Arbejdsstedet ligger" in part and "km fra din bopæl" in part
    assert "ledelsesniveau" in part


def test_a_leader_is_never_called_the_candidate_nor_shown_the_weights(leader_page):
    part = recommendations(leader_page)
    assert "andidat" not in part  # neither "Kandidaten" nor "Kandidatens funktion"
    assert "<table" not in part and "Del af scoren" not in part and "Vægt" not in part and "Bidrag" not in part


def test_the_recommendation_is_a_compact_row_with_the_rest_on_demand(leader_page):
    part = recommendations(leader_page)
    row, details = part.split('<details class="details sb-rank-details">', 1)
    assert "Kontorchef til økonomi" in row and "Anden sektor" in row and "<meter" in row
    assert "Fælles kompetencer:" in row and "Funktion:" in row and "km fra din bopæl" in row
    assert "du skriver" not in row and "du skriver" in details


def test_the_vacancys_usual_word_is_only_given_when_it_is_news(leader_page):
    part = recommendations(leader_page)
    # The vacancy already says "ministerbetjening": no "i staten hedder det typisk »ministerbetjening«".
    assert "hedder det typisk »ministerbetjening«" not in part
    for quoted, term in re.findall(r"»([^«]*)«\.\s*I staten hedder det typisk »([^«]*)«", part):
        assert term.casefold() not in quoted.casefold()


def test_where_else_is_told_to_the_leader_too(leader_page):
    part = leader_page.split('id="hvor-passer-du-ogsaa"', 1)[1]
    assert "Hvor passer du også" in part and "Økonomi og styring i staten" in part
    assert "andidat" not in part and "<table" not in part and "Vægt" not in part


def test_what_the_vacancy_asks_for_and_the_profile_lacks_is_named_in_the_readers_language(leader_page, client):
    assert re.search(r"Stillingen nævner også [^.]*bevillingsstyring", recommendations(leader_page))
    english = client.get("/leder/?lang=en").get_data(as_text=True)
    said = re.search(r"The vacancy also mentions ([^.]*)\.", english)
    assert said and "appropriation management" in said.group(1) and "bevilling" not in said.group(1)
