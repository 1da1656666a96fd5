"""Employers' pages: their organisation's vacancies."""

from flask import Blueprint

from models import Role

from ..login import require_role

bp = Blueprint("employer", __name__, url_prefix="/arbejdsgiver")
bp.before_request(require_role(Role.EMPLOYER))

from . import routes  # noqa: E402,F401
