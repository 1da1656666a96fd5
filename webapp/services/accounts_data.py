"""A leader's own data: everything held about them as JSON, and deleting the account with all of it.

Deletion is one ``DELETE`` of the user row; the schema's ``ON DELETE CASCADE`` foreign keys remove the
profile, its experience, the employers' decisions and notes about the candidate, contact requests, interests,
saved searches, alert deliveries, API tokens, the leader's notifications and notification settings, and the
notifications others got about the leader's requests and interest (SQLite runs with foreign keys on, like
PostgreSQL). Outcomes are handled first (``outcomes.anonymise``): a hire stays as bare aggregate facts
(sectors, levels, month) so the mobility numbers do not change; every other outcome goes.
Audit entries about the account keep the admin's action but lose the e-mail address. An
organisation the leader typed that no admin has placed yet, and that nothing else refers to, goes too. The
index change log then makes every process drop the profile's rows from its candidate index before it ranks
again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session, joinedload, selectinload

from models import (
    AlertDelivery,
    ApiToken,
    AuditEntry,
    CandidateDecision,
    ContactRequest,
    Interest,
    Notification,
    Profile,
    SavedSearch,
    User,
    Vacancy,
)

from . import accounts, accounts_data_crossing, exporting, mail, notifications, organisations, outcomes, ranking
from .errors import EmailNotConfirmed

FORMAT = "sektorbro-mine-data/1"


def _when(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _vacancy(vacancy: Vacancy | None) -> dict[str, Any] | None:
    if vacancy is None:
        return None
    return {"id": vacancy.id, "title": vacancy.title, "organisation": vacancy.organisation.name}


def export(session: Session, user: User, notification_text: Callable[[Notification], str]) -> dict[str, Any]:
    """Everything Sektorbro holds about the user, as plain JSON-ready values; ``notification_text`` words each
    notification as the inbox does (``webapp/notifications/texts.py``)."""
    profile = session.scalar(
        select(Profile)
        .options(selectinload(Profile.experiences), joinedload(Profile.organisation))
        .where(Profile.user_id == user.id)
    )
    searches = list(session.scalars(select(SavedSearch).where(SavedSearch.user_id == user.id).order_by(SavedSearch.id)))
    search_names = {search.id: search.name for search in searches}
    deliveries = session.scalars(
        select(AlertDelivery)
        .options(joinedload(AlertDelivery.vacancy).joinedload(Vacancy.organisation))
        .where(AlertDelivery.user_id == user.id)
        .order_by(AlertDelivery.sent_at, AlertDelivery.id)
    )
    data: dict[str, Any] = {
        "format": FORMAT,
        "account": {
            "email": user.email,
            "role": user.role,
            "active": user.active,
            "created_at": _when(user.created_at),
            "last_login_at": _when(user.last_login_at),
        },
        "profile": None,
        "experiences": [],
        "saved_searches": [
            {"name": s.name, "filters": s.filters, "alerts": s.alerts, "created_at": _when(s.created_at)}
            for s in searches
        ],
        "alert_deliveries": [
            {
                "vacancy": _vacancy(d.vacancy),
                "saved_search": search_names.get(d.saved_search_id),
                "sent_at": _when(d.sent_at),
            }
            for d in deliveries
        ],
        "contact_requests": [],
        "interests": [],
        "employer_decisions": [],
        "outcomes": [],
        "top_10_appearances": [],
        "mentor_offer": None,
        "mentor_requests_received": [],
        "mentor_requests_sent": [],
        "talent_digests": [],
        "api_tokens": [
            {
                "name": t.name,
                "prefix": t.prefix,
                "created_at": _when(t.created_at),
                "last_used_at": _when(t.last_used_at),
                "revoked_at": _when(t.revoked_at),
                "expires_at": _when(t.expires_at),
                "scope": t.scope,
            }
            for t in session.scalars(select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.id))
        ],
        "notification_settings": _notification_settings(session, user),
        "notifications": [
            {
                "kind": n.kind,
                "text": notification_text(n),
                "created_at": _when(n.created_at),
                "read_at": _when(n.read_at),
                "mailed_at": _when(n.mailed_at),
            }
            for n in session.scalars(notifications.listing(user).order_by(None).order_by(Notification.id))
        ],
        "account_changes": [
            {"action": e.action, "details": e.details, "created_at": _when(e.created_at)}
            for e in _audited(session, user)
        ],
    }
    data.update(accounts_data_crossing.account_data(session, user))
    if profile is not None:
        data.update(_profile_data(session, profile))
        data.update(accounts_data_crossing.profile_data(session, profile))
    return data


def _notification_settings(session: Session, user: User) -> dict[str, Any]:
    """How the person chose to be told of each kind, and the language of their mails."""
    setting = notifications.get_setting(session, user)
    chosen = notifications.choices(setting, notifications.kinds_for(user))
    return {
        "choices": {str(kind): str(value) for kind, value in chosen.items()},
        "language": notifications.language_of(setting),
    }


def _audited(session: Session, user: User) -> list[AuditEntry]:
    """Audit entries about the account (an admin changed its role or access)."""
    stmt = select(AuditEntry).where(AuditEntry.target == f"user:{user.id}").order_by(AuditEntry.created_at)
    return list(session.scalars(stmt))


def _profile_data(session: Session, profile: Profile) -> dict[str, Any]:
    """The profile and everything that hangs on it."""
    record = exporting.profile_record(profile)
    experiences = record.pop("experience")
    record |= {"created_at": _when(profile.created_at), "updated_at": _when(profile.updated_at)}
    requests = session.scalars(
        select(ContactRequest)
        .options(joinedload(ContactRequest.vacancy).joinedload(Vacancy.organisation), joinedload(ContactRequest.sender))
        .where(ContactRequest.profile_id == profile.id)
        .order_by(ContactRequest.created_at, ContactRequest.id)
    )
    interests = session.scalars(
        select(Interest)
        .options(joinedload(Interest.vacancy).joinedload(Vacancy.organisation))
        .where(Interest.profile_id == profile.id)
        .order_by(Interest.created_at, Interest.id)
    )
    decisions = session.scalars(
        select(CandidateDecision)
        .options(joinedload(CandidateDecision.vacancy).joinedload(Vacancy.organisation))
        .where(CandidateDecision.profile_id == profile.id)
        .order_by(CandidateDecision.created_at, CandidateDecision.id)
    )
    return {
        "profile": record,
        "experiences": experiences,
        "contact_requests": [
            {
                "vacancy": _vacancy(r.vacancy),
                "sender": r.sender.email if r.sender else None,
                "message": r.message,
                "status": r.status,
                "created_at": _when(r.created_at),
                "answered_at": _when(r.answered_at),
            }
            for r in requests
        ],
        "interests": [{"vacancy": _vacancy(i.vacancy), "created_at": _when(i.created_at)} for i in interests],
        # Employers' verdicts and notes are personal data about the candidate, so they are part of the copy.
        "employer_decisions": [
            {
                "vacancy": _vacancy(d.vacancy),
                "decision": d.decision,
                "reason": d.reason,
                "note": d.note,
                "created_at": _when(d.created_at),
                "updated_at": _when(d.updated_at),
            }
            for d in decisions
        ],
        # What came of the contacts (recorded by the employer or the leader) and the new jobs the leader reported.
        "outcomes": [
            {
                "vacancy": _vacancy(o.vacancy),
                "recorded_by": o.source,
                "outcome": o.kind,
                "date": _when(o.occurred_on),
                "earlier": o.history,
                "from_sector": o.from_sector,
                "to_sector": o.to_sector,
                "level_before": o.level_before,
                "level_after": o.level_after,
                "via_sektorbro": o.via_sektorbro,
                "title": o.title,
                "organisation": o.organisation_name,
                "created_at": _when(o.created_at),
                "updated_at": _when(o.updated_at),
            }
            for o in outcomes.for_profile(session, profile.id)
        ],
    }


def checkpoint(session: Session) -> None:
    """After a deletion is committed, fold SQLite's write-ahead log into the database file and empty it.

    Until then the WAL still holds the deleted rows; with ``secure_delete`` the checkpoint overwrites them in
    the database file too. PostgreSQL needs a VACUUM instead (README, Security and privacy).
    """
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        session.commit()


def delete_account(session: Session, user: User, confirmation: str) -> int | None:
    """Delete the user and everything about them; ``confirmation`` must be their e-mail address.

    Returns the deleted profile's id (None if they had none). The caller commits and logs the user out.
    """
    if accounts.normalise_email(confirmation) != user.email:
        raise EmailNotConfirmed()
    profile_id, typed = session.execute(
        select(Profile.id, Profile.organisation_id).where(Profile.user_id == user.id)
    ).first() or (None, None)
    registered = user.organisation_id  # an employer's own unplaced organisation, the same way
    for entry in _audited(session, user):  # the admin's action stays on record; the person's address does not
        entry.details = {key: value for key, value in (entry.details or {}).items() if key != "email"}
    if profile_id is not None:
        outcomes.anonymise(session, profile_id)
    session.flush()
    # A Core delete: the ORM would otherwise null profile.user_id instead of letting the database cascade.
    session.execute(delete(User).where(User.id == user.id), execution_options={"synchronize_session": False})
    root, address = mail.spool_dir(), user.email
    mail.after_commit(session, lambda: mail.discard_addressed_to(root, address))  # nothing more is sent to them
    session.expunge_all()
    organisations.delete_if_unused(session, [typed, registered])
    if profile_id is not None:
        ranking.record_changes(session, [profile_id])
    session.flush()
    return profile_id
