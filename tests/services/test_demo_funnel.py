"""The demo's employers used the service: `make run` shows a populated funnel and shortlist rates, made of the
records the service itself keeps, coherent with each other, leaving the demo logins' own pages untouched."""

import pytest
from sqlalchemy import func, select

from models import (
    CandidateDecision,
    ContactRequest,
    ContactStatus,
    Impression,
    Outcome,
    Profile,
    User,
    Vacancy,
    VacancyStatus,
)
from webapp.services import demo_funnel, demo_seed, fairness, mobility
from webapp.services import weights as weight_sets


@pytest.fixture
def seeded(runner, db):
    result = runner.invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    return db


def test_the_public_funnel_shows_every_stage_and_never_grows(seeded):
    board = mobility.dashboard(seeded, public=True)
    stages = [board.get("stage", s) for s in mobility.STAGES]
    assert all(value is not None and value >= mobility.MIN_CELL for value in stages), stages
    assert stages == sorted(stages, reverse=True)
    assert stages[0] > 300 and stages[-1] >= mobility.MIN_CELL
    assert len(board.months) >= 6  # a year of recruitments


def test_every_record_is_coherent_with_the_one_before(seeded):
    shown = set(seeded.execute(select(Impression.vacancy_id, Impression.profile_id)).all())
    positions = seeded.scalars(select(Impression.position)).all()
    assert positions and all(1 <= p <= 10 for p in positions)
    decided = set(seeded.execute(select(CandidateDecision.vacancy_id, CandidateDecision.profile_id)).all())
    assert decided <= shown  # employers decide on what the list showed them
    shortlisted = set(
        seeded.execute(
            select(CandidateDecision.vacancy_id, CandidateDecision.profile_id).where(
                CandidateDecision.decision == "shortlisted"
            )
        ).all()
    )
    contacted = set(seeded.execute(select(ContactRequest.vacancy_id, ContactRequest.profile_id)).all())
    assert contacted <= shortlisted
    for hire in seeded.scalars(select(Outcome).where(Outcome.via_sektorbro.is_(True))):
        request = seeded.get(ContactRequest, hire.contact_request_id)
        assert request.status == ContactStatus.ACCEPTED and request.answered_at.date() <= hire.occurred_on
        vacancy = seeded.get(Vacancy, hire.vacancy_id)
        assert vacancy.status == VacancyStatus.CLOSED and hire.to_sector == vacancy.sector
        assert hire.from_sector == seeded.get(Profile, hire.profile_id).sector
    hired = seeded.scalars(select(Outcome.profile_id).where(Outcome.kind == "hired")).all()
    assert len(hired) == len(set(hired))  # nobody is hired twice


def test_the_demo_logins_pages_are_left_alone(seeded):
    leader = seeded.scalar(select(Profile.id).where(Profile.email == demo_seed.DEMO_LEADER))
    assert not seeded.scalar(select(func.count()).where(ContactRequest.profile_id == leader))
    employer = seeded.scalar(select(User).where(User.email == demo_seed.DEMO_EMPLOYER))
    own = select(Vacancy.id).where(Vacancy.organisation_id == employer.organisation_id)
    for model in (Impression, CandidateDecision, ContactRequest):
        assert not seeded.scalar(select(func.count()).select_from(model).where(model.vacancy_id.in_(own)))


def test_past_recruitments_are_closed_copies_and_shortlist_rates_have_numbers(seeded):
    closed = seeded.scalars(select(Vacancy).where(Vacancy.external_id.like("%-tidligere"))).all()
    assert len(closed) == demo_funnel.PAST_RECRUITMENTS
    assert all(v.status == VacancyStatus.CLOSED and v.published_at is not None for v in closed)
    rates = {r.sector: r for r in fairness.shortlist_rates(seeded)}
    assert all(rates[s].reviewed >= fairness.FEW for s in ("stat", "region", "kommune"))
    assert max(r.ratio for r in rates.values() if r.ratio is not None) == 1.0
    # the demo's decisions were made under the active weights: its period holds them all
    active = weight_sets.active_set(seeded)
    assert [r.reviewed for r in fairness.shortlist_rates(seeded, active)] == [r.reviewed for r in rates.values()]


def test_seeding_again_adds_no_second_funnel(runner, seeded):
    before = [seeded.scalar(select(func.count()).select_from(m)) for m in (Impression, CandidateDecision, Vacancy)]
    result = runner.invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    assert [seeded.scalar(select(func.count()).select_from(m)) for m in (Impression, CandidateDecision, Vacancy)] == (
        before
    )
