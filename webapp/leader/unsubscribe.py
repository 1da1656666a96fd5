"""Unsubscribing from saved-search alert mails by the link in the mail, without logging in (``unsubscribing``)."""

from flask import Blueprint
from flask_babel import gettext as _

from .. import unsubscribing
from ..services import alerts

bp = Blueprint("unsubscribe", __name__)


@bp.route("/afmeld/<token>", methods=["GET", "POST"])
def confirm(token: str):
    """Show which search the link is for; the button stops its e-mails."""
    return unsubscribing.saved_search_page(alerts.KIND, token, "unsubscribe.confirm", _wording)


def _wording(name: str) -> unsubscribing.Wording:
    """What the page says about the search called ``name``."""
    return unsubscribing.Wording(
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
