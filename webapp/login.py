"""Flask-Login wiring, session lifetimes and the one role gate that blueprints install with ``before_request``.

A login session stores the account's id and its current session secret (``User.get_id``). Replacing the
secret logs out every session of the account; a cookie of a deleted account names no one, because ids are
never reused and the secret would not match anyway. Sessions end after ``SESSION_IDLE_MINUTES`` without a
request and ``SESSION_MAX_HOURS`` after log-in, whatever happens in between.
"""

from __future__ import annotations

import hmac
import time
from collections.abc import Callable

from flask import Flask, abort, current_app, flash, session
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import LoginManager, current_user, login_user, logout_user

from models import User

from .db import get_session

login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = _l("Log ind for at se siden.")
login_manager.login_message_category = "info"


LOGIN_AT, SEEN_AT = "login_at", "seen_at"
SEEN_RESOLUTION = 60  # seconds: how stale "last seen" may get before the cookie is rewritten


@login_manager.user_loader
def load_user(session_id: str) -> User | None:
    """The logged-in user, if the session's secret is the account's current one and the account is active."""
    user_id, _dot, secret = session_id.partition(".")
    if not user_id.isdigit() or not secret:
        return None
    user = get_session().get(User, int(user_id))
    if user is None or not user.active or user.email_confirmed_at is None:
        return None
    if not hmac.compare_digest(user.session_secret, secret):
        return None
    return user


def start_session(user: User) -> None:
    """Log in on a new session: nothing from the session before log-in carries over (no fixation)."""
    session.clear()
    login_user(user)
    now = int(time.time())
    session[LOGIN_AT] = session[SEEN_AT] = now


def end_session(user: User | None = None) -> None:
    """Log out here; with ``user``, every other session of the account ends as well (call commit after)."""
    if user is not None:
        user.revoke_sessions()
    logout_user()
    session.clear()


def _expire_idle_sessions():
    """End a session that has been idle or open too long; otherwise note that it was seen."""
    if LOGIN_AT not in session:
        return None
    now = int(time.time())
    idle = now - int(session.get(SEEN_AT, 0)) > current_app.config["SESSION_IDLE_MINUTES"] * 60
    too_old = now - int(session[LOGIN_AT]) > current_app.config["SESSION_MAX_HOURS"] * 3600
    if idle or too_old:
        end_session()
        flash(_("Du er blevet logget ud, fordi du har været inaktiv eller logget ind længe. Log ind igen."), "info")
        return None
    if now - int(session.get(SEEN_AT, 0)) >= SEEN_RESOLUTION:
        session[SEEN_AT] = now
    return None


def init_app(app: Flask) -> None:
    """Install the login manager and the session lifetimes."""
    app.config.setdefault("SESSION_IDLE_MINUTES", 120)
    app.config.setdefault("SESSION_MAX_HOURS", 12)
    login_manager.init_app(app)
    app.before_request(_expire_idle_sessions)


def require_role(*roles: str) -> Callable[[], object]:
    """A ``before_request`` hook: anonymous users go to login, other roles get 403."""

    def gate():
        if not current_user.is_authenticated:
            return login_manager.unauthorized()
        if current_user.role not in roles:
            abort(403)
        return None

    return gate
