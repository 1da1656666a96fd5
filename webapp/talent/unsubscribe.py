"""Stopping a talent search's mails by the link in the digest, without logging in (``unsubscribing``)."""

from flask import Blueprint, url_for
from flask_babel import gettext as _

from .. import unsubscribing
from ..db import get_session
from ..services import talent_searches

bp = Blueprint("talent_unsubscribe", __name__)


@bp.route("/afmeld/talent/<token>", methods=["GET", "POST"])
def confirm(token: str):
    """Say which search the link is for; the button pauses it."""
    session = get_session()
    search = talent_searches.by_token(session, token)
    name = search.name if search is not None else ""
    wording = unsubscribing.Wording(
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
    return unsubscribing.page(
        wording,
        found=search is not None,
        stopped=search is not None and not search.active,
        stop=lambda: talent_searches.unsubscribe(session, token),
        here=url_for("talent_unsubscribe.confirm", token=token),
    )
