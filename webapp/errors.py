"""One error page, in the visitor's language, for every HTTP error."""

from __future__ import annotations

from flask import Flask, current_app, g, render_template, request
from flask_babel import lazy_gettext as _l
from sqlalchemy import inspect
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from werkzeug.exceptions import BadRequest, HTTPException, InternalServerError, SecurityError, ServiceUnavailable
from werkzeug.exceptions import Conflict as HttpConflict
from werkzeug.exceptions import Forbidden as HttpForbidden
from werkzeug.exceptions import NotFound as HttpNotFound

from models import User

from . import limits
from .db import close_session, get_session
from .services.errors import Conflict, Forbidden, NotFound, ServiceError, Unavailable

# The database cannot be reached: refused, timed out, dropped mid-query (or, on SQLite, locked too long);
# every connection in the pool busy. Not a bug in a query, so a 503 that says "try again", not a 500.
UNAVAILABLE = (OperationalError, PoolTimeout)

MESSAGES = {
    400: (_l("Forespørgslen kunne ikke forstås"), _l("Tjek det, du sendte, og prøv igen.")),
    403: (_l("Du har ikke adgang"), _l("Siden findes, men din konto har ikke adgang til den.")),
    404: (_l("Siden findes ikke"), _l("Adressen er forkert, eller indholdet er fjernet.")),
    405: (_l("Handlingen er ikke tilladt"), _l("Siden kan ikke bruges på den måde.")),
    409: (_l("Det kan ikke lade sig gøre nu"), _l("Det, du bad om, passer ikke med, hvordan tingene står lige nu.")),
    413: (_l("Filen er for stor"), _l("Det, du sendte, er større end vi tager imod.")),
    429: (_l("For mange forsøg"), _l("Vent lidt, og prøv så igen.")),
    500: (_l("Der skete en fejl hos os"), _l("Fejlen er registreret. Prøv igen om lidt.")),
    503: (
        _l("Tjenesten er midlertidigt utilgængelig"),
        _l("Vi kan ikke nå databasen lige nu. Prøv igen om lidt."),
    ),
}
# A 400 for a Host outside TRUSTED_HOSTS (see urls.py): the address, not what was sent, is wrong.
UNTRUSTED_HOST = (_l("Ukendt adresse"), _l("Sektorbro svarer ikke på denne adresse. Brug Sektorbros egen adresse."))


def render_error(error: HTTPException):
    """Render the shared error page for an HTTP error."""
    _login_user_readable()
    code = error.code or 500
    if isinstance(error, SecurityError):
        title, text = UNTRUSTED_HOST
    else:
        title, text = MESSAGES.get(code, (error.name, error.description))
    headers = {"Retry-After": str(limits.retry_after())} if code == 429 else {}
    if code == 503:
        headers["Retry-After"] = str(getattr(error, "retry_after", None) or 5)
    return render_template("errors/error.html", code=code, title=title, text=text), code, headers


def _login_user_readable() -> None:
    """Let the page read who is logged in (its navigation does). A view that rolled back before its error got here
    (a refusal raised again by an ``actions`` ``refused`` hook, after the refused change was undone) left the
    user expired, and the request's session is closed by now: the user joins a fresh session, which loads it
    again when the page reads it and is closed at teardown."""
    user = g.get("_login_user")
    if isinstance(user, User) and inspect(user).expired_attributes:
        get_session().add(user)


def database_unavailable(error: Exception):
    """Answer 503 at once when the database cannot be reached: problem+json under /api and for the probes,
    the error page elsewhere. Nothing on the page may ask the database again (who is logged in, say)."""
    from .api import problems  # imports this module: import it late
    from .health import PATHS as PROBES

    cause = str(getattr(error, "orig", None) or error).strip().splitlines() or [""]
    current_app.logger.warning("The database cannot be reached: %s: %s", type(error).__name__, cause[0][:300])
    g.database_unavailable = True
    g._login_user = current_app.login_manager.anonymous_user()  # the page shows no one as logged in
    close_session()  # give back (or discard) the broken connection
    if problems.is_api_request() or request.path in PROBES:
        return problems.database_unavailable()
    return render_error(ServiceUnavailable(retry_after=problems.RETRY_AFTER_UNAVAILABLE))


# Refusals no view words itself: a view that catches ``ServiceError`` for its messages lets these through
# (``except PAGE_ERRORS: raise``) to ``service_error``, which answers 404 or 403.
PAGE_ERRORS = (NotFound, Forbidden)


def service_error(error: ServiceError):
    """A service's refusal that no view turned into a message: not found, not yours, not now. Views catch a
    ``ServiceError`` only where they have something better to say (a message at the field, say); the API
    blueprint answers these with problem+json instead (``api.problems``)."""
    close_session()  # nothing the refused request changed may be kept
    answers = ((NotFound, HttpNotFound), (Forbidden, HttpForbidden), (Conflict, HttpConflict), (Unavailable, None))
    for kind, http in answers:
        if isinstance(error, kind):
            return render_error(http() if http else ServiceUnavailable(retry_after=5))
    return render_error(BadRequest())


def init_app(app: Flask) -> None:
    """Register the error page for HTTP errors, service refusals and unexpected exceptions."""
    app.register_error_handler(HTTPException, render_error)
    app.register_error_handler(ServiceError, service_error)
    for unavailable in UNAVAILABLE:
        app.register_error_handler(unavailable, database_unavailable)

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        app.logger.exception("Unhandled error", exc_info=error)
        close_session()  # a failed transaction must not break the error page itself
        return render_error(InternalServerError())
