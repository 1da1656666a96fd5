"""Readiness: can this process serve? The database answers, and a usable index is saved for it to load.

Liveness needs no check (a process that answers is alive). Readiness is what a load balancer asks before it
sends traffic, so each check is quick and bounded: the database gets ``SELECT 1`` with a short statement
timeout (and the engine's connect timeout), the index check reads a small file. A failed check says which
and why, in words safe for a public endpoint; the details go to the log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from . import ranking

log = logging.getLogger("sektorbro.health")

DATABASE_TIMEOUT_MS = 2000
NO_DATABASE = "Databasen svarer ikke."
UNUSABLE_INDEX = "Indekset kan ikke bruges. Kør flask --app webapp index rebuild."


@dataclass(frozen=True)
class Check:
    """One readiness check: its name, whether it passed, and why not."""

    name: str
    ok: bool
    reason: str | None = None


def database_readiness(engine: Engine, timeout_ms: int = DATABASE_TIMEOUT_MS) -> Check:
    """``SELECT 1`` on a pooled connection, bounded by a statement timeout on PostgreSQL."""
    try:
        with engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                connection.exec_driver_sql(f"SET LOCAL statement_timeout = {int(timeout_ms)}")
            connection.exec_driver_sql("SELECT 1").scalar()
    except SQLAlchemyError as error:
        log.warning("Readiness: the database does not answer (%s)", type(error).__name__)
        return Check("database", False, NO_DATABASE)
    return Check("database", True)


def index_readiness(directory: Path) -> Check:
    """Whether a usable index is published in ``directory`` (the index store's status: pointer, manifest,
    stamp and sizes, no arrays read)."""
    status = ranking.snapshot_status(directory)
    return Check("index", True) if status.usable else Check("index", False, status.reason or UNUSABLE_INDEX)


def readiness(engine: Engine, index_directory: Path) -> list[Check]:
    """Every readiness check, database first."""
    return [database_readiness(engine), index_readiness(index_directory)]
