"""The signed-in user's settings (any role): how notifications are mailed, and personal API tokens.

The URL prefix is ``/indstillinger``: ``/konto`` belongs to the auth blueprint (log-in, registration).
"""

from flask import Blueprint

from models import Role

from ..login import require_role

bp = Blueprint("account", __name__, url_prefix="/indstillinger")
bp.before_request(require_role(*Role))

from . import routes  # noqa: E402,F401
