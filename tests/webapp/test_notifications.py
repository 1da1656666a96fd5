"""Notifications: the right person is told (in the inbox, and by mail at once, in the daily digest or not at
all, as they chose), nobody else is, and an employer never learns a leader's name before the leader accepts."""

from __future__ import annotations

import re
from dataclasses import dataclass

import jinja2
import pytest
from flask import template_rendered
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from models import (
    AuditEntry,
    ContactRequest,
    Delivery,
    Interest,
    Notification,
    NotificationKind,
    NotificationSetting,
    Role,
    User,
    Visibility,
)
from webapp.services import contacts, notifications

LEADER_NAME = "Lone Hemmeligsen"


@dataclass
class World:
    employer: User
    colleague: User
    stranger: User
    leader: User
    profile: object
    vacancy: object


@pytest.fixture
def world(make_user, make_organisation, make_profile, make_vacancy, db) -> World:
    """An employer with a vacancy, a colleague, another organisation's employer and a visible leader."""
    skat = make_organisation("Skattestyrelsen")
    employer = make_user(Role.EMPLOYER, email="hr@skat.example.dk", organisation=skat)
    colleague = make_user(Role.EMPLOYER, email="kollega@skat.example.dk", organisation=skat)
    stranger = make_user(Role.EMPLOYER, email="hr@region.example.dk", organisation=make_organisation("Region Syd"))
    leader = make_user(Role.LEADER, email="lone@example.dk")
    profile = make_profile(user=leader, name=LEADER_NAME, email="lone.privat@example.dk")
    vacancy = make_vacancy(organisation=skat, title="Kontorchef for opkrævning", created_by_id=employer.id)
    return World(employer, colleague, stranger, leader, profile, vacancy)


def choose(db, user, **chosen) -> None:
    """Store a person's choices directly (the settings page has its own tests)."""
    db.add(
        NotificationSetting(
            user_id=user.id,
            choices={kind: str(value) for kind, value in chosen.items() if kind != "language"},
            language=chosen.get("language", "da"),
            unsubscribe_token=f"token-{user.id}",
        )
    )
    db.commit()


def told(db, user) -> list[Notification]:
    db.expire_all()
    return list(db.scalars(select(Notification).where(Notification.user_id == user.id).order_by(Notification.id)))


def mails_to(outbox, address: str) -> list:
    return [message for message in outbox() if message["To"] == address]


def ask_for_contact(app, db, world, message="Må vi ringe til dig?") -> ContactRequest:
    """The employer asks the leader for contact through the service (the candidate page has its own tests)."""
    with app.test_request_context():
        request = contacts.send(db, world.employer, world.vacancy, world.profile, message)
        db.commit()
    return request


def everyone_but(world, *people) -> list[User]:
    ids = {person.id for person in people}
    return [p for p in (world.employer, world.colleague, world.stranger, world.leader) if p.id not in ids]


# ---- contact requests ------------------------------------------------------------------------------------


@pytest.mark.usefixtures("build_index_on_first_use")
def test_a_contact_request_from_the_candidate_page_tells_the_leader_at_once(client, login, csrf, db, outbox, world):
    login(world.employer)
    token = csrf()
    pid = world.profile.id
    response = client.post(
        f"/arbejdsgiver/stillinger/{world.vacancy.id}/kandidater/{pid}/kontakt",
        data={"csrf_token": token, f"k{pid}-csrf_token": token, f"k{pid}-message": "Må vi ringe?"},
    )
    assert response.status_code in (302, 303)
    request = db.scalar(select(ContactRequest))
    [note] = told(db, world.leader)
    assert note.kind == NotificationKind.CONTACT_REQUEST and note.contact_request_id == request.id
    assert note.mailed_at is not None and note.read_at is None
    [sent] = outbox()
    assert sent["To"] == "lone@example.dk"  # the login address, not the profile's contact address
    body = sent.get_content()
    assert "Skattestyrelsen vil gerne i kontakt med dig om stillingen »Kontorchef for opkrævning«." in body
    assert f"http://localhost/leder/kontakt#anmodning-{request.id}" in body
    assert "http://localhost/indstillinger/#beskeder" in body
    assert re.search(r"http://localhost/afmeld/beskeder/contact_request/\S+", body)
    for other in everyone_but(world, world.leader):
        assert told(db, other) == []


