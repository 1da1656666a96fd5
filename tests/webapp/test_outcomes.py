"""Recording outcomes: only the vacancy's employer, only after acceptance; a leader only for themselves; a later
outcome replaces the earlier; an erased leader's hire keeps only sectors, levels and the month."""

from datetime import date

import pytest
from sqlalchemy import select

from models import ContactRequest, Outcome, Role, utcnow
from webapp.services import outcomes
from webapp.services.errors import Conflict, Forbidden, NotFound, ServiceError


def today():
    """Read when a test runs, not when the module is collected: a run may pass midnight."""
    return date.today()


@pytest.fixture
def world(db, make_organisation, make_user, make_profile, make_vacancy):
    org = make_organisation(sector="region")
    employer = make_user(Role.EMPLOYER, organisation=org)
    leader = make_user(Role.LEADER)
    profile = make_profile(user=leader, sector="kommune", level=2)
    vacancy = make_vacancy(organisation=org, level=3)
    request = ContactRequest(vacancy=vacancy, profile=profile, sender=employer, message="m", status="pending")
    db.add(request)
    db.commit()
    return employer, leader, profile, vacancy, request


def test_only_after_acceptance_and_only_the_vacancys_employer(app, db, world, make_user, make_organisation):
    employer, leader, profile, vacancy, request = world
    with app.test_request_context():
        with pytest.raises(Conflict):
            outcomes.record_for_contact(db, employer, vacancy, profile.id, "interview", today(), today())
        request.status, request.answered_at = "accepted", utcnow()
        db.commit()
        stranger = make_user(Role.EMPLOYER, organisation=make_organisation(sector="stat"))
        for user in (stranger, leader, make_user(Role.ADMIN)):
            with pytest.raises(Forbidden):
                outcomes.record_for_contact(db, user, vacancy, profile.id, "hired", today(), today())
        unapproved = make_user(Role.EMPLOYER, organisation=vacancy.organisation, approved=False)
        with pytest.raises(Forbidden):
            outcomes.record_for_contact(db, unapproved, vacancy, profile.id, "hired", today(), today())
        with pytest.raises(ServiceError):
            outcomes.record_for_contact(db, employer, vacancy, profile.id, "promoted", today(), today())
        first = outcomes.record_for_contact(db, employer, vacancy, profile.id, "interview", today(), today())
        later = outcomes.record_for_contact(db, employer, vacancy, profile.id, "hired", today(), today())
    db.commit()
    assert later.id == first.id and later.kind == "hired"
    assert later.history == [{"kind": "interview", "on": today().isoformat()}]
    assert (later.from_sector, later.to_sector, later.level_before, later.level_after) == ("kommune", "region", 2, 3)
    assert later.via_sektorbro


def test_a_leader_reports_only_their_own_job(app, db, world, make_user, make_profile):
    employer, leader, profile, vacancy, request = world
    other = make_user(Role.LEADER)
    make_profile(user=other, sector="stat")
    with app.test_request_context():
        with pytest.raises(NotFound):  # not accepted yet
            outcomes.record_new_job(db, leader, today=today(), started_on=today(), contact_request_id=request.id)
        request.status = "accepted"
        db.commit()
        with pytest.raises(NotFound):  # someone else's request
            outcomes.record_new_job(db, other, today=today(), started_on=today(), contact_request_id=request.id)
        with pytest.raises(Forbidden):  # an employer has no jobs to report here
            outcomes.record_new_job(db, employer, today=today(), started_on=today(), to_sector="stat", level_after=2)
        through = outcomes.record_new_job(db, leader, today=today(), started_on=today(), contact_request_id=request.id)
        # the employer's record of the same hire is the same row: never counted twice
        again = outcomes.record_for_contact(db, employer, vacancy, profile.id, "hired", today(), today())
        elsewhere = outcomes.record_new_job(
            db, leader, today=today(), started_on=today(), to_sector="privat", level_after=2, title="Direktør"
        )
        with pytest.raises(Conflict):
            outcomes.record_new_job(db, leader, today=today(), started_on=today(), to_sector="privat", level_after=2)
    db.commit()
    assert through.id == again.id
    assert (elsewhere.from_sector, elsewhere.to_sector, elsewhere.via_sektorbro) == ("kommune", "privat", False)


def test_erasure_keeps_only_the_aggregate_facts(app, db, world):
    employer, leader, profile, vacancy, request = world
    request.status = "accepted"
    db.commit()
    day = date(today().year, today().month, min(today().day, 28))
    with app.test_request_context():
        outcomes.record_new_job(db, leader, today=today(), started_on=day, to_sector="stat", level_after=3, title="X")
        outcomes.record_for_contact(db, employer, vacancy, profile.id, "not_hired", today(), today())
        outcomes.anonymise(db, profile.id)
    db.commit()
    (kept,) = db.scalars(select(Outcome)).all()  # the refusal is gone, the hire stays
    assert (kept.profile_id, kept.vacancy_id, kept.contact_request_id, kept.recorded_by_id) == (None,) * 4
    assert (kept.title, kept.history, kept.occurred_on) == ("", [], day.replace(day=1))
    assert (kept.from_sector, kept.to_sector, kept.level_before, kept.level_after) == ("kommune", "stat", 2, 3)
    assert kept.created_at.day == 1


def test_the_card_and_the_profile_page(app, db, client, login, csrf, world):
    employer, leader, profile, vacancy, request = world
    request.status = "accepted"
    db.commit()
    login(employer)
    url = f"/arbejdsgiver/stillinger/{vacancy.id}/kandidater/{profile.id}/udfald"
    token = csrf()
    prefix = f"k{profile.id}"
    response = client.post(
        url,
        data={f"{prefix}-csrf_token": token, f"{prefix}-kind": "hired", f"{prefix}-occurred_on": today().isoformat()},
    )
    assert response.status_code == 302
    assert db.scalar(select(Outcome.kind)) == "hired"
    login(leader)
    page = client.get("/leder/profil").get_data(as_text=True)
    assert "Ansat" in page and "registreret af arbejdsgiveren" in page
    token = csrf("/leder/profil/nyt-job")
    response = client.post(
        "/leder/profil/nyt-job",
        data={
            "csrf_token": token,
            "contact_request_id": "",
            "to_sector": "stat",
            "level_after": "2",
            "started_on": today().isoformat(),
        },
    )
    assert response.status_code == 302
    assert db.scalar(select(Outcome).where(Outcome.source == "leader")).to_sector == "stat"
