"""Saved searches: save a search of the public vacancy list, switch its e-mail alerts, delete it."""

from flask import render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from matcher import geography
from models import PUBLIC_SECTORS

from ..actions import form_action, form_submit
from ..db import get_session
from ..forms import BaseForm
from ..labels import KIND_FILTER_LABELS, LEVEL_SHORT, SECTOR_LABELS
from ..services import alerts, contracts
from ..widgets import int_or_none, search_text
from . import bp
from .forms import SEARCH_FIELDS, SavedSearchForm


@bp.route("/soegninger", methods=["GET", "POST"])
def searches():
    """The leader's saved searches, and a form to save one (filled in from ``/stillinger`` arguments)."""
    session = get_session()
    form = SavedSearchForm.from_request(data=_from_args())
    answer = form_submit(
        form,
        lambda session: alerts.create(session, current_user, form.contract),
        lambda search: _(
            "Søgningen »%(name)s« er gemt. Du får en e-mail, når nye stillinger passer.", name=search.name
        ),
        url_for("leader.searches"),
        SEARCH_FIELDS,
        default="name",
    )
    if answer is not None:
        return answer
    found = alerts.for_user(session, current_user)
    return render_template(
        "leader/searches.html",
        form=form,
        searches=found,
        search_args={search.id: alerts.query_args(alerts.filters_of(search)) for search in found},
        action_form=BaseForm(),
    )


@bp.post("/soegninger/<int:search_id>/advarsler")
def set_alerts(search_id: int):
    """Switch e-mail alerts for a search on or off."""
    on = request.form.get("alerts") == "on"
    message = _("Du får e-mails om nye stillinger.") if on else _("Du får ikke længere e-mails om søgningen.")
    return _change(lambda session: alerts.set_alerts(session, current_user, search_id, on), message)


@bp.post("/soegninger/<int:search_id>/slet")
def delete_search(search_id: int):
    """Delete a saved search."""
    return _change(lambda session: alerts.delete(session, current_user, search_id), _("Søgningen er slettet."))


def _change(action, success: str):
    return form_action(action, success, url_for("leader.searches"))


def _from_args() -> dict:
    """The public list's arguments (``q``, ``sektor``, ``region``, ``niveau``, ``type``) as the form's starting
    values (keyed by the form's attributes)."""
    args = request.args
    data = {
        "q": search_text(args.get("q")),
        "sector": args.get("sektor", ""),
        "region": int_or_none(args.get("region")),
        "level": int_or_none(args.get("niveau")),
        "kind": args.get("type", ""),
    }
    data["name"] = _suggested_name(data)
    return data


def _suggested_name(data: dict) -> str:
    """A readable default name such as »økonomi« · Stat · Region Midtjylland · Chef."""
    regions = {region.code: region.name for region in geography.REGIONS}
    parts = [f"»{data['q'].strip()}«" if data["q"].strip() else ""]
    parts.append(str(SECTOR_LABELS[data["sector"]]) if data["sector"] in PUBLIC_SECTORS else "")
    parts.append(regions.get(data["region"], ""))
    parts.append(str(LEVEL_SHORT[data["level"]]) if data["level"] in LEVEL_SHORT else "")
    parts.append(str(KIND_FILTER_LABELS[data["kind"]]) if data["kind"] in KIND_FILTER_LABELS else "")
    return " · ".join(part for part in parts if part)[: contracts.SEARCH_NAME_MAX]
