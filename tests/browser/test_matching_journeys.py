"""Employer, leader and admin journeys through matching at work, in a real browser."""

import pytest
from sqlalchemy import select

from models import ContactRequest, ContactStatus, Role, WeightSet
from tests.browser.journeys import axe_violations, log_in, log_out
from webapp.services import contacts, weights

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def test_employer_reviews_anonymous_candidates_and_asks_for_contact(page, market, db):
    vacancy = market["vacancy"]
    log_in(page, market["employer"].email)
    page.goto(f"/arbejdsgiver/stillinger/{vacancy.id}/kandidater")
    first = page.locator(".sb-candidate").first
    assert first.locator(".badge", has_text="Anden sektor").is_visible()
    assert page.get_by_text("Hvad ledere fra andre sektorer bringer med:").is_visible()
    assert "Signe Holm" not in page.content() and "Gladsaxe Kommune" not in page.content()
    first.get_by_text("Forklaring, profil, noter og kontakt").click()
    first.get_by_label("Besked").fill("Vi vil gerne tale med dig om stillingen som kontorchef.")
    first.get_by_role("button", name="Send kontaktanmodning").click()
    page.wait_for_load_state()
    assert page.get_by_text("Kontaktanmodningen er sendt.").is_visible()
    assert axe_violations(page) == []  # the list as it comes back, marked at the card acted on
    assert first.get_by_text("Kontakt: Afventer svar").is_visible()  # the card says so without opening it
    first.get_by_text("Forklaring, profil, noter og kontakt").click()
    assert first.get_by_text("Du har sendt en kontaktanmodning").is_visible()
    assert "Signe Holm" not in page.content()
    request = db.scalar(select(ContactRequest))
    assert request.status == ContactStatus.PENDING and request.profile.name == "Signe Holm"


def test_leader_accepts_and_the_employer_then_sees_the_name(app, page, market, db):
    vacancy, leader = market["vacancy"], market["leader"]
    with app.test_request_context():  # the leader is told by mail: templates and links need the app
        contacts.send(db, market["employer"], vacancy, leader.profile, "Må vi ringe til dig?")
        db.commit()
    log_in(page, leader.email)
    page.goto("/leder/kontakt")
    assert page.get_by_text("Må vi ringe til dig?").is_visible()
    page.get_by_role("button", name="Acceptér og vis mit navn").click()
    page.wait_for_load_state()
    log_out(page)
    log_in(page, market["employer"].email)
    page.goto(f"/arbejdsgiver/stillinger/{vacancy.id}/kandidater")
    card = page.locator(".sb-candidate", has_text="Signe Holm")
    assert card.get_by_text("Kandidaten har accepteret din kontaktanmodning").is_visible()
    assert card.get_by_role("link", name="signe@example.dk").is_visible()


def test_admin_changes_a_weight_previews_saves_and_rolls_back(page, market, db, make_user):
    admin = make_user(Role.ADMIN, email="hr-admin@example.dk")
    original = weights.active_weights(db)
    db.commit()
    log_in(page, admin.email)
    page.goto("/admin/vaegte")
    page.get_by_label("Kompetencer").fill("44")  # shares of the score in percent: 44 + 12 keeps the sum at 100
    page.get_by_label("Funktion").fill("12")
    page.get_by_role("button", name="Forhåndsvis").click()
    page.wait_for_load_state()
    assert page.get_by_text("med de nye vægte").first.is_visible()
    page.get_by_label("Note").fill("Mere vægt på kompetencer efter dialog med HR-netværket")
    page.get_by_role("button", name="Gem som ny version").click()
    page.wait_for_load_state()
    db.expire_all()
    assert weights.shares(weights.active_weights(db))["competence"] == 44
    page.goto("/admin/vaegte/historik")
    page.get_by_role("button", name="Rul tilbage til denne version (version 1)").click()
    page.wait_for_load_state()
    db.expire_all()
    assert weights.active_weights(db) == original
    assert db.scalar(select(WeightSet).where(WeightSet.active.is_(True))).version == 3
