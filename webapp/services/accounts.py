"""Accounts: registration, log-in, password reset and admin changes to users."""

from __future__ import annotations

import hmac

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from models import Role, User, utcnow

from . import audit, notifications, passwords
from .errors import (
    AddressTaken,
    AlreadyApproved,
    AlreadyClosed,
    AwaitsConfirmation,
    DeactivatesSelf,
    NotAnEmployer,
    OrganisationNotPlaced,
    PasswordTooShort,
    ReasonMissing,
    ReasonTooLong,
    RemovesOwnAdminRole,
    UserNotFound,
)
from .text import without_controls


def normalise_email(email: str) -> str:
    """E-mail addresses compare case-insensitively."""
    return email.strip().lower()


def get_user(session: Session, user_id: int) -> User:
    """The user with this id, or NotFound."""
    user = session.get(User, user_id)
    if user is None:
        raise UserNotFound()
    return user


def find_by_email(session: Session, email: str) -> User | None:
    """The user with this e-mail address, if any."""
    return session.scalar(select(User).where(User.email == normalise_email(email)))


def create_user(
    session: Session,
    email: str,
    password: str,
    role: Role,
    organisation_id: int | None = None,
    confirmed: bool = True,
) -> User:
    """Create an account; the password must be long enough and the e-mail free (else AddressTaken).

    ``confirmed=False`` makes an account that waits for its owner to confirm the address (see ``confirm``).
    """
    email = normalise_email(email)
    check_password_strength(password)  # first, so a short password gets the same answer for any address
    existing = find_by_email(session, email)
    if existing is not None:
        passwords.hash_password(password)  # as slow as creating the account: the time tells nothing either
        raise AddressTaken(user=existing)
    user = User(
        email=email,
        password_hash=passwords.hash_password(password),
        role=role,
        organisation_id=organisation_id,
        approved_at=None,
    )
    session.add(user)
    session.flush()
    if not confirmed:  # after the insert: the column's default would replace a None given to the constructor
        user.email_confirmed_at = None
        session.flush()
    return user


def awaits_confirmation(user: User) -> bool:
    """True for a registered account whose owner has not yet followed the confirmation link."""
    return user.email_confirmed_at is None


def user_for_confirmation_token(session: Session, secret_key: str, token: str, max_age: int) -> User | None:
    """The account a confirmation link was sent for, if the link is valid and the account still waits for it."""
    found = passwords.read_confirmation_token(secret_key, token, max_age)
    if found is None:
        return None
    user = session.get(User, found[0])
    if user is None or not user.active or not awaits_confirmation(user):
        return None
    if not hmac.compare_digest(passwords.password_fingerprint(secret_key, user.session_secret), found[1]):
        return None
    return user


def confirm(session: Session, user: User, language: str) -> None:
    """Open a confirmed account; its confirmation link stops working.

    ``language`` (the page's) is the one the owner's mails are written in, until they choose another. An
    employer now waits for approval, and the admins are told.
    """
    user.email_confirmed_at = user.last_login_at = utcnow()
    user.revoke_sessions()
    session.flush()
    notifications.remember_language(session, user, language)
    if user.role == Role.EMPLOYER and user.approved_at is None:
        notifications.employer_waiting(session, user)


def check_password_strength(password: str) -> None:
    """Refuse passwords shorter than the minimum."""
    if len(password) < passwords.MIN_LENGTH:
        raise PasswordTooShort(limit=passwords.MIN_LENGTH)


def authenticate(session: Session, email: str, password: str) -> User | None:
    """The active user with these credentials, or ``None``; upgrades old hashes on the way."""
    user = find_by_email(session, email)
    if user is None:
        return passwords.verify_nothing(password) or None  # as slow as a wrong password: no address oracle
    if not passwords.verify_password(user.password_hash, password) or not user.active:
        return None
    if awaits_confirmation(user):
        raise AwaitsConfirmation()
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash_password(password)
    user.last_login_at = utcnow()
    session.flush()
    return user


def set_password(session: Session, user: User, password: str) -> None:
    """Replace the user's password (which also invalidates outstanding reset tokens)."""
    check_password_strength(password)
    user.password_hash = passwords.hash_password(password)
    user.revoke_sessions()
    session.flush()


def user_for_reset_token(session: Session, secret_key: str, token: str, max_age: int) -> User | None:
    """The user a reset token was issued to, if the token is valid, unexpired and unused."""
    found = passwords.read_reset_token(secret_key, token, max_age)
    if found is None:
        return None
    user = session.get(User, found[0])
    if user is None or not user.active:
        return None
    if not hmac.compare_digest(passwords.password_fingerprint(secret_key, user.password_hash), found[1]):
        return None
    return user


