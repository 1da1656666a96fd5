"""The leader's own pages: profile view and edit."""

from flask import Blueprint

from models import Role

from ..login import require_role

bp = Blueprint("leader", __name__, url_prefix="/leder")
bp.before_request(require_role(Role.LEADER))

from . import routes  # noqa: E402,F401
