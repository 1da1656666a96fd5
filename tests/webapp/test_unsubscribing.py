"""Every unsubscribe link's page (``webapp/unsubscribing.py``) looks its token up once: the button stops the mails
of what the page found, without the service looking the token up again."""

import pytest
from sqlalchemy import event, select

from models import Delivery, NotificationSetting, Role, SavedSearch, TalentSearch
from webapp.services import alerts, contracts, notifications, talent_searches, unsubscribe_links
from webapp.services.errors import UnsubscribeLinkBroken


def saved_search(db, make_user, make_organisation):
    search = alerts.create(db, make_user(), contracts.checked(contracts.SavedSearch, name="Økonomi"))
    return f"/afmeld/{search.unsubscribe_token}", lambda: db.get(SavedSearch, search.id).alerts is False


def talent_search(db, make_user, make_organisation):
    employer = make_user(Role.EMPLOYER, organisation=make_organisation(sector="stat"))
    wanted = contracts.checked(contracts.TalentSearch, name="Økonomiledere", frequency="weekly")
    search = talent_searches.create(db, employer, wanted)
    return f"/afmeld/talent/{search.unsubscribe_token}", lambda: db.get(TalentSearch, search.id).active is False


def notification_kind(db, make_user, make_organisation):
    leader = make_user(Role.LEADER)
    setting = NotificationSetting(
        user_id=leader.id, choices={}, language="da", unsubscribe_token=unsubscribe_links.new_token()
    )
    db.add(setting)
    db.flush()
    kind = notifications.Kind.CONTACT_REQUEST

    def stopped() -> bool:
        return db.get(NotificationSetting, setting.user_id).choices == {str(kind): str(Delivery.NEVER)}

    return f"/afmeld/beskeder/{kind}/{setting.unsubscribe_token}", stopped


@pytest.mark.parametrize("link", [saved_search, talent_search, notification_kind])
def test_the_button_stops_the_mails_with_one_look_up_of_the_token(
    app, client, csrf, db, make_user, make_organisation, link
):
    url, stopped = link(db, make_user, make_organisation)
    db.commit()
    token = csrf(url)
    looked_up = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if "unsubscribe_token =" in statement:
            looked_up.append(statement)

    engine = app.extensions["sqlalchemy_engine"]
    event.listen(engine, "before_cursor_execute", record)
    try:
        response = client.post(url, data={"csrf_token": token})
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert response.status_code == 302
    assert len(looked_up) == 1, looked_up
    db.expire_all()
    assert stopped()


def test_a_kind_the_person_does_not_get_is_no_link_and_is_refused(db, make_user):
    leader = make_user(Role.LEADER)
    setting = NotificationSetting(
        user_id=leader.id, choices={}, language="da", unsubscribe_token=unsubscribe_links.new_token()
    )
    db.add(setting)
    db.flush()
    assert notifications.link_kind(setting, "contact_request") == notifications.Kind.CONTACT_REQUEST
    assert notifications.link_kind(setting, "interest") is None  # an employer's kind
    assert notifications.link_kind(None, "contact_request") is None
    with pytest.raises(UnsubscribeLinkBroken):
        notifications.unsubscribe(db, setting, "interest")
    assert db.scalar(select(NotificationSetting.choices)) == {}
