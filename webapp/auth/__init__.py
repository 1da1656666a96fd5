"""Registration, log-in, log-out and password reset."""

from flask import Blueprint

bp = Blueprint("auth", __name__, url_prefix="/konto")

from . import routes  # noqa: E402,F401
