"""Sektorbro's Flask application factory."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from . import cycle
from .services import languages


def create_app(test_config: dict | None = None) -> Flask:
    """Build the app: defaults, then ``instance/config.py``, then the environment (or ``test_config``)."""
    instance_path = os.environ.get("SEKTORBRO_INSTANCE")
    app = cycle.CycleFlask(
        __name__,
        instance_relative_config=True,
        instance_path=str(Path(instance_path).resolve()) if instance_path else None,
    )
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    app.config.from_mapping(
        DATABASE_URL=f"sqlite:///{Path(app.instance_path) / 'sektorbro.sqlite3'}",
        BABEL_DEFAULT_LOCALE=languages.DEFAULT_LANGUAGE,
        LANGUAGES=languages.LANGUAGES,
        PAGE_SIZE=20,
        MAIL_SERVER=None,
        MAIL_PORT=25,
        MAIL_USERNAME=None,
        MAIL_PASSWORD=None,
        MAIL_USE_TLS=False,  # STARTTLS, certificate verified
        MAIL_USE_SSL=False,  # implicit TLS (usually port 465); with MAIL_USERNAME set, one of the two is required
        MAIL_SPOOL=None,  # where mails wait to be sent (webapp/services/mail.py); None: instance/mail
        MAIL_BACKGROUND_SENDER=True,  # with MAIL_SERVER set, each web process delivers the spool (webapp/mailer.py)
        MAIL_SENDER="Sektorbro <noreply@sektorbro.dk>",
        # Every absolute URL (mails, feed, API, JSON-LD) is built from this, never from the request's Host;
        # the default is where `make run` serves (`make run PORT=8000` passes PORT on).
        PUBLIC_URL=f"http://127.0.0.1:{os.environ.get('PORT') or 5000}",
        TRUSTED_HOSTS=None,  # hosts requests may name; None: the public host, 127.0.0.1 and localhost
        PASSWORD_RESET_MAX_AGE=3600,
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        REDIS_URL=None,  # rate-limit counters shared by every worker; unset: each process counts in memory
        LOGIN_RATE_LIMIT="10/minute",  # log-in attempts per IP address
        API_RATE_LIMIT="120/minute",  # API calls per token (per IP address without a valid token)
        API_USER_RATE_LIMIT="240/minute",  # API calls per user, all tokens together (see webapp/limits.py)
        RATELIMIT_ENABLED=True,
        TRUSTED_PROXIES=0,  # reverse proxies in front of the app; their X-Forwarded-* headers are then believed
    )
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
        app.config.from_prefixed_env("SEKTORBRO")
        for key in (
            "DATABASE_URL",
            "SECRET_KEY",
            "MAIL_SERVER",
            "MAIL_PORT",
            "MAIL_USERNAME",
            "MAIL_PASSWORD",
            "MAIL_USE_TLS",
            "MAIL_USE_SSL",
            "PUBLIC_URL",
            "REDIS_URL",
        ):
            if key in os.environ:
                app.config[key] = os.environ[key]
    else:
        app.config.from_mapping(test_config)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _instance_secret(Path(app.instance_path))

    if int(app.config["TRUSTED_PROXIES"]):
        hops = int(app.config["TRUSTED_PROXIES"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)

    from . import api, blueprints, cli, db, errors, health, i18n, limits, login, mailer, mails, requestlog, urls

    requestlog.init_app(app)  # first: it only names and times the request, so even a refused one is logged
    urls.init_app(app)  # next: an untrusted Host is refused before any other hook runs
    cycle.init_app(app)  # then CSRF: a forged POST is refused (or made a GET) before any gate or view sees it
    db.init_app(app)
    i18n.init_app(app)
    login.init_app(app)
    limits.init_app(app)
    errors.init_app(app)
    blueprints.init_app(app)
    api.init_app(app)
    app.register_blueprint(health.bp)
    cli.init_app(app)
    mailer.init_app(app)
    mails.init_app(app)
    return app


def _instance_secret(instance: Path) -> str:
    """Read the secret key from the instance folder, generating it once (never a constant in git)."""
    path = instance / "secret_key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return path.read_text().strip()
