"""HR admins' pages: users, organisations, ranking weights and the audit log. One gate covers the blueprint."""

from flask import Blueprint
from flask_babel import format_datetime

from models import Role

from ..login import require_role

bp = Blueprint("admin", __name__, url_prefix="/admin")
bp.before_request(require_role(Role.ADMIN))


@bp.context_processor
def _admin_labels():
    """The admin pages' own display names, and times of day (the shared helpers format dates only)."""
    from . import labels

    return {"admin_labels": labels, "format_datetime": format_datetime}


from . import audit, organisations, users, weights  # noqa: E402,F401
