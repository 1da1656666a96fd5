"""Closed vocabularies stored as short strings (portable across SQLite and PostgreSQL)."""

from enum import StrEnum


class Role(StrEnum):
    """What a user account may do; one role per account."""

    LEADER = "leader"
    EMPLOYER = "employer"
    ADMIN = "admin"


class Sector(StrEnum):
    """Where an organisation or a leader belongs."""

    STAT = "stat"
    REGION = "region"
    KOMMUNE = "kommune"
    PRIVAT = "privat"


PUBLIC_SECTORS = (Sector.STAT, Sector.REGION, Sector.KOMMUNE)


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


LEVELS = (1, 2, 3, 4)


def check_in(column: str, enum: type[StrEnum]) -> str:
    """SQL for a CHECK constraint keeping ``column`` inside ``enum``'s values."""
    values = ", ".join(f"'{member.value}'" for member in enum)
    return f"{column} IN ({values})"
