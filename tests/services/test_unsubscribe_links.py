"""Unsubscribe links: one way to make the secret and one way to look it up, for every kind of mail."""

import pytest

from models import NotificationSetting, Role, SavedSearch, TalentSearch
from tests.services.test_alerts import wanted_search
from tests.services.test_talent_searches import wanted_talent
from webapp.services import alerts, notifications, talent_searches, unsubscribe_links


def test_a_new_token_is_long_random_and_url_safe():
    tokens = {unsubscribe_links.new_token() for _ in range(50)}
    assert len(tokens) == 50
    assert all(len(token) >= 40 and len(token) <= unsubscribe_links.MAX_LENGTH for token in tokens)
    assert all(token.replace("-", "").replace("_", "").isalnum() for token in tokens)


@pytest.mark.parametrize("token", ["", None, "x" * (unsubscribe_links.MAX_LENGTH + 1)])
def test_an_empty_or_overlong_token_finds_nothing_and_asks_no_query(db, count_statements, token):
    found = []

    def look_up() -> None:
        found.extend(
            unsubscribe_links.holder(db, model, token) for model in (NotificationSetting, SavedSearch, TalentSearch)
        )

    assert count_statements(look_up) == 0
    assert found == [None, None, None]


def test_every_kind_of_link_is_found_by_its_own_token(db, make_user, make_organisation):
    leader = make_user(Role.LEADER, email="leder@example.dk")
    employer = make_user(Role.EMPLOYER, email="hr@example.dk", organisation=make_organisation(sector="stat"))
    search = alerts.create(db, leader, wanted_search("Økonomi"))
    talent = talent_searches.create(db, employer, wanted_talent("Økonomiledere", frequency="weekly"))
    setting = NotificationSetting(
        user_id=leader.id, choices={}, language="da", unsubscribe_token=unsubscribe_links.new_token()
    )
    db.add(setting)
    db.flush()
    assert unsubscribe_links.holder(db, SavedSearch, search.unsubscribe_token) is search
    assert unsubscribe_links.holder(db, TalentSearch, talent.unsubscribe_token) is talent
    assert unsubscribe_links.holder(db, NotificationSetting, setting.unsubscribe_token) is setting
    assert unsubscribe_links.holder(db, SavedSearch, talent.unsubscribe_token) is None
    assert notifications.by_token(db, setting.unsubscribe_token) is setting
