"""Admin views for the ranking weights: edit with a live preview, history with rollback, learn from feedback."""

from flask import current_app, render_template, request, url_for
from flask_babel import format_decimal
from flask_babel import gettext as _
from flask_login import current_user
from wtforms import SelectChoice

from matcher import learning
from matcher.weights import Weights

from ..actions import form_action, form_submit
from ..db import get_session
from ..error_messages import message_for
from ..forms import BaseForm
from ..labels import COMPONENT_LABELS, SECTOR_LABELS
from ..paging import requested_page
from ..services import fairness, ranking, weight_effects
from ..services import weights as weight_sets
from . import bp
from .charts import effect_charts
from .forms import AdoptForm, WeightsForm


def _directory():
    return ranking.directory_for(current_app.instance_path)


def _vacancy_choices(vacancies) -> list[SelectChoice]:
    blank = [SelectChoice("", _("Ingen – vis kun virkningen på alle stillinger"))]
    return blank + [
        SelectChoice(v.id, f"{v.title} – {v.organisation.name} ({SECTOR_LABELS[v.sector]})") for v in vacancies
    ]


def dominance_message(weights: Weights, active: bool = False) -> str | None:
    """What it means when one component takes more than half of the score (None when none does)."""
    found = weight_sets.dominance(weights)
    if found is None:
        return None
    values = {"name": COMPONENT_LABELS[found.component], "share": format_decimal(found.share)}
    if active:
        text = _("I de aktive vægte udgør »%(name)s« %(share)s %% af scoren, mere end halvdelen.", **values)
    else:
        text = _("Med disse vægte udgør »%(name)s« %(share)s %% af scoren, mere end halvdelen.", **values)
    return " ".join(
        (
            text,
            _(
                "Rangeringen afgøres så mest af »%(name)s«, og de andre dele betyder tilsammen mindre end den.",
                name=values["name"],
            ),
        )
    )


def _dominance_of_saved(new) -> str | None:
    """The warning flashed with a saved version whose one component takes more than half of the score."""
    return dominance_message(Weights.from_dict(new.weights), active=True)


def _effects(active: Weights, proposed: Weights | None):
    """The aggregate effect of the active (and proposed) weights, as data and as charts."""
    same = proposed is None or weight_sets.same_ranking(proposed, active)
    weight_list = [active] if same else [active, proposed]
    effects = weight_effects.aggregate(get_session(), _directory(), weight_list)
    series = [_("Aktive vægte"), _("Nye vægte")][: len(effects)]
    return effects, series, effect_charts(effects, series)


@bp.route("/vaegte", methods=["GET", "POST"])
def weights():
    """Every weight with its explanation; "Forhåndsvis" shows the effect, "Gem som ny version" saves it."""
    session = get_session()
    active_set = weight_sets.active_set(session)
    active = Weights.from_dict(active_set.weights)
    vacancies = weight_effects.published_vacancies(session)
    form = WeightsForm.from_request(data=weight_sets.whole_shares(active), vacancy_ids=[v.id for v in vacancies])
    form.vacancy_id.choices = _vacancy_choices(vacancies)
    if form.save.data:  # "Gem som ny version": saved and off to the history, or drawn again saying why
        saved = form_submit(
            form,
            lambda session: weight_sets.save_version(session, current_user, form.proposed(), form.note.data),
            lambda new: _("Vægtene er gemt som version %(n)d og bruges nu i rangeringen.", n=new.version),
            url_for("admin.weight_history"),
            fields={"weights": "total"},  # no positive share: said at the shares' fieldset
            warning=_dominance_of_saved,
        )
        if saved is not None:
            return saved
    elif request.method == "POST":
        form.validate()  # "Forhåndsvis": the shares checked, and drawn with their effect
    proposed = preview = None
    if request.method == "POST":
        proposed = form.proposed()  # shown with its effect even while the note or the tick is missing
    try:
        if proposed is not None and form.vacancy_id.data is not None and not form.vacancy_id.errors:
            vacancy = next(v for v in vacancies if v.id == form.vacancy_id.data)
            preview = weight_effects.preview(session, _directory(), vacancy, proposed, active)
        effects, series, charts = _effects(active, proposed)
        not_ready = None
    except ranking.IndexUnavailable as error:
        effects = series = charts = None  # the weights without their effects, saying why
        not_ready = message_for(error)
    return render_template(
        "admin/weights.html",
        form=form,
        active_set=active_set,
        active=active,
        active_shares=weight_sets.shares(active),
        active_warning=dominance_message(active, active=True),
        proposed=proposed,
        proposed_warning=dominance_message(proposed) if proposed is not None else None,
        preview=preview,
        effects=effects,
        series=series,
        charts=charts,
        not_ready=not_ready,
        has_vacancies=bool(vacancies),
    )


