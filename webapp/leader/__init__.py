"""The leader's own pages: overview, profile and visibility, contact requests, saved searches and own data.

Every view here is for leaders only (one gate on the blueprint). The unsubscribe link in alert mails is the
exception: it lives in ``unsubscribe.py`` on a blueprint of its own, without the gate.
"""

from flask import Blueprint

from models import Role

from ..login import require_role

bp = Blueprint("leader", __name__, url_prefix="/leder")
bp.before_request(require_role(Role.LEADER))

from . import contact, dashboard, data, routes, searches  # noqa: E402,F401
from .unsubscribe import bp as unsubscribe_bp  # noqa: E402,F401
