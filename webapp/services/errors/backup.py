"""Backup and restore (``flask backup``, ``flask restore``): what the operator's command refuses and why."""

from __future__ import annotations

from .base import ServiceError

__all__ = [
    "BackupError",
    "DatabaseNotSupported",
    "InMemoryDatabase",
    "BackupUnreadable",
    "BackupUnwritable",
    "BackupMissing",
    "NotASqliteBackup",
    "NotAPostgresBackup",
    "BackupDamaged",
    "SqliteCopyFailed",
    "ClientProgramMissing",
    "ClientProgramFailed",
    "DatabaseInUse",
]


class BackupError(ServiceError):
    """A backup or restore could not be made; its kinds say why."""


class DatabaseNotSupported(BackupError):
    """Only SQLite and PostgreSQL are backed up; the database is ``backend``."""


class InMemoryDatabase(BackupError):
    """An in-memory SQLite database has no file to copy."""


class BackupUnreadable(BackupError):
    """The backup at ``path`` cannot be read: ``reason`` (the system's)."""


class BackupUnwritable(BackupError):
    """The backup cannot be written to ``path``: ``reason`` (the system's; a missing folder, no permission)."""


class BackupMissing(BackupError):
    """There is no SQLite database at ``path`` to copy from."""


class NotASqliteBackup(BackupError):
    """The file at ``path`` is no SQLite database, and the database to restore is SQLite."""


class NotAPostgresBackup(BackupError):
    """The file at ``path`` is no pg_dump custom-format archive, and the database to restore is PostgreSQL."""


class BackupDamaged(BackupError):
    """SQLite's quick check of the backup at ``path`` found ``verdict``, so nothing is restored."""


class SqliteCopyFailed(BackupError):
    """SQLite's backup API stopped with ``reason``."""


class ClientProgramMissing(BackupError):
    """PostgreSQL's ``program`` (pg_dump, pg_restore) is not on PATH."""


class ClientProgramFailed(BackupError):
    """PostgreSQL's ``program`` exited with ``code``; ``output`` is the end of what it wrote to stderr."""


class DatabaseInUse(BackupError):
    """A restore would overwrite ``rows`` (table name: row count) without --force."""
