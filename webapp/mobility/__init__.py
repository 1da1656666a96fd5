"""The mobility dashboard: hires between sectors, the share beside VIVE's, the funnel and the months.

Two blueprints over one service (``services.mobility``): the public aggregate page, where small numbers are
hidden, and the HR admins' page with every number (gated on its blueprint like the other admin pages), beside
which the admins' fairness page (``fairness``) shows each weight version's exposure, top 10s and shortlist rates.
"""

from flask import Blueprint

from models import Role

from ..login import require_role

bp = Blueprint("mobility", __name__, url_prefix="/mobilitet")
admin_bp = Blueprint("mobility_admin", __name__, url_prefix="/admin/mobilitet")
admin_bp.before_request(require_role(Role.ADMIN))

from . import fairness, routes  # noqa: E402,F401
