"""The demo employer's talent searches: saved, and the first one's last digest recorded (no mail sent)."""

from sqlalchemy import func, select

from models import Notification, NotificationKind, TalentDelivery, TalentSearch, User
from webapp.services import demo_seed, talent_searches
from webapp.services.demo_talent import SEARCHES


def test_the_demo_employer_has_searches_and_a_digest_of_anonymous_fits_and_seeding_again_adds_none(runner, db):
    assert runner.invoke(args=["seed-demo", "--profiles", "200", "--vacancies", "20"]).exit_code == 0
    employer = db.scalar(select(User).where(User.email == demo_seed.DEMO_EMPLOYER))
    searches = talent_searches.for_user(db, employer)
    assert [s.name for s in searches] == [name for name, _filters, _how_often in SEARCHES]
    sent = db.scalars(select(TalentDelivery).where(TalentDelivery.user_id == employer.id)).all()
    assert 0 < len(sent) <= 6 and {d.talent_search_id for d in sent} == {searches[0].id}
    for delivery in sent:  # every candidate fits the search and may be seen by this employer
        profile = delivery.profile
        assert profile.sector != employer.organisation.sector
        assert "finance" in talent_searches.roles.of_profile(profile).functions
        assert talent_searches.may_see(db, employer, profile)
    said = select(func.count()).select_from(Notification).where(Notification.kind == NotificationKind.TALENT_MATCHES)
    assert db.scalar(said) == 0  # recorded as sent, but nobody was told or mailed
    runner.invoke(args=["seed-demo", "--if-empty"])
    assert db.scalar(select(func.count()).select_from(TalentSearch)) == len(searches)
