"""Employer views: list, write, publish and close the organisation's vacancies."""

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..db import get_session
from ..forms import BaseForm
from ..services import pagination, ranking, vacancies
from ..services.errors import Forbidden, NotFound, ServiceError
from . import bp
from .forms import VacancyForm


def _own_vacancy(vacancy_id: int):
    try:
        return vacancies.get_for_employer(get_session(), current_user, vacancy_id)
    except NotFound:
        abort(404)
    except Forbidden:
        abort(403)


@bp.get("/stillinger")
def vacancy_list():
    """The organisation's vacancies in every status."""
    if current_user.organisation_id is None:
        return render_template("employer/no_organisation.html")
    page = pagination.paginate(
        get_session(),
        vacancies.for_organisation(current_user.organisation_id),
        request.args.get("side", 1, type=int),
        current_app.config["PAGE_SIZE"],
    )
    return render_template("employer/vacancy_list.html", page=page, action_form=BaseForm())


@bp.route("/stillinger/ny", methods=["GET", "POST"])
def new_vacancy():
    """Write a new vacancy; it starts as a draft."""
    if current_user.organisation_id is None:
        abort(403)
    form = VacancyForm.from_request()
    if request.method == "POST" and form.validate():
        session = get_session()
        vacancy = vacancies.create(session, current_user, form.vacancy_fields())
        session.commit()
        flash(_("Stillingen er gemt som kladde."), "success")
        return redirect(url_for("employer.vacancy_view", vacancy_id=vacancy.id))
    return render_template("employer/vacancy_form.html", form=form, vacancy=None)


@bp.get("/stillinger/<int:vacancy_id>")
def vacancy_view(vacancy_id: int):
    """One of the organisation's vacancies, with its actions."""
    return render_template("employer/vacancy_view.html", vacancy=_own_vacancy(vacancy_id), action_form=BaseForm())


@bp.get("/stillinger/<int:vacancy_id>/kandidater")
def candidates(vacancy_id: int):
    """The vacancy's best candidates, ranked and explained."""
    vacancy = _own_vacancy(vacancy_id)
    session = get_session()
    found = ranking.rank_candidates(session, ranking.directory_for(current_app.instance_path), vacancy, limit=20)
    return render_template("employer/candidates.html", vacancy=vacancy, candidates=found)


@bp.route("/stillinger/<int:vacancy_id>/rediger", methods=["GET", "POST"])
def edit_vacancy(vacancy_id: int):
    """Edit a vacancy in any status."""
    vacancy = _own_vacancy(vacancy_id)
    form = VacancyForm.from_request(obj=vacancy)
    if request.method == "POST" and form.validate():
        session = get_session()
        vacancies.update(session, vacancy, form.vacancy_fields())
        session.commit()
        flash(_("Stillingen er gemt."), "success")
        return redirect(url_for("employer.vacancy_view", vacancy_id=vacancy.id))
    return render_template("employer/vacancy_form.html", form=form, vacancy=vacancy)


@bp.post("/stillinger/<int:vacancy_id>/offentliggoer")
def publish_vacancy(vacancy_id: int):
    """Publish a vacancy."""
    return _change_status(vacancy_id, vacancies.publish_by, _("Stillingen er offentliggjort."))


@bp.post("/stillinger/<int:vacancy_id>/luk")
def close_vacancy(vacancy_id: int):
    """Close a vacancy."""
    return _change_status(vacancy_id, vacancies.close_by, _("Stillingen er lukket."))


def _change_status(vacancy_id: int, action, success: str):
    vacancy = _own_vacancy(vacancy_id)
    if not BaseForm.from_request().validate():
        flash(_("Formularen er udløbet. Prøv igen."), "error")
    else:
        session = get_session()
        try:
            action(session, current_user, vacancy)
        except ServiceError as error:
            flash(error.message, "error")
        else:
            session.commit()
            flash(success, "success")
    return redirect(url_for("employer.vacancy_view", vacancy_id=vacancy.id))
