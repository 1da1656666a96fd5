"""Mentoring: who may offer (moves read from the profile), matching with the ranker (moved into the target sector
first, then the ranker's order), who is never shown, the request flow and what an erasure leaves."""

from datetime import date

import pytest
from sqlalchemy import func, select

from models import (
    Experience,
    MentorOffer,
    MentorRequest,
    Notification,
    NotificationKind,
    Outcome,
    OutcomeKind,
    OutcomeSource,
    Role,
    Visibility,
)
from webapp.notifications import texts
from webapp.services import accounts_data, errors, mentor_matching, mentoring, ranking
from webapp.services.errors import Conflict, MentorNotFound, NotFound, ServiceError

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py


@pytest.fixture(autouse=True)
def request_context(app):
    """Requests mail their notifications at once: templates and links need a request."""
    mentor_matching.forget()
    with app.test_request_context():
        yield


@pytest.fixture
def directory(app):
    return ranking.directory_for(app.instance_path)


@pytest.fixture
def make_leader(db, make_user, make_profile):
    """Factory: a leader account with a profile; ``history`` is [(sector, start, end)] oldest first."""

    def make(sector="stat", history=(), **fields):
        user = make_user(Role.LEADER)
        profile = make_profile(user=user, sector=sector, experiences=0, email=user.email, **fields)
        profile.experiences = [
            Experience(sector=s, organisation="Et sted", title="Chef", level=2, start_year=start, end_year=end)
            for s, start, end in history
        ]
        db.commit()
        return profile

    return make


def offer(db, profile, text="Jeg fortæller gerne om skiftet.", **fields) -> MentorOffer:
    values = {"max_mentees": 2, "paused": False, "show_title": True, "shown_while_hidden": False} | fields
    found = mentoring.save_offer(db, profile.user, text=text, **values)
    db.commit()
    return found


FINANCE = ["budgetlægning", "økonomistyring", "regnskab"]
HR = ["rekruttering", "arbejdsmiljø", "lønforhandling"]


@pytest.fixture
def mentee(make_leader):
    return make_leader(
        sector="kommune",
        history=[("kommune", 2012, None)],
        title="Økonomichef",
        competences=FINANCE,
        summary="Jeg leder økonomi og budget i kommunen.",
    )


# --- who may offer ----------------------------------------------------------------------------------------------


def test_moves_come_from_consecutive_jobs_in_different_sectors(db, make_leader):
    profile = make_leader(
        sector="stat", history=[("privat", 2005, 2010), ("kommune", 2010, 2016), ("kommune", 2016, 2019)]
    )
    assert [(m.from_sector, m.to_sector, m.year) for m in mentoring.moves(db, profile)] == [
        ("privat", "kommune", 2010),
        ("kommune", "stat", None),  # today's job is not in the history: the year is unknown
    ]


def test_a_reported_hire_from_another_sector_is_a_move(db, make_leader):
    profile = make_leader(sector="region", history=[("region", 2015, None)])
    assert mentoring.moves(db, profile) == []
    db.add(
        Outcome(
            profile_id=profile.id,
            source=OutcomeSource.LEADER,
            kind=OutcomeKind.HIRED,
            occurred_on=date(2024, 3, 1),
            from_sector="stat",
            to_sector="region",
            level_before=2,
            level_after=2,
        )
    )
    db.commit()
    assert [(m.from_sector, m.to_sector, m.year) for m in mentoring.moves(db, profile)] == [("stat", "region", 2024)]


def test_a_rotation_taken_in_another_sector_is_no_move(db, make_leader, make_vacancy, make_organisation):
    profile = make_leader(sector="region", history=[("region", 2015, None)])
    rotation = make_vacancy(organisation=make_organisation(sector="stat"), kind="rotation", duration_months=3)
    db.add(
        Outcome(
            profile_id=profile.id,
            vacancy_id=rotation.id,
            source=OutcomeSource.EMPLOYER,
            kind=OutcomeKind.HIRED,
            occurred_on=date(2024, 3, 1),
            from_sector="region",
            to_sector="stat",
        )
    )
    db.commit()
    assert mentoring.moves(db, profile) == []  # three months in the state, then home: no move to speak about


