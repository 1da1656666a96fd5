"""Notifications: tell a person when something happens to them, in the inbox and by mail as they chose.

``notify`` writes a ``Notification`` for the recipient and, when they want mail at once, composes it in their
language and spools it *after the transaction commits* (``after_commit`` on the session): a request that rolls
back mails nothing, and nothing is mailed about a change that did not happen. Mails chosen for the daily digest
wait (``mailed_at`` empty) for ``flask send-alerts``, which puts them in the same digest as the saved-search
alerts (``services/alerts.py``). The inbox always shows every notification, whatever was chosen for mail.

An employer is never told who a leader is before the leader accepts: notifications about interest and about a
declined request say "en kandidat", and even an accepted answer is named only in the inbox (read live, so it
goes when the leader deletes the account), never in a mail that leaves the service.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from flask import current_app, g, has_app_context
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select, update
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

from . import mail
from .errors import Conflict, NotFound, ServiceError

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
KIND_LABELS = {
    Kind.CONTACT_REQUEST: _l("Kontaktanmodninger fra arbejdsgivere"),
    Kind.CONTACT_ANSWER: _l("Svar på dine kontaktanmodninger"),
    Kind.INTEREST: _l("Ledere, der viser interesse for jeres stillinger"),
    Kind.APPROVAL: _l("Godkendelse af din konto"),
    Kind.APPROVAL_REQUEST: _l("Arbejdsgivere, der venter på godkendelse"),
    Kind.FOLLOW_UP: _l("Opfølgning 3 og 12 måneder efter en ansættelse"),
    Kind.TALENT_MATCHES: _l("Nye kandidater til dine talentsøgninger"),
    Kind.MENTOR_REQUEST: _l("Ledere, der beder dig om en mentorsamtale"),
    Kind.MENTOR_ANSWER: _l("Mentorers svar på dine anmodninger"),
}
MENTOR_KINDS = (Kind.MENTOR_REQUEST, Kind.MENTOR_ANSWER)  # worded by services/mentoring.py
DELIVERY_LABELS = {
    Delivery.NOW: _l("E-mail med det samme"),
    Delivery.DIGEST: _l("Samlet i én e-mail om dagen"),
    Delivery.NEVER: _l("Ingen e-mail, kun her i Sektorbro"),
}
MAX_REASON = 1000


class AlreadyMailed(Conflict):
    """Another run of the digest mailed these notifications first."""


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
            language=language or _default_language(),
            unsubscribe_token=secrets.token_urlsafe(32),
        )
        session.add(found)
        session.flush()
    return found


def _default_language() -> str:
    return current_app.config.get("BABEL_DEFAULT_LOCALE", "da") if has_app_context() else "da"


def choices(setting: NotificationSetting | None, kinds: Iterable[Kind]) -> dict[Kind, Delivery]:
    """How the person is told of each kind: their choice, else the default."""
    stored = (setting.choices if setting is not None else None) or {}
    return {kind: Delivery(stored.get(kind, DEFAULTS[kind])) for kind in kinds}


def language_of(setting: NotificationSetting | None) -> str:
    """The language to write the person's mails in."""
    return setting.language if setting is not None else _default_language()


def save_settings(session: Session, user: User, chosen: Mapping[str, str], language: str) -> NotificationSetting:
    """Store the person's choice per kind and the language of their mails."""
    languages = current_app.config["LANGUAGES"]
    if language not in languages:
        raise ServiceError(_("Vælg et af sprogene."), field="language")
    kinds = kinds_for(user)
    values = {}
    for kind in kinds:
        value = chosen.get(kind)
        if value not in set(Delivery):
            raise ServiceError(_("Vælg en af mulighederne."), field=kind)
        values[str(kind)] = str(value)
    setting = _ensure_setting(session, user, language)
    setting.choices = values
    setting.language = language
    session.flush()
    return setting


def remember_language(session: Session, user: User, language: str) -> None:
    """Note the language a person uses, for their mails, unless they have chosen one already."""
    if language in current_app.config["LANGUAGES"] and get_setting(session, user) is None:
        _ensure_setting(session, user, language)


