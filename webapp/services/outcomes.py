"""Outcomes of matches: the employer records what came of an accepted contact, a leader reports a new job.

Rules, one predicate each:

* only an approved employer of the vacancy's organisation records an outcome, and only after the candidate
  accepted the contact request (before that the employer does not know who the candidate is);
* a leader reports only their own new jobs; one tied to one of their accepted contact requests is the same
  row the employer writes to, so a hire is never counted twice;
* a later outcome replaces the earlier one, which moves to ``history`` with its date.

Erasure (``anonymise``): hires are kept without anything that points to the person (sectors, levels and the
month only), so the dashboard's numbers stay the same; the other outcomes are deleted.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, delete, or_, select
from sqlalchemy.orm import Session, joinedload

from models import (
    LEVELS,
    ContactRequest,
    ContactStatus,
    Outcome,
    OutcomeKind,
    OutcomeSource,
    Profile,
    Role,
    Sector,
    User,
    Vacancy,
    VacancyKind,
)
from models.enums import admits

from . import contacts, profiles
from .errors import (
    CandidateNotFound,
    ContactRequestNotFound,
    DateBeforeContact,
    DateMissing,
    DateTooFarAhead,
    JobAlreadyRecorded,
    NewLevelNotAChoice,
    NewSectorNotAChoice,
    NoProfileForJob,
    NotApprovedToSeeCandidates,
    NotOwnVacancyForOutcome,
    OutcomeBeforeAccepted,
    OutcomeKindNotAChoice,
    TooLong,
)


def moved_jobs() -> ColumnElement[bool]:
    """SQL condition for a hire that moved a leader into a new job: every hire but one into a short offer.

    A rotation, secondment or job shadowing (1–6 months) is recorded like a hire so the employer can close the
    case, but the leader goes back to their own job: it is no move between sectors, asks no follow-up questions
    and makes nobody a mentor.
    """
    posts = select(Vacancy.id).where(Vacancy.kind == VacancyKind.POST)
    return and_(Outcome.kind == OutcomeKind.HIRED, or_(Outcome.vacancy_id.is_(None), Outcome.vacancy_id.in_(posts)))


MAX_TEXT = 200
FUTURE = timedelta(days=366)  # a first day of work may lie some months ahead, not years


def _check_date(on: date | None, not_before: date | None, today: date) -> date:
    if on is None:
        raise DateMissing()
    if on > today + FUTURE:
        raise DateTooFarAhead()
    if not_before is not None and on < not_before:
        raise DateBeforeContact()
    return on


def _replace(row: Outcome, kind: str, on: date) -> None:
    """Move the row's current outcome into its history, then set the new one."""
    if row.kind is not None and row.occurred_on is not None and (row.kind, row.occurred_on) != (kind, on):
        row.history = [*(row.history or []), {"kind": row.kind, "on": row.occurred_on.isoformat()}]
    row.kind = kind
    row.occurred_on = on


def _hire_facts(row: Outcome, profile: Profile, to_sector: str, level_after: int) -> None:
    """Sector and level before (the leader's profile when the hire is first recorded) and after."""
    if row.from_sector is None:
        row.from_sector = profile.sector
        row.level_before = profile.level
    row.to_sector = to_sector
    row.level_after = level_after


def _row_for_contact(session: Session, request: ContactRequest, source: str) -> Outcome:
    """The outcome of an accepted contact, new (by ``source``) if nothing came of it yet: one row per contact,
    whoever records it first, so the employer's and the leader's reports are one hire."""
    row = session.scalar(select(Outcome).where(Outcome.contact_request_id == request.id))
    if row is None:
        row = Outcome(
            contact_request=request,
            profile_id=request.profile_id,
            vacancy_id=request.vacancy_id,
            source=source,
            via_sektorbro=True,
            history=[],
        )
        session.add(row)
    return row


def record_for_contact(
    session: Session, user: User, vacancy: Vacancy, profile_id: int, kind: str, on: date | None, today: date
) -> Outcome:
    """The vacancy's employer records what came of an accepted contact; a later outcome replaces the earlier."""
    if user.role != Role.EMPLOYER or user.organisation_id != vacancy.organisation_id:
        raise NotOwnVacancyForOutcome()
    if not user.is_approved_employer:
        raise NotApprovedToSeeCandidates()
    request = session.scalar(
        select(ContactRequest).where(ContactRequest.vacancy_id == vacancy.id, ContactRequest.profile_id == profile_id)
    )
    if request is None:
        raise CandidateNotFound()
    if request.status != ContactStatus.ACCEPTED:
        raise OutcomeBeforeAccepted()
    if not admits(OutcomeKind, kind):
        raise OutcomeKindNotAChoice()
    on = _check_date(on, request.created_at.date(), today)
    row = _row_for_contact(session, request, OutcomeSource.EMPLOYER)
    _replace(row, kind, on)
    row.recorded_by_id = user.id
    level_after = vacancy.level if kind == OutcomeKind.HIRED else row.level_after
    _hire_facts(row, session.get(Profile, profile_id), vacancy.organisation.sector, level_after)
    session.flush()
    return row


