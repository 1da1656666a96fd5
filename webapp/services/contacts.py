"""Contact requests: employers ask, leaders answer; only an accepted request reveals who the leader is."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from models import ContactRequest, ContactStatus, Profile, Role, User, Vacancy

from . import answering, notifications, visibility
from .errors import (
    AlreadyAnswered,
    AlreadyContacted,
    CandidateNotFound,
    ContactMessageMissing,
    ContactRequestNotFound,
    MessageTooLong,
    NotOwnVacancyToContact,
)

MAX_MESSAGE = 4000


def send(session: Session, sender: User, vacancy: Vacancy, profile: Profile, message: str) -> ContactRequest:
    """An employer of the vacancy's organisation asks a visible candidate for contact (once per vacancy)."""
    if sender.role != Role.EMPLOYER or sender.organisation_id != vacancy.organisation_id:
        raise NotOwnVacancyToContact()
    if not visibility.can_see(session, profile, vacancy.organisation_id):
        raise CandidateNotFound()
    message = message.strip()
    if not message:
        raise ContactMessageMissing()
    if len(message) > MAX_MESSAGE:
        raise MessageTooLong(limit=MAX_MESSAGE)
    if find(session, vacancy.id, profile.id) is not None:
        raise AlreadyContacted()
    request = ContactRequest(vacancy=vacancy, profile=profile, sender=sender, message=message)
    session.add(request)
    session.flush()
    notifications.contact_requested(session, request)
    return request


def find(session: Session, vacancy_id: int, profile_id: int) -> ContactRequest | None:
    """The request about this vacancy and candidate, if any."""
    return session.scalar(
        select(ContactRequest).where(ContactRequest.vacancy_id == vacancy_id, ContactRequest.profile_id == profile_id)
    )


def inbox(session: Session, profile: Profile, status: ContactStatus | None = None) -> list[ContactRequest]:
    """A leader's requests (only those with ``status``, when given), newest first, with their vacancies."""
    stmt = (
        select(ContactRequest)
        .options(joinedload(ContactRequest.vacancy).joinedload(Vacancy.organisation))
        .where(ContactRequest.profile_id == profile.id)
        .order_by(ContactRequest.created_at.desc(), ContactRequest.id.desc())
    )
    if status is not None:
        stmt = stmt.where(ContactRequest.status == status)
    return list(session.scalars(stmt))


def answer(session: Session, leader: User, request_id: int, accept: bool) -> ContactRequest:
    """The leader accepts or declines a pending request addressed to their own profile."""
    request = session.get(ContactRequest, request_id)
    if request is None or request.profile.user_id != leader.id:
        raise ContactRequestNotFound()
    answering.answer(request, accept, ContactStatus, AlreadyAnswered)
    session.flush()
    notifications.contact_answered(session, request)
    return request


def revealed(request: ContactRequest | None) -> bool:
    """True when the leader has accepted, so name and contact details may be shown."""
    return request is not None and request.status == ContactStatus.ACCEPTED