def test_a_leader_who_chose_the_digest_gets_the_request_in_the_daily_mail_once(app, db, outbox, runner, world):
    choose(db, world.leader, contact_request=Delivery.DIGEST)
    ask_for_contact(app, db, world)
    assert len(told(db, world.leader)) == 1 and outbox() == []
    result = runner.invoke(args=["send-alerts"])
    assert result.exit_code == 0, result.output
    assert "Beskeder med i e-mailene: 1." in result.output
    [digest] = outbox()
    assert digest["To"] == "lone@example.dk" and digest["Subject"] == "1 ny besked fra Sektorbro"
    body = digest.get_content()
    assert "Skattestyrelsen vil gerne i kontakt med dig om stillingen »Kontorchef for opkrævning«." in body
    assert "Stop e-mails om »Kontaktanmodninger fra arbejdsgivere«: http://localhost/afmeld/beskeder/" in body
    runner.invoke(args=["send-alerts"])
    assert len(outbox()) == 1  # never twice
    assert told(db, world.leader)[0].mailed_at is not None


def test_a_leader_who_chose_never_is_told_only_in_the_inbox(app, db, outbox, runner, world):
    choose(db, world.leader, contact_request=Delivery.NEVER)
    ask_for_contact(app, db, world)
    assert len(told(db, world.leader)) == 1
    runner.invoke(args=["send-alerts"])
    assert outbox() == []


def test_a_request_that_is_rolled_back_mails_nothing(app, db, outbox, world):
    with app.test_request_context():
        contacts.send(db, world.employer, world.vacancy, world.profile, "Hej")
        db.rollback()
        db.commit()  # a later commit of the same session must not send the forgotten mail
    assert outbox() == [] and told(db, world.leader) == []


def test_a_notification_to_mail_at_once_is_handed_to_the_mailer_once_and_a_rolled_back_one_never(app, db, world):
    """The service only queues the notification; the mailer (here: the test) takes the queue."""
    with app.app_context(), Session(db.get_bind()) as bare:  # a session the app's mailer does not listen to
        employer, colleague = bare.get(User, world.employer.id), bare.get(User, world.colleague.id)
        request = contacts.send(bare, employer, bare.merge(world.vacancy), bare.merge(world.profile), "Hej")
        [queued] = notifications.take_to_mail(bare)
        assert queued.contact_request_id == request.id and queued.mailed_at is not None
        assert notifications.take_to_mail(bare) == []  # handed out once
        notifications.employer_approved(bare, colleague)
        bare.rollback()
        assert notifications.take_to_mail(bare) == []  # the rolled-back one is not mailed by a later commit


# ---- answers ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("visibility", [Visibility.VISIBLE, Visibility.DISCREET])
def test_an_accepted_request_tells_the_employer_who_only_in_the_inbox(
    app, client, login, csrf, db, outbox, world, visibility
):
    world.profile.visibility = visibility
    db.commit()
    request = ask_for_contact(app, db, world)
    login(world.leader)
    client.post(f"/leder/kontakt/{request.id}", data={"csrf_token": csrf("/leder/kontakt"), "answer": "accept"})
    [note] = told(db, world.employer)
    assert note.kind == NotificationKind.CONTACT_ANSWER and note.details == {"accepted": True}
    [sent] = mails_to(outbox, "hr@skat.example.dk")
    body = sent.get_content()
    assert "En kandidat har accepteret din kontaktanmodning om stillingen »Kontorchef for opkrævning«" in body
    assert LEADER_NAME not in body and "lone" not in body.lower()  # a mail leaves the service: no name in it
    assert f"/arbejdsgiver/stillinger/{world.vacancy.id}/kandidater#kandidat-{world.profile.id}" in body
    login(world.employer)
    page = client.get("/beskeder/").get_data(as_text=True)
    assert f"{LEADER_NAME} har accepteret din kontaktanmodning" in page  # accepted: the name is no secret now
    for other in (world.colleague, world.stranger):
        assert told(db, other) == []


def test_a_declined_request_never_names_the_leader(app, client, login, csrf, db, outbox, world):
    request = ask_for_contact(app, db, world)
    login(world.leader)
    client.post(f"/leder/kontakt/{request.id}", data={"csrf_token": csrf("/leder/kontakt"), "answer": "decline"})
    [note] = told(db, world.employer)
    assert note.details == {"accepted": False}
    body = mails_to(outbox, "hr@skat.example.dk")[0].get_content()
    assert "En kandidat har afslået din kontaktanmodning" in body and LEADER_NAME not in body
    login(world.employer)
    page = client.get("/beskeder/").get_data(as_text=True)
    assert "En kandidat har afslået" in page and LEADER_NAME not in page


