"""``flask seed-demo``: realistic, invented Danish demo data and the three demo logins."""

from __future__ import annotations

import sys

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import func, select

from models import User

from ..contract_messages import line_message
from ..db import get_session
from ..demo import DEMO_LEADERS, generate
from ..services import demo_mentors, demo_seed, ranking
from ..services.importing import ImportRejected
from .refusals import worded_refusals


@click.command("seed-demo")
@click.option("--profiles", "profile_count", default=DEMO_LEADERS, show_default=True, type=click.IntRange(0, 2_000_000))
@click.option("--vacancies", "vacancy_count", default=60, show_default=True, type=click.IntRange(0, 100_000))
@click.option("--seed", default=1, show_default=True, type=int, help="Same seed, same data.")
@click.option("--if-empty", is_flag=True, help="Do nothing when the database already has users.")
@with_appcontext
@worded_refusals()
def seed_demo(profile_count: int, vacancy_count: int, seed: int, if_empty: bool) -> None:
    """Fill the database with demo organisations, leaders and vacancies (demo data only)."""
    session = get_session()
    if if_empty and session.scalar(select(func.count(User.id))):
        click.echo("Databasen har allerede data; demodata springes over.")
        _print_logins()
        return
    data = generate(seed=seed, profiles=profile_count, vacancies=vacancy_count)
    total = len(data.profiles) + len(data.vacancies) + 1
    with click.progressbar(length=total, label="Demodata", file=sys.stderr, show_pos=True) as bar:
        try:
            result = demo_seed.seed(session, data, progress=bar.update)
            session.commit()
        except ImportRejected as rejected:
            session.rollback()
            said = "; ".join(map(line_message, rejected.errors[:5]))
            raise click.ClickException(f"Demodata er ugyldige: {said}") from None
    ranking.rebuild(session, ranking.directory_for(current_app.instance_path))
    session.commit()
    click.echo(
        f"Demodata: {result.organisations} organisationer, {result.profiles} profiler, {result.vacancies} stillinger."
    )
    _print_logins()


def _print_logins() -> None:
    click.echo(f"Demo-logins (adgangskode: {demo_seed.DEMO_PASSWORD}):")
    for role, email in (
        ("leder", demo_seed.DEMO_LEADER),
        ("arbejdsgiver", demo_seed.DEMO_EMPLOYER),
        ("administrator", demo_seed.DEMO_ADMIN),
    ):
        click.echo(f"  {role:<14} {email}")
    click.echo(f"  {'mentorer':<14} {demo_mentors.EMAIL.format(n=1)} … (ledere, der har skiftet sektor)")
