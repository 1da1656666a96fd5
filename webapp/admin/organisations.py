"""Admin views: list organisations and place new ones in the hierarchy (every placement is audited)."""

from flask import render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..actions import form_submit
from ..db import get_session
from ..labels import options
from ..paging import requested_page
from ..services import organisations
from ..widgets import chosen, search_text
from . import bp
from .forms import OrganisationSearchForm, PlaceOrganisationForm


@bp.get("/organisationer")
def organisation_list():
    """Organisations with their employers, profiles and vacancies; filter to those waiting for placement."""
    form = OrganisationSearchForm(request.args)
    sector = chosen(form.sector)
    session = get_session()
    page = requested_page(
        session, organisations.listing(session, search_text(form.q.data), sector, form.placed()), scalars=False
    )
    pending = organisations.pending_count(session)
    return render_template("admin/organisations.html", form=form, page=page, pending=pending)


@bp.route("/organisationer/<int:organisation_id>/placering", methods=["GET", "POST"])
def place_organisation(organisation_id: int):
    """Choose an organisation's parent (or none), which also makes it placed."""
    session = get_session()
    organisation = organisations.get(session, organisation_id)
    form = PlaceOrganisationForm.from_request(data={"parent_id": organisation.parent_id})
    form.parent_id.choices = options(
        organisations.parent_choices(session, organisation), blank=_("Ingen – øverst i hierarkiet")
    )
    answer = form_submit(
        form,
        lambda session: organisations.place(session, current_user, organisation, form.parent_id.data),
        _("%(name)s er placeret i hierarkiet.", name=organisation.name),
        lambda _none: url_for(
            "admin.organisation_list", placering="venter" if organisations.pending_count(session) else None
        ),
        default="parent_id",
    )
    if answer is not None:
        return answer
    return render_template("admin/place_organisation.html", form=form, organisation=organisation)
