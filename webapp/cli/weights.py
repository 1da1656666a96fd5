"""``flask weights fairness``: each weight version's numbers on the evaluation set, computed once and stored."""

from __future__ import annotations

import time

import click
from flask.cli import with_appcontext
from sqlalchemy import select

from models import WeightSet

from ..db import get_session
from ..services import fairness
from ..services import weights as weight_sets
from .refusals import worded_refusals


@click.group("weights")
def weights_group() -> None:
    """The ranking weights."""


@weights_group.command("fairness")
@click.option("--all", "every", is_flag=True, help="Compute every version again, not only those without numbers.")
@with_appcontext
@worded_refusals()
def fairness_command(every: bool) -> None:
    """nDCG@10, recall@50 and cross-sector exposure@10 of every weight version without them, on the evaluation set
    (a few seconds: the set's index is fitted once per run). ``make run`` runs it; run it after saving weights."""
    session = get_session()
    weight_sets.saved_active_set(session)  # version 1 gets its numbers too, even in a database emptied of it
    sets = list(session.scalars(select(WeightSet).order_by(WeightSet.version))) if every else fairness.missing(session)
    if not sets:
        session.commit()
        click.echo("Alle vægtversioner har tal på evalueringssættet.")
        return
    started = time.perf_counter()
    evaluation_set = fairness.EvaluationSet()
    for row in fairness.compute(session, sets, evaluation_set):
        session.commit()
        version = session.get(WeightSet, row.weight_set_id).version
        exposure = "–" if row.exposure is None else f"{row.exposure:.2f}"
        click.echo(f"Version {version}: nDCG@10 {row.ndcg:.3f}, recall@50 {row.recall:.3f}, eksponering@10 {exposure}")
    click.echo(f"{len(sets)} version(er) på {fairness.EVALUATION.name} ({time.perf_counter() - started:.1f} s).")
