"""One request cycle for the whole app: the CSRF check before any view, one commit after it.

**Before the view** (``check_csrf``, an app-wide ``before_request`` hook). Every browser request with an unsafe
method (POST, PUT, PATCH, DELETE) must carry a live CSRF token of its session: WTForms' ``SessionCSRF`` makes it
in every ``forms.BaseForm`` and checks it here, nowhere else. The API and the health probes are exempt: they
never read the session cookie (``api.cookieless``), so a forged request there has no log-in to ride on. A
request that fails the check reaches no view as itself; it says ``forms.EXPIRED`` and

* is answered as the GET of its URL when the URL has one, its forms bound to what was typed (passwords and the
  token excepted: ``forms.put_back``), so nothing typed is lost. From then on the request *is* a GET: the role
  gates and the view run as for one, and the cycle rolls back instead of committing;
* or, for a URL that only takes POST (a button), goes back to the page it came from without running the view:
  the Referer, only when it is on our own public address (``referrer_or``), so the check is no open redirect;
  else the front page. The role gates still answer first, as for any request (a 403, or the log-in page).

**After the view** (``CycleFlask.dispatch_request``). The request's database session is committed once, when the
view returned normally and before the response is sent, so a failed commit still reaches the app's error
handlers (database unavailable: 503). Any exception rolls back, and puts the cookie session (flashed messages,
log-in) back: a request that kept nothing says nothing and logs no one in or out. An unsafe request (the ones
that change things, and may log in or out) gets back the copy taken just before its view. A safe one takes no
copy, since nearly every request is a GET and nearly none writes the session: on an error it gets back the
session its cookie brought (``restore_from_cookie``), which drops what its view wrote and what the hooks before
it refreshed (the last-seen time, redone by the next request).

Views therefore never commit. A view that catches a service's refusal after the service may have flushed rolls
back before it says why (``actions.form_action`` does so for every button), so the refused request keeps
nothing; what must outlive a refusal (a failed log-in's counters) is written by a request that returns normally.
Mails about a change are spooled only once it is committed (``services.mail.after_commit``).
"""

from __future__ import annotations

import copy

from flask import Flask, current_app, flash, g, redirect, request, session, url_for
from flask.globals import request_ctx
from werkzeug.exceptions import HTTPException

from . import forms
from .api import cookieless
from .db import close_session, commit_session
from .urls import PublicAddressFlask, absolute_url

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_REFUSED = "sektorbro_csrf_refused"  # g: how a request that failed the CSRF check is answered; it keeps nothing
_AS_GET, _NO_GET = "as the GET of its URL", "back where it came from"


class CycleFlask(PublicAddressFlask):
    """The app: public addresses (``urls``) and one commit per request, after the view."""

    def dispatch_request(self):
        """Run the view; commit its session once it returned, or roll back (and undo its cookie) on any error.

        A request refused by ``check_csrf`` got here past the role gates (which answer a wrong role or a
        visitor who is not logged in first, as for any request): it says ``forms.EXPIRED`` and is answered as
        the GET of its URL, whose writes (if any) are rolled back, or sent back where it came from.
        """
        refused = g.get(_REFUSED)
        if refused is not None:
            flash(forms.EXPIRED, "error")
            if refused == _NO_GET:
                return redirect(referrer_or(url_for("public.index")), 303)
        before = copy.deepcopy(dict(session)) if request.method in UNSAFE_METHODS else None
        try:
            answer = super().dispatch_request()
            if refused is None:
                commit_session()
            else:
                close_session()  # a refused POST answered as a GET keeps nothing, even if that GET wrote
        except Exception:
            close_session()
            if before is None:
                restore_from_cookie()
            else:
                session.clear()
                session.update(before)
            raise
        return answer


def restore_from_cookie() -> None:
    """Put the cookie session back as the browser sent it: a failed safe request's undo, without a copy taken on
    every GET (the cookie is read again only when something failed)."""
    sent = current_app.session_interface.open_session(current_app, request)
    session.clear()
    if sent is not None:
        session.update(sent)


def check_csrf():
    """Refuse an unsafe request without a live CSRF token before any gate or view (see the module's docstring):
    make it the GET of its URL, or note that it has none (``CycleFlask.dispatch_request`` then sends it back)."""
    if request.method not in UNSAFE_METHODS or request.url_rule is None or cookieless(request.path):
        return None  # safe, unrouted (the 404/405 follows), or cookie-free
    if forms.token_is_valid():
        return None
    current_app.logger.warning("Refused %s %s: no live CSRF token; nothing was changed", request.method, request.path)
    try:
        rule, values = request_ctx.url_adapter.match(method="GET", return_rule=True)
    except HTTPException:  # the URL takes no GET (or only under another spelling): back where it came from
        setattr(g, _REFUSED, _NO_GET)
        return None
    setattr(g, _REFUSED, _AS_GET)
    forms.put_back()
    request.method = "GET"  # the environ keeps the method that came, for the request log
    request.url_rule, request.view_args = rule, values
    return None


def referrer_or(default: str) -> str:
    """The page the request came from when it is on our own public address (never another site), else ``default``."""
    ours = absolute_url("public.index")  # scheme://host/ with the slash, so "host.evil.example" does not match
    referrer = request.referrer or ""
    return referrer if referrer.startswith(ours) else default


def init_app(app: Flask) -> None:
    """Check CSRF before every other hook that could act on the request (after the untrusted-host refusal)."""
    app.before_request(check_csrf)
