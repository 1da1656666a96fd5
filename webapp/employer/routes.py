"""Employer views: list, write, publish and close the organisation's vacancies (with the text check)."""

from collections.abc import Callable

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from sqlalchemy.orm import Session

from models import Vacancy, utcnow

from ..actions import form_action
from ..db import get_session
from ..error_messages import show_at_field
from ..forms import BaseForm
from ..paging import requested_page
from ..services import contracts, ranking, roles, vacancies, vacancy_check, vacancy_counts
from ..services.errors import ServiceError
from . import bp
from .forms import VacancyForm


def own_vacancy(vacancy_id: int, review: bool = False):
    """The vacancy if it is the current employer's organisation's (404 / 403 otherwise: errors.service_error)."""
    return vacancies.get_for_employer(get_session(), current_user, vacancy_id, review=review)


@bp.get("/stillinger")
def vacancy_list():
    """The organisation's vacancies in every status, each with its candidates, interest and contacts counted."""
    if current_user.organisation_id is None:
        return render_template("employer/no_organisation.html")
    session = get_session()
    page = requested_page(session, vacancies.for_employer(current_user))
    counts = None  # until an administrator approves the account, it sees no candidates, so no counts either
    if current_user.is_approved_employer:
        directory = ranking.directory_for(current_app.instance_path)
        counts = vacancy_counts.for_vacancies(session, directory, current_user.organisation, page.items)
    return render_template("employer/vacancy_list.html", page=page, counts=counts)


@bp.route("/stillinger/ny", methods=["GET", "POST"])
def new_vacancy():
    """Write a new vacancy; it starts as a draft. »Tjek teksten« shows the text check without saving."""
    if current_user.organisation_id is None:
        abort(403)
    return _save(
        VacancyForm.from_request(),
        None,
        lambda session, columns: vacancies.create(session, current_user, columns),
        _("Stillingen er gemt som kladde."),
    )


@bp.get("/stillinger/<int:vacancy_id>")
def vacancy_view(vacancy_id: int):
    """One of the organisation's vacancies, with its actions and the text check's advice."""
    vacancy = own_vacancy(vacancy_id)
    return render_template(
        "employer/vacancy_view.html",
        vacancy=vacancy,
        action_form=BaseForm(),
        advice=vacancy_check.check_vacancy(vacancy),
        roles=roles.of_vacancy(vacancy),
        publish_block=vacancies.publish_block(current_user, vacancy),
    )


@bp.route("/stillinger/<int:vacancy_id>/rediger", methods=["GET", "POST"])
def edit_vacancy(vacancy_id: int):
    """Edit a vacancy in any status; the text check advises but never stops the save."""
    vacancy = own_vacancy(vacancy_id)
    return _save(
        VacancyForm.from_request(vacancy=vacancy),
        vacancy,
        lambda session, columns: vacancies.update(session, vacancy, columns),
        _("Stillingen er gemt."),
    )


def _save(form: VacancyForm, vacancy: Vacancy | None, save: Callable[[Session, dict], Vacancy], message: str):
    """Save a valid form's vacancy with ``save(session, columns)`` (create or update) and go to it; otherwise (a
    GET, »Tjek teksten«, the form's own errors, a refusal) the form page again.

    Not ``form_submit``: a refusal about no field of the form is no message for this page but the app's error page
    (``_form_page`` raises it again), where ``form_submit`` would flash it.
    """
    if request.method == "POST" and "tjek" not in request.form and form.validate():
        session = get_session()
        try:
            saved = save(session, contracts.vacancy_columns(form.contract))
        except ServiceError as error:  # a rule about one field the form could not check (the day changed)
            session.rollback()  # nothing is kept
            return _form_page(form, vacancy, error)
        _flash_saved(message, saved)
        return redirect(url_for("employer.vacancy_view", vacancy_id=saved.id))
    return _form_page(form, vacancy)


def _form_page(form: VacancyForm, vacancy, error: ServiceError | None = None):
    """The vacancy form with advice on the text as it stands in the form (saved or just submitted); a service
    error about one field is shown at that field, like the form's own errors."""
    if error is not None:
        if not show_at_field(form, error):
            raise error
    checked = request.method == "POST" or vacancy is not None
    advice = vacancy_check.check_fields(form.vacancy_fields()) if checked else []
    return render_template(
        "employer/vacancy_form.html",
        form=form,
        vacancy=vacancy,
        advice=advice,
        checked=checked,
        today=utcnow().date(),
        deadline_passed=request.method == "GET" and vacancies.deadline_problem(form.deadline.data, vacancy) is not None,
    )


def _flash_saved(message: str, vacancy) -> None:
    """Say the vacancy is saved, and point to the text check's advice if there is any."""
    flash(message, "success")
    count = len(vacancy_check.check_vacancy(vacancy))
    if count:
        flash(
            ngettext(
                "Teksten har %(num)d formulering, der kan holde ledere fra andre sektorer ude. Se forslaget.",
                "Teksten har %(num)d formuleringer, der kan holde ledere fra andre sektorer ude. Se forslagene.",
                count,
            ),
            "info",
        )


@bp.post("/stillinger/<int:vacancy_id>/offentliggoer")
def publish_vacancy(vacancy_id: int):
    """Publish a vacancy."""
    return _change_status(vacancy_id, vacancies.publish_by, _("Stillingen er offentliggjort."))


@bp.post("/stillinger/<int:vacancy_id>/luk")
def close_vacancy(vacancy_id: int):
    """Close a vacancy."""
    return _change_status(vacancy_id, vacancies.close_by, _("Stillingen er lukket."))


def _change_status(vacancy_id: int, action, success: str):
    vacancy = own_vacancy(vacancy_id)
    back = url_for("employer.vacancy_view", vacancy_id=vacancy.id)
    return form_action(lambda session: action(session, current_user, vacancy), success, back)
