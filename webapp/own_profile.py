"""The one opening of a leader's page that needs the leader's own profile: load it, or answer without it.

Reporting a new job, choosing visibility, finding, asking or being a mentor all start from the profile; a
leader who has none yet gets that page's own answer instead (the page telling why, or the way to create one).
Pages that show the same template with or without a profile (the profile page, its preview, the dashboard,
contact requests, mentor requests) load it themselves and pass ``None`` on.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

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
