"""The HR admins' fairness page: each weight version on the evaluation set, who holds today's top 10s, and
shortlist rates by the candidate's sector with the four-fifths ratio (numbers from ``services.fairness`` and
``services.composition``; nothing is fitted here: the evaluation numbers are computed by the CLI)."""

from flask import current_app, render_template, request
from flask_babel import format_datetime
from flask_babel import gettext as _
from sqlalchemy import select
from wtforms import SelectChoice

from matcher.geography import REGIONS
from matcher.weights import Weights
from models import WeightSet

from ..db import get_session
from ..error_messages import message_for
from ..services import composition, fairness, ranking
from ..services import weights as weight_sets
from . import admin_bp
from .fairness_charts import evaluation_chart, level_chart, rate_chart, region_chart, sector_chart
from .forms import FairnessForm

COMMAND = "flask --app webapp weights fairness"


def _chosen(form: FairnessForm, sets: list[WeightSet], active: WeightSet) -> WeightSet:
    """The version asked for, or the active one (an unknown number is said at the field)."""
    by_version = {s.version: s for s in sets}
    if request.args.get("version") in (None, ""):
        return active
    if form.version.data in by_version:
        return by_version[form.version.data]
    form.version.errors = [_("Vælg en version fra listen.")]
    return active


@admin_bp.get("/retfaerdighed")
def fairness_page():
    """Each weight version's numbers on the evaluation set; one version's live top 10s and shortlist rates."""
    session = get_session()
    active = weight_sets.active_set(session)
    sets = list(session.scalars(select(WeightSet).order_by(WeightSet.version.desc())))
    form = FairnessForm(request.args)
    form.version.choices = [
        SelectChoice(s.version, _("Version %(n)d", n=s.version) + (f" ({_('aktiv')})" if s.active else ""))
        for s in sets
    ]
    chosen = _chosen(form, sets, active)
    form.version.data = chosen.version
    numbers = fairness.version_numbers(session, sets)
    directory = ranking.directory_for(current_app.instance_path)
    try:
        found = composition.composition(session, directory, Weights.from_dict(chosen.weights))
        not_ready = None
    except ranking.IndexUnavailable as error:
        found, not_ready = None, message_for(error)
    rates = fairness.shortlist_rates(session, chosen)
    every_rate = fairness.shortlist_rates(session)
    start, end = fairness.period(session, chosen)
    regions = {r.code: r.name for r in REGIONS} | {None: _("Ukendt")}
    charts = {"evaluation": evaluation_chart(numbers), "rates": rate_chart(rates)}
    if found is not None:
        charts |= {
            "sectors": sector_chart(found),
            "regions": region_chart(found, regions),
            "levels": level_chart(found),
        }
    return render_template(
        "mobility/fairness.html",
        form=form,
        chosen=chosen,
        numbers=numbers,
        evaluation=fairness.EVALUATION,
        command=COMMAND,
        found=found,
        not_ready=not_ready,
        rates=rates,
        every_rate=every_rate,
        first=chosen.version == min((s.version for s in sets), default=chosen.version),  # none stored: the defaults
        period=(start, end),
        regions=regions,
        region_codes=composition.REGION_CODES,
        sectors=composition.SECTORS,
        four_fifths=fairness.FOUR_FIFTHS,
        few=fairness.FEW,
        charts=charts,
        format_datetime=format_datetime,
    )
