"""Rate limits (Flask-Limiter): log-in attempts per IP address, API calls per token and per user.

API calls count twice: against the token (``API_RATE_LIMIT``, default 120/minute; per IP address for calls
without a valid token) and against the token's user, all their tokens together (``API_USER_RATE_LIMIT``,
default 240/minute: twice one token's, so two systems of one user can each run at full speed, while minting
a third, fourth or twentieth token buys nothing). A call over either limit is a 429 with ``Retry-After``.

Counters live in memory by default, which is right for one process; with ``REDIS_URL`` set every worker
shares them in Redis. Limits are read from the config at request time (``LOGIN_RATE_LIMIT``,
``API_RATE_LIMIT``, ``API_USER_RATE_LIMIT``), so an instance or a test can change them;
``RATELIMIT_ENABLED=False`` turns them off.
"""

from __future__ import annotations

import math
import time

from flask import Flask, current_app, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

limiter = Limiter(key_func=get_remote_address)


def init_app(app: Flask) -> None:
    """Pick the storage (Redis when ``REDIS_URL`` is set, else memory) and install the limiter."""
    redis_url = app.config.get("REDIS_URL")
    app.config.setdefault("RATELIMIT_STORAGE_URI", redis_url or "memory://")
    # Should Redis be down, count in memory per process rather than fail every request.
    app.config.setdefault("RATELIMIT_IN_MEMORY_FALLBACK_ENABLED", bool(redis_url))
    app.config.setdefault("RATELIMIT_KEY_PREFIX", "sektorbro")
    # Forms that mail someone or create accounts: per IP address, and the reset mail also per address asked
    # for, so nobody can flood a person's inbox from many addresses or an account list from one.
    app.config.setdefault("FORGOT_PASSWORD_RATE_LIMIT", "5/hour")
    app.config.setdefault("FORGOT_PASSWORD_PER_ADDRESS_LIMIT", "3/hour")
    app.config.setdefault("REGISTER_RATE_LIMIT", "10/hour")
    app.config.setdefault("RESET_PASSWORD_RATE_LIMIT", "10/hour")
    limiter.init_app(app)


def login_limit() -> str:
    """The log-in form's limit, e.g. ``10/minute``."""
    return current_app.config["LOGIN_RATE_LIMIT"]


def forgot_password_limit() -> str:
    """Reset-mail requests per IP address."""
    return current_app.config["FORGOT_PASSWORD_RATE_LIMIT"]


def forgot_password_address_limit() -> str:
    """Reset-mail requests per e-mail address asked for."""
    return current_app.config["FORGOT_PASSWORD_PER_ADDRESS_LIMIT"]


def register_limit() -> str:
    """New accounts per IP address."""
    return current_app.config["REGISTER_RATE_LIMIT"]


def reset_password_limit() -> str:
    """New passwords chosen from reset links per IP address."""
    return current_app.config["RESET_PASSWORD_RATE_LIMIT"]


def requested_address() -> str:
    """The e-mail address a form asks about, normalised (the key of the per-address limit)."""
    return "address:" + (request.form.get("email") or "").strip().lower()[:254]


def api_limit() -> str:
    """The API's limit per token (or per IP address for calls without a valid token)."""
    return current_app.config["API_RATE_LIMIT"]


def api_user_limit() -> str:
    """The API's limit per user, counting all the user's tokens together."""
    return current_app.config["API_USER_RATE_LIMIT"]


def api_user_limit_message() -> str:
    """How the 429's detail names the per-user limit (the per-token one is named by its value alone)."""
    return f"{api_user_limit()} pr. bruger (alle brugerens API-nøgler tilsammen)"


def retry_after() -> int:
    """Seconds until the limit this request broke lets requests through again (at least 1)."""
    breached = limiter.current_limit
    if breached is None:
        return 60
    reset_time, _remaining = breached.window
    return max(1, math.ceil(reset_time - time.time()))
