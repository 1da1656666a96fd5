"""The leader's contact requests: read them, accept or decline."""

from flask import render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..actions import form_action
from ..db import get_session
from ..forms import AnswerForm, BaseForm
from ..own_profile import page_without, with_own_profile
from ..services import contacts
from . import bp


@bp.get("/kontakt")
@with_own_profile(page_without("leader/inbox.html"))
def inbox(found):
    """Every contact request, newest first, with the employer, vacancy and message."""
    requests = contacts.inbox(get_session(), found)
    return render_template("leader/inbox.html", profile=found, requests=requests, action_form=BaseForm())


@bp.post("/kontakt/<int:request_id>")
def answer(request_id: int):
    """Accept (reveals name and contact details to the employer) or decline one pending request."""
    form = AnswerForm.from_request()
    return form_action(
        lambda session: contacts.answer(session, current_user, request_id, form.accept),
        lambda _request: (
            _("Du har accepteret. Arbejdsgiveren kan nu se dit navn og din kontakt-e-mail.")
            if form.accept
            else _("Du har afslået. Arbejdsgiveren ser kun, at du har sagt nej tak.")
        ),
        url_for("leader.inbox"),
        form=form,
    )
