"""Danish first, English second: locale selection and the Babel set-up."""

from __future__ import annotations

from flask import Flask, current_app, has_request_context, request, session
from flask_babel import Babel, get_locale


def select_locale() -> str:
    """The visitor's chosen language (``?lang=`` sticks in the session), else Danish."""
    languages = current_app.config["LANGUAGES"]
    if not has_request_context():  # CLI commands speak Danish
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    chosen = request.args.get("lang")
    if chosen in languages:
        session["lang"] = chosen
    return session.get("lang") if session.get("lang") in languages else current_app.config["BABEL_DEFAULT_LOCALE"]


def init_app(app: Flask) -> None:
    """Install Flask-Babel with our locale selector and expose the locale to templates."""
    Babel(app, locale_selector=select_locale)

    @app.context_processor
    def _locale():
        return {"current_locale": str(get_locale() or "da")}
