"""Landing page, public vacancy list and vacancy page."""

from flask import render_template, request, url_for
from flask_login import current_user

from models import Role

from ..db import get_session
from ..paging import requested_page
from ..services import interest, jsonld, pagination, roles, sector_guides, vacancies
from ..urls import absolute_url
from ..widgets import chosen, search_text
from . import bp
from .forms import VacancySearchForm


@bp.get("/")
def index():
    """Explain the service and show the newest vacancies."""
    session = get_session()
    newest = pagination.paginate(session, vacancies.public_search(vacancies.VacancyFilters()), 1, 3)
    offers = pagination.paginate(session, vacancies.public_search(vacancies.VacancyFilters(kind="offer")), 1, 1)
    return render_template(
        "public/index.html",
        newest=newest.items,
        total=newest.total,
        offers=offers.total,
        guides=sector_guides.guides(),
    )


FILTER_ARGS = ("q", "sektor", "region", "niveau", "type")  # the list's query arguments, shared with the feed


def filter_args() -> dict[str, str]:
    """The request's non-empty filter arguments, for links that keep the search."""
    return {name: request.args[name] for name in FILTER_ARGS if request.args.get(name)}


def search_filters(form: VacancySearchForm) -> vacancies.VacancyFilters:
    """The list's filters from its query arguments; unknown values are dropped (an old link still works)."""
    kind = vacancies.KIND_ARGS.get(form.kind.data or "")
    return vacancies.VacancyFilters(
        text=search_text(form.q.data),
        sector=chosen(form.sector),
        region=chosen(form.region),
        level=chosen(form.level),
        kind=kind,
    )


@bp.get("/stillinger")
def vacancy_list():
    """Published vacancies with free-text search, filters and pagination."""
    form = VacancySearchForm(request.args)
    filters = search_filters(form)
    page = requested_page(get_session(), vacancies.public_search(filters))
    feed_url = url_for("public.vacancy_feed", **filter_args())
    return render_template("public/vacancy_list.html", form=form, page=page, filters=filters, feed_url=feed_url)


@bp.get("/stillinger/<int:vacancy_id>")
def vacancy_detail(vacancy_id: int):
    """One published vacancy."""
    session = get_session()
    vacancy = vacancies.get_published(session, vacancy_id)
    url = absolute_url("public.vacancy_detail", vacancy_id=vacancy.id)
    leader = current_user.is_authenticated and current_user.role == Role.LEADER
    return render_template(
        "public/vacancy_detail.html",
        vacancy=vacancy,
        interest_state=interest.state(session, current_user, vacancy) if leader else None,
        structured_data=jsonld.job_posting(vacancy, url),
        roles=roles.of_vacancy(vacancy),
        barrier_hint=_barrier_hint(vacancy.sector),
    )


def _barrier_hint(vacancy_sector: str) -> sector_guides.Hint | str | None:
    """What differs in the move for a logged-in leader from another sector (see sector_guides.hint_for_viewer)."""
    if not current_user.is_authenticated:
        return None
    profile = current_user.profile if current_user.role == "leader" else None
    return sector_guides.hint_for_viewer(current_user.role, profile.sector if profile else None, vacancy_sector)
