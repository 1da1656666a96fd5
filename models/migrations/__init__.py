"""Alembic migrations for Sektorbro's schema."""

from pathlib import Path

from alembic.config import Config

SCRIPT_LOCATION = Path(__file__).resolve().parent


def alembic_config(url: str, connection=None) -> Config:
    """An Alembic config for ``url`` (or an open connection) without an alembic.ini file."""
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config
