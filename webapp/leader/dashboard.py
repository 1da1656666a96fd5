"""The leader's overview (the landing page) and "express interest" from the public vacancy page."""

from urllib.parse import urlsplit

from flask import current_app, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from models import ContactStatus

from ..actions import DoubleClick, form_action
from ..db import get_session
from ..error_messages import message_for
from ..forms import BaseForm
from ..labels import KIND_FILTER_LABELS
from ..own_profile import page_without, with_own_profile
from ..services import alerts, contacts, interest, ranking, vacancies, where_else
from . import bp

RECOMMENDED = 10


@bp.get("/anbefalinger")  # the old address of the recommendations
@bp.get("/")
@with_own_profile(page_without("leader/dashboard.html"))
def dashboard(found):
    """Recommended vacancies, each explained; pending contact requests, interests and saved searches."""
    session = get_session()
    directory = ranking.directory_for(current_app.instance_path)
    interests = interest.for_profile(session, found)
    kind_arg = request.args.get("type", "")  # "Type": posts, or rotation, secondment and job-shadowing offers
    kind_arg = kind_arg if kind_arg in vacancies.KIND_ARGS else ""
    try:
        recommended = ranking.recommend_vacancies(
            session, directory, found, limit=RECOMMENDED, kind=vacancies.KIND_ARGS.get(kind_arg)
        )
        not_ready = None
    except ranking.IndexUnavailable as error:
        recommended, not_ready = [], message_for(error)  # the dashboard without recommendations, saying why
    elsewhere, elsewhere_note = [], None  # "Hvor passer du også", or why it shows nothing
    if not_ready is None:
        try:
            elsewhere = where_else.where_else(session, directory, found)
        except ranking.IndexUnavailable as error:
            not_ready = message_for(error)
        except where_else.ProfileHidden as error:
            elsewhere_note = message_for(error)
    return render_template(
        "leader/dashboard.html",
        profile=found,
        recommended=recommended,
        not_ready=not_ready,
        elsewhere=elsewhere,
        elsewhere_note=elsewhere_note,
        pending=sum(1 for item in contacts.inbox(session, found) if item.status == ContactStatus.PENDING),
        interests=interests,
        interested={item.vacancy_id for item in interests},
        searches=alerts.for_user(session, current_user),
        action_form=BaseForm(),
        kind_arg=kind_arg,
        kind_choices=KIND_FILTER_LABELS,
    )


@bp.post("/stillinger/<int:vacancy_id>/interesse")
def express_interest(vacancy_id: int):
    """Tell the vacancy's employer that the leader is interested (idempotent)."""
    saved = DoubleClick(_back(vacancy_id), lambda session: interest.expressed(session, current_user, vacancy_id))
    said = _("Arbejdsgiveren kan nu se, at du er interesseret.")
    return _change_interest(vacancy_id, interest.express, said, double_click=saved)


@bp.post("/stillinger/<int:vacancy_id>/interesse/fjern")
def withdraw_interest(vacancy_id: int):
    """Take back the leader's interest."""
    return _change_interest(vacancy_id, interest.withdraw, _("Din interesse er trukket tilbage."))


def _change_interest(vacancy_id: int, action, success: str, double_click: DoubleClick | None = None):
    """Run the interest ``action`` and go back; only expressing saves a row a double click could save twice (the
    withdrawal deletes, so its integrity errors are faults, not a lost race)."""
    return form_action(
        lambda session: action(session, current_user, vacancy_id), success, _back(vacancy_id), double_click=double_click
    )


def _back(vacancy_id: int) -> str:
    """Where the form came from (a path on this site), else the vacancy page."""
    target = request.form.get("next", "")
    parts = urlsplit(target)
    if target.startswith("/") and not target.startswith("//") and not parts.scheme and not parts.netloc:
        return target
    return url_for("public.vacancy_detail", vacancy_id=vacancy_id)
