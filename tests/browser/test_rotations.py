"""Rotation offers in a real browser: an employer posts a three-month rotationsforløb and publishes it; a leader
narrows the vacancy list to offers, opens it and reads its kind and length (also in English); the feed address
the list offers for that search lists the offer and not the post. Every page passes axe (WCAG 2.1 AA)."""

from xml.etree import ElementTree as ET

import pytest
from sqlalchemy import select

from models import Role, Vacancy, VacancyStatus
from tests.browser.journeys import axe_violations, log_in, log_out

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

ATOM = "{http://www.w3.org/2005/Atom}"


def test_an_employer_posts_a_rotation_and_a_leader_finds_it_through_the_type_filter(
    page, db, make_user, make_organisation, make_vacancy, make_profile
):
    agency = make_organisation("Økonomistyrelsen", sector="stat")
    employer = make_user(Role.EMPLOYER, email="hr@oekonomistyrelsen.dk", organisation=agency)
    make_vacancy(organisation=make_organisation("Aarhus Kommune", sector="kommune"), title="Skolechef i Aarhus")
    leader = make_user(email="signe@example.dk")
    make_profile(user=leader, sector="kommune")

    # The employer posts a rotationsforløb of three months.
    log_in(page, employer.email)
    page.goto("/arbejdsgiver/stillinger")
    page.get_by_role("link", name="Ny stilling eller forløb").click()
    page.get_by_label("Rotationsforløb").check()
    page.get_by_label("Forløbets varighed").select_option(label="3 måneder")
    page.get_by_label("Stillingsbetegnelse").fill("Rotationsforløb: kontorchef i budgetkontoret")
    page.get_by_label("Arbejdssted (kommune)").select_option(label="København")
    page.get_by_label("Ledelsesniveau").select_option(index=2)
    page.get_by_label("Krævede kompetencer").fill("budgetopfølgning\npersonaleledelse")
    page.get_by_label("Stillingsopslag").fill("Tre måneder som kontorchef hos os, så vender du hjem.")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Gem som kladde").click()
    page.wait_for_load_state()
    facts = page.get_by_role("table", name="Fakta om stillingen")
    assert "Rotationsforløb" in facts.inner_text() and "3 måneder" in facts.inner_text()
    page.get_by_role("button", name="Offentliggør").click()
    page.wait_for_load_state()
    assert page.get_by_text("Stillingen er offentliggjort.").is_visible()
    assert axe_violations(page) == []
    page.get_by_role("link", name="Tilbage til vores stillinger").click()
    row = page.get_by_role("row", name="Rotationsforløb: kontorchef i budgetkontoret")
    assert "Rotationsforløb, 3 måneder" in row.inner_text()
    offer = db.scalar(select(Vacancy).where(Vacancy.kind == "rotation"))
    assert offer.duration_months == 3 and offer.status == VacancyStatus.PUBLISHED
    log_out(page)

    # A leader narrows the list to offers, opens the rotation and reads its kind and length.
    log_in(page, leader.email)
    page.goto("/stillinger")
    assert page.get_by_role("link", name="Skolechef i Aarhus").is_visible()
    page.get_by_label("Type").select_option(label="Rotation, udstationering og følordning")
    page.get_by_role("button", name="Søg").click()
    page.wait_for_load_state()
    assert "type=forloeb" in page.url
    assert page.get_by_role("status").first.inner_text().startswith("1 ledigt forløb")
    assert page.get_by_role("link", name="Skolechef i Aarhus").count() == 0
    result = page.locator(".sb-result", has_text="Rotationsforløb: kontorchef i budgetkontoret")
    assert "Rotationsforløb, 3 måneder" in result.inner_text()
    assert axe_violations(page) == []
    feed_url = page.get_by_role(
        "link", name="Abonnér på nye stillinger i denne søgning med en feedlæser"
    ).get_attribute("href")
    page.get_by_role("link", name="Rotationsforløb: kontorchef i budgetkontoret").click()
    page.wait_for_load_state()
    facts = page.get_by_role("table", name="Fakta om stillingen").inner_text()
    assert "Rotationsforløb" in facts and "3 måneder" in facts and "Efter aftale" in facts
    assert page.get_by_text("vender du tilbage til din egen arbejdsplads").is_visible()
    assert axe_violations(page) == []

    # The same page in English.
    page.get_by_role("link", name="English", exact=True).first.click()
    page.wait_for_load_state()
    facts = page.get_by_role("table", name="Key facts about the vacancy").inner_text()
    assert "Rotation" in facts and "3 months" in facts and "By agreement" in facts
    assert axe_violations(page) == []

    # The feed for this search lists the offer and not the post.
    assert feed_url == "/stillinger/feed.atom?type=forloeb"
    response = page.request.get(feed_url)
    assert response.ok
    root = ET.fromstring(response.body())
    titles = [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]
    assert titles == ["Rotationsforløb: kontorchef i budgetkontoret"]
    assert "rotationsforløb" in root.findtext(f"{ATOM}title")
