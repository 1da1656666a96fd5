"""Employers' pages: their organisation's vacancies and the review of each vacancy's candidates."""

from flask import Blueprint

from models import Role

from ..login import require_role
from . import labels

bp = Blueprint("employer", __name__, url_prefix="/arbejdsgiver")
bp.before_request(require_role(Role.EMPLOYER))


@bp.context_processor
def _employer_labels():
    """The employer pages' own display names, as ``employer_labels`` in their templates."""
    return {"employer_labels": labels}


from . import review, routes  # noqa: E402,F401
