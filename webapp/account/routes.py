"""Settings views: list, create and revoke personal API tokens (each with its expiry and scope). The secret
is shown once, on the page that answers the creation (never flashed: the session cookie is signed, not
encrypted)."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..db import get_session
from ..forms import BaseForm
from ..services import tokens
from ..services.errors import NotFound, ServiceError
from . import bp
from .forms import TokenForm


@bp.get("/")
def settings():
    """The user's API tokens and the form for a new one."""
    return _page(TokenForm())


@bp.post("/api-noegler")
def create_token():
    """Create a token (named, with an expiry and a scope) and show its secret this once."""
    form = TokenForm.from_request()
    if not form.validate():
        return _page(form)
    session = get_session()
    try:
        token, secret = tokens.create(session, current_user, form.name.data, form.expiry_days(), scope=form.scope.data)
    except ServiceError as error:
        getattr(form, error.field or "name").errors.append(error.message)
        return _page(form)
    session.commit()
    response = _page(TokenForm(), new_token=token, secret=secret)
    return response, 200, {"Cache-Control": "no-store"}


@bp.post("/api-noegler/<int:token_id>/tilbagekald")
def revoke_token(token_id: int):
    """Revoke one of the user's tokens; it stops working at once."""
    if not BaseForm.from_request().validate():
        flash(_("Formularen er udløbet. Prøv igen."), "error")
        return redirect(url_for("account.settings"))
    session = get_session()
    try:
        token = tokens.revoke(session, current_user, token_id)
    except NotFound:
        flash(_("Nøglen findes ikke."), "error")
    else:
        session.commit()
        flash(_("Nøglen »%(name)s« er tilbagekaldt.", name=token.name), "success")
    return redirect(url_for("account.settings"))


def _page(form: TokenForm, new_token=None, secret: str | None = None) -> str:
    return render_template(
        "account/settings.html",
        form=form,
        tokens=tokens.for_user(get_session(), current_user),
        new_token=new_token,
        secret=secret,
        action_form=BaseForm(),
    )
