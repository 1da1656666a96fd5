"""Who is calling: a personal API token sent as ``Authorization: Bearer …``, never a session cookie.

The token is looked up once per request and kept on ``g``: the rate limiter keys on it (it runs before the
blueprint's own hooks) and the operation's role check uses it. A read-only token is refused every method but
GET and HEAD here, in one app-wide hook, so it holds for every API route and for methods no route serves.
"""

from __future__ import annotations

from flask import g, request
from flask_limiter.util import get_remote_address

from models import ApiToken, User

from ..db import get_session
from ..services import tokens
from .problems import ApiProblem, is_api_request, problem

MAX_SECRET = 200  # a real secret is 46 characters; anything much longer is not worth hashing
READ_METHODS = frozenset({"GET", "HEAD"})  # all a read-only token may send
READ_ONLY = "API-nøglen har kun læseadgang (GET og HEAD); opret en nøgle med fuld adgang for at ændre data."


def presented_secret() -> str | None:
    """The bearer secret in the Authorization header ('' when the header is there but unusable)."""
    header = request.headers.get("Authorization")
    if header is None:
        return None
    scheme, _space, secret = header.strip().partition(" ")
    secret = secret.strip()
    if scheme.lower() != "bearer" or not secret or len(secret) > MAX_SECRET:
        return ""
    return secret


def current_token() -> ApiToken | None:
    """The request's live token, or None (no header, or a wrong, expired or revoked token, or a deactivated user's).

    The one commit before the view, and deliberately so: ``last_used_at`` (written at most once a minute per
    token) says the token was used even when the call is then refused and rolled back (401, 403, 409, ...);
    nothing else is pending at this point, as the limiter asks before any view runs.
    """
    if "api_token" not in g:
        secret = presented_secret()
        token = tokens.authenticate(get_session(), secret) if secret else None
        if token is not None:
            get_session().commit()
        g.api_token = token
    return g.api_token


def rate_limit_key() -> str:
    """Count calls per token; calls without a valid token count against the caller's IP address."""
    token = current_token()
    return f"api-token:{token.id}" if token is not None else f"api-ip:{get_remote_address()}"


def user_rate_limit_key() -> str:
    """Count calls per user, all their tokens together (so minting tokens does not multiply the limit)."""
    token = current_token()
    return f"api-user:{token.user_id}" if token is not None else f"api-ip:{get_remote_address()}"


def without_token() -> bool:
    """True when no valid token came with the call (the per-user limit then has nobody to count)."""
    return current_token() is None


def refuse_writes_by_read_only_tokens():
    """Answer 403 to a read-only token's every method but GET and HEAD, anywhere under the API, before any view."""
    if request.method in READ_METHODS or not is_api_request():
        return None
    token = current_token()
    if token is not None and token.read_only:
        return problem(403, READ_ONLY)
    return None


def caller(roles: tuple[str, ...] | None) -> User | None:
    """The calling user, checked against the operation's roles (None: public, a token is optional).

    A header that is present but wrong is always a 401, even on public operations: a client with a
    broken token should learn so at once rather than be served as anonymous.
    """
    presented = presented_secret()
    token = current_token()
    if presented is not None and token is None:
        raise ApiProblem(401, "API-nøglen er ugyldig, udløbet eller tilbagekaldt.")
    if roles is None:
        return token.user if token else None
    if token is None:
        raise ApiProblem(401, "Send en API-nøgle som »Authorization: Bearer …«.")
    if token.user.role not in roles:
        raise ApiProblem(403, "Din konto har ikke adgang til denne handling.")
    return token.user