@bp.get("/vaegte/historik")
def weight_history():
    """Every version, newest first: who, when, why and what changed, with rollback."""
    session = get_session()
    page = requested_page(session, weight_sets.history())
    versions = weight_sets.with_changes(session, page.items)
    return render_template(
        "admin/weight_history.html",
        page=page,
        versions=versions,
        shares={v.weight_set.id: weight_sets.shares(Weights.from_dict(v.weight_set.weights)) for v in versions},
        dominant={v.weight_set.id: weight_sets.dominance(Weights.from_dict(v.weight_set.weights)) for v in versions},
        fairness={n.weight_set.id: n for n in fairness.version_numbers(session, [v.weight_set for v in versions])},
        action_form=BaseForm(),
    )


@bp.post("/vaegte/<int:weight_set_id>/rul-tilbage")
def rollback(weight_set_id: int):
    """Make an old version's weights the active ones again (as a new version)."""

    def restore(session) -> str:
        new = weight_sets.rollback(session, current_user, weight_set_id)
        old = weight_sets.get_set(session, weight_set_id).version
        return _("Vægtene fra version %(old)d er aktive igen som version %(n)d.", old=old, n=new.version)

    return form_action(restore, lambda said: said, url_for("admin.weight_history"), flash_missing=True)


@bp.route("/vaegte/laering", methods=["GET", "POST"])
def learning_page():
    """Weights proposed from employers' shortlist/reject decisions, with how well they predict held-out ones."""
    session = get_session()
    proposal = weight_sets.proposal(session)
    form = AdoptForm.from_request(data={"note": _default_note(proposal)})
    saved = form_submit(
        form,
        lambda session: weight_sets.adopt_proposal(session, current_user, form.note.data),
        lambda new: _("De lærte vægte er gemt som version %(n)d og bruges nu i rangeringen.", n=new.version),
        url_for("admin.weight_history"),
        warning=_dominance_of_saved,
    )
    if saved is not None:
        return saved
    return render_template(
        "admin/weight_learning.html",
        proposal=proposal,
        form=form,
        preview_form=BaseForm(),
        clipped_names=[str(COMPONENT_LABELS[name]) for name in proposal.clipped],
        active_shares=weight_sets.shares(weight_sets.active_weights(session)),
        proposed_shares=weight_sets.whole_shares(proposal.weights) if proposal.weights else None,
        proposed_warning=dominance_message(proposal.weights) if proposal.weights else None,
        minimum=learning.MIN_DECISIONS,
        minimum_each=learning.MIN_PER_CLASS,
        hire_weight=int(weight_sets.HIRE_WEIGHT),
    )


def _default_note(proposal: learning.Proposal) -> str:
    if proposal.proposed is None:
        return ""
    return _(
        "Lært af %(n)d beslutninger fra arbejdsgivere (AUC %(auc)s på tilbageholdte beslutninger).",
        n=proposal.n,
        auc=format_decimal(round(proposal.proposed.auc, 2)),
    )
