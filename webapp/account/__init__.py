"""The signed-in user's settings: personal API tokens (any role).

The URL prefix is ``/indstillinger``: ``/konto`` belongs to the auth blueprint (log-in, registration).
"""

from flask import Blueprint

from models import Role

from ..login import require_role

bp = Blueprint("account", __name__, url_prefix="/indstillinger")
bp.before_request(require_role(*Role))

from . import routes  # noqa: E402,F401
