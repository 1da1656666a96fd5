"""JSON-lines logs: one line per request, and the app's own log records in the same shape.

Every request gets an id: a well-formed incoming ``X-Request-Id`` (1–128 of ``A-Z a-z 0-9 . _ : -``, as a
reverse proxy or load balancer sets it) or else a fresh ``uuid4`` hex; it goes back in the response's
``X-Request-Id`` and into every log line written while the request runs, so one request's lines can be found
together and matched with the proxy's.

A request line holds ``time`` (UTC), ``level``, ``logger``, ``message``, ``request_id``, ``method``, ``route``
(the URL rule, e.g. ``/stillinger/<int:vacancy_id>``; null when no route matched), ``status``, ``latency_ms``
and ``role`` (anonymous, leader, employer, admin; unknown when it could not be told, e.g. with the database
down). Nothing personal is logged: no user id, name, e-mail address, token, session, path with ids, query
string or IP address (the reverse proxy's own log has the address, for as long as its retention allows).
Static files are not logged: they say nothing about the app, and a reverse proxy should serve them anyway.

Lines go to standard error, or to ``LOG_FILE`` when set (several workers may append to one file).
``REQUEST_LOG=False`` turns the request lines off; application records (``sektorbro.*`` and the app's own
logger) are written either way.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
import uuid
from datetime import UTC, datetime

from flask import Flask, current_app, g, has_request_context, request
from flask.logging import default_handler

HEADER = "X-Request-Id"
WELL_FORMED_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
LOGGERS = ("sektorbro",)  # plus the app's own logger (its name is the app's import name)

log = logging.getLogger("sektorbro.request")


def request_id() -> str:
    """The current request's id: the caller's ``X-Request-Id`` if well formed, else a new one."""
    if "request_id" not in g:
        incoming = request.headers.get(HEADER, "")
        g.request_id = incoming if WELL_FORMED_ID.fullmatch(incoming) else uuid.uuid4().hex
    return g.request_id


class JsonFormatter(logging.Formatter):
    """One JSON object per record; a request's records carry its id."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as one line of JSON (a traceback, if any, as the ``exception`` string)."""
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if has_request_context():
            entry["request_id"] = request_id()
        entry.update(getattr(record, "fields", None) or {})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


class StderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at the time (a test runner or a daemon may replace it)."""

    def __init__(self):
        super().__init__()

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value):
        pass


_installed: tuple[str | None, logging.Handler] | None = None
_app_loggers: set[str] = set()


def _handler_for(target: str | None) -> logging.Handler:
    """The process's one JSON handler, for ``target`` (a file path, or None for standard error)."""
    global _installed
    if _installed is not None and _installed[0] == target:
        return _installed[1]
    handler = logging.FileHandler(target, encoding="utf-8", delay=True) if target else StderrHandler()
    handler.setFormatter(JsonFormatter())
    if _installed is not None:  # another app in this process (tests) asked for another target
        old = _installed[1]
        for name in (*LOGGERS, *_app_loggers):
            logging.getLogger(name).removeHandler(old)
        old.close()
    _installed = (target, handler)
    return handler


def configure_logging(app: Flask) -> None:
    """Send our loggers' records through the JSON handler (once per process, whatever the number of apps)."""
    handler = _handler_for(app.config.get("LOG_FILE") or None)
    _app_loggers.add(app.logger.name)
    for name in (*LOGGERS, app.logger.name):
        logger = logging.getLogger(name)
        logger.removeHandler(default_handler)  # Flask's plain-text handler: one format only
        if handler not in logger.handlers:
            logger.addHandler(handler)
        if logger.level == logging.NOTSET or logger.level > logging.INFO:
            logger.setLevel(logging.INFO)


def _start() -> None:
    g.request_started = time.perf_counter()
    request_id()


def role() -> str:
    """The caller's role, from what the request already loaded: an API token's user or the logged-in user."""
    if g.get("database_unavailable"):
        return "unknown"  # asking the database who is logged in would only wait for it again
    try:
        token = g.get("api_token")
        if token is not None:
            return str(token.user.role)
        from flask_login import current_user

        return str(current_user.role) if current_user.is_authenticated else "anonymous"
    except Exception:  # noqa: BLE001 - a log line must never turn an answer into an error
        return "unknown"


def _finish(response):
    response.headers[HEADER] = request_id()
    if request.endpoint == "static" or not current_app.config.get("REQUEST_LOG", True):
        return response
    started = g.get("request_started")
    latency = round((time.perf_counter() - started) * 1000, 1) if started is not None else None
    rule = request.url_rule.rule if request.url_rule is not None else None
    fields = {
        "request_id": request_id(),
        "method": request.environ.get("REQUEST_METHOD", request.method),  # as sent (cycle.py may answer as GET)
        "route": rule,
        "status": response.status_code,
        "latency_ms": latency,
        "role": role(),
    }
    log.info("%s %s %s", fields["method"], rule or "-", response.status_code, extra={"fields": fields})
    return response


def init_app(app: Flask) -> None:
    """Configure the JSON logs; time and name every request (register before other hooks: it runs first and
    its after-request hook last, so the line has the final status and headers)."""
    configure_logging(app)
    app.before_request(_start)
    app.after_request(_finish)
    app.context_processor(lambda: {"request_id": request_id() if has_request_context() else None})
