"""The one request cycle behind every unsubscribe link in our mails (saved searches, notifications, talent searches).

The link works without logging in (its token is the proof) and opens a page with a button rather than acting on
GET: mail scanners follow every link in a message and must not stop mails for people who never clicked. Each
kind of link says in its own words what it stops (``Wording``); the page and the message after stopping are the
same for all. The button's POST carries the page's CSRF token like every form (checked before the view by
``webapp/cycle.py``): the link is the proof of whose mails stop, the token that this browser pressed the button.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flask import flash, redirect, render_template, request, url_for

from .db import get_session
from .forms import BaseForm
from .services import saved_searches


@dataclass(frozen=True)
class Wording:
    """What one kind of unsubscribe page says; ``None`` fields are for a link that names nothing."""

    broken: str  # the link names nothing (any more)
    login: str  # the log-in link's text, where the person can choose instead
    question: str | None = None  # are you sure (lead paragraph above the button)
    stopped: str | None = None  # the mails are already stopped
    restart: str | None = None  # where to turn them on again
    done: str | None = None  # the message after stopping


def page(wording: Wording, found: bool, stopped: bool, stop: Callable[[], None], here: str):
    """Answer GET and POST of an unsubscribe link: 404 when it names nothing, the button, or stop and come back.

    The view looks the link's token up once, for ``found`` and ``stopped``; ``stop`` acts on what it found.
    """
    if not found:
        return render_template("unsubscribe.html", words=wording, found=False), 404
    form = BaseForm.from_request()
    if request.method == "POST":
        stop()
        flash(wording.done or "", "success")
        return redirect(here)
    return render_template("unsubscribe.html", words=wording, found=True, stopped=stopped, form=form, action=here)


def saved_search_page(kind: saved_searches.Kind, token: str, endpoint: str, wording: Callable[[str], Wording]):
    """``page`` for the link in a saved search's mail (a leader's or an employer's): ``wording`` of the search's
    name, the button turns the search's mails off (``Kind.unsubscribe``)."""
    session = get_session()
    search = kind.by_token(session, token)  # once: the button's POST stops this very search
    return page(
        wording(search.name if search is not None else ""),
        found=search is not None,
        stopped=search is not None and not getattr(search, kind.mails_on),
        stop=lambda: kind.unsubscribe(session, search),
        here=url_for(endpoint, token=token),
    )
