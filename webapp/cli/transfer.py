"""``flask import profiles|vacancies FILE`` and ``flask export profiles|vacancies FILE``."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from ..contract_messages import line_message
from ..db import get_session
from ..services import exporting, importing, ranking
from ..services.records import ProfileRecord, VacancyRecord
from .refusals import worded_refusals

MODELS = {"profiles": ProfileRecord, "vacancies": VacancyRecord}
WRITERS = {"profiles": importing.import_profiles, "vacancies": importing.import_vacancies}
MAX_ERRORS_SHOWN = 200


def run_import(kind: str, path: Path) -> importing.ImportResult:
    """Validate the whole file, then write it in one transaction; exit 1 listing errors if any."""
    try:
        with path.open(encoding="utf-8") as handle:
            lines = handle.readlines()
    except (OSError, UnicodeDecodeError) as error:
        raise click.ClickException(f"Kan ikke læse {path}: {error}") from error
    try:
        with click.progressbar(lines, label="Tjekker linjer", file=sys.stderr, show_pos=True) as bar:
            records = importing.parse_lines(bar, MODELS[kind])
        session = get_session()
        try:
            result = WRITERS[kind](session, records)
            session.commit()
        except Exception:
            session.rollback()
            raise
        if kind == "profiles":  # leave the saved index current, so `rank` right after an import is right
            ranking.save_current(session, ranking.directory_for(current_app.instance_path))
            session.commit()  # a rebuild prunes the change log it folded in
    except importing.ImportRejected as rejected:
        for error in rejected.errors[:MAX_ERRORS_SHOWN]:
            click.echo(line_message(error), err=True)
        if len(rejected.errors) > MAX_ERRORS_SHOWN:
            click.echo(f"... og {len(rejected.errors) - MAX_ERRORS_SHOWN} fejl mere.", err=True)
        click.echo(f"Importen er afvist: {len(rejected.errors)} fejl. Intet er skrevet.", err=True)
        sys.exit(1)
    return result


@click.group("import")
def import_group() -> None:
    """Import profiles or vacancies from JSON lines (upsert on external_id)."""


@import_group.command("profiles")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
@worded_refusals()
def import_profiles(path: Path) -> None:
    """Import leader profiles from FILE.jsonl."""
    _report(run_import("profiles", path), "profiler")


@import_group.command("vacancies")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
@worded_refusals()
def import_vacancies(path: Path) -> None:
    """Import vacancies from FILE.jsonl."""
    _report(run_import("vacancies", path), "stillinger")


def _report(result: importing.ImportResult, noun: str) -> None:
    click.echo(
        f"Importeret: {result.created} nye og {result.updated} opdaterede {noun}; "
        f"{result.organisations_created} nye organisationer."
    )


@click.command("export")
@click.argument("kind", type=click.Choice(["profiles", "vacancies"]))
@click.argument("path", type=click.Path(dir_okay=False, writable=True, path_type=Path))
@with_appcontext
@worded_refusals()
def export_command(kind: str, path: Path) -> None:
    """Export profiles or vacancies to FILE.jsonl, in the import format."""
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for line in exporting.export_lines(get_session(), kind):
            handle.write(line)
            count += 1
    click.echo(f"Eksporteret {count} linjer til {path}.")
