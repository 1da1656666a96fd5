"""The mentor journey in a real browser: a leader who moved from a kommune to the state opts in as a mentor; a
kommune leader considering the state finds them (no name yet), asks for a conversation; the mentor accepts; both
then see each other's name and e-mail. Every page passes axe (WCAG 2.1 AA), and the find page also in English."""

import pytest

from models import Experience
from tests.browser.journeys import axe_violations, log_in, log_out

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.fixture
def leaders(db, make_user, make_profile, rebuild_index):
    mentor_user = make_user(email="mona@example.dk")
    mentor = make_profile(
        user=mentor_user,
        name="Mona Mentorsen",
        email="mona@example.dk",
        sector="stat",
        title="Kontorchef for budget",
        experiences=0,
        municipality_code=101,
        competences=["bevillingsstyring", "ministerbetjening", "personaleledelse"],
    )
    mentor.experiences = [
        Experience(
            sector="kommune",
            organisation="Gladsaxe Kommune",
            title="Økonomichef",
            level=2,
            start_year=2012,
            end_year=2019,
        ),
        Experience(
            sector="stat", organisation="Økonomistyrelsen", title="Kontorchef", level=2, start_year=2019, end_year=None
        ),
    ]
    mentee_user = make_user(email="signe@example.dk")
    make_profile(
        user=mentee_user,
        name="Signe Holm",
        email="signe@example.dk",
        sector="kommune",
        title="Økonomichef",
        municipality_code=159,
        competences=["budgetlægning og budgetopfølgning", "udvalgsbetjening", "personaleledelse"],
        open_to_sectors=["stat", "kommune"],
    )
    db.commit()
    rebuild_index()  # as the operator's `flask index rebuild` has
    return mentor_user, mentee_user


def test_a_leader_finds_a_mentor_who_crossed_and_both_see_contact_details_after_yes(page, leaders):
    mentor, mentee = leaders

    # The mentor opts in from the dashboard's link.
    log_in(page, mentor.email)
    page.get_by_role("link", name="Bliv selv mentor").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1, name="Bliv mentor for andre ledere").is_visible()
    assert page.get_by_text("Fra kommune til stat (2019)").is_visible()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Bliv mentor").click()  # without a text: refused at the field
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Mentortilbuddet er ikke gemt").is_visible()
    assert axe_violations(page) == []
    page.get_by_label("Hvad kan du hjælpe med?").fill("Hvordan ministerbetjening adskiller sig fra udvalgsbetjening.")
    page.get_by_role("button", name="Bliv mentor").click()
    page.wait_for_load_state()
    assert page.get_by_text("Du er nu mentor for andre ledere.").is_visible()
    log_out(page)

    # A kommune leader considering the state finds the mentor, without a name, and asks.
    log_in(page, mentee.email)
    page.get_by_role("link", name="Find en mentor").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Mentorer til et skifte til stat").is_visible()
    card = page.locator("li.sb-rank-item").first
    assert "Har skiftet til stat" in card.inner_text() and "Mona" not in page.content()
    assert "ministerbetjening adskiller sig" in card.inner_text()
    assert axe_violations(page) == []
    card.get_by_role("link", name="Bed om en samtale").click()
    page.wait_for_load_state()
    assert axe_violations(page) == []
    page.get_by_label("Din besked til mentoren").fill("Jeg overvejer staten. Har du tid til en kop kaffe?")
    page.get_by_role("button", name="Send anmodningen").click()
    page.wait_for_load_state()
    assert page.get_by_text("Din anmodning er sendt.").is_visible()
    assert "mona@example.dk" not in page.content()
    assert axe_violations(page) == []
    log_out(page)

    # The mentor reads the request (anonymous until yes) and accepts.
    log_in(page, mentor.email)
    page.goto("/mentorer/anmodninger")
    assert page.get_by_text("Har du tid til en kop kaffe?").is_visible() and "Signe Holm" not in page.content()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Sig ja og vis mit navn").click()
    page.wait_for_load_state()
    assert page.get_by_role("link", name="signe@example.dk").is_visible()
    log_out(page)

    # The mentee now sees the mentor's name and e-mail, and the inbox says so.
    log_in(page, mentee.email)
    page.goto("/mentorer/anmodninger")
    assert page.get_by_role("link", name="mona@example.dk").is_visible() and "Mona Mentorsen" in page.content()
    assert axe_violations(page) == []
    page.goto("/beskeder/")
    assert page.get_by_text("Mona Mentorsen har sagt ja til at tale med dig som mentor.").is_visible()

    # And the find page reads in English.
    page.goto("/mentorer/?sektor=stat")
    page.get_by_role("link", name="English", exact=True).first.click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1, name="Talk with someone who has changed sector").is_visible()
    assert axe_violations(page) == []
