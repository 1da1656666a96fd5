"""Rate limits (Flask-Limiter): log-in attempts per IP address, API calls per token (or per IP without one).

Counters live in memory by default, which is right for one process; with ``REDIS_URL`` set every worker
shares them in Redis. Limits are read from the config at request time (``LOGIN_RATE_LIMIT``,
``API_RATE_LIMIT``), so an instance or a test can change them; ``RATELIMIT_ENABLED=False`` turns them off.
"""

from __future__ import annotations

import math
import time

from flask import Flask, current_app
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
    limiter.init_app(app)


def login_limit() -> str:
    """The log-in form's limit, e.g. ``10/minute``."""
    return current_app.config["LOGIN_RATE_LIMIT"]


def api_limit() -> str:
    """The API's limit per token (or per IP address for calls without a valid token)."""
    return current_app.config["API_RATE_LIMIT"]


def retry_after() -> int:
    """Seconds until the limit this request broke lets requests through again (at least 1)."""
    breached = limiter.current_limit
    if breached is None:
        return 60
    reset_time, _remaining = breached.window
    return max(1, math.ceil(reset_time - time.time()))
