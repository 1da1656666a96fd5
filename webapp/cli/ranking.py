"""``flask index rebuild`` and ``flask rank`` (names and JSON shape are a contract)."""

from __future__ import annotations

import json
import re

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from models import Profile, Vacancy, VacancyStatus

from ..db import get_session
from ..services import ranking
from ..views import MAX_ID

_GENERATED = re.compile(r"^sektorbro-(profile|vacancy)-(\d+)$")


def _directory():
    return ranking.directory_for(current_app.instance_path)


def _find(model, key: str):
    """A profile or vacancy by external_id (or the generated ``sektorbro-…-<id>`` key)."""
    session = get_session()
    found = session.scalar(select(model).where(model.external_id == key))
    generated = _GENERATED.match(key)
    if found is None and generated and int(generated.group(2)) <= MAX_ID:
        found = session.get(model, int(generated.group(2)))
    if found is None:
        noun = "profil" if model is Profile else "stilling"
        raise click.ClickException(f"Ukendt {noun}: {key}")
    return found


def _item(external_id: str, ranked) -> dict:
    return {
        "external_id": external_id,
        "score": ranked.score,
        "components": ranked.components,
        "crosses_sector": ranked.crosses_sector,
    }


@click.group("index")
def index_group() -> None:
    """The candidate index."""


@index_group.command("rebuild")
@with_appcontext
def rebuild() -> None:
    """Refit the index on every profile and published vacancy, save it for all workers, prune the change log."""
    session = get_session()
    index = ranking.build_index(session, _directory())
    pruned = ranking.prune_changes(session, index.change_seq)
    session.commit()
    click.echo(f"Indekset er bygget: {len(index)} profiler, version {index.version}; {pruned} ændringer ryddet op.")


@click.command("rank")
@click.option("--vacancy", "vacancy_key", help="Rank candidates for the vacancy with this external_id.")
@click.option("--profile", "profile_key", help="Rank published vacancies for the profile with this external_id.")
@click.option("--all", "all_vacancies", is_flag=True, help="Rank candidates for every published vacancy (JSON).")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@with_appcontext
def rank(vacancy_key: str | None, profile_key: str | None, all_vacancies: bool, limit: int, as_json: bool) -> None:
    """Ranked candidates for a vacancy, ranked vacancies for a profile, or candidates for all vacancies."""
    if sum(map(bool, (vacancy_key, profile_key, all_vacancies))) != 1:
        raise click.UsageError("Angiv præcis én af --vacancy, --profile og --all.")
    session = get_session()
    if all_vacancies:
        published = session.scalars(
            select(Vacancy).options(joinedload(Vacancy.organisation)).where(Vacancy.status == VacancyStatus.PUBLISHED)
        )
        out = {}
        for vacancy in sorted(published, key=lambda v: v.id):
            found = ranking.rank_candidates(session, _directory(), vacancy, limit, explain_all=False)
            out[ranking.vacancy_external_id(vacancy)] = [_item(ranking.external_id(r.profile), r.ranked) for r in found]
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    if vacancy_key:
        vacancy = _find(Vacancy, vacancy_key)
        found = ranking.rank_candidates(session, _directory(), vacancy, limit, explain_all=False)
        items = [_item(ranking.external_id(r.profile), r.ranked) for r in found]
        labels = [f"{r.profile.name} ({r.profile.sector}, L{r.profile.level})" for r in found]
    else:
        profile = _find(Profile, profile_key)
        found = ranking.recommend_vacancies(session, _directory(), profile, limit)
        items = [_item(ranking.vacancy_external_id(r.vacancy), r.ranked) for r in found]
        labels = [f"{r.vacancy.title} ({r.vacancy.organisation.sector})" for r in found]
    if as_json:
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    click.echo(
        f"{'#':>3}  {'score':>6}  {'kompet.':>7} {'tekst':>6} {'niveau':>6} {'geo':>5} {'vilje':>5}  {'tværs':>5}  "
    )
    for number, (item, label) in enumerate(zip(items, labels, strict=True), start=1):
        c = item["components"]
        click.echo(
            f"{number:>3}  {item['score']:>6.3f}  {c['competence']:>7.2f} {c['text']:>6.2f} {c['level']:>6.2f} "
            f"{c['geography']:>5.2f} {c['willingness']:>5.2f}  {'ja' if item['crosses_sector'] else 'nej':>5}  "
            f"{item['external_id']}  {label}"
        )
