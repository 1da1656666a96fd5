"""Employer views: list, write, publish and close the organisation's vacancies (with the text check)."""

from collections.abc import Callable

from flask import current_app, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from sqlalchemy.orm import Session

from models import Vacancy, utcnow

from ..actions import form_action, form_submit
from ..db import get_session
from ..error_messages import field_for
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
    vacancies.require_organisation(current_user)  # none: NoOrganisation, the app's 403 page (errors.service_error)
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
    """Save a valid form's vacancy with ``save(session, columns)`` (create or update) and go to it, pointing to
    the text check's advice if there is any; otherwise (a GET, »Tjek teksten«, the form's own errors, a refusal
    at one of its fields) the form page again.

    A refusal about no field of the form is no message for this page but the app's error page: ``form_submit``'s
    ``refused`` hook raises it again (``_unless_at_field``) where ``form_submit`` would flash it.
    """
    answer = None
    if "tjek" not in request.form:  # »Tjek teksten« draws the advice and saves nothing
        answer = form_submit(
            form,
            lambda session: save(session, contracts.vacancy_columns(form.contract)),
            message,
            lambda saved: url_for("employer.vacancy_view", vacancy_id=saved.id),
            refused=lambda error: _unless_at_field(form, error),
            warning=_advice_count,
            warning_category="info",
        )
    return answer if answer is not None else _form_page(form, vacancy)


def _unless_at_field(form: VacancyForm, error: ServiceError) -> None:
    """A rule about one field the form could not check (the day changed) stands at that field; any other refusal
    (no organisation, say) goes on to the app's error page (``errors.service_error``)."""
    if field_for(form, error) is None:
        raise error


def _form_page(form: VacancyForm, vacancy):
    """The vacancy form with advice on the text as it stands in the form (saved or just submitted)."""
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


def _advice_count(vacancy: Vacancy) -> str | None:
    """After the save: how many phrases of the text the text check advises on, if any."""
    count = len(vacancy_check.check_vacancy(vacancy))
    if not count:
        return None
    return ngettext(
        "Teksten har %(num)d formulering, der kan holde ledere fra andre sektorer ude. Se forslaget.",
        "Teksten har %(num)d formuleringer, der kan holde ledere fra andre sektorer ude. Se forslagene.",
        count,
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
