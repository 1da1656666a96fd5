"""Declarative base shared by every model, with named constraints so migrations stay portable."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

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


class Base(DeclarativeBase):
    """Base class for all Sektorbro models."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamped:
    """Mixin adding created/updated timestamps (UTC)."""

    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
