"""The leader's own data: download everything as JSON, or delete the account and all of it."""

import json

from flask import Response, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..db import get_session
from ..error_messages import message_for
from ..login import end_session
from ..notifications import texts
from ..services import accounts_data, ranking
from ..services.errors import ServiceError
from . import bp
from .forms import DeleteAccountForm


@bp.get("/mine-data")
def my_data():
    """What we hold, with the download and the way to delete the account."""
    return render_template("leader/my_data.html")


@bp.get("/mine-data/hent")
def download_data():
    """Everything about the leader as a JSON file."""
    data = accounts_data.export(get_session(), current_user, lambda found: texts.describe(found).text)
    return Response(
        json.dumps(data, ensure_ascii=False, indent=2),
        mimetype="application/json",
        headers={
            "Content-Disposition": 'attachment; filename="sektorbro-mine-data.json"',
            "Cache-Control": "no-store",
        },
    )


@bp.route("/mine-data/slet", methods=["GET", "POST"])
def delete_account():
    """Delete the account after the leader types their e-mail address; then log out.

    The one view that commits itself, mid-request: the deletion must be committed before the index is refreshed
    without the leader and before SQLite's write-ahead log is folded into the database file and emptied
    (``accounts_data.checkpoint``), or the deleted rows would stay on disk until the next checkpoint.
    """
    form = DeleteAccountForm.from_request()
    if request.method == "POST" and form.validate():
        session = get_session()
        try:
            accounts_data.delete_account(session, current_user, form.confirm_email.data)
        except ServiceError as error:
            session.rollback()
            form.confirm_email.errors.append(message_for(error))
        else:
            session.commit()
            # Every process drops the rows at once when it replays the change log (a tombstone); the deletion
            # also makes `index watch` rebuild without the leader, so no vector about them is left on disk.
            ranking.refresh(session, ranking.directory_for(current_app.instance_path))
            accounts_data.checkpoint(session)
            end_session()
            flash(_("Din konto og alle data om dig er slettet."), "success")
            return redirect(url_for("public.index"))
    return render_template("leader/delete_account.html", form=form)
