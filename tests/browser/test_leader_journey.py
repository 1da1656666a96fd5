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
    # Nothing is preset that the leader might miss, and an empty experience has nothing to remove.
    assert page.get_by_label("Nuværende sektor").input_value() == ""
    assert page.locator("[name=experiences-0-sector]").input_value() == ""
    assert page.get_by_text("Fjern denne erfaring").count() == 0
    # Visibility is asked before the first save, with the private-but-findable choice preselected.
    assert page.get_by_role("radio", name="Diskret").is_checked()
    assert page.get_by_text("undtagen din egen organisation og de organisationer").is_visible()
    page.get_by_label("Navn", exact=True).fill("Birgitte Holm")
    page.get_by_label("Nuværende sektor").select_option("region")
    page.get_by_label("Nuværende organisation").fill("Region Syddanmark")
    page.get_by_label("Stillingsbetegnelse").fill("Chefsygeplejerske")
    page.get_by_label("Niveau 2: Chef (leder ledere)").check()
    page.get_by_label("År som leder").fill("11")
    page.get_by_label("Bopælskommune").select_option(label="Odense")
    page.get_by_label("Længste transport (km)").fill("900")  # a mistake: more than 500 km
    page.get_by_label("Kompetencer").fill("patientforløb\nkapacitetsstyring\nforandringsledelse")
    page.locator("[name=experiences-0-organisation]").fill("Odense Universitetshospital")
    page.locator("[name=experiences-0-title]").fill("Chefsygeplejerske")
    page.locator("[name=experiences-0-level]").select_option("2")
    page.locator("[name=experiences-0-start_year]").fill("2019")
    page.get_by_role("button", name="Gem profil").click()  # the other mistake: no sector for the experience

    summary = page.get_by_role("alert").filter(has_text="Profilen er ikke gemt")
    assert summary.count() == 1 and page.get_by_text("Profilen er ikke gemt").count() == 1  # one message, no flash
    assert summary.get_by_role("link", name=re.compile("Skriv et tal fra 0 til 500")).is_visible()
    summary.get_by_role("link", name=re.compile("Vælg sektoren for dette job")).click()
    assert page.locator("[name=experiences-0-sector]").evaluate("el => el === document.activeElement")
    assert page.get_by_label("Navn", exact=True).input_value() == "Birgitte Holm"
    assert page.get_by_role("radio", name="Diskret").is_checked()
    assert page.get_by_text("Fjern denne erfaring").count() == 1  # now the entry holds something
    assert db.scalar(select(Profile)) is None

    page.locator("[name=experiences-0-sector]").select_option("region")
    page.get_by_label("Længste transport (km)").fill("60")
    page.get_by_role("button", name="Gem profil").click()
    page.wait_for_url("**/leder/profil")
    assert page.get_by_text("Din profil er oprettet. Synlighed: Diskret.").is_visible()
    assert page.get_by_role("heading", name="Birgitte Holm").is_visible()
    assert page.get_by_text("kapacitetsstyring").is_visible()
    assert page.get_by_text("Odense Universitetshospital").first.is_visible()
    assert db.scalar(select(Profile.visibility)) == "discreet"
