"""The inbox of notifications (``/beskeder``), for every signed-in role, and the header's unread count.

The unsubscribe link in notification mails is the exception to the gate: it lives in ``unsubscribe.py`` on a
blueprint of its own, reached without logging in.
"""

from flask import Blueprint, g
from flask_login import current_user

from models import Role

from ..login import require_role

bp = Blueprint("notifications", __name__, url_prefix="/beskeder")
bp.before_request(require_role(*Role))


@bp.app_context_processor
def _unread_notifications():
    """``unread_notifications()`` for the header: the signed-in person's unread count, one query per request."""

    def unread() -> int:
        from ..db import get_session
        from ..services import notifications

        if not current_user.is_authenticated:
            return 0
        key = f"unread_notifications_{current_user.id}"  # the header shows it in two places: ask once
        if key not in g:
            setattr(g, key, notifications.unread_count(get_session(), current_user))
        return getattr(g, key)

    return {"unread_notifications": unread}


@bp.context_processor
def _inbox_helpers():
    """Times of day for the inbox."""
    from flask_babel import format_datetime

    return {"format_datetime": format_datetime}


from . import routes  # noqa: E402,F401
from .unsubscribe import bp as unsubscribe_bp  # noqa: E402,F401
