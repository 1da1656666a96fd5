"""What has happened around each of an employer's vacancies, counted for a whole page of them at once.

"Vores stillinger" shows per vacancy: how many candidates rank for it, how many leaders said they are
interested, how many are on the shortlist, how many were asked for contact and how many of those accepted.
The counts never show more than the candidate page can: a leader counts only while the employer may see
them at all (``visibility.can_see``: not hidden, not discreet towards this organisation's family) and while
they are open to the vacancy's sector, which is when the candidate page lists them. Otherwise a leader who
turned hidden after saying they were interested would still show as "1 interested" with no card to match.

The work does not grow in queries with the number of vacancies: one query reads the organisation tree, one
counts every kind of event for every vacancy on the page, and the candidates come from the ranking index
(array operations, no query per vacancy).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import and_, exists, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from matcher import privacy
from models import (
    CandidateDecision,
    ContactRequest,
    ContactStatus,
    Decision,
    Interest,
    Organisation,
    Profile,
    Vacancy,
    Visibility,
)

from . import ranking
from .vacancies import json_list_values


@dataclass(frozen=True)
class VacancyCounts:
    """One vacancy's numbers; ``candidates`` is None while the ranking index is not available."""

    candidates: int | None = None
    interested: int = 0
    shortlisted: int = 0
    contacted: int = 0  # contact requests sent, in any state
    accepted: int = 0  # of those, accepted by the leader


@dataclass(frozen=True)
class PageCounts:
    """The counts of a page of vacancies, by vacancy id."""

    by_vacancy: dict[int, VacancyCounts]
    candidates_ready: bool = True  # False: no ranking index yet, so no candidate counts

    def __getitem__(self, vacancy_id: int) -> VacancyCounts:
        return self.by_vacancy.get(vacancy_id, VacancyCounts())


def seen_by(session: Session, organisation: Organisation):
    """A condition on ``Profile``: the leader appears among this organisation's vacancies' candidates.

    The SQL form of ``matcher.privacy.may_see`` for each visibility (families from
    ``ranking.organisation_families``, read in one query) and of the ranking's "open to the vacancy's sector".
    """
    families = ranking.organisation_families(session)
    sector = json_list_values(Profile.open_to_sectors).table_valued("value").alias("open_sector")
    seen = [
        and_(
            Profile.visibility == visibility,
            or_(
                Profile.organisation_id.is_(None),
                Profile.organisation_id.not_in(privacy.hiding_from(visibility, organisation.id, families, families)),
            ),
        )
        for visibility in Visibility
        if privacy.seen_at_all(visibility)
    ]
    return and_(
        or_(*seen),
        exists(select(sector.c.value).where(sector.c.value == organisation.sector)),
    )


def _events(vacancy_ids: list[int]):
    """Every (vacancy, profile, kind) that one of the counts counts, as one subquery."""
    interested = select(Interest.vacancy_id, Interest.profile_id, literal("interested").label("kind")).where(
        Interest.vacancy_id.in_(vacancy_ids)
    )
    shortlisted = select(CandidateDecision.vacancy_id, CandidateDecision.profile_id, literal("shortlisted")).where(
        CandidateDecision.vacancy_id.in_(vacancy_ids), CandidateDecision.decision == Decision.SHORTLISTED
    )
    contacted = select(ContactRequest.vacancy_id, ContactRequest.profile_id, literal("contacted")).where(
        ContactRequest.vacancy_id.in_(vacancy_ids)
    )
    accepted = select(ContactRequest.vacancy_id, ContactRequest.profile_id, literal("accepted")).where(
        ContactRequest.vacancy_id.in_(vacancy_ids), ContactRequest.status == ContactStatus.ACCEPTED
    )
    return union_all(interested, shortlisted, contacted, accepted).subquery("event")


def _candidates(session: Session, directory: Path, vacancies: Sequence[Vacancy]) -> dict[int, int]:
    """How many candidates rank for each vacancy (what its candidate page lists, before any filter)."""
    index = ranking.current_index(session, directory)
    return {vacancy.id: index.count(ranking.vacancy_doc(vacancy)) for vacancy in vacancies}


def for_vacancies(
    session: Session, directory: Path, organisation: Organisation, vacancies: Sequence[Vacancy]
) -> PageCounts:
    """The counts for a page of one organisation's vacancies, in a fixed number of queries."""
    if any(vacancy.organisation_id != organisation.id for vacancy in vacancies):
        raise ValueError("every vacancy must belong to the organisation")
    if not vacancies:
        return PageCounts({})
    ids = [vacancy.id for vacancy in vacancies]
    event = _events(ids)
    stmt = (
        select(event.c.vacancy_id, event.c.kind, func.count())
        .join(Profile, Profile.id == event.c.profile_id)
        .where(seen_by(session, organisation))
        .group_by(event.c.vacancy_id, event.c.kind)
    )
    numbers: dict[int, dict[str, int]] = {vacancy_id: {} for vacancy_id in ids}
    for vacancy_id, kind, count in session.execute(stmt):
        numbers[vacancy_id][kind] = count
    try:
        candidates, ready = _candidates(session, directory, vacancies), True
    except ranking.IndexUnavailable:
        candidates, ready = {}, False
    by_vacancy = {
        vacancy_id: VacancyCounts(candidates=candidates.get(vacancy_id), **kinds)
        for vacancy_id, kinds in numbers.items()
    }
    return PageCounts(by_vacancy, ready)
