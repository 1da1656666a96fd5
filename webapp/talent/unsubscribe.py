"""Stopping a talent search's mails by the link in the digest, without logging in (``unsubscribing``)."""

from flask import Blueprint
from flask_babel import gettext as _

from .. import unsubscribing
from ..services import talent_searches

bp = Blueprint("talent_unsubscribe", __name__)


@bp.route("/afmeld/talent/<token>", methods=["GET", "POST"])
def confirm(token: str):
    """Say which search the link is for; the button pauses it."""
    return unsubscribing.saved_search_page(talent_searches.KIND, token, "talent_unsubscribe.confirm", _wording)


def _wording(name: str) -> unsubscribing.Wording:
    """What the page says about the search called ``name``."""
    return unsubscribing.Wording(
        broken=_(
            "Linket til afmelding virker ikke. Måske er talentsøgningen slettet, og så sender vi heller ikke flere "
            "e-mails om den."
        ),
        login=_("Log ind for at se dine talentsøgninger"),
        question=_("Vil du stoppe e-mails om nye kandidater til talentsøgningen »%(name)s«?", name=name),
        stopped=_("Du får ikke e-mails om talentsøgningen »%(name)s«.", name=name),
        restart=_("Du kan starte søgningen igen under Talentsøgninger, når du er logget ind."),
        done=_("Du er afmeldt. Du får ikke flere e-mails om talentsøgningen »%(name)s«.", name=name),
    )
