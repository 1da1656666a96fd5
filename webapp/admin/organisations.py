"""Admin views: list organisations and place new ones in the hierarchy (every placement is audited)."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..db import get_session
from ..error_messages import message_for
from ..labels import SECTOR_LABELS, options
from ..paging import requested_page
from ..services import organisations
from ..services.errors import ServiceError
from . import bp
from .forms import OrganisationSearchForm, PlaceOrganisationForm


@bp.get("/organisationer")
def organisation_list():
    """Organisations with their employers, profiles and vacancies; filter to those waiting for placement."""
    form = OrganisationSearchForm(request.args)
    sector = form.sector.data if form.sector.data in SECTOR_LABELS else None
    session = get_session()
    page = requested_page(
        session, organisations.listing(session, (form.q.data or "")[:200], sector, form.placed()), scalars=False
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
    if request.method == "POST" and form.validate():
        try:
            organisations.place(session, current_user, organisation, form.parent_id.data)
        except ServiceError as error:
            session.rollback()
            form.parent_id.errors.append(message_for(error))
        else:
            flash(_("%(name)s er placeret i hierarkiet.", name=organisation.name), "success")
            still_waiting = "venter" if organisations.pending_count(session) else None
            return redirect(url_for("admin.organisation_list", placering=still_waiting))
    return render_template("admin/place_organisation.html", form=form, organisation=organisation)
