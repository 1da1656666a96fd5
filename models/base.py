"""Declarative base shared by every model, with named constraints so migrations stay portable."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from sqlalchemy import DateTime, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Rows made in the web UI have no external id; files and the rank CLI name them "sektorbro-<kind>-<id>", and
# importing such a key again updates the row (``exported_row_id``).
EXPORTED_KEY = re.compile(r"^sektorbro-(?P<kind>profile|vacancy)-(?P<id>\d{1,9})$")


def public_key(kind: str, external_id: str | None, row_id: int) -> str:
    """The key a row has in files and in the rank CLI: its external id, or ``sektorbro-<kind>-<id>``."""
    return external_id or f"sektorbro-{kind}-{row_id}"


def exported_row_id(key: str, kind: str) -> int | None:
    """The row id an exported key of ``kind`` names, or None for any other key."""
    found = EXPORTED_KEY.match(key)
    return int(found["id"]) if found and found["kind"] == kind else None


MAX_ID = 2**31 - 1  # ids are 32-bit integers (PostgreSQL's integer): a larger number names no row

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Return the current time in UTC; every stored timestamp is UTC."""
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """A stored timestamp with its zone: they are stored in UTC, and SQLite hands them back without it."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Base class for all Sektorbro models."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamped:
    """Mixin adding created/updated timestamps (UTC)."""

    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
