"""The REST API under ``/api/v1``: JSON in and out, personal API tokens, problem+json errors.

The API never reads or writes the session cookie, so a logged-in browser cannot be used to call it (and no
CSRF token is needed): every request is authorised by its ``Authorization: Bearer`` token alone.
"""

from __future__ import annotations

from flask import Blueprint, Flask, current_app, g, request
from flask.sessions import SecureCookieSession, SessionInterface

from .. import limits

bp = Blueprint("api", __name__, url_prefix="/api/v1")


class CookielessApi(SessionInterface):
    """The app's session, except under ``/api/`` and for the health probes: there an empty session that is
    never saved (a probe neither logs anyone in nor refreshes a cookie)."""

    def __init__(self, inner: SessionInterface):
        self.inner = inner

    def open_session(self, app, request):
        if cookieless(request.path):
            return SecureCookieSession()
        return self.inner.open_session(app, request)

    def save_session(self, app, session, response):
        if cookieless(request.path):
            return None
        return self.inner.save_session(app, session, response)


def cookieless(path: str) -> bool:
    """Whether ``path`` is served without the session cookie (the API and the probes): no ambient log-in there,
    so nothing for a forged cross-site request to ride on, and no CSRF check either (``webapp/cycle.py``)."""
    from ..health import PATHS as PROBES  # the probes answer problems made here: import late

    return path == "/api" or path.startswith("/api/") or path in PROBES


@bp.before_request
def _nobody_from_cookies():
    """Flask-Login must not fall back to a remember-me cookie either: no one is logged in here."""
    g._login_user = current_app.login_manager.anonymous_user()


def init_app(app: Flask) -> None:
    """Register the blueprint, the problem answers for unrouted ``/api/…`` paths and the cookie-free session.

    The read-only check is an app-wide hook rather than the blueprint's: it must also answer methods that no
    API route serves (which never reach the blueprint's hooks), so a read-only token learns 403, not 405.
    """
    problems.register_app(app)
    app.before_request(auth.refuse_writes_by_read_only_tokens)
    app.register_blueprint(bp)
    if not isinstance(app.session_interface, CookielessApi):
        app.session_interface = CookielessApi(app.session_interface)


from . import auth, problems  # noqa: E402

problems.register_blueprint(bp)
# One counter per token across the whole API (per IP address for calls without a valid token) ...
limits.limiter.shared_limit(limits.api_limit, scope="api", key_func=auth.rate_limit_key)(bp)
# ... and one per user across all their tokens, so minting more tokens does not buy more calls.
limits.limiter.shared_limit(
    limits.api_user_limit,
    scope="api-user",
    key_func=auth.user_rate_limit_key,
    exempt_when=auth.without_token,
    error_message=limits.api_user_limit_message,
)(bp)

from .routes import admin, employer, leader, meta, vacancies  # noqa: E402,F401
