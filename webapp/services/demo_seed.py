"""Load generated demo data into the database, with the three demo accounts."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher import geography
from models import Organisation, Profile, Role, User, utcnow

from ..demo import DemoData
from . import accounts, importing, organisations
from .records import ProfileRecord, VacancyRecord

DEMO_PASSWORD = "demo-sektorbro"
DEMO_LEADER = "leder@example.dk"
DEMO_EMPLOYER = "arbejdsgiver@example.dk"
DEMO_ADMIN = "admin@example.dk"
# The generator writes deadlines relative to this date; seeding moves them to "now".
GENERATOR_BASE_DATE = date(2026, 12, 1)


@dataclass(frozen=True)
class SeedResult:
    """What was seeded, for the CLI summary."""

    organisations: int
    profiles: int
    vacancies: int


def _rebase_deadline(record: dict, today: date) -> dict:
    if not record.get("deadline"):
        return record
    offset = date.fromisoformat(record["deadline"]) - GENERATOR_BASE_DATE
    return record | {"deadline": (today + offset + timedelta(days=2)).isoformat()}


def _chosen_visibility(record: dict) -> dict:
    """Demo leaders have made their choice: visible, so every demo employer sees a full candidate list.

    Left out, an import makes a new profile discreet (``visibility.DEFAULT_VISIBILITY``); the demo says so
    explicitly rather than hiding leaders from the demo employer's own organisation family.
    """
    return {"visibility": "visible"} | record


def _create_organisations(session: Session, data: DemoData) -> int:
    created = 0
    for row in data.organisations:
        if organisations.find_by_name(session, row["name"]) is not None:
            continue
        parent = organisations.find_by_name(session, row["parent"]) if row["parent"] else None
        municipality = geography.find_municipality(row["municipality"])
        organisations.create(
            session,
            row["name"],
            row["sector"],
            municipality.code if municipality else None,
            parent.id if parent else None,
        )
        created += 1
    return created


def _user(session: Session, email: str, role: Role, organisation_id: int | None = None) -> User:
    user = accounts.find_by_email(session, email) or accounts.create_user(
        session, email, DEMO_PASSWORD, role, organisation_id
    )
    if role == Role.EMPLOYER:
        user.organisation_id = organisation_id
        user.approved_at = user.approved_at or utcnow()
    return user


def _counted(records: Iterable[dict], progress: Callable[[int], object] | None) -> Iterator[dict]:
    for record in records:
        yield record
        if progress:
            progress(1)


def seed(
    session: Session, data: DemoData, today: date | None = None, progress: Callable[[int], object] | None = None
) -> SeedResult:
    """Write organisations, profiles, vacancies and the demo accounts; the caller commits.

    ``progress(n)`` is called as records are validated, for a progress bar.
    """
    today = today or date.today()
    created = _create_organisations(session, data)
    profile_records = importing.parse_lines(
        (
            ProfileRecord.model_validate(_chosen_visibility(r)).model_dump_json()
            for r in _counted([*data.profiles, data.demo_leader], progress)
        ),
        ProfileRecord,
    )
    importing.import_profiles(session, profile_records)
    vacancy_records = importing.parse_lines(
        (
            VacancyRecord.model_validate(_rebase_deadline(r, today)).model_dump_json()
            for r in _counted(data.vacancies, progress)
        ),
        VacancyRecord,
    )
    importing.import_vacancies(session, vacancy_records)

    leader = _user(session, DEMO_LEADER, Role.LEADER)
    profile = session.scalar(select(Profile).where(Profile.external_id == data.demo_leader["external_id"]))
    profile.user_id = leader.id
    profile.email = DEMO_LEADER
    employer_org = session.scalar(select(Organisation).where(Organisation.name == data.demo_employer_organisation))
    _user(session, DEMO_EMPLOYER, Role.EMPLOYER, employer_org.id)
    _user(session, DEMO_ADMIN, Role.ADMIN)
    session.flush()
    return SeedResult(created, len(profile_records), len(vacancy_records))
