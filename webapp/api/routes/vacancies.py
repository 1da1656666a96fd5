"""Published vacancies (anyone; a token is optional) and the caller's own account."""

from __future__ import annotations

from flask import g

from ...db import get_session
from ...services import pagination, profiles, vacancies
from .. import present
from ..registry import operation, page_meta
from ..schemas import VacancyOut, VacancyPage, VacancySearch
from ..schemas_matching import Me


@operation("GET", "/vacancies", tag="vacancies", query=VacancySearch, response=VacancyPage)
def list_vacancies(query: VacancySearch):
    """List published vacancies, newest first.

    The same search as the public list at /stillinger: free text (every word must occur), sector, region,
    level and kind (ordinary posts, or rotation, secondment and job-shadowing offers). Vacancies whose deadline
    has passed are left out.
    """
    filters = vacancies.VacancyFilters(
        text=query.q, sector=query.sector, region=query.region, level=query.level, kind=query.kind
    )
    page = pagination.paginate(get_session(), vacancies.public_search(filters), query.page, query.per_page)
    return VacancyPage(items=[present.vacancy(v) for v in page.items], **page_meta(page))


@operation("GET", "/vacancies/<int:vacancy_id>", tag="vacancies", response=VacancyOut)
def get_vacancy(vacancy_id: int):
    """Get one published vacancy.

    Drafts and closed vacancies are not found here (employers read their own under /employer/vacancies).
    """
    return present.vacancy(vacancies.get_published(get_session(), vacancy_id))


@operation("GET", "/me", tag="account", roles=("leader", "employer", "admin"), response=Me)
def get_me():
    """Get the account the token belongs to."""
    user, token = g.api_user, g.api_token
    return Me(
        id=user.id,
        email=user.email,
        role=user.role,
        organisation=user.organisation.name if user.organisation else None,
        has_profile=profiles.get_for_user(get_session(), user) is not None,
        token_name=token.name,
        token_scope=token.scope,
        token_expires_at=token.expires_at,
    )