def awaiting_approval():
    """The condition for an employer who has confirmed the address and waits for an admin's approval."""
    return and_(
        User.role == Role.EMPLOYER,
        User.approved_at.is_(None),
        User.active.is_(True),
        User.email_confirmed_at.is_not(None),
    )


def count_awaiting_approval(session: Session) -> int:
    """How many employers wait for approval."""
    return session.scalar(select(func.count()).select_from(User).where(awaiting_approval())) or 0


def search_users(session: Session, query: str = "", role: str | None = None, awaiting: bool = False):
    """A select() of users matching an e-mail fragment and role (or only employers awaiting approval), newest
    first (those awaiting approval: oldest first, as a queue)."""
    if awaiting:
        stmt = select(User).where(awaiting_approval()).order_by(User.created_at, User.id)
    else:
        stmt = select(User).order_by(User.created_at.desc(), User.id.desc())
    query = without_controls(query)
    if query.strip():
        pattern = f"%{query.strip().lower()}%"
        stmt = stmt.where(or_(func.lower(User.email).like(pattern)))
    if role:
        stmt = stmt.where(User.role == role)
    return stmt


def change_role(session: Session, actor: User, user: User, role: Role) -> None:
    """Give a user another role; admins cannot demote themselves (someone must stay admin)."""
    if user.id == actor.id and role != Role.ADMIN:
        raise RemovesOwnAdminRole()
    before = user.role
    user.role = role
    if before != role:
        user.revoke_sessions()  # the person logs in again under the new role
    if role == Role.EMPLOYER and user.approved_at is None and user.organisation is not None:
        if user.organisation.placed:  # an unplaced organisation waits for the admin (see approve_employer)
            user.approved_at = utcnow()
    session.flush()
    if before != role:
        details = {"email": user.email, "before": str(before), "after": str(role)}
        audit.record(session, actor, audit.USER_ROLE, f"user:{user.id}", details)


def set_active(session: Session, actor: User, user: User, active: bool) -> None:
    """Deactivate or reactivate an account; admins cannot deactivate themselves."""
    if user.id == actor.id and not active:
        raise DeactivatesSelf()
    changed = user.active != active
    user.active = active
    if changed:
        user.revoke_sessions()
    session.flush()
    if changed:
        action = audit.USER_ACTIVATE if active else audit.USER_DEACTIVATE
        audit.record(session, actor, action, f"user:{user.id}", {"email": user.email})


def approve_employer(session: Session, actor: User | None, user: User) -> None:
    """Let an employer publish vacancies; a new organisation must be placed in the hierarchy first.

    Discreet leaders are hidden from their organisation's family, so an employer at an organisation whose
    family nobody has checked must not see candidates yet. The approval is audited and the employer told.
    """
    if user.role != Role.EMPLOYER:
        raise NotAnEmployer()
    if user.organisation is not None and not user.organisation.placed:
        raise OrganisationNotPlaced(name=user.organisation.name)
    if user.approved_at is not None:
        return
    user.approved_at = utcnow()
    session.flush()
    audit.record(session, actor, audit.USER_APPROVE, f"user:{user.id}", _employer_details(user))
    notifications.employer_approved(session, user)


def reject_employer(session: Session, actor: User, user: User, reason: str) -> None:
    """Refuse an employer waiting for approval: the account is closed, and the reason audited and mailed.

    Closing (not deleting) the account keeps the decision reversible: an admin who changes their mind
    reactivates and approves it.
    """
    if user.role != Role.EMPLOYER:
        raise NotAnEmployer()
    if user.approved_at is not None:
        raise AlreadyApproved()
    if not user.active:
        raise AlreadyClosed()
    reason = " ".join(without_controls(reason or "").split())
    if not reason:
        raise ReasonMissing()
    if len(reason) > notifications.MAX_REASON:
        raise ReasonTooLong(limit=notifications.MAX_REASON)
    notifications.employer_rejected(session, user, reason)  # while the account is active, so it is told
    user.active = False
    user.revoke_sessions()
    session.flush()
    audit.record(session, actor, audit.USER_REJECT, f"user:{user.id}", _employer_details(user) | {"reason": reason})


def _employer_details(user: User) -> dict:
    """What the audit log keeps about an employer's approval: the address and the organisation."""
    return {"email": user.email, "organisation": user.organisation.name if user.organisation else None}
