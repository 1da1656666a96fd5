"""Follow-ups of hires: who is asked when (3 and 12 months, never twice, both sides), answers kept without
identity, and the dashboard aggregate with small numbers hidden (computed by hand)."""

from datetime import date

import pytest
from sqlalchemy import func, inspect, select

from models import (
    ContactRequest,
    FollowUp,
    FollowUpAnswer,
    Notification,
    NotificationKind,
    Outcome,
    OutcomeKind,
    OutcomeSource,
    Role,
    Vacancy,
)
from webapp.services import errors, followups
from webapp.services.errors import NotFound, ServiceError

TODAY = date(2026, 6, 15)


@pytest.fixture
def hire(db, make_user, make_profile, make_organisation, make_vacancy):
    """Factory: a hire on ``on`` of a leader with an account into a stat vacancy, recorded by its employer (or
    reported by the leader alone with ``by_leader``)."""

    def make(on: date, by_leader: bool = False):
        organisation = make_organisation(sector="stat")
        employer = make_user(Role.EMPLOYER, organisation=organisation)
        leader = make_user(Role.LEADER)
        profile = make_profile(user=leader, sector="kommune")
        outcome = Outcome(
            profile_id=profile.id,
            source=OutcomeSource.LEADER if by_leader else OutcomeSource.EMPLOYER,
            kind=OutcomeKind.HIRED,
            occurred_on=on,
            from_sector="kommune",
            to_sector="stat" if not by_leader else "region",
            level_before=2,
            level_after=2,
            history=[],
        )
        if not by_leader:
            vacancy = make_vacancy(organisation=organisation, created_by_id=employer.id)
            request = ContactRequest(
                vacancy=vacancy, profile=profile, sender=employer, message="Hej", status="accepted"
            )
            db.add(request)
            db.flush()
            outcome.vacancy_id, outcome.contact_request_id, outcome.recorded_by_id = vacancy.id, request.id, employer.id
        db.add(outcome)
        db.commit()
        return outcome, leader, employer

    return make


def asked(db):
    return sorted((f.outcome_id, f.user_id, f.months, f.side) for f in db.scalars(select(FollowUp)))


def test_months_are_added_to_the_day_or_the_end_of_the_month():
    assert followups.add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)
    assert followups.add_months(date(2026, 3, 15), -3) == date(2025, 12, 15)
    assert followups.add_months(date(2025, 6, 15), 12) == date(2026, 6, 15)


def test_both_sides_are_asked_at_3_and_12_months_in_their_window_and_never_twice(app, db, hire):
    with app.test_request_context():
        too_early, _l, _e = hire(date(2026, 3, 16))  # 3 months on 16 June: not yet
        three, leader3, employer3 = hire(date(2026, 3, 15))
        twelve, leader12, employer12 = hire(date(2025, 6, 15))
        hire(date(2024, 12, 14))  # 18 months ago: both windows closed
        assert followups.due_months(date(2025, 9, 1), TODAY) == [3]
        assert followups.due_months(date(2025, 6, 16), TODAY) == [3]
        assert followups.ask_due(db, TODAY)
        db.commit()
        assert asked(db) == sorted(
            [
                (three.id, leader3.id, 3, "leader"),
                (three.id, employer3.id, 3, "employer"),
                (twelve.id, leader12.id, 12, "leader"),
                (twelve.id, employer12.id, 12, "employer"),
            ]
        )
        assert followups.ask_due(db, TODAY) == []  # never twice
        notes = db.scalars(select(Notification).where(Notification.kind == NotificationKind.FOLLOW_UP)).all()
        assert sorted(n.user_id for n in notes) == sorted([leader3.id, employer3.id, leader12.id, employer12.id])
        assert all(n.details["follow_up_id"] for n in notes)


def test_finding_whom_to_ask_takes_as_many_queries_for_twice_the_hires(app, db, hire, make_user, count_statements):
    def add_hires(n):
        for _ in range(n):
            hire(date(2025, 6, 15))  # the 12-month window
            _outcome, _leader, employer = hire(date(2026, 3, 15))  # the 3-month window, recorder gone:
            employer.active = False  # the organisation's other employer is asked instead
            make_user(Role.EMPLOYER, organisation=employer.organisation)
        db.commit()
        db.expunge_all()  # nothing read before counts as read

    add_hires(2)
    few = count_statements(lambda: followups.due(db, TODAY))
    add_hires(2)
    db.expunge_all()
    assert len(followups.due(db, TODAY)) == 16
    db.expunge_all()
    assert count_statements(lambda: followups.due(db, TODAY)) == few


