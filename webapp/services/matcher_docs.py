"""What the matcher reads from the database: profile and vacancy documents, and the sets they come from."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from matcher import privacy
from matcher.documents import ExperienceDoc, ProfileDoc, VacancyDoc
from matcher.privacy import Families, family_map
from models import IndexChange, Organisation, Profile, Vacancy, VacancyStatus, Visibility


def organisation_families(session: Session) -> dict[int, tuple[int, ...]]:
    """Every organisation's family (``matcher.privacy.family_map``), read in one query."""
    return family_map({org: parent for org, parent in session.execute(select(Organisation.id, Organisation.parent_id))})


def organisation_family(session: Session, organisation_id: int) -> dict[int, tuple[int, ...]]:
    """``organisation_families`` for the members of one organisation's family only, read with two small
    queries: enough to ask whether a leader is hidden from that one organisation.

    Being in each other's family is symmetric (the same organisation, parent and child, or two children of one
    parent), so a discreet leader whose organisation is in this family is hidden from ``organisation_id``, and
    every other leader is not; ``hidden_from`` with the result answers exactly as with all families.
    """
    parent_id = session.scalar(select(Organisation.parent_id).where(Organisation.id == organisation_id))
    around = [organisation_id] if parent_id is None else [organisation_id, parent_id]
    members = set(around) | set(session.scalars(select(Organisation.id).where(Organisation.parent_id.in_(around))))
    return {member: (organisation_id,) for member in members}


def hidden_from(profile: Profile, families: Families | None = None) -> tuple[int, ...]:
    """Organisations a profile is hidden from (``matcher.privacy.hidden_from``): a discreet leader's family."""
    return privacy.hidden_from(profile.visibility, profile.organisation_id, families or {})


def visible_to(profile: Profile, organisation_id: int | None, families: Families | None = None) -> bool:
    """May people of ``organisation_id`` see this leader (``matcher.privacy.may_see``)? ``families`` from
    ``organisation_families``, or ``organisation_family(session, organisation_id)`` for one viewer."""
    return privacy.may_see(profile.visibility, profile.organisation_id, organisation_id, families or {})


def seen_at_all():
    """The SQL form of ``privacy.seen_at_all``: a condition on ``Profile``."""
    return Profile.visibility.in_([v for v in Visibility if privacy.seen_at_all(v)])


def profile_doc(profile: Profile, families: dict[int, tuple[int, ...]] | None = None) -> ProfileDoc:
    """What the matcher needs from a profile (``families`` from ``organisation_families``)."""
    return ProfileDoc(
        key=profile.id,
        sector=profile.sector,
        level=profile.level,
        municipality_code=profile.municipality_code,
        max_commute_km=profile.max_commute_km,
        open_to_sectors=tuple(profile.open_to_sectors),
        seeking=profile.seeking,
        competences=tuple(profile.competences),
        title=profile.title,
        summary=profile.summary,
        experience=tuple(
            ExperienceDoc(e.sector, e.title, e.organisation, e.description, e.level) for e in profile.experiences
        ),
        education=profile.education,
        organisation=profile.organisation.name if profile.organisation else "",
        external_id=profile.external_id,
        hidden_from=hidden_from(profile, families),
    )


def vacancy_doc(vacancy: Vacancy) -> VacancyDoc:
    """What the matcher needs from a vacancy."""
    return VacancyDoc(
        key=vacancy.id,
        sector=vacancy.organisation.sector,
        level=vacancy.level,
        municipality_code=vacancy.municipality_code,
        title=vacancy.title,
        competences=tuple(vacancy.competences),
        nice_to_have=tuple(vacancy.nice_to_have),
        description=vacancy.description,
        organisation=vacancy.organisation.name,
        organisation_id=vacancy.organisation_id,
        external_id=vacancy.external_id,
    )


def rankable(session: Session, ids: list[int] | None = None, texts: bool = True) -> list[Profile]:
    """Profiles that may be ranked (``privacy.seen_at_all``: all but hidden ones); with ``texts``, also what the
    documents need (experiences, organisation), else only the profile rows (a pool of 200 ranked ids to filter
    and page)."""
    stmt = select(Profile).where(seen_at_all())
    if texts:
        stmt = stmt.options(selectinload(Profile.experiences), joinedload(Profile.organisation))
    if ids is not None:
        stmt = stmt.where(Profile.id.in_(ids))
    return list(session.scalars(stmt.order_by(Profile.id)).unique())


def published(session: Session) -> list[Vacancy]:
    """Published vacancies with their organisations, by id."""
    stmt = (
        select(Vacancy)
        .options(joinedload(Vacancy.organisation))
        .where(Vacancy.status == VacancyStatus.PUBLISHED)
        .order_by(Vacancy.id)
    )
    return list(session.scalars(stmt))


def last_change(session: Session) -> int:
    """The newest change-log mark (0 when the log is empty)."""
    return session.scalar(select(func.max(IndexChange.seq))) or 0
