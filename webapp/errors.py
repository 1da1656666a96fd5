"""One error page, in the visitor's language, for every HTTP error."""

from __future__ import annotations

from flask import Flask, render_template
from flask_babel import lazy_gettext as _l
from werkzeug.exceptions import HTTPException, InternalServerError, SecurityError

from . import limits
from .db import close_session

MESSAGES = {
    400: (_l("Forespørgslen kunne ikke forstås"), _l("Tjek det, du sendte, og prøv igen.")),
    403: (_l("Du har ikke adgang"), _l("Siden findes, men din konto har ikke adgang til den.")),
    404: (_l("Siden findes ikke"), _l("Adressen er forkert, eller indholdet er fjernet.")),
    405: (_l("Handlingen er ikke tilladt"), _l("Siden kan ikke bruges på den måde.")),
    413: (_l("Filen er for stor"), _l("Det, du sendte, er større end vi tager imod.")),
    429: (_l("For mange forsøg"), _l("Vent lidt, og prøv så igen.")),
    500: (_l("Der skete en fejl hos os"), _l("Fejlen er registreret. Prøv igen om lidt.")),
}
# A 400 for a Host outside TRUSTED_HOSTS (see urls.py): the address, not what was sent, is wrong.
UNTRUSTED_HOST = (_l("Ukendt adresse"), _l("Sektorbro svarer ikke på denne adresse. Brug Sektorbros egen adresse."))


def render_error(error: HTTPException):
    """Render the shared error page for an HTTP error."""
    code = error.code or 500
    if isinstance(error, SecurityError):
        title, text = UNTRUSTED_HOST
    else:
        title, text = MESSAGES.get(code, (error.name, error.description))
    headers = {"Retry-After": str(limits.retry_after())} if code == 429 else {}
    return render_template("errors/error.html", code=code, title=title, text=text), code, headers


def init_app(app: Flask) -> None:
    """Register the error page for HTTP errors and for unexpected exceptions."""
    app.register_error_handler(HTTPException, render_error)

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        app.logger.exception("Unhandled error", exc_info=error)
        close_session()  # a failed transaction must not break the error page itself
        return render_error(InternalServerError())
