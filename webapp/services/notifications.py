"""Notifications: tell a person when something happens to them, in the inbox and by mail as they chose.

``notify`` writes a ``Notification`` for the recipient: its kind and what it is about, never its words (those
are made when it is read, by ``webapp/notifications/texts.py``). When the recipient wants mail at once, it is
marked mailed and handed, as it is flushed, to the web layer's mailer (``take_to_mail``, called by
``webapp/mails``), which words the mail in their language and spools it *after the transaction commits*: a
request that rolls back mails nothing, and nothing is mailed about a change that did not happen. Mails chosen
for the daily digest wait (``mailed_at`` empty) for ``flask send-alerts``, which puts them in the same digest as
the saved-search alerts (``services/alerts.py``). The inbox always shows every notification, whatever was chosen
for mail.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import func, inspect, select, update
from sqlalchemy.orm import Session, joinedload

from models import (
    ContactRequest,
    ContactStatus,
    Delivery,
    Interest,
    Notification,
    NotificationKind,
    NotificationSetting,
    Role,
    User,
    Vacancy,
    utcnow,
)
from models.enums import admits

from . import unsubscribe_links
from .errors import AlreadyMailed, DeliveryNotAChoice, LanguageNotAChoice, NotificationNotFound, UnsubscribeLinkBroken
from .languages import DEFAULT_LANGUAGE, LANGUAGES

Kind = NotificationKind

DEFAULTS = {
    Kind.CONTACT_REQUEST: Delivery.NOW,
    Kind.CONTACT_ANSWER: Delivery.NOW,
    Kind.APPROVAL: Delivery.NOW,
    Kind.INTEREST: Delivery.DIGEST,
    Kind.APPROVAL_REQUEST: Delivery.NOW,
    Kind.FOLLOW_UP: Delivery.NOW,
    Kind.TALENT_MATCHES: Delivery.NEVER,  # the talent digest is the mail (services/talent_searches.py)
    Kind.MENTOR_REQUEST: Delivery.NOW,
    Kind.MENTOR_ANSWER: Delivery.NOW,
}
# What each role can be told about (and so chooses for on the settings page).
KINDS_BY_ROLE = {
    Role.LEADER: (Kind.CONTACT_REQUEST, Kind.MENTOR_REQUEST, Kind.MENTOR_ANSWER, Kind.FOLLOW_UP),
    Role.EMPLOYER: (Kind.CONTACT_ANSWER, Kind.INTEREST, Kind.APPROVAL, Kind.FOLLOW_UP),
    Role.ADMIN: (Kind.APPROVAL_REQUEST,),
}
MAX_REASON = 1000


# ---- settings ---------------------------------------------------------------------------------------------


def kinds_for(user: User) -> tuple[Kind, ...]:
    """The kinds of notification this person can get."""
    return KINDS_BY_ROLE.get(Role(user.role), ())


def get_setting(session: Session, user: User) -> NotificationSetting | None:
    """The person's stored choices, if they have any."""
    return session.get(NotificationSetting, user.id)


def _ensure_setting(session: Session, user: User, language: str | None = None) -> NotificationSetting:
    """The person's settings row, made with the defaults (and an unsubscribe secret) when missing."""
    found = get_setting(session, user)
    if found is None:
        found = NotificationSetting(
            user_id=user.id,
            choices={},
            language=language or DEFAULT_LANGUAGE,
            unsubscribe_token=unsubscribe_links.new_token(),
        )
        session.add(found)
        session.flush()
    return found


def choices(setting: NotificationSetting | None, kinds: Iterable[Kind]) -> dict[Kind, Delivery]:
    """How the person is told of each kind: their choice, else the default."""
    stored = (setting.choices if setting is not None else None) or {}
    return {kind: Delivery(stored.get(kind, DEFAULTS[kind])) for kind in kinds}


def language_of(setting: NotificationSetting | None) -> str:
    """The language to write the person's mails in."""
    return setting.language if setting is not None else DEFAULT_LANGUAGE


def save_settings(session: Session, user: User, chosen: Mapping[str, str], language: str) -> NotificationSetting:
    """Store the person's choice per kind and the language of their mails."""
    if language not in LANGUAGES:
        raise LanguageNotAChoice()
    kinds = kinds_for(user)
    values = {}
    for kind in kinds:
        value = chosen.get(kind)
        if not admits(Delivery, value):
            raise DeliveryNotAChoice(field=str(kind))
        values[str(kind)] = str(value)
    setting = _ensure_setting(session, user, language)
    setting.choices = values
    setting.language = language
    session.flush()
    return setting


def remember_language(session: Session, user: User, language: str) -> None:
    """Note the language a person uses, for their mails, unless they have chosen one already."""
    if language in LANGUAGES and get_setting(session, user) is None:
        _ensure_setting(session, user, language)


