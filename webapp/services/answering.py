"""The step every request a leader answers shares: a pending request becomes accepted or declined, once.

Contact requests (``contacts``) and mentor requests (``mentoring``) keep their own status enum and their own
"already answered" error; they pass them in, so the rule (only a pending request is answered, and the answer is
stamped with its time) is written once.
"""

from __future__ import annotations

from enum import StrEnum

from models import ContactRequest, MentorRequest, utcnow

from .errors import ServiceError


def answer(
    request: ContactRequest | MentorRequest, accept: bool, statuses: type[StrEnum], closed: type[ServiceError]
) -> None:
    """Accept or decline a pending ``request`` (states from ``statuses``); raise ``closed`` if it is not pending."""
    if request.status != statuses.PENDING:
        raise closed()
    request.status = statuses.ACCEPTED if accept else statuses.DECLINED
    request.answered_at = utcnow()
