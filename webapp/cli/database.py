"""``flask db upgrade|downgrade|revision|current``: Alembic driven from the app's configuration."""

from __future__ import annotations

import click
from alembic import command
from flask import current_app
from flask.cli import with_appcontext

from models.migrations import alembic_config


def _config():
    return alembic_config(current_app.config["DATABASE_URL"])


@click.group("db")
def db_group() -> None:
    """Database migrations."""


@db_group.command("upgrade")
@click.argument("revision", default="head")
@with_appcontext
def upgrade(revision: str) -> None:
    """Migrate the database up to REVISION (default: head)."""
    command.upgrade(_config(), revision)
    click.echo(f"Databasen er opdateret til {revision}.")


@db_group.command("downgrade")
@click.argument("revision", default="-1")
@with_appcontext
def downgrade(revision: str) -> None:
    """Migrate the database down to REVISION (default: one step)."""
    command.downgrade(_config(), revision)
    click.echo(f"Databasen er rullet tilbage til {revision}.")


@db_group.command("revision")
@click.option("-m", "--message", required=True, help="What the revision changes.")
@click.option("--autogenerate/--empty", default=True, help="Compare models with the database.")
@with_appcontext
def revision(message: str, autogenerate: bool) -> None:
    """Write a new migration (read and edit it before committing)."""
    command.revision(_config(), message=message, autogenerate=autogenerate)


@db_group.command("current")
@with_appcontext
def current() -> None:
    """Show the database's revision."""
    command.current(_config())
