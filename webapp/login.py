"""Flask-Login wiring and the one role gate that blueprints install with ``before_request``."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask, abort
from flask_babel import lazy_gettext as _l
from flask_login import LoginManager, current_user

from models import User

from .db import get_session

login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = _l("Log ind for at se siden.")
login_manager.login_message_category = "info"


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    """Load the logged-in user for this request; deactivated users are logged out."""
    if not user_id.isdigit():
        return None
    user = get_session().get(User, int(user_id))
    return user if user is not None and user.active else None


def init_app(app: Flask) -> None:
    """Install the login manager."""
    login_manager.init_app(app)


def require_role(*roles: str) -> Callable[[], object]:
    """A ``before_request`` hook: anonymous users go to login, other roles get 403."""

    def gate():
        if not current_user.is_authenticated:
            return login_manager.unauthorized()
        if current_user.role not in roles:
            abort(403)
        return None

    return gate
