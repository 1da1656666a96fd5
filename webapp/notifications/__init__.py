"""The inbox of notifications (``/beskeder``), for every signed-in role, and the header's unread count.

The unsubscribe link in notification mails is the exception to the gate: it lives in ``unsubscribe.py`` on a
blueprint of its own, reached without logging in.
"""

from flask import Blueprint, before_render_template
from flask_login import current_user

from models import Role

from ..login import require_role

bp = Blueprint("notifications", __name__, url_prefix="/beskeder")
bp.before_request(require_role(*Role))


def _unread_count(_app, template, context, **_extra) -> None:
    """Give an HTML page the signed-in person's unread count, ``unread_notifications``, before it is drawn: the
    header (``base.html``) and the inbox read a number, and no template asks the database. Plain-text mails are
    left out: they are composed during a request, for someone else, and show no header."""
    if not (template.name or "").endswith(".html") or "unread_notifications" in context:
        return
    from ..db import get_session
    from ..services import notifications

    authenticated = current_user.is_authenticated
    context["unread_notifications"] = notifications.unread_count(get_session(), current_user) if authenticated else 0


@bp.record_once
def _count_unread_for_every_page(state) -> None:
    """Connect ``_unread_count`` to the app's templates (a context processor cannot tell a page from a mail)."""
    before_render_template.connect(_unread_count, state.app)


@bp.context_processor
def _inbox_helpers():
    """Times of day for the inbox."""
    from flask_babel import format_datetime

    return {"format_datetime": format_datetime}


from . import routes  # noqa: E402,F401
from .unsubscribe import bp as unsubscribe_bp  # noqa: E402,F401
