"""Alembic environment: the URL comes from the caller (the Flask CLI or the tests), not from a file."""

from alembic import context
from sqlalchemy import pool

from models import Base
from models.engine import make_engine

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    """Run migrations online against the configured URL (batch mode so SQLite can alter tables)."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url"), poolclass=pool.NullPool)
    with engine.connect() as connection:
        _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
