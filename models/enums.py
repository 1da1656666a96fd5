"""Closed vocabularies stored as short strings (portable across SQLite and PostgreSQL), and the SQL of the CHECK
constraints that keep a column inside one: every model writes its constraints with ``check_in``,
``check_between`` and ``or_null`` from the enum or the tuple of values, never as literal SQL, so a new value is
one edit (plus its migration). ``tests/models/test_check_constraints.py`` holds the SQL to the migrations'."""

from collections.abc import Iterable, Sequence
from enum import Enum, StrEnum
from functools import cache

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


def admits(vocabulary: type[StrEnum], value: object) -> bool:
    """Whether ``value`` (a member or a plain string) is one of ``vocabulary``'s values.

    The one membership test for a closed vocabulary: ``"stat" in Sector`` is a TypeError before Python 3.12, and
    ``set(Sector)`` built at every call was the workaround written eleven times. The set is built once per enum.

    >>> admits(Role, "admin"), admits(Role, "root"), admits(Role, None)
    (True, False, False)
    """
    return isinstance(value, str) and value in _values(vocabulary)


@cache
def _values(vocabulary: type[StrEnum]) -> frozenset[str]:
    return frozenset(member.value for member in vocabulary)


def check_in(column: str, values: type[StrEnum] | Iterable[int]) -> str:
    """SQL for a CHECK constraint keeping ``column`` inside an enum's values (or a tuple of numbers)."""
    items = [member.value if isinstance(member, Enum) else member for member in values]
    return f"{column} IN ({', '.join(repr(item) for item in items)})"


def check_between(column: str, values: Sequence[int]) -> str:
    """SQL for a CHECK constraint keeping ``column`` within ``values``, whole numbers without gaps."""
    if list(values) != list(range(values[0], values[-1] + 1)):
        raise ValueError(f"{values!r} has gaps: use check_in")
    return f"{column} BETWEEN {values[0]} AND {values[-1]}"


def or_null(column: str, check: str) -> str:
    """``check``, or ``column`` left empty."""
    return f"{column} IS NULL OR {check}"
