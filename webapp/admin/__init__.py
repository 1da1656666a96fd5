"""HR admins' pages: users and organisations. One gate covers the whole blueprint."""

from flask import Blueprint

from models import Role

from ..login import require_role

bp = Blueprint("admin", __name__, url_prefix="/admin")
bp.before_request(require_role(Role.ADMIN))

from . import routes  # noqa: E402,F401
