"""One SQLAlchemy session per request: opened lazily, committed once after the view (``webapp/cycle.py``),
closed (rolled back if uncommitted) at teardown."""

from __future__ import annotations

from flask import Flask, current_app, g
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from models.engine import make_engine


def init_app(app: Flask) -> None:
    """Attach an engine and a session factory to the app."""
    app.config.setdefault("DATABASE_CONNECT_TIMEOUT", 3)  # seconds; an unreachable database answers 503 quickly
    # hide_parameters: an error's text (logged with its traceback) never carries the row's values, such as
    # a name or an e-mail address; the SQL statement itself is still shown.
    engine = make_engine(
        app.config["DATABASE_URL"],
        connect_timeout=int(app.config["DATABASE_CONNECT_TIMEOUT"]),
        hide_parameters=True,
    )
    app.extensions["sqlalchemy_engine"] = engine
    app.extensions["sqlalchemy_sessionmaker"] = sessionmaker(engine, expire_on_commit=False)
    app.teardown_appcontext(close_session)


def get_engine() -> Engine:
    """The current app's engine."""
    return current_app.extensions["sqlalchemy_engine"]


def get_session() -> Session:
    """The session of the current request or CLI command, created on first use."""
    if "db_session" not in g:
        g.db_session = current_app.extensions["sqlalchemy_sessionmaker"]()
    return g.db_session


def commit_session() -> None:
    """Commit the request's session, if the request opened one (only the request cycle calls this)."""
    session = g.get("db_session")
    if session is not None:
        session.commit()


def close_session(_exc: BaseException | None = None) -> None:
    """Close the request's session; anything not committed is rolled back."""
    session = g.pop("db_session", None)
    if session is not None:
        session.close()
