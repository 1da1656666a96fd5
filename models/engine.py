"""Engine creation shared by the web app, the CLI, migrations and tests."""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url


def normalise_url(url: str) -> str:
    """Use psycopg 3 for plain ``postgresql://`` URLs (as Heroku-style DATABASE_URLs are written)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


def _unicode_lower(value):
    return value.lower() if isinstance(value, str) else value


CONNECT_TIMEOUT = 5  # seconds to reach PostgreSQL before giving up (libpq's own default waits for ever)


def make_engine(url: str, connect_timeout: int = CONNECT_TIMEOUT, **kwargs: Any) -> Engine:
    """Create an engine; SQLite gets foreign keys, WAL and a busy timeout so it behaves like PostgreSQL.

    PostgreSQL connections are checked before use (``pool_pre_ping``: a pooled connection the server or a
    network hop dropped is replaced, not handed to a request) and give up after ``connect_timeout`` seconds
    (unless the URL names its own ``connect_timeout``), so an unreachable database is an error in seconds,
    not a request that hangs until the WSGI server kills its worker.
    """
    url = normalise_url(url)
    if not url.startswith("sqlite"):
        if "connect_timeout" not in make_url(url).query:
            connect_args = {"connect_timeout": int(connect_timeout)} | kwargs.pop("connect_args", {})
            kwargs["connect_args"] = connect_args
        return create_engine(url, pool_pre_ping=True, **kwargs)
    _owner_only(make_url(url).database)
    engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection, _record):
        # SQLite's own lower() folds ASCII only; Danish needs Æ→æ, Ø→ø, Å→å like PostgreSQL does.
        dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if ":memory:" not in url and url != "sqlite://":
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA secure_delete=ON")  # deleted accounts leave no readable remains in the file
        cursor.close()

    return engine


def _owner_only(path: str | None) -> None:
    """Create the SQLite file readable by its owner only (0600); SQLite gives its -wal and -shm files the same."""
    if not path or path == ":memory:":
        return
    if not os.path.exists(path):
        # Only a file nobody has open is opened here: closing a descriptor of an open SQLite file drops every
        # POSIX lock this process holds on it, and another process may then take the database for unused
        # (reset its WAL) under this process's live connections, which corrupts it.
        descriptor = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
        os.close(descriptor)
    os.chmod(path, 0o600)
