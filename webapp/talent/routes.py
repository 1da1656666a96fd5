"""Talent search views: list and save searches, rename, pause and delete them, see what a search sent, and
open one sent candidate's anonymous card."""

from flask import render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..actions import form_action, form_submit
from ..db import get_session
from ..forms import BaseForm
from ..services import candidate_cards, ranking, roles, talent_searches
from . import bp
from .forms import FREQUENCY_LABELS, EditTalentSearchForm, TalentSearchForm


@bp.route("/", methods=["GET", "POST"])
def searches():
    """The employer's talent searches, and a form to save one."""
    session = get_session()
    form = TalentSearchForm.from_request()
    answer = form_submit(
        form,
        lambda session: talent_searches.create(session, current_user, form.contract),
        lambda search: _(
            "Talentsøgningen »%(name)s« er gemt. Du får en e-mail, når nye kandidater passer til den.",
            name=search.name,
        ),
        url_for("talent.searches"),
        default="name",
    )
    if answer is not None:
        return answer
    found = talent_searches.for_user(session, current_user)
    return render_template(
        "talent/searches.html",
        form=form,
        searches=found,
        edit_forms={search.id: EditTalentSearchForm(obj=search, prefix=f"s{search.id}") for search in found},
        frequency_labels=FREQUENCY_LABELS,
        action_form=BaseForm(),
    )


@bp.get("/<int:talent_search_id>")
def search_detail(talent_search_id: int):
    """One search: its filters and the candidates it has sent, while they are still visible to you."""
    session = get_session()
    search = talent_searches.get_own(session, current_user, talent_search_id)
    families = ranking.organisation_families(session)  # once for the whole list, not once per candidate
    sent = [
        (delivery, talent_searches.describe(delivery.profile))
        for delivery in talent_searches.delivered(session, current_user, search)
        if talent_searches.may_see(session, current_user, delivery.profile, families)
    ]
    return render_template("talent/search_detail.html", search=search, sent=sent, frequency_labels=FREQUENCY_LABELS)


@bp.post("/<int:talent_search_id>/rediger")
def edit_search(talent_search_id: int):
    """Rename a search or change how often it mails."""
    talent_searches.get_own(get_session(), current_user, talent_search_id)
    form = EditTalentSearchForm.from_request(prefix=f"s{talent_search_id}")

    def update(session) -> None:
        talent_searches.update(session, current_user, talent_search_id, form.contract)

    back = url_for("talent.searches", _anchor=f"soegning-{talent_search_id}")
    return form_action(update, _("Talentsøgningen er gemt."), back, form=form)


@bp.post("/<int:talent_search_id>/pause")
def set_active(talent_search_id: int):
    """Pause a search or start it again."""
    on = request.form.get("active") == "on"
    message = (
        _("Talentsøgningen kører igen.") if on else _("Talentsøgningen er sat på pause. Du får ingen e-mails om den.")
    )
    return _change(lambda session: talent_searches.set_active(session, current_user, talent_search_id, on), message)


@bp.post("/<int:talent_search_id>/slet")
def delete_search(talent_search_id: int):
    """Delete a search."""
    return _change(
        lambda session: talent_searches.delete(session, current_user, talent_search_id),
        _("Talentsøgningen er slettet."),
    )


def _change(action, success: str):
    return form_action(action, success, url_for("talent.searches"))


@bp.get("/kandidat/<int:delivery_id>")
def candidate(delivery_id: int):
    """The anonymous card of a candidate a digest sent you, while the leader is still visible to you."""
    session = get_session()
    delivery = talent_searches.delivery_for(session, current_user, delivery_id)
    about = candidate_cards.candidate_profile(roles._encoder(), delivery.profile, revealed=False)
    return render_template("talent/candidate.html", delivery=delivery, about=about)