def test_a_leader_who_never_crossed_cannot_offer(db, make_leader):
    profile = make_leader(sector="kommune", history=[("kommune", 2010, 2015), ("kommune", 2015, None)])
    with pytest.raises(errors.NoSectorMove):
        offer(db, profile)
    assert db.scalar(select(MentorOffer)) is None


def test_the_offer_needs_a_text_and_a_number_in_range(db, make_leader):
    profile = make_leader(sector="stat", history=[("kommune", 2010, 2018), ("stat", 2018, None)])
    with pytest.raises(ServiceError) as error:
        offer(db, profile, text="  ")
    assert error.value.field == "text"
    with pytest.raises(ServiceError) as error:
        offer(db, profile, max_mentees=9)
    assert error.value.field == "max_mentees"


def test_a_hidden_leader_must_say_yes_to_being_shown(db, make_leader):
    profile = make_leader(sector="stat", history=[("kommune", 2010, 2018)], visibility=Visibility.HIDDEN)
    with pytest.raises(ServiceError) as error:
        offer(db, profile)
    assert error.value.field == "shown_while_hidden"
    assert offer(db, profile, shown_while_hidden=True).shown_while_hidden


# --- matching ---------------------------------------------------------------------------------------------------


def names(found) -> list[str]:
    return [match.offer.profile.name for match in found]


def test_mentors_who_moved_into_the_target_come_first_then_the_rankers_order(db, directory, make_leader, mentee):
    # The strongest fit by the ranker moved *out* of the state; the other two moved into it.
    out_of_state = make_leader(
        sector="kommune", history=[("stat", 2008, 2015)], name="Ud af staten", title="Økonomichef", competences=FINANCE
    )
    into_close = make_leader(
        sector="stat", history=[("kommune", 2008, 2019)], name="Ind, økonomi", title="Økonomichef", competences=FINANCE
    )
    into_far = make_leader(
        sector="stat", history=[("region", 2008, 2019)], name="Ind, HR", title="HR-chef", competences=HR
    )
    for profile in (out_of_state, into_close, into_far):
        offer(db, profile)
    found = mentor_matching.find_mentors(db, directory, mentee, "stat")
    assert names(found) == ["Ind, økonomi", "Ind, HR", "Ud af staten"]
    assert [m.into_target for m in found] == [True, True, False] and found[2].knows_target
    # Within the group, the ranker's score decides, and the explanation names what they share.
    assert found[0].ranked.score > found[1].ranked.score
    assert {m.concept_id for m in found[0].explanation.matches} > {m.concept_id for m in found[1].explanation.matches}
    assert found[0].ranked.components["willingness"] == found[1].ranked.components["willingness"]


def test_finding_mentors_takes_as_many_queries_for_twice_the_mentors(
    db, directory, make_leader, mentee, count_statements
):
    def add_mentors(n):
        for _ in range(n):
            offer(db, make_leader(sector="stat", history=[("kommune", 2008, 2019)], competences=FINANCE))

    find = lambda: mentor_matching.find_mentors(db, directory, mentee, "stat", limit=50)  # noqa: E731
    add_mentors(3)
    find()  # the first search after a change replays it into the index; that is not what is measured
    few = count_statements(find)
    add_mentors(3)
    find()
    assert len(find()) == 6
    assert count_statements(find) == few


def test_the_chosen_function_reorders_by_the_ranker(db, directory, make_leader, mentee):
    finance = make_leader(
        sector="stat", history=[("kommune", 2008, 2019)], name="Økonomi", title="Økonomichef", competences=FINANCE
    )
    hr = make_leader(sector="stat", history=[("kommune", 2008, 2019)], name="HR", title="HR-chef", competences=HR)
    offer(db, finance)
    offer(db, hr)
    assert names(mentor_matching.find_mentors(db, directory, mentee, "stat")) == ["Økonomi", "HR"]
    found = mentor_matching.find_mentors(db, directory, mentee, "stat", "hr")
    assert names(found)[0] == "HR" and found[0].ranked.components["function"] > found[1].ranked.components["function"]


