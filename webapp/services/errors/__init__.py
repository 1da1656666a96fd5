"""Domain errors: one class per rule a service enforces, carrying data and no words.

A service says WHICH rule was broken (the class), about WHICH domain attribute (``field``: ``"email"``,
``"deadline"``, never a form field's Danish name) and the values a message needs (``limit``, ``version``, ...).
The edge chooses the words and the status: ``webapp/error_messages.py`` holds the Danish message of every class
listed here (a test checks none is missing), ``webapp/errors.py`` the page and ``webapp/api/problems.py`` the
problem+json. The status groups are in ``base``; each other module holds the rules of one area. This package
gathers them all, so a caller imports any error from ``services.errors`` without knowing its area (as asyncio
gathers its submodules).
"""

from . import (
    accounts,
    admin,
    backup,
    base,
    contacts,
    fields,
    followups,
    mail,
    mentoring,
    notifications,
    organisations,
    outcomes,
    ranking,
    searches,
    tokens,
    vacancies,
)
from .accounts import *  # noqa: F403
from .admin import *  # noqa: F403
from .backup import *  # noqa: F403
from .base import *  # noqa: F403
from .contacts import *  # noqa: F403
from .fields import *  # noqa: F403
from .followups import *  # noqa: F403
from .mail import *  # noqa: F403
from .mentoring import *  # noqa: F403
from .notifications import *  # noqa: F403
from .organisations import *  # noqa: F403
from .outcomes import *  # noqa: F403
from .ranking import *  # noqa: F403
from .searches import *  # noqa: F403
from .tokens import *  # noqa: F403
from .vacancies import *  # noqa: F403

AREAS = (base, fields, accounts, admin, tokens, vacancies, searches, contacts, outcomes, mentoring, organisations)
AREAS += (notifications, followups, ranking, backup, mail)
__all__ = [name for area in AREAS for name in area.__all__]