def unsubscribe(session: Session, token: str, kind: str) -> NotificationSetting:
    """Stop mails of one kind for the person behind an unsubscribe link (no log-in: the secret is the proof)."""
    setting = by_token(session, token)
    if setting is None or kind not in {str(k) for k in kinds_for(setting.user)}:
        raise NotFound(_("Linket til afmelding virker ikke."))
    setting.choices = dict(setting.choices or {}, **{kind: str(Delivery.NEVER)})
    session.flush()
    return setting


def by_token(session: Session, token: str) -> NotificationSetting | None:
    """The settings an unsubscribe link points at, if the secret is one of ours."""
    if not token or len(token) > 64:
        return None
    return session.scalar(select(NotificationSetting).where(NotificationSetting.unsubscribe_token == token))


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
        raise NotFound(_("Beskeden findes ikke."))
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


# ---- what a notification says ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Said:
    """A notification in words: one sentence, the page to act on it, and the link's text."""

    text: str
    endpoint: str | None = None
    values: dict = field(default_factory=dict)
    action: str = ""


def describe(notification: Notification, for_mail: bool = False) -> Said:
    """What the notification says, in the current language; ``for_mail`` never names a leader."""
    kind, details = notification.kind, notification.details or {}
    if kind == Kind.FOLLOW_UP:
        from . import followups

        return followups.said(notification, for_mail)
    if kind == Kind.TALENT_MATCHES:
        from . import talent_searches

        return talent_searches.said(notification, for_mail)
    if kind in MENTOR_KINDS:
        from . import mentoring

        return mentoring.said(notification, for_mail)
    vacancy = notification.vacancy
    title = vacancy.title if vacancy is not None else ""
    if kind == Kind.CONTACT_REQUEST:
        organisation = vacancy.organisation.name if vacancy is not None else _("En arbejdsgiver")
        return Said(
            _(
                "%(organisation)s vil gerne i kontakt med dig om stillingen »%(title)s«.",
                organisation=organisation,
                title=title,
            ),
            "leader.inbox",
            {"_anchor": f"anmodning-{notification.contact_request_id}"},
            _("Læs anmodningen og svar"),
        )
    if kind == Kind.CONTACT_ANSWER:
        request = notification.contact_request
        target = {"vacancy_id": notification.vacancy_id}
        if request is not None:
            target["_anchor"] = f"kandidat-{request.profile_id}"
        if not details.get("accepted"):
            text = _("En kandidat har afslået din kontaktanmodning om stillingen »%(title)s«.", title=title)
        elif for_mail or request is None or request.status != ContactStatus.ACCEPTED:
            text = _(
                "En kandidat har accepteret din kontaktanmodning om stillingen »%(title)s«, så du nu kan se "
                "kandidatens navn og kontakt-e-mail.",
                title=title,
            )
        else:  # the leader accepted: their name is no secret to this employer any more
            text = _(
                "%(name)s har accepteret din kontaktanmodning om stillingen »%(title)s«.",
                name=request.profile.name,
                title=title,
            )
        return Said(text, "employer.candidates", target, _("Se kandidaterne"))
    if kind == Kind.INTEREST:
        return Said(
            _("En kandidat har vist interesse for stillingen »%(title)s«.", title=title),
            "employer.candidates",
            {"vacancy_id": notification.vacancy_id},
            _("Se kandidaterne"),
        )
    if kind == Kind.APPROVAL and details.get("approved"):
        return Said(
            _("Din arbejdsgiverkonto er godkendt, så du kan offentliggøre stillinger og se kandidater."),
            "employer.vacancy_list",
            {},
            _("Gå til jeres stillinger"),
        )
    if kind == Kind.APPROVAL:
        return Said(_("Din arbejdsgiverkonto er afvist. Begrundelse: »%(reason)s«", reason=details.get("reason", "")))
    subject = notification.subject_user
    organisation = subject.organisation.name if subject is not None and subject.organisation else "–"
    return Said(
        _(
            "%(email)s fra %(organisation)s venter på at blive godkendt som arbejdsgiver.",
            email=subject.email if subject is not None else "–",
            organisation=organisation,
        ),
        "admin.users",
        {"status": "venter"},
        _("Se arbejdsgivere, der venter"),
    )


