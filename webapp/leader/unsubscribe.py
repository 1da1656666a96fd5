"""Unsubscribing from saved-search alert mails by the link in the mail, without logging in (``unsubscribing``)."""

from flask import Blueprint, url_for
from flask_babel import gettext as _

from .. import unsubscribing
from ..db import get_session
from ..services import alerts

bp = Blueprint("unsubscribe", __name__)


@bp.route("/afmeld/<token>", methods=["GET", "POST"])
def confirm(token: str):
    """Show which search the link is for; the button stops its e-mails."""
    session = get_session()
    search = alerts.by_token(session, token)
    name = search.name if search is not None else ""
    wording = unsubscribing.Wording(
        broken=_(
            "Linket til afmelding virker ikke. Måske er søgningen slettet, og så sender vi heller ikke flere "
            "e-mails om den."
        ),
        login=_("Log ind for at se dine gemte søgninger"),
        question=_("Vil du stoppe e-mails om nye stillinger til søgningen »%(name)s«?", name=name),
        stopped=_("Du får ikke e-mails om søgningen »%(name)s«.", name=name),
        restart=_("Du kan slå e-mails til igen under Søgninger, når du er logget ind."),
        done=_("Du er afmeldt. Du får ikke flere e-mails om søgningen »%(name)s«.", name=name),
    )
    return unsubscribing.page(
        wording,
        found=search is not None,
        stopped=search is not None and not search.alerts,
        stop=lambda: alerts.unsubscribe(session, token),
        here=url_for("unsubscribe.confirm", token=token),
    )
