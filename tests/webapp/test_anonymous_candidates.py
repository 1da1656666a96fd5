"""Before a leader accepts contact, no text the leader wrote reaches an employer: not on the candidate page, not
in the API, and the leader's preview shows exactly the anonymous card employers see (security issue 9)."""

import re

import pytest
from sqlalchemy import select

from models import ContactRequest, ContactStatus, Experience, Role, Visibility

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py

PREVIEW = "/leder/profil/saadan-ser-arbejdsgivere-dig"

SUMMARY = (
    "Jeg er afdelingschef for Økonomi og Analyse i Gladsaxe Kommune. "
    "Jeg har drevet forandringsledelse og arbejdsmiljø sammen med kommunaldirektør Karen Vestergaard. "
    "Vores kontor ligger på rådhuset i Bagsværd."
)
COMPETENCES = [
    "budgetlægning i Gladsaxe Kommune",
    "personaleledelse af 40 medarbejdere i Bagsværd",
    "borgerinddragelse sammen med Karen Vestergaard",
]
EDUCATION = "Cand.polit. og lederuddannelse fra Gladsaxe Kommunes lederakademi"
TITLE = "Afdelingschef for Økonomi og Analyse"

# The employer, a place, a person and a title the leader wrote, and the leader's own identity.
IDENTIFYING = ("Gladsaxe", "Bagsværd", "Karen Vestergaard", "Vestergaard", TITLE, "Signe Brøndum", "signe.b@")
# Every sentence and line the leader wrote: none may reach an employer before acceptance.
OWN_TEXTS = (*(s.strip() for s in SUMMARY.split(". ")), *COMPETENCES, EDUCATION, "Økonomistyring i rådhuset")
# Concept names the matcher recognises in the profile that the vacancy does not ask for (our words, not theirs).
RECOGNISED = ("Borger- og brugerinddragelse", "Arbejdsmiljø og trivsel")

VACANCY = {
    "title": "Kontorchef til økonomi",
    "competences": ["budgetlægning", "personaleledelse", "forandringsledelse"],
    "description": "Vi søger en kontorchef, der kan lede økonomiarbejdet.",
}


@pytest.fixture
def employer(make_user, make_organisation):
    return make_user(Role.EMPLOYER, organisation=make_organisation("Skattestyrelsen", sector="stat"))


@pytest.fixture
def vacancy(employer, make_vacancy):
    return make_vacancy(organisation=employer.organisation, **VACANCY)


@pytest.fixture
def leader(make_user):
    return make_user(Role.LEADER, email="konto-7@example.dk")


@pytest.fixture
def profile(db, leader, make_profile, make_organisation):
    """A leader whose summary, competence lines, education and job name their employer, a place and a person."""
    found = make_profile(
        user=leader,
        name="Signe Brøndum",
        email="signe.b@example.dk",
        sector="kommune",
        organisation=make_organisation("Gladsaxe Kommune", sector="kommune", municipality_code=159),
        title=TITLE,
        level=2,
        municipality_code=751,
        competences=COMPETENCES,
        summary=SUMMARY,
        education=EDUCATION,
        experiences=0,
    )
    found.experiences = [
        Experience(
            sector="kommune",
            organisation="Gladsaxe Kommune",
            title=TITLE,
            level=2,
            start_year=2016,
            end_year=None,
            description="Økonomistyring i rådhuset i Bagsværd.",
        )
    ]
    db.commit()
    return found


def candidate_page(client, login, employer, vacancy) -> str:
    login(employer)
    response = client.get(f"/arbejdsgiver/stillinger/{vacancy.id}/kandidater")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def candidate_json(client, api_headers, employer, vacancy) -> dict:
    response = client.get(f"/api/v1/employer/vacancies/{vacancy.id}/candidates", headers=api_headers(employer))
    assert response.status_code == 200, response.get_json()
    [item] = response.get_json()["items"]
    return item


def profile_block(html: str) -> str:
    """The anonymous profile part of a card (the one way a card's profile is rendered)."""
    found = re.search(r'<dl class="sb-profile">.*?</dl>', html, re.S)
    assert found, "no profile block"
    return found.group(0)


def assert_nothing_written_by_the_leader(text: str) -> None:
    lowered = text.lower()
    for secret in (*IDENTIFYING, *OWN_TEXTS):
        assert secret.lower() not in lowered, secret


def accept(db, vacancy, profile, employer) -> None:
    db.add(
        ContactRequest(
            vacancy_id=vacancy.id, profile_id=profile.id, sender_id=employer.id, status=ContactStatus.ACCEPTED
        )
    )
    db.commit()


# --- the employer's page ----------------------------------------------------------------------------------------


def test_the_candidate_page_shows_no_text_the_leader_wrote_before_acceptance(client, login, employer, vacancy, profile):
    html = candidate_page(client, login, employer, vacancy)
    assert f'id="kandidat-{profile.id}"' in html
    assert_nothing_written_by_the_leader(html)
    for name in RECOGNISED:
        assert name in profile_block(html), name
    assert "Økonomi og styring" in profile_block(html)  # the recognised function, in our words
    assert "Chef i en kommune" in html and "Aarhus" in html  # level, sector and home kommune stay


