"""Inbox views: the list, opening one notification (marks it read, then goes where it points), all read."""

from flask import redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user

from ..actions import form_action
from ..db import get_session
from ..forms import BaseForm
from ..paging import requested_page
from ..services import notifications
from . import bp, texts


@bp.get("/")
def inbox():
    """The signed-in person's notifications, newest first, unread ones marked."""
    session = get_session()
    page = requested_page(session, notifications.listing(current_user))
    return render_template(
        "notifications/inbox.html",
        page=page,
        said={found.id: texts.describe(found) for found in page.items},
        action_form=BaseForm(),
    )


@bp.get("/<int:notification_id>")
def open_notification(notification_id: int):
    """Open a notification: it is read now, and the person lands on the page to act on it.

    A GET, so the link works like any other (new tab, copy); marking one's own notification read is all it
    changes, and nobody else's can be reached.
    """
    session = get_session()
    found = notifications.open_notification(session, current_user, notification_id)
    said = texts.describe(found)
    if said.endpoint is None:
        return redirect(url_for("notifications.inbox", _anchor=f"besked-{found.id}"), 303)
    return redirect(url_for(said.endpoint, **said.values), 303)


@bp.post("/laest")
def mark_all_read():
    """Mark every notification read."""
    return form_action(
        lambda session: notifications.mark_all_read(session, current_user),
        lambda count: (
            ngettext("%(num)d besked er markeret som læst.", "%(num)d beskeder er markeret som læst.", count)
            if count
            else _("Du havde ingen ulæste beskeder.")
        ),
        url_for("notifications.inbox"),
    )
