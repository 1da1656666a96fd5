"""A leader registers, confirms the address from the mail, makes one mistake in the profile form, corrects it
and sees the profile."""

import re

import pytest
from sqlalchemy import select

from models import Profile

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def test_leader_registers_and_builds_a_profile(page, db, make_organisation, outbox):
    make_organisation("Region Syddanmark", sector="region", municipality_code=461)  # leaders pick from the list
    page.goto("/")
    page.get_by_role("link", name="Opret konto").first.click()
    page.get_by_role("link", name="leder", exact=False).first.click()
    page.get_by_label("E-mail").fill("ny.leder@example.dk")
    page.get_by_label("Adgangskode", exact=True).fill("et-langt-kodeord")
    page.get_by_label("Gentag adgangskode").fill("et-langt-kodeord")
    page.get_by_role("button", name="Opret konto").click()

    page.wait_for_url("**/konto/log-ind")
    assert page.get_by_text("Følg linket i den for at bekræfte adressen").is_visible()
    [mail] = outbox()
    page.goto(re.search(r"http://\S+/konto/bekraeft/\S+", mail.get_content()).group(0))
    page.wait_for_url("**/leder/profil/rediger")
    page.get_by_label("Navn", exact=True).fill("Birgitte Holm")
    page.get_by_label("Nuværende sektor").select_option("region")
    page.get_by_label("Nuværende organisation").fill("Region Syddanmark")
    page.get_by_label("Stillingsbetegnelse").fill("Chefsygeplejerske")
    page.get_by_label("Niveau 2: Chef (leder ledere)").check()
    page.get_by_label("År som leder").fill("11")
    page.get_by_label("Bopælskommune").select_option(label="Odense")
    page.get_by_label("Længste transport (km)").fill("900")  # the mistake: more than 500 km
    page.get_by_label("Kompetencer").fill("patientforløb\nkapacitetsstyring\nforandringsledelse")
    page.locator("[name=experiences-0-organisation]").fill("Odense Universitetshospital")
    page.locator("[name=experiences-0-title]").fill("Chefsygeplejerske")
    page.locator("[name=experiences-0-level]").select_option("2")
    page.locator("[name=experiences-0-start_year]").fill("2019")
    page.get_by_role("button", name="Gem profil").click()

    assert page.get_by_text("Skriv et tal fra 0 til 500.").first.is_visible()
    assert page.get_by_label("Navn", exact=True).input_value() == "Birgitte Holm"
    assert db.scalar(select(Profile)) is None

    page.get_by_label("Længste transport (km)").fill("60")
    page.get_by_role("button", name="Gem profil").click()
    page.wait_for_url("**/leder/profil")
    assert page.get_by_text("Din profil er gemt.").is_visible()
    assert page.get_by_role("heading", name="Birgitte Holm").is_visible()
    assert page.get_by_text("kapacitetsstyring").is_visible()
    assert page.get_by_text("Odense Universitetshospital").first.is_visible()
