"""Sector guides and the barrier hint in a real browser: a regional leader reads what differs in a move to the state,
follows the link to the state's guide, and both pages pass axe (WCAG 2.1 AA) in Danish and English."""

import pytest

from tests.browser.journeys import axe_violations, log_in

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def test_a_regional_leader_reads_the_hint_and_the_state_guide(
    page, make_user, make_profile, make_organisation, make_vacancy
):
    vacancy = make_vacancy(title="Kontorchef for inddrivelse", organisation=make_organisation("Skattestyrelsen"))
    leader = make_user(email="chef@regionh.dk")
    make_profile(user=leader, sector="region")
    log_in(page, leader.email)

    page.goto(f"/stillinger/{vacancy.id}")
    hint = page.get_by_role("region", name="Fra region til stat: det er anderledes")
    assert hint.is_visible()
    assert hint.get_by_role("columnheader", name="Hos dig nu: Region").is_visible()
    assert hint.get_by_role("rowheader", name="Pension").is_visible()
    assert "17,1 %" in hint.inner_text() and "21–22 %" in hint.inner_text()
    assert axe_violations(page) == []

    hint.get_by_role("link", name="Læs mere i guiden til sektoren: Stat").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1, name="At være leder i staten").is_visible()
    assert page.get_by_role("heading", name="Kilder").is_visible()
    assert axe_violations(page) == []

    page.get_by_role("link", name="English", exact=True).first.click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1, name="Leading in the state").is_visible()
    assert axe_violations(page) == []
    page.goto(f"/stillinger/{vacancy.id}")
    assert page.get_by_role("region", name="From region to central government: what is different").is_visible()
    assert axe_violations(page) == []
