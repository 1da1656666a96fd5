"""The daily digests of ``flask send-alerts`` in words: a leader's new vacancies with anyone's waiting
notifications (``services/alerts.py``), and an employer's new anonymous candidates (``services/talent_searches.py``).

The services build and record a digest; ``deliver_alerts`` and ``deliver_talent`` record it, word it in the
person's language and spool it, in the transaction the caller commits (or rolls back if spooling failed).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from flask import render_template
from flask_babel import force_locale, ngettext
from flask_babel import gettext as _
from sqlalchemy.orm import Session

from ..labels import NOTIFICATION_KIND_LABELS
from ..notifications import texts
from ..services import alerts, notifications, talent_searches
from ..services.mail import send_mail
from .notification import unsubscribe_url

# Builds an endpoint's absolute URL, e.g. ``webapp.urls.absolute_url`` (which uses ``PUBLIC_URL``).
Links = Callable[..., str]


def compose_alerts(digest: alerts.Digest, links: Links) -> tuple[str, str]:
    """The daily digest's subject and plain-text body (needs an app context for templates and translations)."""
    count, told = len(digest.items), len(digest.notifications)
    if count and told:
        subject = _("Nye lederstillinger og beskeder fra Sektorbro")
    elif count:
        subject = ngettext(
            "%(num)d ny lederstilling til dine søgninger på Sektorbro",
            "%(num)d nye lederstillinger til dine søgninger på Sektorbro",
            count,
        )
    else:
        subject = ngettext("%(num)d ny besked fra Sektorbro", "%(num)d nye beskeder fra Sektorbro", told)
    said = [texts.describe(found, for_mail=True) for found in digest.notifications]
    kinds = list(dict.fromkeys(found.kind for found in digest.notifications))
    body = render_template(
        "leader/mail/alert_digest.txt",
        digest=digest,
        vacancy_url=lambda vacancy: links("public.vacancy_detail", vacancy_id=vacancy.id),
        search_url=lambda search: links("public.vacancy_list", **alerts.query_args(alerts.filters_of(search))),
        unsubscribe_url=lambda search: links("unsubscribe.confirm", token=search.unsubscribe_token),
        manage_url=links("leader.searches"),
        told=[(text, links(text.endpoint, **text.values) if text.endpoint else None) for text in said],
        kind_unsubscribe=[(NOTIFICATION_KIND_LABELS[kind], unsubscribe_url(digest.setting, kind)) for kind in kinds],
        settings_url=links("account.settings", _anchor="beskeder"),
    )
    return subject, body


def deliver_alerts(session: Session, config: Mapping, digest: alerts.Digest, links: Links) -> None:
    """Record the deliveries, then spool the mail in the person's language; the caller commits (or rolls back
    if spooling failed)."""
    alerts.record(session, digest)
    setting = digest.setting or notifications.get_setting(session, digest.user)
    with force_locale(notifications.language_of(setting)):
        subject, body = compose_alerts(digest, links)
    send_mail(config, digest.user.email, subject, body)


def compose_talent(digest: talent_searches.TalentDigest, links: Links) -> tuple[str, str]:
    """The talent digest's subject and plain-text body (needs an app context for templates and translations)."""
    count = len(digest.items)
    subject = ngettext(
        "%(num)d ny kandidat til dine talentsøgninger på Sektorbro",
        "%(num)d nye kandidater til dine talentsøgninger på Sektorbro",
        count,
    )
    body = render_template(
        "talent/mail/digest.txt",
        digest=digest,
        candidate_url=lambda item: links("talent.candidate", delivery_id=digest.deliveries[item.candidate.profile_id]),
        unsubscribe_url=lambda search: links("talent_unsubscribe.confirm", token=search.unsubscribe_token),
        manage_url=links("talent.searches"),
    )
    return subject, body


def deliver_talent(session: Session, config: Mapping, digest: talent_searches.TalentDigest, links: Links) -> None:
    """Record the deliveries, then spool the mail in the employer's language; the caller commits."""
    talent_searches.record(session, digest)
    with force_locale(notifications.digest_language(session, digest.user)):
        subject, body = compose_talent(digest, links)
    send_mail(config, digest.user.email, subject, body)
