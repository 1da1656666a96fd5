"""Follow-ups of hires: the questions three and twelve months after a hire, answered by the leader and by the
employer (one gate on the blueprint: leaders and employers; each sees only their own questions)."""

from flask import Blueprint

from models import Role

from ..login import require_role
from . import labels

bp = Blueprint("followups", __name__, url_prefix="/opfoelgning")
bp.before_request(require_role(Role.LEADER, Role.EMPLOYER))


@bp.app_context_processor
def _followup_labels():
    """The follow-ups' display names, as ``followup_labels`` (also on the mobility dashboard)."""
    return {"followup_labels": labels}


from . import routes  # noqa: E402,F401
