"""Stopping one kind of notification mail by the link in the mail, without logging in (``unsubscribing``).

The inbox still shows the notifications; only the mails stop.
"""

from flask import Blueprint, url_for
from flask_babel import gettext as _

from .. import unsubscribing
from ..db import get_session
from ..labels import NOTIFICATION_KIND_LABELS
from ..services import notifications

bp = Blueprint("notification_unsubscribe", __name__)


@bp.route("/afmeld/beskeder/<kind>/<token>", methods=["GET", "POST"])
def confirm(kind: str, token: str):
    """Say which mails the link stops; the button stops them."""
    session = get_session()
    setting = notifications.by_token(session, token)
    known = notifications.link_kind(setting, kind)
    label = NOTIFICATION_KIND_LABELS[known] if known is not None else ""
    wording = unsubscribing.Wording(
        broken=_("Linket til afmelding virker ikke."),
        login=_("Log ind for at vælge, hvilke e-mails du får"),
        question=_("Vil du stoppe e-mails om »%(kind)s«? Du kan stadig se beskederne, når du logger ind.", kind=label),
        stopped=_("Du får ikke e-mails om »%(kind)s«. Du kan stadig se beskederne, når du logger ind.", kind=label),
        restart=_("Du kan slå e-mails til igen under Indstillinger, når du er logget ind."),
        done=_("Du er afmeldt. Du får ikke flere e-mails om »%(kind)s«.", kind=label),
    )
    stopped = known is not None and notifications.choices(setting, [known])[known] == notifications.Delivery.NEVER
    return unsubscribing.page(
        wording,
        found=known is not None,
        stopped=stopped,
        stop=lambda: notifications.unsubscribe(session, setting, kind),
        here=url_for("notification_unsubscribe.confirm", kind=kind, token=token),
    )