# ---- interest --------------------------------------------------------------------------------------------


def show_interest(client, login, csrf, world):
    login(world.leader)
    return client.post(
        f"/leder/stillinger/{world.vacancy.id}/interesse", data={"csrf_token": csrf(f"/stillinger/{world.vacancy.id}")}
    )


@pytest.mark.parametrize("visibility", [Visibility.VISIBLE, Visibility.DISCREET])
def test_interest_reaches_the_vacancys_author_in_the_digest_without_a_name(
    client, login, csrf, db, outbox, runner, world, visibility
):
    world.profile.visibility = visibility
    db.commit()
    show_interest(client, login, csrf, world)
    [note] = told(db, world.employer)
    assert note.kind == NotificationKind.INTEREST and note.delivery == Delivery.DIGEST and note.mailed_at is None
    assert outbox() == []  # the default for interest is the daily digest
    for other in (world.colleague, world.stranger, world.leader):
        assert told(db, other) == []
    login(world.employer)
    page = client.get("/beskeder/").get_data(as_text=True)
    assert "En kandidat har vist interesse for stillingen »Kontorchef for opkrævning«." in page
    assert LEADER_NAME not in page
    runner.invoke(args=["send-alerts"])
    [digest] = outbox()
    assert digest["To"] == "hr@skat.example.dk"
    body = digest.get_content()
    assert "En kandidat har vist interesse for stillingen »Kontorchef for opkrævning«." in body
    assert LEADER_NAME not in body and "lone" not in body.lower()


def test_interest_goes_to_every_approved_colleague_when_the_author_cannot_see_candidates(
    client, login, csrf, db, outbox, world
):
    world.employer.approved_at = None
    db.commit()
    choose(db, world.colleague, interest=Delivery.NOW)
    show_interest(client, login, csrf, world)
    assert told(db, world.employer) == [] and told(db, world.stranger) == []
    assert len(told(db, world.colleague)) == 1
    assert [m["To"] for m in outbox()] == ["kollega@skat.example.dk"]


def test_withdrawn_interest_takes_its_notification_with_it(client, login, csrf, db, world):
    show_interest(client, login, csrf, world)
    assert len(told(db, world.employer)) == 1
    client.post(
        f"/leder/stillinger/{world.vacancy.id}/interesse/fjern",
        data={"csrf_token": csrf(f"/stillinger/{world.vacancy.id}")},
    )
    assert db.scalar(select(Interest)) is None and told(db, world.employer) == []


# ---- approval ----------------------------------------------------------------------------------------------


@pytest.fixture
def waiting(make_user, make_organisation):
    """An employer who confirmed the address and waits for approval."""
    return make_user(
        Role.EMPLOYER, email="ny@kommune.example.dk", organisation=make_organisation("Vejle Kommune"), approved=False
    )


def test_approval_tells_the_employer_at_once_and_is_audited(client, login, csrf, db, outbox, waiting, make_user):
    admin = login(make_user(Role.ADMIN, email="admin@example.dk"))
    page = client.post(f"/admin/brugere/{waiting.id}/godkend", data={"csrf_token": csrf()}, follow_redirects=True)
    assert "er godkendt som arbejdsgiver" in page.get_data(as_text=True)
    [note] = told(db, waiting)
    assert note.kind == NotificationKind.APPROVAL and note.details == {"approved": True}
    [sent] = outbox()
    assert sent["To"] == "ny@kommune.example.dk" and "godkendt" in sent["Subject"]
    assert "http://localhost/arbejdsgiver/stillinger" in sent.get_content()
    entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "user.approve"))
    assert entry.actor_id == admin.id and entry.target == f"user:{waiting.id}"
    assert entry.details == {"email": "ny@kommune.example.dk", "organisation": "Vejle Kommune"}
    assert told(db, admin) == []
    client.post(f"/admin/brugere/{waiting.id}/godkend", data={"csrf_token": csrf()})
    assert len(told(db, waiting)) == 1 and len(outbox()) == 1  # approving twice tells nobody twice


