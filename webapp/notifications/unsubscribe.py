"""Stopping one kind of notification mail by the link in the mail, without logging in (the secret is the proof).

As for saved-search alerts (``leader/unsubscribe.py``), the link opens a page with a button: mail scanners that
follow every link must not switch mails off for people who never clicked.
"""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from ..db import get_session
from ..forms import BaseForm
from ..services import notifications
from ..services.errors import NotFound

bp = Blueprint("notification_unsubscribe", __name__)


@bp.route("/afmeld/beskeder/<kind>/<token>", methods=["GET", "POST"])
def confirm(kind: str, token: str):
    """Say which mails the link stops; the button stops them (the inbox still shows the notifications)."""
    session = get_session()
    setting = notifications.by_token(session, token)
    kinds = {str(k): k for k in notifications.kinds_for(setting.user)} if setting is not None else {}
    if kind not in kinds:
        return render_template("notifications/unsubscribe.html", setting=None), 404
    label = notifications.KIND_LABELS[kinds[kind]]
    form = BaseForm.from_request()
    if request.method == "POST":
        if form.validate():
            try:
                notifications.unsubscribe(session, token, kind)
            except NotFound:
                return render_template("notifications/unsubscribe.html", setting=None), 404
            session.commit()
            flash(_("Du er afmeldt. Du får ikke flere e-mails om »%(kind)s«.", kind=label), "success")
            return redirect(url_for("notification_unsubscribe.confirm", kind=kind, token=token))
        flash(_("Formularen er udløbet. Prøv igen."), "error")
    stopped = notifications.choices(setting, [kinds[kind]])[kinds[kind]] == notifications.Delivery.NEVER
    return render_template(
        "notifications/unsubscribe.html", setting=setting, kind=kind, label=label, stopped=stopped, form=form
    )
