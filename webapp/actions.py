"""The two helpers for a form that changes something: ``form_action`` for a button that goes back, and
``form_submit`` for a page's own form, drawn again with the refusal at its field.

The request cycle (``webapp/cycle.py``) has checked the CSRF token before the view and commits after it; here
the service runs, a message is flashed and the browser goes back. A service's refusal with words for the person
(``ServiceError``: ``Forbidden`` "not approved yet", ``Conflict`` "already answered", ...) is flashed and
whatever the service had flushed is rolled back, so the refused request keeps nothing; ``NotFound`` goes on to
the app's 404 page (``errors.service_error``), so no view writes ``except NotFound: abort(404)`` again, unless the
button sits on a page that lists the thing (``flash_missing``): then it is a refusal like the others, worded by the
catalogue (``UserNotFound`` "Brugeren findes ikke."), so no view words a missing thing twice.
A page's form posts to the page itself (``form_submit``): a refusal, rolled back the same way, stands at the
field it is about with what was typed, instead of a message on another page; there a ``NotFound`` too, since the
page's own thing was loaded before the form ran (the view raises it if it wants the 404 page).
A double click sends the same request twice at once: where that could save one row twice, the view passes
``double_click`` (``DoubleClick``: where to go, and how to tell the row is saved) and the request that loses the
race on the unique key answers as the winner did (``_run``); any other integrity error stays a fault.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flask import flash, redirect, request
from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .db import get_session
from .error_messages import message_for, show_at_field
from .services.errors import NotFound, ServiceError


def form_action(
    action: Callable[[Session], object],
    success: str | Callable[[object], str],
    back: str,
    refused: Callable[[ServiceError], object] | None = None,
    flash_missing: bool = False,
    category: str = "success",
    form=None,
    double_click: DoubleClick | None = None,
):
    """Run ``action(session)``, flash ``success`` (or ``success(result)``) as ``category`` and redirect to ``back``.

    A button with fields of its own (a role to choose, a reason, a new name) passes its ``form``: when that breaks
    its own rules, nothing runs and the browser goes back, told what was wrong.

    On a refusal the session is rolled back; ``refused(error)`` may answer instead (a card drawn again with the
    error at its field, say); when it returns None the refusal is flashed and the browser goes back. A
    ``NotFound`` is the 404 page, unless ``flash_missing`` (a button on a page that lists the thing, which someone
    may have removed meanwhile): then it is a refusal like any other, flashed in the catalogue's words.

    ``double_click``: the action saves a row its unique key allows once, so the second request of a double click
    may lose the race to the first (see ``_run``).
    """
    if form is not None and not form.validate():
        said = " ".join(str(message) for messages in form.errors.values() for message in messages)
        flash(_("Handlingen blev ikke udført: %(why)s", why=said), "error")
        return redirect(back)
    session = get_session()
    try:
        result = _run(session, action, double_click)
    except ServiceError as error:
        if isinstance(error, NotFound) and not flash_missing:
            raise
        session.rollback()
        answer = refused(error) if refused is not None else None
        if answer is not None:
            return answer
        flash(message_for(error), "error")
        return redirect(back)
    if result is _LOST_RACE:
        return _done_already(success, category, double_click.where)
    flash(success(result) if callable(success) else success, category)
    return redirect(back)


def form_submit(
    form,
    action: Callable[[Session], object],
    success: str | Callable[[object], str] | None = None,
    back: str | Callable[[object], str] | None = None,
    fields: dict[str, str] | None = None,
    default: str | None = None,
    refused: Callable[[ServiceError], object] | None = None,
    category: str = "success",
    warning: Callable[[object], str | None] | None = None,
    warning_category: str = "warning",
    page: Callable[[object], object] | None = None,
    double_click: DoubleClick | None = None,
):
    """On a POST of a valid ``form``, run ``action(session)``, flash ``success`` (as ``category``) and redirect to
    ``back`` (either may be a function of the result); None when the view is to draw its page again, the form
    showing why. ``warning(result)``, when it says something, is flashed after the success (as
    ``warning_category``): a change that was allowed but deserves a second look.

    That is a GET, the form's own errors, or a refusal: rolled back and shown at the form field of its domain
    attribute (``error_messages.show_at_field`` with ``fields`` and ``default``), flashed when the form has none.
    ``refused(error)`` may answer instead (a refusal that ends the form, say, or re-raised for the app's error
    page). A ``NotFound`` is a refusal like any other here: what the form names (a choice that went away meanwhile)
    is not the page, which the view loaded before.

    ``page(result)`` answers a success at once, instead of ``success`` and ``back``: for a result to be shown once
    and kept nowhere (a new API key's secret), which a redirect could carry only in a flash, and so in the
    session cookie, which is signed, not encrypted.

    ``double_click``: as for ``form_action``; its ``where`` is where to go when this request lost the race, since
    ``back`` may need the result this request did not get.
    """
    if request.method != "POST" or not form.validate():
        return None
    session = get_session()
    try:
        result = _run(session, action, double_click)
    except ServiceError as error:
        session.rollback()
        answer = refused(error) if refused is not None else None
        if answer is None and not show_at_field(form, error, fields, default):
            flash(message_for(error), "error")
        return answer
    if result is _LOST_RACE:
        return _done_already(success, category, double_click.where)
    if page is not None:
        return page(result)
    flash(success(result) if callable(success) else success, category)
    if warning is not None and (said := warning(result)):
        flash(said, warning_category)
    return redirect(back(result) if callable(back) else back)


@dataclass(frozen=True)
class DoubleClick:
    """How a view tells the second request of a double click from a fault: ``where`` to go when it lost the race,
    and ``saved(session)``, whether the row the action saves is there (the first request saved it)."""

    where: str
    saved: Callable[[Session], bool]


_LOST_RACE = object()  # what ``_run`` returns for a double click's second request


def _run(session: Session, action: Callable[[Session], object], double_click: DoubleClick | None) -> object:
    """``action(session)``, flushed. With ``double_click``, an ``IntegrityError`` after which the row the action
    saves is there (``saved``) means the other request of the same double click saved it a moment before: this one
    is rolled back and ``_LOST_RACE`` returned, so the view does not fail on what has been done. Any other
    integrity error (a foreign key, another row's key, the row still missing) is a fault and raised.
    """
    if double_click is None:
        return action(session)
    try:
        result = action(session)
        session.flush()
    except IntegrityError:
        session.rollback()
        if double_click.saved(session):
            return _LOST_RACE
        raise
    return result


def _done_already(success: str | Callable[[object], str] | None, category: str, where: str):
    """Answer a double click's second request as its first: the browser shows only this answer, so it says the
    success too (when its words do not need the result) and goes to ``where``."""
    if success is not None and not callable(success):
        flash(success, category)
    return redirect(where)
