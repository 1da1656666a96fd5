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
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # Batch mode recreates SQLite tables; dropping the old copy of a parent table with foreign keys on
        # would cascade-delete its children. The pragma only takes effect outside a transaction.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()  # end the transaction SQLAlchemy began, so the migrations run in their own
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    if sqlite:
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()
        if broken:
            raise RuntimeError(f"the migration left rows that break foreign keys: {broken[:5]}")


run_migrations()
