"""``flask backup FILE`` and ``flask restore FILE [--force]``: the whole database in one file and back."""

from __future__ import annotations

from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from ..db import get_engine
from ..services import backup as backups
from .refusals import worded_refusals

AFTER_RESTORE = (
    "Kør nu flask --app webapp db upgrade (hvis backuppen er fra en ældre version) og "
    "flask --app webapp index rebuild, så indekset passer til de gendannede data."
)


@click.command("backup")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
@worded_refusals()
def backup_command(path: Path) -> None:
    """Write a consistent copy of the whole database to FILE (while the service runs)."""
    backups.backup(current_app.config["DATABASE_URL"], path)
    click.echo(f"Backup gemt i {path} ({path.stat().st_size} bytes, kun læsbar for ejeren).")


@click.command("restore")
@click.argument("path", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite a database that already holds data.")
@with_appcontext
@worded_refusals()
def restore_command(path: Path, force: bool) -> None:
    """Replace the database's content with the backup in FILE (refuses a database in use without --force)."""
    url = current_app.config["DATABASE_URL"]
    engine = get_engine()
    if not force:
        backups.refuse_in_use(engine)
    engine.dispose()  # no connection of ours may hold the old database open
    backups.restore(url, path)
    click.echo(f"Databasen er gendannet fra {path}.")
    click.echo(AFTER_RESTORE)
