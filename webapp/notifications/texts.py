"""What a notification says, in the current language: one sentence, the page to act on it and the link's text.

A notification row holds only its kind and references (``services/notifications.py``); the words are made here
when it is read, for the inbox, for the mail sent at once (``webapp/mails``), in the daily digest and in the
leader's own data. So the inbox follows the person's language, and a name a leader deletes leaves with them.

An employer is never told who a leader is before the leader accepts: ``for_mail`` never names a leader, and
the inbox names one only once they accepted the contact (or, for a mentor, the request).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from flask_babel import gettext as _
from flask_babel import ngettext

from models import ContactStatus, FollowUpSide, Notification, NotificationKind
from models import MentorRequestStatus as MentorStatus

from ..labels import SECTOR_INTO
from ..services import mentoring

Kind = NotificationKind


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
        return _follow_up(notification)
    if kind == Kind.TALENT_MATCHES:
        return _talent_matches(notification)
    if kind in (Kind.MENTOR_REQUEST, Kind.MENTOR_ANSWER):
        return _mentoring(notification, for_mail)
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


def subject(notification: Notification) -> str:
    """The subject of a mail about one notification."""
    kind, details = notification.kind, notification.details or {}
    title = notification.vacancy.title if notification.vacancy is not None else ""
    if kind == Kind.FOLLOW_UP:
        if details.get("side") == FollowUpSide.EMPLOYER:
            return _("Fungerer ansættelsen? To korte spørgsmål fra Sektorbro")
        return _("Fungerer dit nye job? To korte spørgsmål fra Sektorbro")
    if kind == Kind.TALENT_MATCHES:  # the talent digest is mailed instead; kept for completeness
        return _("Nye kandidater til din talentsøgning")
    if kind == Kind.MENTOR_REQUEST:
        return _("En leder vil gerne tale med dig som mentor")
    if kind == Kind.MENTOR_ANSWER:
        return _("Svar på din anmodning om en mentor")
    if kind == Kind.CONTACT_REQUEST:
        return _("En arbejdsgiver vil gerne i kontakt med dig")
    if kind == Kind.CONTACT_ANSWER:
        return _("Svar på din kontaktanmodning om »%(title)s«", title=title)
    if kind == Kind.INTEREST:
        return _("En kandidat er interesseret i »%(title)s«", title=title)
    if kind == Kind.APPROVAL:
        if details.get("approved"):
            return _("Din arbejdsgiverkonto på Sektorbro er godkendt")
        return _("Din arbejdsgiverkonto på Sektorbro er afvist")
    return _("En arbejdsgiver venter på godkendelse")


def _follow_up(notification: Notification) -> Said:
    """A follow-up question (``services/followups.py``), for the inbox and the mail alike: never the leader's name."""
    details = notification.details or {}
    months, side = details.get("months"), details.get("side")
    title = notification.vacancy.title if notification.vacancy is not None else ""
    if side == FollowUpSide.EMPLOYER and months == 12:
        text = _("Det er et år siden, I ansatte en leder i stillingen »%(title)s«. Fungerer det?", title=title)
    elif side == FollowUpSide.EMPLOYER:
        text = _("Det er tre måneder siden, I ansatte en leder i stillingen »%(title)s«. Fungerer det?", title=title)
    elif months == 12:
        text = _("Det er et år siden, du startede i dit nye job. Fungerer det?")
    else:
        text = _("Det er tre måneder siden, du startede i dit nye job. Fungerer det?")
    return Said(
        text + " " + _("Svar på to korte spørgsmål. Svarene gemmes uden navn."),
        "followups.answer",
        {"follow_up_id": details.get("follow_up_id", 0)},
        _("Svar på spørgsmålene"),
    )


def _talent_matches(notification: Notification) -> Said:
    """A talent note (``services/talent_searches.py``): how many new candidates a search found, and where."""
    details = notification.details or {}
    count = int(details.get("count", 0))
    return Said(
        ngettext(
            "%(num)d ny kandidat passer til din talentsøgning »%(name)s«.",
            "%(num)d nye kandidater passer til din talentsøgning »%(name)s«.",
            count,
            name=details.get("name", ""),
        ),
        "talent.search_detail",
        {"talent_search_id": details.get("talent_search_id", 0)},
        _("Se kandidaterne"),
    )


def _mentoring(notification: Notification, for_mail: bool) -> Said:
    """A mentoring notification. Mails name nobody; the inbox names the mentor once they accepted."""
    request = notification.mentor_request
    place = SECTOR_INTO.get(request.target_sector, "") if request is not None else ""
    if notification.kind == Kind.MENTOR_REQUEST:
        return Said(
            _("En leder, der overvejer at skifte til %(place)s, vil gerne tale med dig som mentor.", place=place),
            "mentoring.requests",
            {"_anchor": f"modtaget-{notification.mentor_request_id}"},
            _("Læs anmodningen og svar"),
        )
    status = (notification.details or {}).get("status")
    if status == MentorStatus.ACCEPTED and not for_mail and mentoring.revealed(request):
        text = _("%(name)s har sagt ja til at tale med dig som mentor.", name=request.offer.profile.name)
    elif status == MentorStatus.ACCEPTED:
        text = _("En mentor har sagt ja til at tale med dig, så I nu kan se hinandens navn og e-mail.")
    elif status == MentorStatus.CLOSED:
        text = _("En mentor har trukket sit tilbud tilbage, før der kom svar på din anmodning. Find gerne en anden.")
    else:
        text = _("En mentor har desværre sagt nej tak til din anmodning. Find gerne en anden.")
    return Said(
        text, "mentoring.requests", {"_anchor": f"sendt-{notification.mentor_request_id}"}, _("Se dine anmodninger")
    )
