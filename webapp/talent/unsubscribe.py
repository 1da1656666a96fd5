"""Stopping a talent search's mails by the link in the digest, without logging in (the token is the proof).

As for the leaders' alerts (``leader/unsubscribe.py``), the link opens a page with a button: mail scanners that
follow every link must not pause searches for people who never clicked.
"""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from ..db import get_session
from ..forms import BaseForm
from ..services import talent_searches

bp = Blueprint("talent_unsubscribe", __name__)


@bp.route("/afmeld/talent/<token>", methods=["GET", "POST"])
def confirm(token: str):
    """Say which search the link is for; the button pauses it."""
    session = get_session()
    search = talent_searches.by_token(session, token)
    if search is None:
        return render_template("talent/unsubscribe.html", search=None), 404
    form = BaseForm.from_request()
    if request.method == "POST":
        if form.validate():
            talent_searches.unsubscribe(session, token)
            session.commit()
            flash(
                _("Du er afmeldt. Du får ikke flere e-mails om talentsøgningen »%(name)s«.", name=search.name),
                "success",
            )
            return redirect(url_for("talent_unsubscribe.confirm", token=token))
        flash(_("Formularen er udløbet. Prøv igen."), "error")
    return render_template("talent/unsubscribe.html", search=search, form=form)