def test_the_target_must_be_another_sector(db, directory, mentee):
    with pytest.raises(ServiceError) as error:
        mentor_matching.find_mentors(db, directory, mentee, "kommune")
    assert isinstance(error.value, errors.SameSector) and error.value.field == "target_sector"
    with pytest.raises(ServiceError):
        mentor_matching.find_mentors(db, directory, mentee, "mars")


def test_withdrawn_paused_full_hidden_and_own_offers_are_never_shown(db, directory, make_leader, mentee, make_user):
    crossed = [("kommune", 2008, 2019)]
    shown = make_leader(sector="stat", history=crossed, name="Vist")
    withdrawn = make_leader(sector="stat", history=crossed, name="Trukket tilbage")
    paused = make_leader(sector="stat", history=crossed, name="På pause")
    full = make_leader(sector="stat", history=crossed, name="Fuld")
    hidden = make_leader(sector="stat", history=crossed, name="Skjult", visibility=Visibility.HIDDEN)
    for profile in (shown, withdrawn, paused, full):
        offer(db, profile, max_mentees=1)
    offer(db, hidden, shown_while_hidden=True)
    mentoring.withdraw(db, withdrawn.user)
    offer(db, paused, paused=True, max_mentees=1)
    other = make_leader(sector="region", history=[("region", 2010, None)])
    ask(db, other, full)
    assert names(mentor_matching.find_mentors(db, directory, mentee, "stat")) == ["Vist", "Skjult"]
    # Nor is a paused mentor's page opened by guessing its address (the reviewer's finding).
    with pytest.raises(MentorNotFound):
        mentor_matching.match_for(db, mentee, mentor_offer(db, paused).id)
    assert mentor_matching.match_for(db, mentee, mentor_offer(db, shown).id) is not None
    # A hidden leader who did not say yes is never shown, whatever the row says otherwise.
    mentor_offer(db, hidden).shown_while_hidden = False
    db.commit()
    assert names(mentor_matching.find_mentors(db, directory, mentee, "stat")) == ["Vist"]
    # A mentor never finds their own offer.
    assert "Vist" not in names(mentor_matching.find_mentors(db, directory, shown, "region"))
    with pytest.raises(MentorNotFound):
        mentor_matching.match_for(db, shown, mentor_offer(db, shown).id)
    # Nor is a mentor shown whose account an admin deactivated.
    shown.user.active = False
    db.commit()
    assert mentor_matching.find_mentors(db, directory, mentee, "stat") == []


# --- requests ---------------------------------------------------------------------------------------------------


@pytest.fixture
def mentor(db, make_leader):
    profile = make_leader(sector="stat", history=[("kommune", 2008, 2019)], name="Mona Mentor")
    offer(db, profile, max_mentees=3)
    return profile


def ask(db, mentee, mentor, message="Hej, jeg overvejer staten.") -> MentorRequest:
    found = mentoring.send_request(db, mentee.user, mentor_offer(db, mentor).id, "stat", message)
    db.commit()
    return found


def mentor_offer(db, profile) -> MentorOffer:
    return db.scalar(select(MentorOffer).where(MentorOffer.profile_id == profile.id))


def test_a_request_tells_the_mentor_and_is_sent_once(db, mentee, mentor, outbox):
    sent = ask(db, mentee, mentor)
    told = db.scalar(select(Notification).where(Notification.user_id == mentor.user_id))
    assert (told.kind, told.mentor_request_id) == (NotificationKind.MENTOR_REQUEST, sent.id)
    mails = outbox()
    assert [m["To"] for m in mails] == [mentor.user.email]
    assert mentee.name not in mails[0].get_content()  # a mail names nobody
    with pytest.raises(errors.AlreadyAsked):
        ask(db, mentee, mentor)
    with pytest.raises(ServiceError) as error:
        mentoring.send_request(db, mentee.user, mentor_offer(db, mentor).id, "stat", "  ")
    assert error.value.field == "message"