def test_nobody_is_asked_about_a_rotation_taken(app, db, hire):
    with app.test_request_context():
        outcome, _leader, _employer = hire(date(2026, 3, 15))
        vacancy = db.get(Vacancy, outcome.vacancy_id)
        vacancy.kind, vacancy.duration_months = "rotation", 3
        db.commit()
        assert followups.ask_due(db, TODAY) == []  # the leader went home after three months: no move to ask about
    assert asked(db) == []


def test_a_hire_reported_by_the_leader_alone_asks_only_the_leader(app, db, hire):
    with app.test_request_context():
        outcome, leader, _employer = hire(date(2026, 3, 1), by_leader=True)
        followups.ask_due(db, TODAY)
        db.commit()
    assert asked(db) == [(outcome.id, leader.id, 3, "leader")]


def test_when_the_recorder_has_left_the_vacancys_employers_are_asked_and_the_first_answer_closes_the_rest(
    app, db, hire, make_user
):
    with app.test_request_context():
        outcome, leader, recorder = hire(date(2026, 3, 1))
        recorder.active = False
        vacancy = db.get(Vacancy, outcome.vacancy_id)
        vacancy.created_by_id = None
        colleagues = [make_user(Role.EMPLOYER, organisation=vacancy.organisation) for _ in range(2)]
        db.commit()
        followups.ask_due(db, TODAY)
        db.commit()
        employer_side = [f for f in db.scalars(select(FollowUp)) if f.side == "employer"]
        assert sorted(f.user_id for f in employer_side) == sorted(c.id for c in colleagues)
        first = next(f for f in employer_side if f.user_id == colleagues[0].id)
        followups.answer(db, colleagues[0], first.id, works=4, helped=[], hindered=[], comment="", today=TODAY)
        db.commit()
        other = next(f for f in employer_side if f.user_id == colleagues[1].id)
        db.refresh(other)
        assert other.status == "closed"
        with pytest.raises(errors.ColleagueAnswered):
            followups.answer(db, colleagues[1], other.id, works=2, helped=[], hindered=[], comment="", today=TODAY)


def test_an_answer_is_kept_without_identity_and_only_once(app, db, hire, make_user):
    with app.test_request_context():
        outcome, leader, _employer = hire(date(2026, 3, 1))
        followups.ask_due(db, TODAY)
        db.commit()
    question = db.scalar(select(FollowUp).where(FollowUp.user_id == leader.id))
    with pytest.raises(NotFound):
        followups.answer(db, make_user(), question.id, works=4, helped=[], hindered=[], comment="", today=TODAY)
    for works, helped, hindered, field in (
        (None, [], [], "works"),
        (6, [], [], "works"),
        (4, ["astrologi"], [], "helped"),
        (4, ["mentor"], ["mentor"], "hindered"),
    ):
        with pytest.raises(ServiceError) as error:
            followups.answer(
                db, leader, question.id, works=works, helped=helped, hindered=hindered, comment="", today=TODAY
            )
        assert error.value.field == field
    with pytest.raises(ServiceError):
        followups.answer(db, leader, question.id, works=4, helped=[], hindered=[], comment="x" * 501, today=TODAY)
    kept = followups.answer(
        db,
        leader,
        question.id,
        works=4,
        helped=["network", "mentor"],
        hindered=["culture"],
        comment=" God  start ",
        today=TODAY,
    )
    db.commit()
    columns = {column.key for column in inspect(FollowUpAnswer).columns}
    assert columns == {
        "id",
        "from_sector",
        "to_sector",
        "months",
        "side",
        "works",
        "helped",
        "hindered",
        "comment",
        "period",
    }
    assert (kept.from_sector, kept.to_sector, kept.months, kept.side, kept.works) == ("kommune", "stat", 3, "leader", 4)
    assert kept.helped == ["mentor", "network"] and kept.hindered == ["culture"] and kept.comment == "God start"
    assert kept.period == "2026-06"
    assert db.get(FollowUp, question.id).status == "answered"
    with pytest.raises(errors.FollowUpAlreadyAnswered):
        followups.answer(db, leader, question.id, works=2, helped=[], hindered=[], comment="", today=TODAY)
    assert db.scalar(select(func.count()).select_from(FollowUpAnswer)) == 1


