"""Employers' talent searches: saved filters, a daily or weekly digest of new anonymous candidates, and the
anonymous view of a candidate the digest named.

Every view is for approved employers (one gate on the blueprint): before approval an employer sees no
candidates anywhere. The unsubscribe link in the digest lives on a blueprint of its own, without the gate.
"""

from flask import Blueprint
from flask_login import current_user

from matcher import geography
from models import Role

from ..login import require_role
from ..services import talent_searches

bp = Blueprint("talent", __name__, url_prefix="/talentsoegning")
_employer = require_role(Role.EMPLOYER)


@bp.before_request
def _approved_employer():
    """Employers only, and only once approved and placed in an organisation."""
    refused = _employer()
    if refused is not None:
        return refused
    talent_searches.check_employer(current_user)  # NotApprovedToSearch / NoOrganisation: the 403 page
    return None


@bp.context_processor
def _region_names():
    """Region names by code, for the searches' filters."""
    return {"region_names": {region.code: region.name for region in geography.REGIONS}}


from . import routes  # noqa: E402,F401
from .unsubscribe import bp as unsubscribe_bp  # noqa: E402,F401