def test_accepting_reveals_both_and_tells_the_mentee(db, mentee, mentor):
    sent = ask(db, mentee, mentor)
    assert not mentoring.revealed(sent)
    with pytest.raises(NotFound):  # only the mentor answers
        mentoring.answer(db, mentee.user, sent.id, True)
    mentoring.answer(db, mentor.user, sent.id, True)
    db.commit()
    assert mentoring.revealed(sent)
    told = db.scalar(select(Notification).where(Notification.user_id == mentee.user_id))
    assert told.kind == NotificationKind.MENTOR_ANSWER
    assert "Mona Mentor" in texts.describe(told).text
    assert "Mona Mentor" not in texts.describe(told, for_mail=True).text
    with pytest.raises(Conflict):
        mentoring.answer(db, mentor.user, sent.id, False)
    with pytest.raises(errors.MentorAlreadyAccepted):
        ask(db, mentee, mentor)


def test_a_declined_leader_cannot_ask_again(db, mentee, mentor):
    sent = ask(db, mentee, mentor)
    mentoring.answer(db, mentor.user, sent.id, False)
    db.commit()
    with pytest.raises(errors.MentorDeclined):
        ask(db, mentee, mentor)


def test_a_leader_may_have_only_a_few_unanswered_requests(db, make_leader, mentee):
    mentors = [make_leader(sector="stat", history=[("kommune", 2008, 2019)]) for _ in range(4)]
    for found in mentors:
        offer(db, found)
    for found in mentors[: mentoring.MAX_OPEN_REQUESTS]:
        ask(db, mentee, found)
    with pytest.raises(errors.TooManyOpenRequests):
        ask(db, mentee, mentors[-1])
    cancelled = mentoring.sent(db, mentee)[0]
    mentoring.cancel(db, mentee.user, cancelled.id)
    db.commit()
    assert ask(db, mentee, mentors[-1]).status == "pending"
    # The mentor's notice of the cancelled request went with it.
    assert db.scalar(select(Notification).where(Notification.mentor_request_id == cancelled.id)) is None


def test_withdrawing_hides_at_once_and_closes_open_requests_politely(db, directory, mentee, mentor, make_leader):
    accepted_by = make_leader(sector="region", history=[("region", 2010, None)])
    accepted = ask(db, accepted_by, mentor)
    mentoring.answer(db, mentor.user, accepted.id, True)
    pending = ask(db, mentee, mentor)
    assert mentoring.withdraw(db, mentor.user) == 1
    db.commit()
    assert (pending.status, accepted.status) == ("closed", "accepted")
    told = db.scalars(select(Notification).where(Notification.user_id == mentee.user_id)).all()
    assert [n.details["status"] for n in told] == ["closed"]
    assert "trukket sit tilbud tilbage" in texts.describe(told[0]).text
    assert mentor_matching.find_mentors(db, directory, mentee, "stat") == []
    with pytest.raises(NotFound):
        ask(db, mentee, mentor)
    # Offering again brings the mentor back, and the closed request may be asked again (in its own row).
    offer(db, mentor)
    again = ask(db, mentee, mentor, "Nu igen?")
    assert (again.id, again.status, again.message) == (pending.id, "pending", "Nu igen?")


def test_hidden_mentor_without_consent_cannot_be_asked(db, mentee, mentor):
    mentor.visibility = Visibility.HIDDEN
    db.commit()
    with pytest.raises(NotFound):
        ask(db, mentee, mentor)


# --- erasure ----------------------------------------------------------------------------------------------------


def test_deleting_either_account_removes_requests_and_notifications(db, mentee, mentor, make_leader):
    other = make_leader(sector="region", history=[("region", 2010, None)])
    ask(db, mentee, mentor)
    mentoring.answer(db, mentor.user, ask(db, other, mentor).id, True)
    db.commit()
    mentor_user, mentor_email = mentor.user, mentor.user.email
    accounts_data.delete_account(db, mentee.user, mentee.user.email)
    db.commit()
    assert db.scalar(select(func.count()).select_from(MentorRequest)) == 1  # the other leader's
    told = select(func.count()).select_from(Notification).where(Notification.mentor_request_id.is_not(None))
    assert db.scalar(told) == 2  # the mentor's about the other leader, and the other leader's answer
    accounts_data.delete_account(db, db.merge(mentor_user), mentor_email)
    db.commit()
    assert db.scalar(select(func.count()).select_from(MentorOffer)) == 0
    assert db.scalar(select(func.count()).select_from(MentorRequest)) == 0
    assert db.scalar(select(func.count()).select_from(Notification)) == 0
