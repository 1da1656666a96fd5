"""Settings views: how notifications are mailed, and personal API tokens (list, create with an expiry and a
scope, revoke). A token's secret is shown once, on the page that answers the creation (never flashed: the
session cookie is signed, not encrypted)."""

from __future__ import annotations

from flask import render_template, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user

from ..actions import form_action, form_submit
from ..db import get_session
from ..forms import BaseForm
from ..services import notifications, tokens
from . import bp
from .forms import NotificationSettingsForm, TokenForm


@bp.get("/")
def settings():
    """The user's notification choices, API tokens and the form for a new token."""
    return _page(TokenForm())


@bp.post("/beskeder")
def save_notification_settings():
    """Store how each kind of notification is mailed, and in which language."""
    kinds = notifications.kinds_for(current_user)
    form = NotificationSettingsForm.for_kinds(kinds).from_request()
    saved = form_submit(
        form,
        lambda session: notifications.save_settings(
            session, current_user, {str(kind): form[str(kind)].data for kind in kinds}, form.language.data
        ),
        _("Dine valg for beskeder er gemt."),
        url_for("account.settings", _anchor="beskeder"),
        default="language",
    )
    return saved if saved is not None else _page(TokenForm(), notification_form=form)


@bp.post("/api-noegler")
def create_token():
    """Create a token (named, with an expiry and a scope) and show its secret this once."""
    form = TokenForm.from_request()
    answer = form_submit(
        form,
        lambda session: tokens.create(session, current_user, form.name.data, form.expiry_days(), scope=form.scope.data),
        default="name",
        page=_shown_once,
    )
    return answer if answer is not None else _page(form)


def _shown_once(created) -> tuple:
    """The settings page with the new token's secret, which neither the cookie nor a cache may keep."""
    token, secret = created
    return _page(TokenForm(), new_token=token, secret=secret), 200, {"Cache-Control": "no-store"}


@bp.post("/api-noegler/<int:token_id>/tilbagekald")
def revoke_token(token_id: int):
    """Revoke one of the user's tokens; it stops working at once. Another's token is as unknown as a made-up id."""

    return form_action(
        lambda session: tokens.revoke(session, current_user, token_id),
        lambda token: _("Nøglen »%(name)s« er tilbagekaldt.", name=token.name),
        url_for("account.settings"),
        flash_missing=True,
    )


def _page(form: TokenForm, new_token=None, secret: str | None = None, notification_form=None) -> str:
    kinds = notifications.kinds_for(current_user)
    if notification_form is None:
        setting = notifications.get_setting(get_session(), current_user)
        chosen = {str(kind): str(value) for kind, value in notifications.choices(setting, kinds).items()}
        language = setting.language if setting is not None else str(get_locale() or "da")
        notification_form = NotificationSettingsForm.for_kinds(kinds)(data=chosen | {"language": language})
    return render_template(
        "account/settings.html",
        form=form,
        notification_form=notification_form,
        notification_kinds=kinds,
        tokens=tokens.for_user(get_session(), current_user),
        new_token=new_token,
        secret=secret,
        action_form=BaseForm(),
    )