def test_rejection_closes_the_account_sends_the_reason_and_is_audited(
    client, login, csrf, db, outbox, waiting, make_user
):
    choose(db, waiting, approval=Delivery.NEVER)  # the account closes: the mail is the only way to tell them
    login(make_user(Role.ADMIN))
    page = client.post(
        f"/admin/brugere/{waiting.id}/afvis",
        data={"csrf_token": csrf(), "reason": "Vi kan ikke se, at du er ansat i Vejle Kommune."},
        follow_redirects=True,
    )
    assert "er afvist, og kontoen er lukket" in page.get_data(as_text=True)
    db.expire_all()
    assert db.get(User, waiting.id).active is False
    [sent] = outbox()
    assert sent["To"] == "ny@kommune.example.dk" and "afvist" in sent["Subject"]
    assert "»Vi kan ikke se, at du er ansat i Vejle Kommune.«" in sent.get_content()
    entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "user.reject"))
    assert entry.details["reason"] == "Vi kan ikke se, at du er ansat i Vejle Kommune."
    log = client.get("/admin/revisionslog?handling=user.reject").get_data(as_text=True)
    assert "Arbejdsgiver afvist" in log and "Vi kan ikke se, at du er ansat i Vejle Kommune." in log


def test_a_rejection_needs_a_reason_and_a_waiting_employer(client, login, csrf, db, outbox, waiting, make_user, world):
    login(make_user(Role.ADMIN))
    page = client.post(
        f"/admin/brugere/{waiting.id}/afvis", data={"csrf_token": csrf(), "reason": "  "}, follow_redirects=True
    )
    assert "Skriv en begrundelse for afvisningen" in page.get_data(as_text=True)
    page = client.post(
        f"/admin/brugere/{world.employer.id}/afvis", data={"csrf_token": csrf(), "reason": "Nej"}, follow_redirects=True
    )
    assert "allerede godkendt" in page.get_data(as_text=True)
    db.expire_all()
    assert db.get(User, waiting.id).active and db.get(User, world.employer.id).active
    assert outbox() == [] and db.scalar(select(AuditEntry)) is None


def test_the_admin_filter_shows_employers_awaiting_approval_with_a_count(client, login, db, waiting, make_user, world):
    unconfirmed = make_user(Role.EMPLOYER, email="ubekraeftet@example.dk", approved=False)
    unconfirmed.email_confirmed_at = None  # after the insert: the column's default would replace None
    db.commit()
    closed = make_user(Role.EMPLOYER, email="lukket@example.dk", approved=False, active=False)
    login(make_user(Role.ADMIN))
    everyone = client.get("/admin/brugere").get_data(as_text=True)
    assert "1 arbejdsgiver afventer godkendelse" in everyone and 'href="/admin/brugere?status=venter"' in everyone
    page = client.get("/admin/brugere?status=venter").get_data(as_text=True)
    assert "ny@kommune.example.dk" in page and "Afvis og send begrundelsen" in page
    for other in (world.employer, world.leader, unconfirmed, closed):
        assert other.email not in page


def test_admins_are_told_when_an_employer_confirms_the_address(app, db, outbox, make_user, make_organisation):
    admin = make_user(Role.ADMIN, email="admin@example.dk")
    make_user(Role.ADMIN, email="gammel@example.dk", active=False)
    employer = make_user(Role.EMPLOYER, organisation=make_organisation("Vejle Kommune"), approved=False)
    from webapp.services import accounts

    with app.test_request_context():
        accounts.confirm(db, employer, "da")
        db.commit()
    [note] = told(db, admin)
    assert note.kind == NotificationKind.APPROVAL_REQUEST and note.subject_user_id == employer.id
    [sent] = outbox()
    assert sent["To"] == "admin@example.dk" and "/admin/brugere?status=venter" in sent.get_content()


# ---- the inbox -----------------------------------------------------------------------------------------------


def test_the_inbox_is_newest_first_and_opening_marks_read(app, client, login, db, world, make_vacancy):
    second = make_vacancy(
        organisation=world.vacancy.organisation, title="Vicedirektør", created_by_id=world.employer.id
    )
    ask_for_contact(app, db, world)
    with app.test_request_context():
        contacts.send(db, world.employer, second, world.profile, "Også denne?")
        db.commit()
    login(world.leader)
    page = client.get("/beskeder/").get_data(as_text=True)
    assert page.index("Vicedirektør") < page.index("Kontorchef for opkrævning")
    assert "Du har 2 ulæste beskeder." in page and "Markér alle som læst" in page
    assert 'href="/leder/kontakt"' in page  # the leader's contact page stays where requests are answered
    assert page.count("<li>Kontaktanmodninger fra arbejdsgivere</li>") == 2  # each note says its kind
    first, _second = told(db, world.leader)
    response = client.get(f"/beskeder/{first.id}")
    assert response.status_code == 303
    assert response.location.endswith(f"/leder/kontakt#anmodning-{first.contact_request_id}")
    assert told(db, world.leader)[0].read_at is not None and told(db, world.leader)[1].read_at is None
    assert "Du har 1 ulæst besked." in client.get("/beskeder/").get_data(as_text=True)


