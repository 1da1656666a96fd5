"""Errors as ``application/problem+json`` (RFC 9457), with the title in Danish and in English.

Every error the API can answer with is listed in ``KINDS``: its status, the ``type`` slug (an anchor on the
docs page, so ``type`` resolves to an explanation) and both titles. ``detail`` says what went wrong in this
request; a service's refusal is worded as the web words it (``error_messages.message_for``, in the request's
language) and names its rule in ``code``. A 422 lists every invalid field in ``errors`` with a JSON pointer
into the body (or the name of the query or path parameter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flask import Blueprint, Flask, current_app, jsonify, request
from flask_limiter import RateLimitExceeded
from werkzeug.exceptions import HTTPException, SecurityError

from .. import errors as web_errors
from .. import limits
from ..error_messages import message_for
from ..services.errors import Conflict, Forbidden, NotFound, ServiceError, Unavailable
from ..urls import absolute_url

MEDIA_TYPE = "application/problem+json"
UNTRUSTED_HOST = "Værtsnavnet i Host-headeren er ikke en af Sektorbros adresser."  # a Host outside TRUSTED_HOSTS


@dataclass(frozen=True)
class Kind:
    """One kind of problem: its anchor on the docs page and its titles."""

    slug: str
    title: str
    title_en: str


KINDS: dict[int, Kind] = {
    400: Kind("bad-request", "Forespørgslen kunne ikke forstås", "The request could not be understood"),
    401: Kind("unauthorized", "Send en gyldig API-nøgle", "A valid API token is required"),
    403: Kind("forbidden", "Du har ikke adgang", "You do not have access"),
    404: Kind("not-found", "Findes ikke", "Not found"),
    405: Kind("method-not-allowed", "Metoden er ikke tilladt her", "Method not allowed"),
    409: Kind("conflict", "Kan ikke lade sig gøre lige nu", "Conflicts with the current state"),
    413: Kind("too-large", "Forespørgslen er for stor", "The request is too large"),
    415: Kind("unsupported-media-type", "Send JSON", "Send JSON (application/json)"),
    422: Kind("validation", "Ugyldige data", "Invalid data"),
    429: Kind("rate-limited", "For mange forespørgsler", "Too many requests"),
    500: Kind("server-error", "Der skete en fejl hos os", "Internal server error"),
    503: Kind("unavailable", "Tjenesten er midlertidigt utilgængelig", "The service is temporarily unavailable"),
}
# A 503's detail when the database cannot be reached (the error page says the same in the visitor's language).
DATABASE_UNAVAILABLE = "Tjenesten er midlertidigt utilgængelig, fordi databasen ikke svarer. Prøv igen om lidt."
RETRY_AFTER_UNAVAILABLE = 5  # seconds: a database outage is either over soon or needs a person


class ApiProblem(Exception):
    """Raised by API code to answer with a problem; ``errors`` are field errors for a 422."""

    def __init__(self, status: int, detail: str | None = None, errors: list[dict] | None = None, headers=None):
        super().__init__(detail or KINDS[status].title_en)
        self.status = status
        self.detail = detail
        self.errors = errors
        self.headers = dict(headers or {})


def type_uri(status: int) -> str:
    """The problem's ``type``: its explanation on the docs page."""
    return absolute_url("api.get_docs", _anchor=f"problem-{KINDS[status].slug}")


def problem(status: int, detail: str | None = None, errors: list[dict] | None = None, headers=None, extra=None):
    """A problem+json response; ``extra`` adds members of its own (RFC 9457 extension members)."""
    status = status if status in KINDS else (500 if status >= 500 else 400)
    kind = KINDS[status]
    body = {"type": type_uri(status), "title": kind.title, "title_en": kind.title_en, "status": status}
    if detail:
        body["detail"] = detail
    body["instance"] = request.path
    if errors is not None:
        body["errors"] = errors
    body.update(extra or {})
    response = jsonify(body)
    response.status_code = status
    response.mimetype = MEDIA_TYPE
    response.headers.update(headers or {})
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="Sektorbro API"'
    return response


def _api_problem(error: ApiProblem):
    return problem(error.status, error.detail, error.errors, error.headers)


def error_code(kind: type[ServiceError]) -> str:
    """A service error's stable ``code``: its class name in kebab case (``DeadlinePassed``: ``deadline-passed``)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "-", kind.__name__).lower()


def _service_error(error: ServiceError):
    """Domain errors: not found, forbidden, conflict; a rule about one field is a 422 on that field. The words
    are the web's (``error_messages``), in the request's language; ``code`` names the rule for programs."""
    detail, code = message_for(error), {"code": error_code(type(error))}
    if isinstance(error, NotFound):
        return problem(404, detail, extra=code)
    if isinstance(error, Forbidden):
        return problem(403, detail, extra=code)
    if isinstance(error, Unavailable):
        return problem(503, detail, headers={"Retry-After": str(error.retry_after)}, extra=code)
    if error.field and not isinstance(error, Conflict):
        return problem(422, detail, [{"pointer": f"/{error.field}", "detail": detail, "code": "rule"}], extra=code)
    # A conflict about one field (a deadline that has passed) names it, as a 422 does.
    field = [{"pointer": f"/{error.field}", "detail": detail, "code": "conflict"}] if error.field else None
    return problem(409, detail, field, extra=code)


def _rate_limited(error: RateLimitExceeded):
    return problem(429, f"Grænse: {error.description}", headers={"Retry-After": str(limits.retry_after())})


def _http_error(error: HTTPException):
    allowed = getattr(error, "valid_methods", None)
    detail = UNTRUSTED_HOST if isinstance(error, SecurityError) else None
    return problem(error.code or 500, detail, headers={"Allow": ", ".join(allowed)} if allowed else None)


def _unexpected(error: Exception):
    current_app.logger.exception("Unhandled error in the API", exc_info=error)
    return problem(500)


def database_unavailable():
    """The 503 problem for a database that cannot be reached (see ``errors.database_unavailable``)."""
    return problem(503, DATABASE_UNAVAILABLE, headers={"Retry-After": str(RETRY_AFTER_UNAVAILABLE)})


def is_api_request() -> bool:
    """True for any path under the API, matched to a route or not."""
    return request.path == "/api" or request.path.startswith("/api/")


def register_blueprint(bp: Blueprint) -> None:
    """Answer every error of the API's views (and of the hooks before them) as a problem."""
    bp.register_error_handler(ApiProblem, _api_problem)
    bp.register_error_handler(ServiceError, _service_error)
    bp.register_error_handler(RateLimitExceeded, _rate_limited)
    for unavailable in web_errors.UNAVAILABLE:  # before the catch-all below would make them a 500
        bp.register_error_handler(unavailable, web_errors.database_unavailable)
    bp.register_error_handler(HTTPException, _http_error)
    bp.register_error_handler(Exception, _unexpected)


def register_app(app: Flask) -> None:
    """Unrouted ``/api/…`` paths have no blueprint, so the app-wide 400, 404 and 405 handlers decide by path."""

    def _unrouted(error: HTTPException):
        return _http_error(error) if is_api_request() else web_errors.render_error(error)

    app.register_error_handler(400, _unrouted)  # e.g. an untrusted Host, refused before routing counts
    app.register_error_handler(404, _unrouted)
    app.register_error_handler(405, _unrouted)
