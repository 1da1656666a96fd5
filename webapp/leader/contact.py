"""The leader's contact requests: read them, accept or decline."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..actions import form_action
from ..db import get_session
from ..forms import BaseForm
from ..own_profile import page_without, with_own_profile
from ..services import contacts
from . import bp

ANSWERS = {"accept": True, "decline": False}


@bp.get("/kontakt")
@with_own_profile(page_without("leader/inbox.html"))
def inbox(found):
    """Every contact request, newest first, with the employer, vacancy and message."""
    requests = contacts.inbox(get_session(), found)
    return render_template("leader/inbox.html", profile=found, requests=requests, action_form=BaseForm())


@bp.post("/kontakt/<int:request_id>")
def answer(request_id: int):
    """Accept (reveals name and contact details to the employer) or decline one pending request."""
    choice = request.form.get("answer")
    back = url_for("leader.inbox")
    if choice not in ANSWERS:
        flash(_("Vælg, om du vil acceptere eller afslå."), "error")
        return redirect(back)
    if ANSWERS[choice]:
        success = _("Du har accepteret. Arbejdsgiveren kan nu se dit navn og din kontakt-e-mail.")
    else:
        success = _("Du har afslået. Arbejdsgiveren ser kun, at du har sagt nej tak.")
    return form_action(
        lambda session: contacts.answer(session, current_user, request_id, ANSWERS[choice]), success, back
    )
