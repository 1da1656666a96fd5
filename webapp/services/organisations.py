"""Organisations: creation, look-up by name, placement in the hierarchy, and the admin listing.

A discreet leader is hidden from their organisation's family (``ranking.organisation_families``), so the
family must be one an admin has checked. Organisations that leaders type or employers register are created
*unplaced*: they are not offered in public lists, an employer at one cannot be approved, and the leader is
warned, until an admin places them (chooses a parent, or confirms there is none).
"""

from __future__ import annotations

import difflib

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, aliased

from models import Organisation, Profile, User, Vacancy, Visibility

from . import audit, ranking
from .errors import NotListed, OrganisationNameTaken, OrganisationNotFound, ParentNotAChoice
from .text import without_controls

SUGGESTION_RATIO = 0.85  # difflib ratio from which a typed name is taken for a slip of a known one


def normalise(name: str) -> str:
    """Whitespace collapsed to single spaces; names are stored and compared this way."""
    return " ".join(name.split())


def _key(name: str) -> str:
    return normalise(name).lower()


def find_by_name(session: Session, name: str) -> Organisation | None:
    """The organisation with this name, compared case-insensitively with whitespace normalised.

    (The engine gives SQLite a lower() that folds Æ, Ø and Å too, as PostgreSQL's does.)
    """
    return session.scalar(select(Organisation).where(func.lower(Organisation.name) == normalise(name).lower()))


def get(session: Session, organisation_id: int) -> Organisation:
    """The organisation with this id, or NotFound."""
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise OrganisationNotFound()
    return organisation


def create(
    session: Session,
    name: str,
    sector: str,
    municipality_code: int | None = None,
    parent_id: int | None = None,
    placed: bool = True,
) -> Organisation:
    """Create an organisation; names are unique. Unplaced ones wait for an admin (see ``place``)."""
    name = normalise(name)
    if find_by_name(session, name) is not None:
        raise OrganisationNameTaken(name=name)
    if parent_id is not None:
        get(session, parent_id)
    organisation = Organisation(
        name=name, sector=sector, municipality_code=municipality_code, parent_id=parent_id, placed=placed
    )
    session.add(organisation)
    session.flush()
    return organisation


def register_new(
    session: Session, name: str, sector: str, municipality_code: int | None, parent_id: int | None = None
) -> Organisation:
    """An employer's "new organisation": created unplaced, with ``parent_id`` only as a proposal to the admin.

    A name that is already waiting for placement (typed by a leader, or registered by a colleague) is joined
    rather than refused: it is the same organisation, and it was never listed for the employer to choose.
    """
    found = find_by_name(session, name)
    if found is not None and not found.placed:
        return found
    return create(session, name, sector, municipality_code, parent_id, placed=False)


def closest_placed(session: Session, name: str) -> str | None:
    """The placed organisation whose name is closest to ``name``, if it is close enough to be a slip."""
    names = {_key(found): found for found in session.scalars(select(Organisation.name).where(Organisation.placed))}
    match = difflib.get_close_matches(_key(name), names, n=1, cutoff=SUGGESTION_RATIO)
    return names[match[0]] if match else None


def for_leader(
    session: Session, name: str, sector: str, municipality_code: int | None, new: bool
) -> Organisation | None:
    """The organisation a leader names: an exact match (any case or spacing), or with ``new`` a new unplaced one.

    Without ``new`` any other name is refused with NotListed, suggesting the closest placed name, so a slip
    of the keyboard cannot leave a discreet leader in a new organisation with no family.
    """
    name = normalise(name)
    if not name:
        return None
    found = find_by_name(session, name)
    if found is not None:
        return found
    if not new:
        raise NotListed(name=name, suggestion=closest_placed(session, name))
    return create(session, name, sector, municipality_code, placed=False)


def choices(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every placed organisation, by name, for public select boxes and lists."""
    stmt = select(Organisation.id, Organisation.name).where(Organisation.placed).order_by(Organisation.name)
    return [(row.id, row.name) for row in session.execute(stmt)]


def _descendants(session: Session, organisation_id: int) -> set[int]:
    """Ids of the organisation's children, their children, and so on."""
    children: dict[int, list[int]] = {}
    for org_id, parent_id in session.execute(select(Organisation.id, Organisation.parent_id)):
        if parent_id is not None:
            children.setdefault(parent_id, []).append(org_id)
    found: set[int] = set()
    todo = list(children.get(organisation_id, ()))
    while todo:
        org_id = todo.pop()
        if org_id not in found:
            found.add(org_id)
            todo.extend(children.get(org_id, ()))
    return found


def parent_choices(session: Session, organisation: Organisation) -> list[tuple[int, str]]:
    """Placed organisations that may become this one's parent (not itself, nor anything under it)."""
    excluded = {organisation.id} | _descendants(session, organisation.id)
    return [(org_id, name) for org_id, name in choices(session) if org_id not in excluded]


def place(session: Session, actor: User, organisation: Organisation, parent_id: int | None) -> None:
    """Confirm the organisation's place: under ``parent_id``, or at the top (None). Audited.

    Discreet leaders of every organisation whose family changes are replayed into the ranking index.
    """
    if parent_id is not None and parent_id not in dict(parent_choices(session, organisation)):
        raise ParentNotAChoice()
    before = ranking.organisation_families(session).get(organisation.id, (organisation.id,))
    details = {
        "name": organisation.name,
        "parent_before": organisation.parent.name if organisation.parent else None,
        "placed_before": organisation.placed,
    }
    organisation.parent_id = parent_id
    organisation.placed = True
    session.flush()
    session.expire(organisation, ["parent", "children"])
    after = ranking.organisation_families(session).get(organisation.id, (organisation.id,))
    affected = session.scalars(
        select(Profile.id).where(
            Profile.organisation_id.in_(set(before) | set(after)), Profile.visibility == Visibility.DISCREET
        )
    )
    ranking.record_changes(session, list(affected))
    details["parent"] = organisation.parent.name if organisation.parent else None
    audit.record(session, actor, audit.ORGANISATION_PLACE, f"organisation:{organisation.id}", details)


def delete_if_unused(session: Session, organisation_ids: list[int]) -> int:
    """Delete those of these organisations that are unplaced and that nothing refers to; returns how many.

    An unplaced organisation was typed by one person; once their account (or their choice) is gone it only
    tells what they once wrote.
    """
    ids = [org_id for org_id in organisation_ids if org_id is not None]
    if not ids:
        return 0
    child = aliased(Organisation)
    stmt = delete(Organisation).where(
        Organisation.id.in_(ids),
        Organisation.placed.is_(False),
        ~select(User.id).where(User.organisation_id == Organisation.id).exists(),
        ~select(Profile.id).where(Profile.organisation_id == Organisation.id).exists(),
        ~select(Vacancy.id).where(Vacancy.organisation_id == Organisation.id).exists(),
        ~select(child.id).where(child.parent_id == Organisation.id).exists(),
    )
    return session.execute(stmt, execution_options={"synchronize_session": False}).rowcount


def pending_count(session: Session) -> int:
    """How many organisations wait for an admin to place them."""
    return session.scalar(select(func.count(Organisation.id)).where(Organisation.placed.is_(False))) or 0


def listing(session: Session, query: str = "", sector: str | None = None, placed: bool | None = None):
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
    if placed is not None:
        stmt = stmt.where(Organisation.placed.is_(placed))
    return stmt
