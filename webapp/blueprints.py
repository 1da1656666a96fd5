"""Wiring the app: register every blueprint, the URL converter, the template helpers they share and the
security headers. (No views live here: each blueprint package holds its own.)"""

from __future__ import annotations

from flask import Flask, request, session, url_for
from flask_babel import format_date, format_decimal, format_number
from werkzeug.routing import IntegerConverter

from models import MAX_ID

from . import labels
from .forms import BaseForm


class DatabaseIdConverter(IntegerConverter):
    """``<int:...>`` in URLs: a number beyond the largest id the database stores becomes 0, which names no row.

    The route still matches, so the view answers 404 as for any unknown id (rejecting the number in the
    converter instead made Werkzeug try the other routes and answer 405 for a PATCH), and the database never
    sees a number it cannot store.
    """

    def to_python(self, value: str) -> int:
        number = super().to_python(value)
        return number if number <= MAX_ID else 0


def init_app(app: Flask) -> None:
    """Register blueprints, template globals and security headers."""
    app.url_map.converters["int"] = DatabaseIdConverter
    from .account import bp as account_bp
    from .admin import bp as admin_bp
    from .auth import bp as auth_bp
    from .employer import bp as employer_bp
    from .followups import bp as followups_bp
    from .leader import bp as leader_bp
    from .leader import unsubscribe_bp
    from .mentoring import bp as mentoring_bp
    from .mobility import admin_bp as mobility_admin_bp
    from .mobility import bp as mobility_bp
    from .notifications import bp as notifications_bp
    from .notifications import unsubscribe_bp as notification_unsubscribe_bp
    from .public import bp as public_bp
    from .talent import bp as talent_bp
    from .talent import unsubscribe_bp as talent_unsubscribe_bp

    for blueprint in (
        public_bp,
        auth_bp,
        account_bp,
        notifications_bp,
        leader_bp,
        mentoring_bp,
        unsubscribe_bp,
        notification_unsubscribe_bp,
        employer_bp,
        talent_bp,
        talent_unsubscribe_bp,
        followups_bp,
        admin_bp,
        mobility_bp,
        mobility_admin_bp,
    ):
        app.register_blueprint(blueprint)

    app.jinja_env.globals.update(
        labels=labels,
        municipality_name=labels.municipality_name,
        region_name=labels.region_name,
        page_url=page_url,
        csrf_form=BaseForm,
        format_date=format_date,
        format_number=format_number,
        format_decimal=format_decimal,
    )

    https = str(app.config.get("PUBLIC_URL", "")).startswith("https://")
    if https:  # cookies only over https when the service is served over https (make run is plain http)
        app.config["SESSION_COOKIE_SECURE"] = True

    @app.after_request
    def _security_headers(response):
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        if https:
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        if _personal(response):
            # Pages and answers about a logged-in person (candidates, profiles, tokens) stay out of every cache.
            response.headers["Cache-Control"] = "no-store"
        return response


CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; object-src 'none'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


def _personal(response) -> bool:
    """True for an answer to a logged-in user or an authenticated API call."""
    return "Authorization" in request.headers or "_user_id" in session


def page_url(page: int) -> str:
    """The current URL with another page number, keeping every other query argument."""
    args = request.args.to_dict(flat=False)
    args["side"] = [str(page)]
    return url_for(request.endpoint, **(request.view_args or {}), **args)