def test_mark_all_read_and_nobody_elses_notifications(app, client, login, csrf, db, world):
    ask_for_contact(app, db, world)
    [note] = told(db, world.leader)
    login(world.employer)
    assert client.get(f"/beskeder/{note.id}").status_code == 404
    assert told(db, world.leader)[0].read_at is None
    login(world.leader)
    page = client.post("/beskeder/laest", data={"csrf_token": csrf()}, follow_redirects=True)
    assert "1 besked er markeret som læst." in page.get_data(as_text=True)
    assert told(db, world.leader)[0].read_at is not None
    assert client.post("/beskeder/laest", data={}, follow_redirects=True).status_code == 200


def test_every_role_has_an_inbox_and_anonymous_visitors_log_in(client, login, make_user, world):
    assert client.get("/beskeder/").status_code == 302
    for user in (world.leader, world.employer, make_user(Role.ADMIN)):
        login(user)
        assert "Du har ingen beskeder endnu." in client.get("/beskeder/").get_data(as_text=True)


def test_the_header_counts_unread_for_screen_readers_in_one_query(app, client, login, db, world, make_vacancy):
    for i in range(4):
        vacancy = make_vacancy(organisation=world.vacancy.organisation, title=f"Stilling {i}")
        with app.test_request_context():
            contacts.send(db, world.employer, vacancy, world.profile, "Hej")
            db.commit()
    login(world.leader)
    statements: list[str] = []
    engine = app.extensions["sqlalchemy_engine"]

    def seen(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", seen)
    try:
        page = client.get("/indstillinger/").get_data(as_text=True)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert len([s for s in statements if re.search(r"\bFROM notification\b", s)]) == 1
    assert '<span class="badge badge-small badge-info" aria-hidden="true">4</span>' in page
    assert '<span class="sr-only">, 4 ulæste</span>' in page
    login(world.employer)
    assert "ulæst" not in client.get("/indstillinger/").get_data(as_text=True)


def test_the_unread_count_is_counted_before_the_page_is_drawn(app, client, login, db, world, make_vacancy, monkeypatch):
    """The header and the inbox read a number from the context: drawing the templates asks the database nothing
    about notifications (the count is asked once, before)."""
    for i in range(2):
        vacancy = make_vacancy(organisation=world.vacancy.organisation, title=f"Stilling {i}")
        with app.test_request_context():
            contacts.send(db, world.employer, vacancy, world.profile, "Hej")
            db.commit()
    login(world.leader)
    drawing, asked_while_drawing, contexts = [False], [], []
    draw = jinja2.Template.render

    def render(template, *args, **kwargs):
        drawing[0] = True
        try:
            return draw(template, *args, **kwargs)
        finally:
            drawing[0] = False

    def seen(_conn, _cursor, statement, *_args):
        if drawing[0] and re.search(r"\bFROM notification\b", statement):
            asked_while_drawing.append(statement)

    monkeypatch.setattr(jinja2.Template, "render", render)
    engine = app.extensions["sqlalchemy_engine"]
    event.listen(engine, "before_cursor_execute", seen)
    try:
        with template_rendered.connected_to(lambda _app, template, context, **_: contexts.append(context), app):
            inbox = client.get("/beskeder/").get_data(as_text=True)
            settings = client.get("/indstillinger/").get_data(as_text=True)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert asked_while_drawing == []
    assert [context["unread_notifications"] for context in contexts] == [2, 2]
    assert "Du har 2 ulæste beskeder." in inbox and '<span class="sr-only">, 2 ulæste</span>' in settings


# ---- settings and unsubscribing --------------------------------------------------------------------------


def test_the_settings_page_stores_choices_per_kind_for_the_role(client, login, csrf, db, world):
    login(world.employer)
    page = client.get("/indstillinger/").get_data(as_text=True)
    assert "Svar på dine kontaktanmodninger" in page and "Ledere, der viser interesse for jeres stillinger" in page
    assert "Kontaktanmodninger fra arbejdsgivere" not in page  # a leader's kind
    token = csrf("/indstillinger/")
    form = {
        "csrf_token": token,
        "contact_answer": "digest",
        "interest": "never",
        "approval": "now",
        "follow_up": "never",
        "language": "en",
    }
    response = client.post("/indstillinger/beskeder", data=form)
    assert response.status_code == 302 and response.location.endswith("/indstillinger/#beskeder")
    setting = db.get(NotificationSetting, world.employer.id)
    assert setting.choices == {
        "contact_answer": "digest",
        "interest": "never",
        "approval": "now",
        "follow_up": "never",
    }
    assert setting.language == "en"
    bad = client.post("/indstillinger/beskeder", data=form | {"interest": "hver time"})
    assert bad.status_code == 200 and "Vælg en af mulighederne." in bad.get_data(as_text=True)
    db.expire_all()
    assert db.get(NotificationSetting, world.employer.id).choices["interest"] == "never"


def test_mails_are_in_the_recipients_language(app, db, outbox, world):
    choose(db, world.leader, language="en")
    ask_for_contact(app, db, world)
    [sent] = outbox()
    assert sent["Subject"] == "An employer would like to get in touch with you"
    assert "Skattestyrelsen would like to get in touch with you about the position" in sent.get_content()


def test_the_unsubscribe_link_stops_one_kind_without_logging_in(app, client, csrf, db, outbox, world):
    ask_for_contact(app, db, world)
    link = re.search(r"http://localhost(/afmeld/beskeder/\S+)", outbox()[0].get_content()).group(1)
    page = client.get(link).get_data(as_text=True)
    assert "Vil du stoppe e-mails om »Kontaktanmodninger fra arbejdsgivere«?" in page
    client.post(link, data={"csrf_token": csrf(link)})
    db.expire_all()
    assert db.get(NotificationSetting, world.leader.id).choices == {"contact_request": "never"}
    assert client.get("/afmeld/beskeder/contact_request/falsk").status_code == 404
    assert client.get(link.replace("contact_request", "interest")).status_code == 404  # not a leader's kind


def test_my_data_holds_the_notifications_and_settings(app, client, login, db, world):
    ask_for_contact(app, db, world)
    login(world.leader)
    data = client.get("/leder/mine-data/hent").get_json()
    [note] = data["notifications"]
    assert note["kind"] == "contact_request" and "Skattestyrelsen vil gerne i kontakt med dig" in note["text"]
    assert data["notification_settings"]["choices"] == {
        "contact_request": "now",
        "mentor_request": "now",
        "mentor_answer": "now",
        "follow_up": "now",
    }


def test_deleting_the_leader_removes_every_notification_about_them(app, client, login, csrf, db, outbox, world):
    request = ask_for_contact(app, db, world)
    login(world.leader)
    client.post(f"/leder/kontakt/{request.id}", data={"csrf_token": csrf("/leder/kontakt"), "answer": "accept"})
    client.post(
        f"/leder/stillinger/{world.vacancy.id}/interesse", data={"csrf_token": csrf(f"/stillinger/{world.vacancy.id}")}
    )
    assert len(told(db, world.employer)) == 2
    assert mails_to(outbox, "lone@example.dk")
    leader_id = world.leader.id
    token = csrf("/leder/mine-data/slet")
    client.post("/leder/mine-data/slet", data={"csrf_token": token, "confirm_email": "lone@example.dk"})
    assert db.scalar(select(Notification)) is None
    assert db.scalar(select(NotificationSetting).where(NotificationSetting.user_id == leader_id)) is None
    assert mails_to(outbox, "lone@example.dk") == []  # nothing waits to be sent to a deleted account
    assert mails_to(outbox, "hr@skat.example.dk")  # the employer's mails (which never named the leader) stay


def test_defaults_per_kind():
    assert notifications.DEFAULTS == {
        NotificationKind.CONTACT_REQUEST: Delivery.NOW,
        NotificationKind.CONTACT_ANSWER: Delivery.NOW,
        NotificationKind.APPROVAL: Delivery.NOW,
        NotificationKind.INTEREST: Delivery.DIGEST,
        NotificationKind.APPROVAL_REQUEST: Delivery.NOW,
        NotificationKind.MENTOR_REQUEST: Delivery.NOW,
        NotificationKind.MENTOR_ANSWER: Delivery.NOW,
        NotificationKind.FOLLOW_UP: Delivery.NOW,
        NotificationKind.TALENT_MATCHES: Delivery.NEVER,
    }
