"""The employer's vacancy pages in a real browser: a new employer's first draft, and the list at a glance."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from models import ContactRequest, ContactStatus, Interest, Role, Vacancy, VacancyStatus, utcnow
from tests.browser.journeys import log_in

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

TODAY = utcnow().date()


def test_a_new_employer_writes_a_draft_and_is_told_why_publishing_waits(page, db, make_user, make_organisation):
    agency = make_organisation("Skattestyrelsen", sector="stat")
    newcomer = make_user(Role.EMPLOYER, email="ny@skattestyrelsen.dk", organisation=agency, approved=False)
    log_in(page, newcomer.email)
    page.goto("/arbejdsgiver/stillinger/ny")
    page.get_by_label("Stillingsbetegnelse").fill("Kontorchef til inddrivelse")
    page.get_by_label("Arbejdssted (kommune)").select_option(label="København")
    page.get_by_label("Ledelsesniveau").select_option(index=2)
    page.get_by_label("Krævede kompetencer").fill("personaleledelse\nbudgetopfølgning")
    page.get_by_label("Stillingsopslag").fill("Du leder 30 medarbejdere i inddrivelsen.")
    page.get_by_label("Ansøgningsfrist").fill((TODAY - timedelta(days=1)).isoformat())
    page.get_by_role("button", name="Gem som kladde").click()
    page.wait_for_load_state()

    error = page.locator("#deadline-error")
    assert error.is_visible() and "Fristen kan ikke ligge før i dag" in error.inner_text()
    assert page.get_by_label("Stillingsbetegnelse").input_value() == "Kontorchef til inddrivelse"
    assert db.scalar(select(Vacancy)) is None

    page.get_by_label("Ansøgningsfrist").fill(TODAY.isoformat())
    page.get_by_role("button", name="Gem som kladde").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Din konto venter på godkendelse").is_visible()
    assert page.get_by_text("Du får besked, når kontoen er godkendt").is_visible()
    assert page.get_by_role("button", name="Offentliggør").count() == 0
    assert db.scalar(select(Vacancy.status)) == VacancyStatus.DRAFT


def test_the_list_shows_what_happened_around_each_vacancy(
    page, db, make_user, make_organisation, make_vacancy, make_profile, rebuild_index
):
    agency = make_organisation("Skattestyrelsen", sector="stat")
    employer = make_user(Role.EMPLOYER, email="hr@skattestyrelsen.dk", organisation=agency)
    vacancies = [
        make_vacancy(organisation=agency, title=f"Kontorchef nr. {n}", competences=["personaleledelse"])
        for n in range(8)
    ]
    leaders = [make_profile(competences=["personaleledelse"], open_to_sectors=["stat"]) for _ in range(3)]
    db.add_all([Interest(vacancy_id=vacancies[0].id, profile_id=leader.id) for leader in leaders[:2]])
    db.add(ContactRequest(vacancy_id=vacancies[0].id, profile_id=leaders[0].id, status=ContactStatus.ACCEPTED))
    db.commit()
    rebuild_index()
    log_in(page, employer.email)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/arbejdsgiver/stillinger")
    row = page.get_by_role("row", name="Kontorchef nr. 0")
    cells = [cell.inner_text().strip() for cell in row.get_by_role("cell").all()]
    assert cells[0] == "Stilling" and cells[3:] == ["3", "2", "0", "1", "1"]  # type, status, deadline, counts
    table = page.locator("table")
    assert table.bounding_box()["width"] <= page.locator("main").bounding_box()["width"]  # no sideways scrolling
    row.get_by_role("link", name="3 kandidater til Kontorchef nr. 0").click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/arbejdsgiver/stillinger/{vacancies[0].id}/kandidater")
