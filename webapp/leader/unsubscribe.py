"""Unsubscribing from alert mails by the link in the mail, without logging in (the token is the proof).

The link opens a page with a button rather than unsubscribing on GET: mail scanners that follow every link
in a message would otherwise switch alerts off for people who never clicked.
"""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from ..db import get_session
from ..forms import BaseForm
from ..services import alerts

bp = Blueprint("unsubscribe", __name__)


@bp.route("/afmeld/<token>", methods=["GET", "POST"])
def confirm(token: str):
    """Show which search the link is for; the button stops its e-mails."""
    session = get_session()
    search = alerts.by_token(session, token)
    if search is None:
        return render_template("leader/unsubscribe.html", search=None), 404
    form = BaseForm.from_request()
    if request.method == "POST":
        if form.validate():
            alerts.unsubscribe(session, token)
            session.commit()
            flash(_("Du er afmeldt. Du får ikke flere e-mails om søgningen »%(name)s«.", name=search.name), "success")
            return redirect(url_for("unsubscribe.confirm", token=token))
        flash(_("Formularen er udløbet. Prøv igen."), "error")
    return render_template("leader/unsubscribe.html", search=search, form=form)
