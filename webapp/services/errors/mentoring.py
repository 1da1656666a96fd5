"""Mentoring: offers, requests and their answers."""

from __future__ import annotations

from .base import Conflict, Forbidden, NotFound, ServiceError

__all__ = [
    "NoProfile",
    "NoSectorMove",
    "OfferTextMissing",
    "MenteeCountOutOfRange",
    "HiddenMentorNotConfirmed",
    "NotAMentor",
    "MentorNotFound",
    "MentorMessageMissing",
    "AlreadyAsked",
    "MentorAlreadyAccepted",
    "MentorDeclined",
    "MentorFull",
    "TooManyOpenRequests",
    "MentorRequestNotFound",
    "RequestAlreadyClosed",
    "RequestAlreadyAnswered",
    "SameSector",
]


class NoProfile(Forbidden):
    """Mentoring needs a profile."""


class NoSectorMove(Forbidden):
    """Only a leader whose profile shows a move between sectors offers to mentor."""


class OfferTextMissing(ServiceError):
    """A mentor says what they can help with."""

    field = "text"


class MenteeCountOutOfRange(ServiceError):
    """A mentor takes 1 to ``limit`` mentees."""

    field = "max_mentees"


class HiddenMentorNotConfirmed(ServiceError):
    """A hidden profile is shown as a mentor only when the leader says so."""

    field = "shown_while_hidden"


class NotAMentor(NotFound):
    """The leader has no active mentor offer."""


class MentorNotFound(NotFound):
    """No such mentor shown to leaders."""


class MentorMessageMissing(ServiceError):
    """A request to a mentor needs a message."""

    field = "message"


class AlreadyAsked(Conflict):
    """The mentee already asked this mentor and waits for an answer."""


class MentorAlreadyAccepted(Conflict):
    """The mentor already said yes to this mentee."""


class MentorDeclined(Conflict):
    """The mentor said no, so the mentee cannot ask again."""


class MentorFull(Conflict):
    """The mentor takes no more mentees now."""


class TooManyOpenRequests(Conflict):
    """A mentee has ``waiting`` requests awaiting an answer, the most allowed."""


class MentorRequestNotFound(NotFound):
    """No such mentor request of the asker's."""


class RequestAlreadyClosed(Conflict):
    """The mentor request was already answered or withdrawn (the mentor's side)."""


class RequestAlreadyAnswered(Conflict):
    """The mentor request was already answered (the mentee's side)."""


class SameSector(ServiceError):
    """A leader looks for mentors into another sector than their own."""

    field = "target_sector"
