"""One request cycle for a button that changes something and goes back: the form actions of every blueprint.

CSRF first (a failed check says ``forms.EXPIRED`` and changes nothing), then the service, one commit, a message
and the redirect. A service's refusal with words for the person (``ServiceError``: ``Forbidden`` "not approved yet",
``Conflict`` "already answered", ...) is flashed and nothing is kept; ``NotFound`` goes on to the app's 404 page
(``errors.service_error``), so no view writes ``except NotFound: abort(404)`` again.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import flash, redirect
from sqlalchemy.orm import Session

from .db import get_session
from .error_messages import message_for
from .forms import EXPIRED, BaseForm
from .services.errors import NotFound, ServiceError


def form_action(action: Callable[[Session], object], success: str, back: str):
    """Check the form's CSRF token, run ``action(session)``, commit, flash ``success`` and redirect to ``back``."""
    if not BaseForm.from_request().validate():
        flash(EXPIRED, "error")
        return redirect(back)
    session = get_session()
    try:
        action(session)
    except NotFound:
        raise
    except ServiceError as error:
        session.rollback()
        flash(message_for(error), "error")
        return redirect(back)
    session.commit()
    flash(success, "success")
    return redirect(back)
