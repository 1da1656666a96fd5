"""The demo's reported hires give the mobility dashboard believable numbers (make run shows a populated page)."""

import pytest
from sqlalchemy import func, select

from models import Outcome, OutcomeKind, Profile
from webapp.services import demo_seed, mobility


@pytest.fixture
def seeded(runner, db):
    result = runner.invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    return db


def test_demo_hires_share_from_other_public_sectors_sits_a_little_above_vive(seeded):
    board = mobility.dashboard(seeded, public=False)
    reported = seeded.execute(
        select(Outcome.from_sector, Outcome.to_sector).where(Outcome.via_sektorbro.is_(False))
    ).all()
    for sector, intended in demo_seed.FROM_OTHER_PUBLIC.items():
        into = [f for f, t in reported if t == sector]
        share = sum(f in demo_seed.HIRES_INTO and f != sector for f in into) / len(into)
        assert board.baseline(sector) < share <= intended + 0.01, sector  # the leaders' own reports, as planned
        assert board.baseline(sector) < board.share(sector), sector  # and with the hires through Sektorbro
    assert board.hires == seeded.scalar(select(func.count()).select_from(Outcome))


def test_each_demo_leader_moves_at_most_once_from_their_own_sector_and_the_demo_login_does_not(seeded):
    rows = seeded.execute(select(Outcome.profile_id, Outcome.from_sector, Profile.sector).join(Profile)).all()
    assert len(rows) == len({row.profile_id for row in rows}) > 150
    assert all(row.from_sector == row.sector for row in rows)
    demo_leader = seeded.scalar(select(Profile.id).where(Profile.email == demo_seed.DEMO_LEADER))
    assert demo_leader not in {row.profile_id for row in rows}
    assert {o.kind for o in seeded.scalars(select(Outcome))} == {OutcomeKind.HIRED}


def test_the_public_dashboard_of_the_demo_shows_every_receiving_sectors_total(seeded):
    board = mobility.dashboard(seeded, public=True)
    assert all(board.get("to", sector) >= mobility.MIN_CELL for sector in demo_seed.HIRES_INTO)
    assert all(board.share(sector) is not None for sector in demo_seed.HIRES_INTO)


def test_seeding_twice_adds_no_second_set_of_hires(runner, seeded):
    before = seeded.scalar(select(func.count()).select_from(Outcome))
    runner.invoke(args=["seed-demo", "--if-empty"])
    assert seeded.scalar(select(func.count()).select_from(Outcome)) == before
