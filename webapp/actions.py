"""The one helper for a button that changes something and goes back: every blueprint's form actions.

The request cycle (``webapp/cycle.py``) has checked the CSRF token before the view and commits after it; here
the service runs, a message is flashed and the browser goes back. A service's refusal with words for the person
(``ServiceError``: ``Forbidden`` "not approved yet", ``Conflict`` "already answered", ...) is flashed and
whatever the service had flushed is rolled back, so the refused request keeps nothing; ``NotFound`` goes on to
the app's 404 page (``errors.service_error``), so no view writes ``except NotFound: abort(404)`` again.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import flash, redirect
from sqlalchemy.orm import Session

from .db import get_session
from .error_messages import message_for
from .services.errors import NotFound, ServiceError


def form_action(
    action: Callable[[Session], object],
    success: str | Callable[[object], str],
    back: str,
    refused: Callable[[ServiceError], object] | None = None,
    missing: str | None = None,
    category: str = "success",
):
    """Run ``action(session)``, flash ``success`` (or ``success(result)``) as ``category`` and redirect to ``back``.

    On a refusal the session is rolled back; ``refused(error)`` may answer instead (a card drawn again with the
    error at its field, say); when it returns None the refusal is flashed and the browser goes back. A
    ``NotFound`` is the 404 page, unless ``missing`` words it for a page that lists the thing (flashed, back).
    """
    session = get_session()
    try:
        result = action(session)
    except NotFound:
        if missing is None:
            raise
        session.rollback()
        flash(missing, "error")
        return redirect(back)
    except ServiceError as error:
        session.rollback()
        answer = refused(error) if refused is not None else None
        if answer is not None:
            return answer
        flash(message_for(error), "error")
        return redirect(back)
    flash(success(result) if callable(success) else success, category)
    return redirect(back)