def by_token(session: Session, token: str) -> NotificationSetting | None:
    """The settings an unsubscribe link points at, if the secret is one of ours."""
    return unsubscribe_links.holder(session, NotificationSetting, token)


def link_kind(setting: NotificationSetting | None, kind: str) -> Kind | None:
    """The kind of mail an unsubscribe link names, when the person behind ``setting`` can get it; else None."""
    if setting is None:
        return None
    return next((known for known in kinds_for(setting.user) if str(known) == kind), None)


def unsubscribe(session: Session, setting: NotificationSetting, kind: str) -> NotificationSetting:
    """Stop mails of one kind for the person behind an unsubscribe link (no log-in: the secret is the proof). The
    page that found ``setting`` (``by_token``) passes it on, so the secret is looked up once."""
    known = link_kind(setting, kind)
    if known is None:
        raise UnsubscribeLinkBroken()
    setting.choices = dict(setting.choices or {}, **{str(known): str(Delivery.NEVER)})
    session.flush()
    return setting


# ---- making notifications ---------------------------------------------------------------------------------


def notify(
    session: Session, recipient: User | None, kind: Kind, *, always_mail: bool = False, **refs
) -> Notification | None:
    """Tell ``recipient`` (an active account of a role that gets ``kind``); mail them as they chose.

    ``refs`` are the notification's references (``contact_request``, ``interest``, ``vacancy``,
    ``subject_user``, ``details``). ``always_mail`` mails at once whatever was chosen: for a rejection, which
    closes the account, so the inbox can no longer be read.
    """
    if recipient is None or not recipient.active or kind not in kinds_for(recipient):
        return None
    setting = get_setting(session, recipient)
    delivery = Delivery.NOW if always_mail else choices(setting, [kind])[kind]
    notification = Notification(user=recipient, kind=kind, delivery=delivery, created_at=utcnow(), **refs)
    session.add(notification)
    session.flush()
    if delivery == Delivery.NOW:
        _mail_at_once(session, notification)
    return notification


def contact_requested(session: Session, request: ContactRequest) -> Notification | None:
    """Tell the leader that an employer asks for contact."""
    return notify(session, request.profile.user, Kind.CONTACT_REQUEST, contact_request=request, vacancy=request.vacancy)


def contact_answered(session: Session, request: ContactRequest) -> Notification | None:
    """Tell the employer who asked that the leader accepted or declined."""
    accepted = request.status == ContactStatus.ACCEPTED
    return notify(
        session,
        request.sender,
        Kind.CONTACT_ANSWER,
        contact_request=request,
        vacancy=request.vacancy,
        details={"accepted": accepted},
    )


def interest_shown(session: Session, interest: Interest) -> list[Notification]:
    """Tell the vacancy's employers that a leader is interested (never who)."""
    vacancy = interest.vacancy or session.get(Vacancy, interest.vacancy_id)
    sent = [
        notify(session, employer, Kind.INTEREST, interest=interest, vacancy=vacancy)
        for employer in vacancy_employers(session, vacancy)
    ]
    return [found for found in sent if found is not None]


def vacancy_employers(session: Session, vacancy: Vacancy) -> list[User]:
    """Who hears about a vacancy: its author, while an approved employer of its organisation; else every
    approved, active employer of the organisation."""
    return vacancy_employers_of(session, [vacancy])[vacancy.id]


def vacancy_employers_of(session: Session, vacancies: Iterable[Vacancy]) -> dict[int, list[User]]:
    """``vacancy_employers`` for many vacancies by id, in two queries however many there are."""
    vacancies = list(vacancies)
    author_ids = {v.created_by_id for v in vacancies if v.created_by_id}
    authors = {u.id: u for u in session.scalars(select(User).where(User.id.in_(author_ids)))} if author_ids else {}
    found = {
        v.id: [authors[v.created_by_id]]
        for v in vacancies
        if _approved_at(authors.get(v.created_by_id), v.organisation_id)
    }
    orphaned = {v.organisation_id for v in vacancies if v.id not in found}
    by_organisation: dict[int, list[User]] = {}
    if orphaned:
        stmt = (
            select(User)
            .where(
                User.organisation_id.in_(orphaned),
                User.role == Role.EMPLOYER,
                User.active.is_(True),
                User.approved_at.is_not(None),
            )
            .order_by(User.id)
        )
        for user in session.scalars(stmt):
            by_organisation.setdefault(user.organisation_id, []).append(user)
    return {v.id: found.get(v.id) or by_organisation.get(v.organisation_id, []) for v in vacancies}


def _approved_at(user: User | None, organisation_id: int) -> bool:
    return user is not None and user.active and user.is_approved_employer and user.organisation_id == organisation_id


def employer_approved(session: Session, employer: User) -> Notification | None:
    """Tell an employer that their account is approved."""
    return notify(session, employer, Kind.APPROVAL, details={"approved": True})


