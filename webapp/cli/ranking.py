"""``flask index rebuild|watch|status`` and ``flask rank`` (names and JSON shape are a contract)."""

from __future__ import annotations

import json
import os
import sys
import time

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from matcher import snapshot_format
from models import MAX_ID, Profile, Vacancy, VacancyStatus
from models.base import exported_row_id

from ..db import get_session
from ..services import index_store, ranking
from ..services import weights as weight_sets
from ..services.errors import ProfileKeyUnknown, VacancyKeyUnknown
from .refusals import worded_refusals


def _directory():
    return ranking.directory_for(current_app.instance_path)


def _find(model, key: str):
    """A profile or vacancy by external_id (or the generated ``sektorbro-…-<id>`` key)."""
    session = get_session()
    found = session.scalar(select(model).where(model.external_id == key))
    row_id = exported_row_id(key, "profile" if model is Profile else "vacancy")
    if found is None and row_id is not None and row_id <= MAX_ID:
        found = session.get(model, row_id)
    if found is None:
        raise (ProfileKeyUnknown if model is Profile else VacancyKeyUnknown)(key=key)
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
@worded_refusals()
def rebuild() -> None:
    """Refit the index on every profile and published vacancy, publish a snapshot for all workers."""
    session = get_session()
    click.echo("Bygger indekset (venter, hvis en anden proces bygger) …", err=True)
    rebuilt = ranking.rebuild(session, _directory())
    session.commit()
    index = rebuilt.index
    click.echo(
        f"Indekset er bygget: {len(index)} profiler, version {index.version}; {rebuilt.pruned} ændringer ryddet op."
    )


@index_group.command("watch")
@click.option(
    "--interval", default=30, show_default=True, type=click.IntRange(1, 86_400), help="Seconds between checks."
)
@click.option("--once", is_flag=True, help="Check once (and rebuild if needed), then exit (tests, cron).")
@click.option("--parent", type=int, help="Exit when this process (the server that started the watch) is gone.")
@with_appcontext
def watch(interval: int, once: bool, parent: int | None) -> None:
    """Rebuild in the background when there is no usable index, a profile was deleted, or many changed."""
    while True:
        if parent is not None and os.getppid() != parent:
            click.echo("Serveren, der startede overvågningen, er stoppet; overvågningen stopper også.", err=True)
            return
        session = get_session()
        try:
            trigger, rebuilt = ranking.rebuild_if_needed(session, _directory())
            session.commit()
        except Exception as error:
            session.rollback()
            if once:
                raise
            # A watch outlives database outages and failed builds: say so, keep the old index, try again.
            click.echo(f"Genopbygningen mislykkedes: {type(error).__name__}: {error}", err=True)
            session.close()
            time.sleep(interval)
            continue
        if trigger is not None and rebuilt is None:
            click.echo(f"Genopbygning nødvendig ({trigger.reason}), men en anden proces bygger allerede.")
        elif rebuilt is not None:
            click.echo(f"Indekset er genopbygget ({trigger.reason}): {len(rebuilt.index)} profiler.")
        if once:
            return
        session.close()
        time.sleep(interval)


@index_group.command("status")
@with_appcontext
def status() -> None:
    """The saved index: version, rows, change mark, pending changes; exit code 1 when it cannot be served."""
    directory = _directory()
    found = ranking.snapshot_status(directory)
    if found.version is not None:
        pending = index_store.pending_changes(get_session(), found.change_seq or 0)
        click.echo(f"Version: {found.version}")
        click.echo(f"Profiler: {found.rows}")
        click.echo(f"Ændringsmærke: {found.change_seq} ({pending} ændrede profiler venter)")
        click.echo(f"Bygget: {found.built_at}")
    click.echo(f"Stempel: {_stamp(directory)}")
    if not found.usable:
        click.echo(f"Kan ikke bruges: {found.reason}")
        sys.exit(1)
    trigger = index_store.rebuild_trigger(get_session(), directory)
    click.echo(f"Genopbygning nødvendig: {trigger.reason}" if trigger else "Klar.")


def _stamp(directory) -> str:
    pointer = snapshot_format.read_pointer(directory)
    try:
        manifest = snapshot_format.read_manifest(directory, pointer.snapshot) if pointer else None
    except snapshot_format.SnapshotUnusable:
        manifest = None
    if manifest is None:
        return "-"
    return (
        f"format {manifest.format}, sektorbro {manifest.package}, scikit-learn {manifest.scikit_learn}, "
        f"numpy {manifest.numpy}"
    )


@click.command("rank")
@click.option("--vacancy", "vacancy_key", help="Rank candidates for the vacancy with this external_id.")
@click.option("--profile", "profile_key", help="Rank published vacancies for the profile with this external_id.")
@click.option("--all", "all_vacancies", is_flag=True, help="Rank candidates for every published vacancy (JSON).")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@with_appcontext
@worded_refusals()
def rank(vacancy_key: str | None, profile_key: str | None, all_vacancies: bool, limit: int, as_json: bool) -> None:
    """Ranked candidates for a vacancy, ranked vacancies for a profile, or candidates for all vacancies."""
    if sum(map(bool, (vacancy_key, profile_key, all_vacancies))) != 1:
        raise click.UsageError("Angiv præcis én af --vacancy, --profile og --all.")
    try:
        _rank(vacancy_key, profile_key, all_vacancies, limit, as_json)
    except ranking.IndexUnavailable as error:
        raise click.ClickException(
            f"Rangeringen er ikke klar: {error.reason}. Byg indekset med 'flask --app webapp index rebuild'."
        ) from None


def _rank(vacancy_key: str | None, profile_key: str | None, all_vacancies: bool, limit: int, as_json: bool) -> None:
    session = get_session()
    if all_vacancies:
        published = session.scalars(
            select(Vacancy).options(joinedload(Vacancy.organisation)).where(Vacancy.status == VacancyStatus.PUBLISHED)
        )
        out = {}
        active = weight_sets.active_weights(session)  # one weight set for the whole run, read once
        for vacancy in sorted(published, key=lambda v: v.id):
            found = ranking.rank_candidates(session, _directory(), vacancy, limit, weights=active, explain_all=False)
            out[vacancy.public_key] = [_item(r.profile.public_key, r.ranked) for r in found]
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    if vacancy_key:
        vacancy = _find(Vacancy, vacancy_key)
        found = ranking.rank_candidates(session, _directory(), vacancy, limit, explain_all=False)
        items = [_item(r.profile.public_key, r.ranked) for r in found]
        labels = [f"{r.profile.name} ({r.profile.sector}, L{r.profile.level})" for r in found]
    else:
        profile = _find(Profile, profile_key)
        found = ranking.recommend_vacancies(session, _directory(), profile, limit)
        items = [_item(r.vacancy.public_key, r.ranked) for r in found]
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