def accepted_requests(session: Session, profile: Profile) -> list[ContactRequest]:
    """The leader's accepted contact requests, the ones a new job may have come through."""
    return contacts.inbox(session, profile, ContactStatus.ACCEPTED)


def record_new_job(
    session: Session,
    leader: User,
    *,
    today: date,
    started_on: date | None,
    to_sector: str | None = None,
    level_after: int | None = None,
    title: str = "",
    organisation_name: str = "",
    contact_request_id: int | None = None,
) -> Outcome:
    """A leader reports their own new job: through one of their accepted contacts, or found elsewhere."""
    profile = profiles.get_for_user(session, leader) if leader.role == Role.LEADER else None
    if profile is None:
        raise NoProfileForJob()
    title, organisation_name = (title or "").strip(), (organisation_name or "").strip()
    if len(title) > MAX_TEXT:
        raise TooLong(field="title", limit=MAX_TEXT)
    if len(organisation_name) > MAX_TEXT:
        raise TooLong(field="organisation_name", limit=MAX_TEXT)
    if contact_request_id:
        request = session.get(ContactRequest, contact_request_id)
        if request is None or request.profile_id != profile.id or request.status != ContactStatus.ACCEPTED:
            raise ContactRequestNotFound(field="contact_request_id")
        on = _check_date(started_on, request.created_at.date(), today)
        vacancy = request.vacancy
        row = _row_for_contact(session, request, OutcomeSource.LEADER)
        _replace(row, OutcomeKind.HIRED, on)
        _hire_facts(row, profile, vacancy.organisation.sector, vacancy.level)
    else:
        if not admits(Sector, to_sector):
            raise NewSectorNotAChoice()
        if level_after not in LEVELS:
            raise NewLevelNotAChoice()
        on = _check_date(started_on, None, today)
        duplicate = session.scalar(
            select(Outcome.id).where(
                Outcome.profile_id == profile.id,
                Outcome.contact_request_id.is_(None),
                Outcome.occurred_on == on,
                Outcome.to_sector == to_sector,
            )
        )
        if duplicate is not None:
            raise JobAlreadyRecorded()
        row = Outcome(
            profile_id=profile.id,
            source=OutcomeSource.LEADER,
            kind=OutcomeKind.HIRED,
            occurred_on=on,
            via_sektorbro=False,
            title=title,
            organisation_name=organisation_name,
            history=[],
        )
        _hire_facts(row, profile, to_sector, level_after)
        session.add(row)
    row.recorded_by_id = leader.id
    if title and not row.title:
        row.title = title
    session.flush()
    return row


def for_profile(session: Session, profile_id: int) -> list[Outcome]:
    """A leader's outcomes and reported jobs, newest first."""
    stmt = (
        select(Outcome)
        .options(joinedload(Outcome.vacancy).joinedload(Vacancy.organisation))
        .where(Outcome.profile_id == profile_id)
        .order_by(Outcome.occurred_on.desc(), Outcome.id.desc())
    )
    return list(session.scalars(stmt))


def for_vacancy(session: Session, vacancy_id: int) -> dict[int, Outcome]:
    """The outcomes of a vacancy's contacts by profile id."""
    rows = session.scalars(select(Outcome).where(Outcome.vacancy_id == vacancy_id, Outcome.profile_id.is_not(None)))
    return {row.profile_id: row for row in rows}


def _month(value: date | datetime) -> date | datetime:
    """The first of the value's month (midnight for a time)."""
    if isinstance(value, datetime):
        return value.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return value.replace(day=1)


def anonymise(session: Session, profile_id: int) -> None:
    """Before a leader's account is deleted: keep their hires as bare facts (sectors, levels, month), delete the rest.

    Nothing left may point back to the person: no link to the profile, the contact, the vacancy (one hire in a
    named vacancy names the person) or who recorded it; no text they typed; no exact day; no history.
    """
    session.execute(
        delete(Outcome).where(Outcome.profile_id == profile_id, Outcome.kind != OutcomeKind.HIRED),
        execution_options={"synchronize_session": False},
    )
    for row in session.scalars(select(Outcome).where(Outcome.profile_id == profile_id)):
        row.profile_id = row.contact_request_id = row.vacancy_id = row.recorded_by_id = None
        row.title = row.organisation_name = ""
        row.history = []
        row.occurred_on = _month(row.occurred_on)
        row.created_at = row.updated_at = _month(row.created_at)
    session.flush()  # set explicitly, ``updated_at`` is not stamped with now by its onupdate