def employer_rejected(session: Session, employer: User, reason: str) -> Notification | None:
    """Tell an employer why their account was rejected (always mailed: the account is closed)."""
    return notify(session, employer, Kind.APPROVAL, always_mail=True, details={"approved": False, "reason": reason})


def employer_waiting(session: Session, employer: User) -> list[Notification]:
    """Tell every active admin that an employer has confirmed the address and waits for approval."""
    admins = session.scalars(select(User).where(User.role == Role.ADMIN, User.active.is_(True)).order_by(User.id))
    sent = [notify(session, admin, Kind.APPROVAL_REQUEST, subject_user=employer) for admin in admins]
    return [found for found in sent if found is not None]


# ---- reading them ---------------------------------------------------------------------------------------


def unread_count(session: Session, user: User) -> int:
    """How many of the person's notifications are unread (one indexed count)."""
    stmt = (
        select(func.count())
        .select_from(Notification)
        .where(Notification.user_id == user.id, Notification.read_at.is_(None))
    )
    return session.scalar(stmt) or 0


def listing(user: User):
    """A select() of the person's notifications, newest first, with what they point at."""
    return (
        select(Notification)
        .options(
            joinedload(Notification.vacancy).joinedload(Vacancy.organisation),
            joinedload(Notification.contact_request).joinedload(ContactRequest.profile),
            joinedload(Notification.subject_user).joinedload(User.organisation),
        )
        .where(Notification.user_id == user.id)
        .order_by(Notification.created_at.desc(), Notification.id.desc())
    )


def get_own(session: Session, user: User, notification_id: int) -> Notification:
    """One of the person's own notifications, or NotFound."""
    found = session.get(Notification, notification_id)
    if found is None or found.user_id != user.id:
        raise NotificationNotFound()
    return found


def open_notification(session: Session, user: User, notification_id: int) -> Notification:
    """Mark one of the person's notifications read (opening it) and return it."""
    found = get_own(session, user, notification_id)
    if found.read_at is None:
        found.read_at = utcnow()
        session.flush()
    return found


def mark_all_read(session: Session, user: User) -> int:
    """Mark every unread notification of the person read; return how many there were."""
    result = session.execute(
        update(Notification)
        .where(Notification.user_id == user.id, Notification.read_at.is_(None))
        .values(read_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    session.flush()
    return result.rowcount or 0


# ---- mail at once ---------------------------------------------------------------------------------------

_TO_MAIL = "sektorbro.notifications_to_mail"  # session.info: this transaction's notifications to mail at once


def _mail_at_once(session: Session, notification: Notification) -> None:
    """Mark the notification mailed and queue it for the mailer, which words it at this flush and spools it at
    the commit. The recipient's settings row is made now if missing: the mail carries its unsubscribe secret.
    """
    _ensure_setting(session, notification.user)
    notification.mailed_at = utcnow()
    session.info.setdefault(_TO_MAIL, []).append(notification)
    session.flush()


def take_to_mail(session: Session) -> list[Notification]:
    """The notifications queued to be mailed at once, each handed out once (``webapp/mails`` asks after every
    flush). One that was rolled back or deleted meanwhile is no longer persistent and is left out."""
    queued, session.info[_TO_MAIL] = session.info.get(_TO_MAIL, []), []
    return [found for found in queued if inspect(found).persistent]


# ---- the daily digest (sent with the saved-search alerts, services/alerts.py) ------------------------------


def users_with_digest(session: Session) -> list[int]:
    """Ids of active people with notifications waiting for the daily digest."""
    stmt = (
        select(Notification.user_id)
        .join(User, User.id == Notification.user_id)
        .where(Notification.delivery == Delivery.DIGEST, Notification.mailed_at.is_(None), User.active.is_(True))
        .distinct()
        .order_by(Notification.user_id)
    )
    return list(session.scalars(stmt))


def pending_digest(session: Session, user: User) -> list[Notification]:
    """The person's notifications waiting for the digest, oldest first."""
    stmt = (
        listing(user)
        .where(Notification.delivery == Delivery.DIGEST, Notification.mailed_at.is_(None))
        .order_by(None)
        .order_by(Notification.created_at, Notification.id)
    )
    return list(session.scalars(stmt).unique())


def mark_mailed(session: Session, found: list[Notification]) -> None:
    """Record that the notifications went out; AlreadyMailed when another run took any of them first."""
    if not found:
        return
    result = session.execute(
        update(Notification)
        .where(Notification.id.in_([n.id for n in found]), Notification.mailed_at.is_(None))
        .values(mailed_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != len(found):
        raise AlreadyMailed()
    session.flush()


def digest_language(session: Session, user: User) -> str:
    """The language of the person's digest."""
    return language_of(get_setting(session, user))


def digest_setting(session: Session, user: User, found: list[Notification]) -> NotificationSetting | None:
    """The settings row whose secret the digest's unsubscribe links carry (made when it has notifications)."""
    return _ensure_setting(session, user) if found else get_setting(session, user)
