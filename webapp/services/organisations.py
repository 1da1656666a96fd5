"""Organisations: creation, look-up by name, and the admin listing."""

from __future__ import annotations

from flask_babel import gettext as _
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Organisation, Profile, User, Vacancy

from .errors import Conflict, NotFound
from .text import without_controls


def find_by_name(session: Session, name: str) -> Organisation | None:
    """The organisation with this name, compared case-insensitively."""
    return session.scalar(select(Organisation).where(func.lower(Organisation.name) == name.strip().lower()))


def get(session: Session, organisation_id: int) -> Organisation:
    """The organisation with this id, or NotFound."""
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound(_("Organisationen findes ikke."))
    return organisation


def create(
    session: Session,
    name: str,
    sector: str,
    municipality_code: int | None = None,
    parent_id: int | None = None,
) -> Organisation:
    """Create an organisation; names are unique."""
    name = " ".join(name.split())
    if find_by_name(session, name) is not None:
        raise Conflict(_("Organisationen %(name)s findes allerede.", name=name), field="organisation_name")
    if parent_id is not None:
        get(session, parent_id)
    organisation = Organisation(name=name, sector=sector, municipality_code=municipality_code, parent_id=parent_id)
    session.add(organisation)
    session.flush()
    return organisation


def get_or_create(session: Session, name: str, sector: str, municipality_code: int | None = None) -> Organisation:
    """The named organisation, created in ``sector`` when it does not exist yet."""
    return find_by_name(session, name) or create(session, name, sector, municipality_code)


def choices(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every organisation, by name, for select boxes."""
    rows = session.execute(select(Organisation.id, Organisation.name).order_by(Organisation.name))
    return [(row.id, row.name) for row in rows]


def listing(session: Session, query: str = "", sector: str | None = None):
    """A select() of (organisation, employers, profiles, vacancies) rows for the admin list."""
    employers = select(func.count(User.id)).where(User.organisation_id == Organisation.id).scalar_subquery()
    profiles = select(func.count(Profile.id)).where(Profile.organisation_id == Organisation.id).scalar_subquery()
    vacancies = select(func.count(Vacancy.id)).where(Vacancy.organisation_id == Organisation.id).scalar_subquery()
    stmt = select(
        Organisation,
        employers.label("employers"),
        profiles.label("profiles"),
        vacancies.label("vacancies"),
    ).order_by(Organisation.name)
    query = without_controls(query)
    if query.strip():
        stmt = stmt.where(func.lower(Organisation.name).like(f"%{query.strip().lower()}%"))
    if sector:
        stmt = stmt.where(Organisation.sector == sector)
    return stmt