def subject_of(notification: Notification) -> str:
    """The subject of a mail about one notification."""
    kind, title = notification.kind, notification.vacancy.title if notification.vacancy is not None else ""
    if kind == Kind.FOLLOW_UP:
        from . import followups

        return followups.subject(notification)
    if kind == Kind.TALENT_MATCHES:
        from . import talent_searches

        return talent_searches.subject(notification)
    if kind in MENTOR_KINDS:
        from . import mentoring

        return mentoring.subject(notification)
    if kind == Kind.CONTACT_REQUEST:
        return _("En arbejdsgiver vil gerne i kontakt med dig")
    if kind == Kind.CONTACT_ANSWER:
        return _("Svar på din kontaktanmodning om »%(title)s«", title=title)
    if kind == Kind.INTEREST:
        return _("En kandidat er interesseret i »%(title)s«", title=title)
    if kind == Kind.APPROVAL:
        if (notification.details or {}).get("approved"):
            return _("Din arbejdsgiverkonto på Sektorbro er godkendt")
        return _("Din arbejdsgiverkonto på Sektorbro er afvist")
    return _("En arbejdsgiver venter på godkendelse")


# ---- mail ----------------------------------------------------------------------------------------------


def _mail_at_once(session: Session, notification: Notification) -> None:
    """Compose the mail in the recipient's language now, and spool it once the transaction commits."""
    from flask import render_template, url_for
    from flask_babel import force_locale

    setting = _ensure_setting(session, notification.user)
    with force_locale(setting.language):
        said = describe(notification, for_mail=True)
        subject = subject_of(notification)
        body = render_template(
            "notifications/mail/notification.txt",
            said=said,
            notification=notification,
            action_url=url_for(said.endpoint, _external=True, **said.values) if said.endpoint else None,
            kind_label=KIND_LABELS[Kind(notification.kind)],
            settings_url=url_for("account.settings", _external=True, _anchor="beskeder"),
            unsubscribe_url=unsubscribe_url(setting, notification.kind),
        )
    notification.mailed_at = utcnow()
    session.flush()
    _spool_after_commit(session, notification.user.email, subject, body)


def unsubscribe_url(setting: NotificationSetting, kind: str) -> str:
    """The link in a mail that stops mails of one kind, without logging in."""
    from flask import url_for

    return url_for("notification_unsubscribe.confirm", token=setting.unsubscribe_token, kind=kind, _external=True)


def _spool_after_commit(session: Session, to: str, subject: str, body: str) -> None:
    """Spool a mail when the session commits; a transaction that does not commit mails nothing."""
    config = current_app.config
    settings = {
        "MAIL_SENDER": config["MAIL_SENDER"],
        "MAIL_SERVER": config.get("MAIL_SERVER"),
        "MAIL_SPOOL": str(mail.spool_dir(config)),  # resolved now: the commit may come outside the app context
    }
    mail.after_commit(session, lambda: mail.send_mail(settings, to, subject, body))


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
        raise AlreadyMailed(_("Beskederne er allerede sendt."))
    session.flush()


def digest_language(session: Session, user: User) -> str:
    """The language of the person's digest."""
    return language_of(get_setting(session, user))


def digest_setting(session: Session, user: User, found: list[Notification]) -> NotificationSetting | None:
    """The settings row whose secret the digest's unsubscribe links carry (made when it has notifications)."""
    return _ensure_setting(session, user) if found else get_setting(session, user)


def cached_unread_count(session: Session, user: User) -> int:
    """``unread_count``, asked at most once per request (the header shows it in two places)."""
    key = f"unread_notifications_{user.id}"
    if key not in g:
        setattr(g, key, unread_count(session, user))
    return getattr(g, key)
