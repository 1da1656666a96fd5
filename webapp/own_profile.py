"""The one opening of a leader's page that needs the leader's own profile: load it, or answer without it.

Every leader page that shows the profile or starts from it opens with ``with_own_profile``, and the view gets
the profile as its first argument. A leader who has none yet gets that page's own answer instead (``without``):
a page that can do nothing without the profile (reporting a new job, choosing visibility, asking a mentor)
sends the leader on, saying why; a page worth opening anyway shows its own template without the profile
(``page_without``), which says in that page's words what the profile would bring and links to the profile
form, the one page that makes the profile.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from flask import render_template
from flask_login import current_user

from .db import get_session
from .services import profiles


def with_own_profile(without: Callable[[], object]):
    """Call the view with the leader's own profile as its first argument; ``without()`` answers when there is none."""

    def decorate(view):
        @wraps(view)
        def opened(*args, **kwargs):
            profile = profiles.get_for_user(get_session(), current_user)
            if profile is None:
                return without()
            return view(profile, *args, **kwargs)

        return opened

    return decorate


def page_without(template: str) -> Callable[[], str]:
    """``without`` for a page shown without a profile: its template with ``profile=None`` (and nothing else)."""
    return lambda: render_template(template, profile=None)
