"""The demo's mentors: leaders who crossed into the sector they are in now, with accounts, found by the demo leader."""

import pytest
from sqlalchemy import func, select

from models import MentorOffer, Profile
from webapp.services import demo_seed, mentor_matching, mentoring, ranking


@pytest.fixture
def seeded(runner, db):
    result = runner.invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    return db


def test_demo_mentors_crossed_into_their_sector_and_can_log_in(seeded):
    offers = seeded.scalars(select(MentorOffer)).all()
    assert len(offers) >= 6
    assert len({o.profile.sector for o in offers}) == 4  # two per sector they are in now
    for offer in offers:
        profile = offer.profile
        assert any(m.to_sector == profile.sector for m in mentoring.moves(seeded, profile))
        assert profile.user is not None and profile.user.active and profile.email == profile.user.email
    assert seeded.scalar(select(MentorOffer.id).join(Profile).where(Profile.email == demo_seed.DEMO_LEADER)) is None


def test_the_demo_leader_finds_mentors_and_seeding_again_adds_none(app, runner, seeded, rebuild_index):
    rebuild_index()
    leader = seeded.scalar(select(Profile).where(Profile.email == demo_seed.DEMO_LEADER))
    target = next(s for s in ("stat", "region", "kommune") if s != leader.sector)
    with app.test_request_context():
        found = mentor_matching.find_mentors(seeded, ranking.directory_for(app.instance_path), leader, target)
    assert found and found[0].into_target
    before = seeded.scalar(select(func.count()).select_from(MentorOffer))
    runner.invoke(args=["seed-demo", "--if-empty"])
    assert seeded.scalar(select(func.count()).select_from(MentorOffer)) == before