@pytest.mark.parametrize("status", [ContactStatus.PENDING, ContactStatus.DECLINED])
def test_a_pending_or_declined_request_reveals_no_text(client, login, db, employer, vacancy, profile, status):
    db.add(ContactRequest(vacancy_id=vacancy.id, profile_id=profile.id, sender_id=employer.id, status=status))
    db.commit()
    assert_nothing_written_by_the_leader(candidate_page(client, login, employer, vacancy))


def test_the_leaders_texts_appear_once_they_accept(client, login, csrf, db, employer, vacancy, leader, profile):
    db.add(ContactRequest(vacancy_id=vacancy.id, profile_id=profile.id, sender_id=employer.id, message="Hej"))
    db.commit()
    login(leader)
    request = db.scalar(select(ContactRequest))
    client.post(f"/leder/kontakt/{request.id}", data={"csrf_token": csrf("/leder/kontakt"), "answer": "accept"})
    db.expire_all()
    assert db.get(ContactRequest, request.id).status == ContactStatus.ACCEPTED
    html = candidate_page(client, login, employer, vacancy)
    for text in (*COMPETENCES, SUMMARY, EDUCATION, TITLE, "Gladsaxe Kommune", "Signe Brøndum"):
        assert text in html, text
    assert "»budgetlægning i Gladsaxe Kommune«" in html  # the match quotes the leader's own words again
    for name in RECOGNISED:  # what the matcher recognised stays beside the leader's own words
        assert name in profile_block(html), name


# --- the API ----------------------------------------------------------------------------------------------------


def test_the_api_carries_no_text_the_leader_wrote_before_acceptance(
    client, api_headers, db, employer, vacancy, profile
):
    item = candidate_json(client, api_headers, employer, vacancy)
    assert item["summary"] is None and item["competences"] is None and item["education"] is None
    assert all(match["candidate_phrase"] is None for match in item["explanation"]["matches"])
    assert item["explanation"]["matches"]  # the shared concepts are still explained, in the vacancy's words
    assert_nothing_written_by_the_leader(str(item))
    names = {concept["name_da"] for concept in item["concepts"]}
    assert set(RECOGNISED) <= names and {"Budgetlægning", "Personaleledelse"} <= names
    assert all(set(concept) == {"id", "name_da", "name_en"} for concept in item["concepts"])
    assert "finance" in item["functions"] and item["professions"] == []


def test_the_api_returns_the_leaders_texts_after_acceptance(client, api_headers, db, employer, vacancy, profile):
    accept(db, vacancy, profile, employer)
    item = candidate_json(client, api_headers, employer, vacancy)
    assert item["summary"] == SUMMARY and item["competences"] == COMPETENCES and item["education"] == EDUCATION
    phrases = {match["concept"]: match["candidate_phrase"] for match in item["explanation"]["matches"]}
    assert phrases["budgeting"] == "budgetlægning i Gladsaxe Kommune"
    assert set(RECOGNISED) <= {concept["name_da"] for concept in item["concepts"]}


# --- the leader's preview ---------------------------------------------------------------------------------------


def test_the_preview_shows_the_leader_exactly_the_anonymous_card(client, login, employer, vacancy, leader, profile):
    employer_block = profile_block(candidate_page(client, login, employer, vacancy))
    login(leader)
    response = client.get(PREVIEW)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert profile_block(html) == employer_block
    assert_nothing_written_by_the_leader(html)
    assert "først, når du har accepteret" in html
    for name in RECOGNISED:
        assert name in html, name
    english = client.get(PREVIEW + "?lang=en").get_data(as_text=True)
    assert "Citizen and user involvement" in english and "Borger- og brugerinddragelse" not in english


@pytest.mark.parametrize(
    ("visibility", "told"),
    [(Visibility.HIDDEN, "Ingen arbejdsgivere kan se dig"), (Visibility.DISCREET, "Du er diskret")],
)
def test_the_preview_says_who_does_not_see_the_leader(client, login, db, leader, profile, visibility, told):
    profile.visibility = visibility
    db.commit()
    login(leader)
    html = client.get(PREVIEW).get_data(as_text=True)
    assert told in html and "Borger- og brugerinddragelse" in html
    assert_nothing_written_by_the_leader(html)


def test_the_profile_and_visibility_pages_link_to_the_preview(client, login, leader, profile):
    login(leader)
    assert PREVIEW in client.get("/leder/profil").get_data(as_text=True)
    assert PREVIEW in client.get("/leder/profil/synlighed").get_data(as_text=True)


def test_without_a_profile_the_preview_asks_for_one(client, login, leader):
    login(leader)
    html = client.get(PREVIEW).get_data(as_text=True)
    assert "Du har ikke udfyldt din profil endnu" in html and "/leder/profil/rediger" in html


def test_only_leaders_see_the_preview(client, login, employer):
    assert client.get(PREVIEW).status_code == 302
    login(employer)
    assert client.get(PREVIEW).status_code == 403
