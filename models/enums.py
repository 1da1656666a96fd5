"""Closed vocabularies stored as short strings (portable across SQLite and PostgreSQL)."""

from enum import StrEnum

# Likewise who may see whom: the vocabulary beside the one predicate (``matcher.privacy.may_see``).
from matcher.privacy import Visibility as Visibility

# One definition of the sectors, shared with the matcher and the web (re-exported here for the models).
from matcher.sectors import PUBLIC_SECTORS as PUBLIC_SECTORS
from matcher.sectors import Sector as Sector


class Role(StrEnum):
    """What a user account may do; one role per account."""

    LEADER = "leader"
    EMPLOYER = "employer"
    ADMIN = "admin"


class Seeking(StrEnum):
    """How actively a leader is looking for a new job."""

    ACTIVE = "active"
    OPEN = "open"
    NOT_LOOKING = "not_looking"


class VacancyStatus(StrEnum):
    """Life cycle of a vacancy: only published ones are public."""

    DRAFT = "draft"
    PUBLISHED = "published"
    CLOSED = "closed"


class VacancyKind(StrEnum):
    """What a vacancy offers: an ordinary post, or a short offer of 1–6 months in another organisation."""

    POST = "post"  # stilling
    ROTATION = "rotation"  # rotationsforløb
    SECONDMENT = "secondment"  # udstationering
    SHADOWING = "shadowing"  # følordning / jobskygning


OFFER_KINDS = (VacancyKind.ROTATION, VacancyKind.SECONDMENT, VacancyKind.SHADOWING)
OFFER_MONTHS = (1, 2, 3, 4, 5, 6)  # an offer lasts whole months, at most half a year


class Decision(StrEnum):
    """An employer's verdict on a candidate for a vacancy."""

    SHORTLISTED = "shortlisted"
    REJECTED = "rejected"


class RejectReason(StrEnum):
    """The fixed list of reasons an employer may give for rejecting a candidate."""

    COMPETENCES = "competences"
    LEVEL = "level"
    GEOGRAPHY = "geography"
    EXPERIENCE = "experience"
    OTHER_CANDIDATES = "other_candidates"
    OTHER = "other"


class ContactStatus(StrEnum):
    """Where a contact request stands."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class TokenScope(StrEnum):
    """What a personal API token may do: only read (GET and HEAD), or everything its user may."""

    READ = "read"  # læseadgang
    FULL = "full"  # fuld adgang


LEVELS = (1, 2, 3, 4)


def check_in(column: str, enum: type[StrEnum]) -> str:
    """SQL for a CHECK constraint keeping ``column`` inside ``enum``'s values."""
    values = ", ".join(f"'{member.value}'" for member in enum)
    return f"{column} IN ({values})"