def test_comments_are_erased_after_six_months(db):
    for period, comment in (("2025-11", "gammel"), ("2025-12", "ny"), ("2026-06", "")):
        db.add(
            FollowUpAnswer(
                from_sector="stat",
                to_sector="region",
                months=3,
                side="leader",
                works=3,
                helped=[],
                hindered=[],
                comment=comment,
                period=period,
            )
        )
    db.commit()
    assert followups.erase_old_comments(db, TODAY) == 1
    assert sorted(a.comment for a in db.scalars(select(FollowUpAnswer))) == ["", "", "ny"]


def _answers(db, count, from_sector, to_sector, months, side, works, helped=()):
    for _ in range(count):
        db.add(
            FollowUpAnswer(
                from_sector=from_sector,
                to_sector=to_sector,
                months=months,
                side=side,
                works=works,
                helped=list(helped),
                hindered=[],
                comment="navngivet kommentar",
                period="2026-05",
            )
        )


def test_the_aggregate_hides_small_numbers_and_their_complements_computed_by_hand(db):
    # kommune→stat: 6 leaders at 3 months (works 4), 2 employers at 3 months (works 2)
    # region→stat:  5 leaders at 3 months (works 5, mentor helped), 1 leader at 12 months (works 3)
    _answers(db, 6, "kommune", "stat", 3, "leader", 4)
    _answers(db, 2, "kommune", "stat", 3, "employer", 2)
    _answers(db, 5, "region", "stat", 3, "leader", 5, helped=["mentor"])
    _answers(db, 1, "region", "stat", 12, "leader", 3)
    db.commit()
    admin = followups.board(db, public=False)
    assert admin.pairs == [("region", "stat"), ("kommune", "stat")]
    assert admin.get("n", "kommune", "stat", 3, "employer") == 2 and admin.mean("kommune", "stat", 3, "employer") == 2
    assert admin.get("n_all", 3, "leader") == 11 and admin.total_mean(3, "leader") == pytest.approx((24 + 25) / 11)
    assert admin.get("helped", "mentor", 3) == 5 and admin.share("helped", "mentor", 3) == pytest.approx(5 / 13)
    assert len(admin.comments) == 14
    # A comment names its group only where the group has five answers or more (kommune→stat leaders at 3
    # months: 6; region→stat leaders at 3 months: 5); the rest (2 + 1) stand without a group.
    grouped = [(c.from_sector, c.months, c.side) for c in admin.comments if c.from_sector is not None]
    assert len(grouped) == 11 and set(grouped) == {("kommune", 3, "leader"), ("region", 3, "leader")}
    assert [c.from_sector for c in admin.comments[11:]] == [None, None, None]
    public = followups.board(db, public=True)
    assert public.comments == []
    # By hand. Under 5: kommune→stat employers at 3 months (2), region→stat leaders at 12 (1), and the totals
    # of those columns (2 and 1) and of the 12-month answers (1). The kommune→stat row (6, 2, 0, 0 | 8) then
    # has one hidden figure, so its smallest other non-zero one goes too: the 6 leaders at 3 months. Their column
    # (5, 6 | 11) now has one hidden, so the 5 go. The 3-month sides (11, 2 | 13) then have one hidden: 11 goes.
    # Every line now has none or at least two hidden, but sums of lines still give figures back: the 3-month
    # total less the kommune→stat row total is region→stat's 3-month leaders (13 − 8 = 5). The audit hides the
    # row totals 8 and 6 as well; the 3-month total 13 and the zeros stay.
    assert public.get("n", "kommune", "stat", 3, "employer") is None
    assert public.get("n", "region", "stat", 12, "leader") is None
    assert public.get("n", "kommune", "stat", 3, "leader") is None
    assert public.get("n", "region", "stat", 3, "leader") is None
    assert public.get("n_all", 3, "leader") is None and public.get("n_all", 3, "employer") is None
    assert public.get("n_months", 3) == 13 and public.get("n_months", 12) is None
    assert public.get("n_pair", "kommune", "stat") is None and public.get("n_pair", "region", "stat") is None
    assert public.get("n", "region", "stat", 3, "employer") == 0  # zeros are never hidden
    assert public.mean("kommune", "stat", 3, "leader") is None  # a mean goes with its count
    assert public.get("helped", "mentor", 3) == 5 and public.share("helped", "mentor", 3) == pytest.approx(5 / 13)
    assert public.get("helped", "mentor", 12) == 0


def test_nothing_is_asked_about_an_erased_leaders_hire(app, db, hire):
    from webapp.services import outcomes

    with app.test_request_context():
        outcome, leader, _employer = hire(date(2026, 3, 1), by_leader=True)
        outcomes.anonymise(db, outcome.profile_id)
        db.commit()
        assert followups.ask_due(db, TODAY) == []
