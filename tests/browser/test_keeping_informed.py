"""People are told what happens to them, in a real browser: an employer's contact request reaches the leader's
header and inbox, the leader's answer reaches the employer's; an admin is warned before one weight decides."""

import pytest
from sqlalchemy import select

from models import ContactRequest, ContactStatus, Role
from tests.browser.journeys import axe_violations, log_in, log_out

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def inbox_link(page):
    return page.get_by_role("banner").get_by_role("link", name="Beskeder")


def test_a_contact_request_and_its_answer_reach_each_side_in_the_header_and_the_inbox(page, market, db):
    vacancy, leader, employer = market["vacancy"], market["leader"], market["employer"]
    log_in(page, employer.email)
    page.goto(f"/arbejdsgiver/stillinger/{vacancy.id}/kandidater")
    card = page.locator(f"#kandidat-{leader.profile.id}")
    card.get_by_text("Forklaring, profil, noter og kontakt").click()
    card.get_by_label("Besked").fill("Vi vil gerne tale med dig om stillingen.")
    card.get_by_role("button", name="Send kontaktanmodning").click()
    page.wait_for_load_state()
    assert page.get_by_text("Kontaktanmodningen er sendt.").is_visible()
    log_out(page)

    log_in(page, leader.email)
    link = inbox_link(page)
    assert link.inner_text().strip().startswith("Beskeder") and "1" in link.inner_text()
    assert "1 ulæst" in link.text_content()  # what a screen reader hears
    link.click()
    page.wait_for_load_state()
    assert page.get_by_text("Du har 1 ulæst besked.").is_visible()
    assert axe_violations(page) == []
    page.get_by_role("link", name="Økonomistyrelsen vil gerne i kontakt med dig").click()
    page.wait_for_load_state()
    assert page.url.split("#")[0].endswith("/leder/kontakt")  # opened where the leader can answer
    assert "ulæst" not in inbox_link(page).text_content()  # opening it marked it read
    page.get_by_role("button", name="Acceptér og vis mit navn").click()
    page.wait_for_load_state()
    log_out(page)

    log_in(page, employer.email)
    link = inbox_link(page)
    assert "1 ulæst" in link.text_content()
    link.click()
    page.wait_for_load_state()
    told = page.locator("main").inner_text()
    assert "accepteret" in told and "Kontorchef til budget og bevillinger" in told
    page.get_by_role("button", name="Markér alle som læst").click()
    page.wait_for_load_state()
    assert page.get_by_text("Du har ingen ulæste beskeder.").is_visible()
    assert "ulæst" not in inbox_link(page).text_content()
    request = db.scalar(select(ContactRequest))
    db.refresh(request)
    assert request.status == ContactStatus.ACCEPTED


def test_an_admin_is_warned_before_one_component_decides_most_of_the_score(page, market, make_user, db):
    admin = make_user(Role.ADMIN, email="hr-chef@example.dk")
    db.commit()
    log_in(page, admin.email)
    page.goto("/admin/vaegte")
    shares = {"Kompetencer": 60, "Funktion": 10, "Tekstlighed": 5, "Ledelsesniveau": 10, "Geografi": 5}
    shares |= {"Jobsøgning": 8, "Anden sektor": 2}
    for label, share in shares.items():
        page.get_by_label(label, exact=True).fill(str(share))
    page.get_by_role("button", name="Forhåndsvis").click()
    page.wait_for_load_state()
    assert page.get_by_text("Én del afgør mere end halvdelen af scoren").is_visible()
    assert axe_violations(page) == []
    page.get_by_label("Kompetencer", exact=True).fill("40")
    page.get_by_label("Funktion", exact=True).fill("30")
    page.get_by_role("button", name="Forhåndsvis").click()
    page.wait_for_load_state()
    assert not page.get_by_text("Én del afgør mere end halvdelen af scoren").is_visible()
