"""Mentors across sectors: leaders who have crossed offer conversations, leaders considering a move find and ask
them. Only leaders ever see these pages (one gate on the blueprint): employers, admins and anonymous visitors
get no mentor, not even a count."""

from flask import Blueprint

from models import Role

from ..login import require_role

bp = Blueprint("mentoring", __name__, url_prefix="/mentorer")
bp.before_request(require_role(Role.LEADER))

from . import routes  # noqa: E402,F401
