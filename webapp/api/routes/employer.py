"""An employer's own vacancies (create, update, publish, close) and each vacancy's ranked candidates.

The rules are the web pages': only the organisation's employers see its vacancies (another organisation's
vacancy is a 403, as on the web); only approved employers publish; candidates come from the same review
service as the candidate page, so hidden and discreet leaders are left out and nobody is identified before
they accept contact.
"""

from __future__ import annotations

from flask import current_app, g

from models import Vacancy, VacancyStatus

from ...db import get_session
from ...services import candidates, contracts, pagination, ranking, vacancies
from ...urls import absolute_url
from .. import present
from ..registry import merge, operation, page_meta
from ..schemas import EmployerVacancyOut, EmployerVacancyPage, EmployerVacancyQuery, VacancyContent, VacancyIn
from ..schemas_matching import CandidatePage, CandidateSearch

EMPLOYER = ("employer",)


def _own(vacancy_id: int, review: bool = False):
    return vacancies.get_for_employer(get_session(), g.api_user, vacancy_id, review=review)


@operation(
    "GET",
    "/employer/vacancies",
    tag="employer",
    roles=EMPLOYER,
    query=EmployerVacancyQuery,
    response=EmployerVacancyPage,
)
def list_own_vacancies(query: EmployerVacancyQuery):
    """List the organisation's vacancies in every status, newest first."""
    stmt = vacancies.for_employer(g.api_user)  # NoOrganisation (403) for an account without one
    if query.status:
        stmt = stmt.where(Vacancy.status == query.status)
    page = pagination.paginate(get_session(), stmt, query.page, query.per_page)
    return EmployerVacancyPage(items=[present.employer_vacancy(v) for v in page.items], **page_meta(page))


@operation(
    "POST",
    "/employer/vacancies",
    tag="employer",
    roles=EMPLOYER,
    body=VacancyIn,
    response=EmployerVacancyOut,
    status=201,
    errors=(409,),
)
def create_vacancy(body: VacancyIn):
    """Create a vacancy as a draft in the organisation.

    Publish it with POST /employer/vacancies/{vacancy_id}/publish. The response's Location header is its address.
    A deadline before today is a 409 whose `errors` name `/deadline` (whether a day has passed depends on the
    day, so the document cannot state it as a rule of the body).
    """
    vacancy = vacancies.create(get_session(), g.api_user, contracts.vacancy_columns(body))
    location = absolute_url("api.get_own_vacancy", vacancy_id=vacancy.id)
    return present.employer_vacancy(vacancy), {"Location": location}


@operation("GET", "/employer/vacancies/<int:vacancy_id>", tag="employer", roles=EMPLOYER, response=EmployerVacancyOut)
def get_own_vacancy(vacancy_id: int):
    """Get one of the organisation's vacancies, in any status."""
    return present.employer_vacancy(_own(vacancy_id))


@operation(
    "PATCH",
    "/employer/vacancies/<int:vacancy_id>",
    tag="employer",
    roles=EMPLOYER,
    body=VacancyIn,
    partial=True,
    response=EmployerVacancyOut,
    errors=(409,),
)
def update_vacancy(vacancy_id: int, body: dict):
    """Change some of a vacancy's fields; its status stays.

    Send only the fields to change (`deadline: null` removes the deadline). The result must satisfy the same
    rules as a new vacancy, so a deadline before today is a 409 naming `/deadline`, also when a draft's saved
    deadline has passed and the request does not change it (send a new one). A published or closed vacancy
    may keep a deadline that has passed; close a published vacancy rather than move its deadline back.

    The offer's terms are checked against the result too: turning a post into an offer needs `duration_months`
    in the same request, and turning an offer into a post needs its terms set to null (and
    `home_employer_pays` to false); otherwise a 409 names the field.
    """
    vacancy = _own(vacancy_id)
    changed = merge(VacancyContent, contracts.vacancy_values(vacancy), body)
    vacancies.update(get_session(), vacancy, contracts.vacancy_columns(changed))
    return present.employer_vacancy(vacancy)


@operation(
    "POST",
    "/employer/vacancies/<int:vacancy_id>/publish",
    tag="employer",
    roles=EMPLOYER,
    response=EmployerVacancyOut,
    errors=(409,),
)
def publish_vacancy(vacancy_id: int):
    """Publish a vacancy, so leaders can find it.

    Only employers an admin has approved may publish (403 otherwise, also for a vacancy already published); a
    vacancy whose deadline has passed is a 409 until the deadline is moved. Publishing a published vacancy
    changes nothing.
    """
    vacancy = _own(vacancy_id)
    vacancies.publish_by(get_session(), g.api_user, vacancy)
    return present.employer_vacancy(vacancy)


@operation(
    "POST", "/employer/vacancies/<int:vacancy_id>/close", tag="employer", roles=EMPLOYER, response=EmployerVacancyOut
)
def close_vacancy(vacancy_id: int):
    """Close a vacancy: it leaves the public list. Closing a closed vacancy changes nothing."""
    vacancy = _own(vacancy_id)
    if vacancy.status != VacancyStatus.CLOSED:
        vacancies.close_by(get_session(), g.api_user, vacancy)
    return present.employer_vacancy(vacancy)


@operation(
    "GET",
    "/employer/vacancies/<int:vacancy_id>/candidates",
    tag="employer",
    roles=EMPLOYER,
    query=CandidateSearch,
    response=CandidatePage,
    errors=(503,),
)
def list_candidates(vacancy_id: int, query: CandidateSearch):
    """List the vacancy's candidates, best first, each with its score components and explanation.

    Exactly what the candidate page shows: leaders who are hidden, or discreet towards this organisation,
    never appear; a candidate's name, e-mail, organisation, title and former employers, and every text they
    wrote (competence lines, summary, education, the phrases matches quote), stay null until they accept a
    contact request about this vacancy. Until then `concepts`, `functions` and `professions` say what the
    matcher recognised in the profile, in the taxonomy's words. The best 200 candidates are ranked. A 503 means
    the ranking index is not built yet (try again after `Retry-After` seconds).
    """
    vacancy = _own(vacancy_id, review=True)
    filters = candidates.ReviewFilters.clean(
        sector=query.sector,
        region=query.region,
        level=query.level,
        seeking=query.seeking,
        other_sectors_only=query.other_sectors_only,
        shortlisted_only=query.shortlisted_only,
        include_unqualified=query.include_unqualified,
    )
    directory = ranking.directory_for(current_app.instance_path)
    found = candidates.review(get_session(), directory, vacancy, filters, query.page, query.per_page)
    return CandidatePage(
        items=[present.candidate(card) for card in found.page.items], pool_full=found.pool_full, **page_meta(found.page)
    )
