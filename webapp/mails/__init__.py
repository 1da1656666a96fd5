"""Mails in words: the web layer composes every mail the services decide to send, in the recipient's language.

Services decide *what* is mailed and record it (``services/notifications.py`` marks a notification to mail at
once; ``services/alerts.py`` and ``services/talent_searches.py`` build and record the digests); here the mails
are worded with the templates in ``templates/*/mail/`` and handed to the spool (``services/mail.py``).
``notification.py`` words a notification's mail as it is written (spooled when the transaction commits);
``digests.py`` writes the daily digests for ``flask send-alerts``. The account mails (confirmation, password
reset) are written by ``auth/routes.py``.
"""

from __future__ import annotations

from flask import Flask

from . import notification


def init_app(app: Flask) -> None:
    """Mail notifications at once when a session of this app commits (requests, commands and tests alike)."""
    notification.init_app(app)
